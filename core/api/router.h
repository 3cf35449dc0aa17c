// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <optional>

#include "reply.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>

#include <functional>

namespace smsdesk {

// What a route handler gets besides the request: the `{id}` segment and the API token.
struct RouteArgs
{
    QString id; // the `{id}` path segment, if the pattern has one
    qint64 tokenId = 0; // authenticated API token (0 outside /api)

    // The `{id}` as a row id: a positive integer written plainly ("7", not "+7", " 7", "7.0");
    // nullopt for anything else, which every route answers as "no such ..." (404).
    std::optional<qint64> rowId() const { return rowId(id); }
    static std::optional<qint64> rowId(const QString &text)
    {
        if (text.isEmpty() || text.size() > 18
            || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        const qint64 value = text.toLongLong();
        return value > 0 ? std::optional<qint64>(value) : std::nullopt;
    }
};

// Method + path table. Unlike QHttpServer 6.4's router it tells a wrong method (405 with
// Allow) from an unknown path (404).
class Router final
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, const ReplyPtr &, const RouteArgs &)>;

    // `pattern` like "/api/v1/messages/{id}"; at most one `{id}`.
    void add(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    void dispatch(const QHttpServerRequest &request, const ReplyPtr &reply, qint64 tokenId) const;
    // Every route as added (method, pattern): for the test that holds docs/openapi.json to
    // the routes (tst_apiopenapi), nothing else.
    QList<QPair<QHttpServerRequest::Method, QString>> routes() const;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QString *id);
    QList<Route> m_routes;
};

} // namespace smsdesk
