// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "contact.h"
#include "router.h"

#include <QJsonObject>

#include <variant>

namespace smsdesk {

// /api/v1/templates: the saved texts staff pick instead of typing (issue 14). A text is
// refused unless MessageTemplate parses it, so every stored placeholder can be filled in.
class TemplateRoutes final
{
public:
    explicit TemplateRoutes(ApiContext context);
    void addTo(Router &router);

    void list(const ReplyPtr &reply);
    void get(const ReplyPtr &reply, const RouteArgs &args);
    void create(const QHttpServerRequest &request, const ReplyPtr &reply);
    void update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args);
    void remove(const ReplyPtr &reply, const RouteArgs &args);

    // The JSON of one saved text, with the placeholders its text uses (docs/api.md).
    static QJsonObject toJson(const SavedTemplate &saved);

private:
    // The stored text with this path id: NotFound for an unknown or malformed id.
    Result<SavedTemplate> find(const QString &id) const;
    void save(const SavedTemplate &saved, const ReplyPtr &reply, int status);

    ApiContext m_context;
};

} // namespace smsdesk
