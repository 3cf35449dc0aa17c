// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <QMetaEnum>

namespace smsdesk {

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append({ method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler) });
}

QList<QPair<QHttpServerRequest::Method, QString>> Router::routes() const
{
    QList<QPair<QHttpServerRequest::Method, QString>> list;
    for (const Route &route : m_routes)
        list.append({ route.method, u'/' + route.segments.join(u'/') });
    return list;
}

bool Router::matches(const Route &route, const QStringList &segments, QString *id)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == u"{id}")
            *id = segments[i];
        else if (route.segments[i] != segments[i])
            return false;
    }
    return true;
}

void Router::dispatch(const QHttpServerRequest &request, const ReplyPtr &reply, qint64 tokenId) const
{
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QString id;
        if (!matches(route, segments, &id))
            continue;
        if (route.method == request.method()) {
            route.handler(request, reply, RouteArgs { id, tokenId });
            return;
        }
        allowed.append(
            QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(route.method)))
                .toUpper());
    }
    if (allowed.isEmpty()) {
        reply->problem(Problem::make(
            Problem::Kind::NotFound,
            QStringLiteral("No API endpoint at %1; see docs/api.md.").arg(request.url().path())));
        return;
    }
    Problem problem = Problem::make(Problem::Kind::MethodNotAllowed,
                                    QStringLiteral("%1 accepts only %2.")
                                        .arg(request.url().path(), QString::fromLatin1(allowed.join(", "))));
    problem.extraHeaders.append({ QByteArrayLiteral("Allow"), allowed.join(", ") });
    reply->problem(problem);
}

} // namespace smsdesk
