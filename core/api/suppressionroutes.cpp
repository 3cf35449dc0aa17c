// SPDX-License-Identifier: GPL-3.0-or-later
#include "suppressionroutes.h"

#include "apijson.h"
#include "contactexport.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1'000;
constexpr int kMaxNote = 500;
constexpr int kMaxSearch = 200;

// The cursor is the last row of the page before: "<opted-out ms>~<number>", opaque to clients.
QString cursorOf(const OptOut &o)
{
    return QString::number(o.atMs) + u'~' + o.number;
}

bool readCursor(const QString &text, OptOutFilter *filter)
{
    const qsizetype tilde = text.indexOf(u'~');
    if (tilde <= 0 || text.size() > 64)
        return false;
    bool ok = false;
    const qint64 at = text.left(tilde).toLongLong(&ok);
    if (!ok || at <= 0)
        return false;
    filter->beforeAtMs = at;
    filter->beforeNumber = text.mid(tilde + 1);
    return true;
}

Problem notOnTheList(const QString &number)
{
    return Problem::make(Problem::Kind::NotFound,
                         QStringLiteral("%1 is not on the opt-out list; GET /api/v1/suppressions lists it.")
                             .arg(number.left(40)));
}

} // namespace

SuppressionRoutes::SuppressionRoutes(ApiContext context)
    : m_context(context)
{ }

void SuppressionRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/suppressions"),
               [this](const auto &request, const auto &reply, const auto &) { list(request, reply); });
    router.add(M::Post, QStringLiteral("/api/v1/suppressions"),
               [this](const auto &request, const auto &reply, const auto &) { add(request, reply); });
    router.add(M::Get, QStringLiteral("/api/v1/suppressions/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { get(reply, args); });
    router.add(M::Delete, QStringLiteral("/api/v1/suppressions/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { remove(reply, args); });
}

QJsonObject SuppressionRoutes::toJson(const OptOut &o)
{
    return QJsonObject {
        { QStringLiteral("number"), o.number },
        { QStringLiteral("name"), o.contactName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.contactName) },
        { QStringLiteral("opted_out_at"), ApiJson::toRfc3339(o.atMs) },
        { QStringLiteral("source"), optOutSourceName(o.source) },
        { QStringLiteral("detail"), o.detail },
    };
}

void SuppressionRoutes::list(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    static const QSet<QString> known { QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("cursor"),
                                       QStringLiteral("format") };
    const QUrlQuery query = request.query();
    Errors errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first))
            errors.append({ item.first.left(kMaxSearch),
                            QStringLiteral("unknown query parameter; use search, limit, cursor and format") });
    }
    const QString format = query.queryItemValue(QStringLiteral("format"));
    const bool asCsv = format == u"csv" || (format.isEmpty() && request.value("Accept").startsWith("text/csv"));
    if (!format.isEmpty() && format != u"csv" && format != u"json")
        errors.append({ QStringLiteral("format"), QStringLiteral("json (the default) or csv (the whole list)") });
    OptOutFilter filter;
    filter.limit = kDefaultLimit;
    filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (filter.search.size() > kMaxSearch)
        errors.append({ QStringLiteral("search"), QStringLiteral("at most %1 characters").arg(kMaxSearch) });
    if (const QString limit = query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
            errors.append({ QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxLimit) });
    }
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        !cursor.isEmpty() && !readCursor(cursor, &filter))
        errors.append({ QStringLiteral("cursor"),
                        QStringLiteral("not a cursor this API gave: use next_cursor of the page before") });
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    if (asCsv) {
        csv(reply);
        return;
    }
    const Result<QList<OptOut>> page = m_context.reader.optOuts(filter);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    QJsonArray items;
    for (const OptOut &o : page.value())
        items.append(toJson(o));
    const bool more = page->size() == filter.limit;
    reply->json(200, ApiJson::compact({ { QStringLiteral("suppressions"), items },
                                        { QStringLiteral("next_cursor"),
                                          more ? QJsonValue(cursorOf(page->constLast())) : QJsonValue(QJsonValue::Null) } }));
}

void SuppressionRoutes::csv(const ReplyPtr &reply)
{
    const Result<QList<OptOut>> all = m_context.reader.allOptOuts();
    if (!all) {
        reply->problem(Problem::fromError(all.error()));
        return;
    }
    reply->send(200, QByteArrayLiteral("text/csv; charset=utf-8"), ContactExport::optOutsToCsv(all.value()),
                { { QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("attachment; filename=\"opt-outs.csv\"") } });
}

void SuppressionRoutes::get(const ReplyPtr &reply, const RouteArgs &args)
{
    const Result<QString> number = m_context.phoneNumbers.toE164(args.id);
    if (!number) {
        reply->problem(notOnTheList(args.id));
        return;
    }
    const Result<OptOut> found = m_context.reader.optOut(number.value());
    if (!found) {
        reply->problem(found.code() == ErrorCode::NotFound ? notOnTheList(number.value())
                                                           : Problem::fromError(found.error()));
        return;
    }
    reply->json(200, ApiJson::compact(toJson(found.value())));
}

void SuppressionRoutes::add(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    const QJsonObject body = std::get<QJsonObject>(parsed);
    Errors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"number" && it.key() != u"note")
            errors.append({ it.key().left(kMaxSearch), QStringLiteral("unknown field; use number and note") });
    }
    OptOut optOut;
    optOut.source = OptOut::Source::Api;
    const QJsonValue number = body.value(QStringLiteral("number"));
    if (!number.isString()) {
        errors.append({ QStringLiteral("number"), QStringLiteral("required: the phone number, a string") });
    } else if (const Result<QString> e164 = m_context.phoneNumbers.toE164(number.toString()); !e164) {
        errors.append({ QStringLiteral("number"), e164.errorString() });
    } else {
        optOut.number = e164.value();
    }
    const QJsonValue note = body.value(QStringLiteral("note"));
    if (!note.isUndefined() && (!note.isString() || note.toString().size() > kMaxNote))
        errors.append({ QStringLiteral("note"), QStringLiteral("a string of at most %1 characters").arg(kMaxNote) });
    optOut.detail = note.toString().trimmed();
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    m_context.store.addOptOut(optOut).then(m_context.context, [this, reply, number = optOut.number](const Status &added) {
        if (!added) {
            reply->problem(Problem::fromError(added.error()));
            return;
        }
        // As stored: a number on the list already keeps its first time and source.
        const Result<OptOut> stored = m_context.reader.optOut(number);
        if (!stored) {
            reply->problem(Problem::fromError(stored.error()));
            return;
        }
        reply->json(201, ApiJson::compact(toJson(stored.value())));
    });
}

void SuppressionRoutes::remove(const ReplyPtr &reply, const RouteArgs &args)
{
    const Result<QString> number = m_context.phoneNumbers.toE164(args.id);
    if (!number) {
        reply->problem(notOnTheList(args.id));
        return;
    }
    m_context.store.removeOptOut(number.value())
        .then(m_context.context, [reply, number = number.value()](const Result<bool> &removed) {
            if (!removed)
                reply->problem(Problem::fromError(removed.error()));
            else if (!removed.value())
                reply->problem(notOnTheList(number));
            else
                reply->send(204, {}, {});
        });
}

} // namespace smsdesk
