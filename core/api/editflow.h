// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "reply.h"
#include "requestvalidator.h"
#include "result.h"

#include <optional>
#include <type_traits>
#include <variant>

namespace smsdesk {

// PATCH's first steps, the same for every route that edits a stored row: the row as stored
// (`notFound` when it is not there, the store's own error otherwise), the body as a JSON
// object, then the edit validated against the row by `validate(object, row, true)`, which
// answers std::variant<Edit, Problem>. On any problem it answers the request itself and
// returns nullopt; otherwise the validated edit, for the route to save.
template<typename Row, typename Validate>
auto validatedEdit(const Result<Row> &current, const QByteArray &body, const Problem &notFound, Validate validate,
                   const ReplyPtr &reply)
    -> std::optional<std::variant_alternative_t<0, std::invoke_result_t<Validate, QJsonObject, Row, bool>>>
{
    if (!current) {
        reply->problem(current.code() == ErrorCode::NotFound ? notFound : Problem::fromError(current.error()));
        return std::nullopt;
    }
    auto parsed = RequestJson::parseObject(body);
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return std::nullopt;
    }
    auto validated = validate(std::get<QJsonObject>(parsed), current.value(), true);
    if (auto *problem = std::get_if<Problem>(&validated)) {
        reply->problem(*problem);
        return std::nullopt;
    }
    return std::get<0>(std::move(validated));
}

} // namespace smsdesk
