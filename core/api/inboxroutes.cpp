// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxroutes.h"

#include "apijson.h"
#include "phonenumbers.h"
#include "storereader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr int kMaxSearch = 200;
const QString kInboundCursorPrefix = QStringLiteral("in.");

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// Every query parameter must be one of `known` (or of `answeredElsewhere`, named in the
// answer with a message of their own); the others are named in the answer.
void unknownParameters(const QUrlQuery &query, const QStringList &known, Errors *errors,
                       const QStringList &answeredElsewhere = {})
{
    const QString use
        = QStringLiteral("unknown query parameter; use %1").arg(known.join(QStringLiteral(", ")));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first) && !answeredElsewhere.contains(item.first)
            && item.first != u"direction")
            errors->append({ item.first.left(kMaxSearch), use });
    }
}

int readLimit(const QUrlQuery &query, Errors *errors)
{
    const QString text = query.queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return kDefaultLimit;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit) {
        errors->append({ QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxLimit) });
        return kDefaultLimit;
    }
    return limit;
}

QString cursorMessage()
{
    return QStringLiteral("not a cursor this API gave: use next_cursor of the page before");
}

// "<at ms>.<o|i>.<seq or inbound id>": the last item of a thread's page (ThreadCursor::before).
QString threadCursor(const ChatItem &item)
{
    const ThreadCursor c = ThreadCursor::before(item);
    return QStringLiteral("%1.%2.%3").arg(c.atMs).arg(c.outgoing ? QChar(u'o') : QChar(u'i')).arg(c.key);
}

bool readThreadCursor(const QString &text, ThreadCursor *cursor)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,15})\\.([oi])\\.(\\d{1,18})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return false;
    cursor->atMs = m.captured(1).toLongLong();
    cursor->outgoing = m.captured(2) == u"o";
    cursor->key = m.captured(3).toLongLong();
    return true;
}

} // namespace

InboxRoutes::InboxRoutes(ApiContext context)
    : m_context(context)
{ }

void InboxRoutes::addTo(Router &router, ApiContext context)
{
    using M = QHttpServerRequest::Method;
    const auto routes = std::make_shared<InboxRoutes>(context);
    router.add(M::Get, QStringLiteral("/api/v1/conversations"),
               [routes](const auto &request, const auto &reply, const auto &) {
                   routes->listConversations(request, reply);
               });
    router.add(M::Get, QStringLiteral("/api/v1/conversations/{id}/messages"),
               [routes](const auto &request, const auto &reply, const auto &args) {
                   routes->conversationMessages(request, reply, args);
               });
}

QJsonObject InboxRoutes::toJson(const InboundMessage &m, const QString &contactName)
{
    return QJsonObject {
        { QStringLiteral("id"), m.id },
        { QStringLiteral("direction"), QStringLiteral("in") },
        { QStringLiteral("from"), m.from },
        { QStringLiteral("name"), textOrNull(contactName) },
        { QStringLiteral("text"), m.text },
        { QStringLiteral("device_id"), idOrNull(m.deviceId) },
        { QStringLiteral("received_at"), ApiJson::toRfc3339(m.receivedAtMs) },
        { QStringLiteral("read"), m.read },
    };
}

QJsonObject InboxRoutes::toJson(const ThreadSummary &t)
{
    return QJsonObject {
        { QStringLiteral("number"), t.number },
        { QStringLiteral("name"), textOrNull(t.contactName) },
        { QStringLiteral("last_text"), t.lastText },
        { QStringLiteral("last_at"), ApiJson::toRfc3339(t.lastAtMs) },
        { QStringLiteral("last_direction"), t.lastOutgoing ? QStringLiteral("out") : QStringLiteral("in") },
        { QStringLiteral("unread"), t.unread },
        { QStringLiteral("device_id"), idOrNull(t.deviceId) },
        { QStringLiteral("message_count"), t.messageCount },
    };
}

QJsonObject InboxRoutes::toJson(const ChatItem &item)
{
    if (!item.outgoing)
        return QJsonObject {
            { QStringLiteral("direction"), QStringLiteral("in") },
            { QStringLiteral("id"), item.inboundId },
            { QStringLiteral("text"), item.text },
            { QStringLiteral("at"), ApiJson::toRfc3339(item.atMs) },
            { QStringLiteral("device_id"), idOrNull(item.deviceId) },
        };
    return QJsonObject {
        { QStringLiteral("direction"), QStringLiteral("out") },
        { QStringLiteral("id"), item.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("text"), item.text },
        { QStringLiteral("at"), ApiJson::toRfc3339(item.atMs) },
        { QStringLiteral("status"), statusName(item.status) },
        { QStringLiteral("attempts"), item.attempts },
        { QStringLiteral("last_error"), textOrNull(item.lastError) },
        { QStringLiteral("device_id"), idOrNull(item.deviceId) },
        { QStringLiteral("segments"), item.segments },
        { QStringLiteral("send_at"),
          item.sendAtMs > 0 ? QJsonValue(ApiJson::toRfc3339(item.sendAtMs)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("held_until"),
          item.quietUntilMs > 0 ? QJsonValue(ApiJson::toRfc3339(item.quietUntilMs))
                                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("urgent"), item.urgent },
    };
}

void InboxRoutes::listReceived(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    const QUrlQuery query = request.query();
    Errors errors;
    for (const char *outgoingOnly : { "status", "to" }) {
        const QString name = QLatin1String(outgoingOnly);
        if (query.hasQueryItem(name))
            errors.append({ name,
                            QStringLiteral("only with direction=out; received messages are filtered by "
                                           "from and since") });
    }
    unknownParameters(query,
                      { QStringLiteral("since"), QStringLiteral("from"), QStringLiteral("cursor"),
                        QStringLiteral("limit") },
                      &errors, { QStringLiteral("status"), QStringLiteral("to") });
    InboundFilter filter;
    filter.limit = readLimit(query, &errors);
    if (const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        !since.isEmpty()) {
        const std::optional<qint64> at = ApiJson::parseRfc3339(since);
        if (at && *at > 0)
            filter.sinceMs = *at;
        else
            errors.append({ QStringLiteral("since"),
                            QStringLiteral("an RFC 3339 time with its offset, e.g. 2026-03-14T10:30:00Z") });
    }
    if (const QString from = query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
        !from.isEmpty()) {
        // A sender that is no phone number (a company's name) is stored as it came.
        const Result<QString> e164 = m_context.phoneNumbers.toE164(from);
        filter.from = e164 ? e164.value() : from.trimmed();
        if (filter.from.size() > kMaxSearch)
            errors.append(
                { QStringLiteral("from"), QStringLiteral("at most %1 characters").arg(kMaxSearch) });
    }
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        !cursor.isEmpty()) {
        bool ok = cursor.startsWith(kInboundCursorPrefix) && cursor.size() <= 24;
        if (ok)
            filter.afterId = cursor.mid(kInboundCursorPrefix.size()).toLongLong(&ok);
        if (!ok || filter.afterId < 0)
            errors.append({ QStringLiteral("cursor"), cursorMessage() });
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    const Result<QList<InboundMessage>> page = m_context.reader.inboundMessages(filter);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    QStringList numbers;
    for (const InboundMessage &m : page.value())
        numbers.append(m.from);
    numbers.removeDuplicates();
    const Result<QHash<QString, QString>> names = numbers.isEmpty()
        ? Result<QHash<QString, QString>>(QHash<QString, QString>())
        : m_context.reader.contactNames(numbers);
    if (!names) {
        reply->problem(Problem::fromError(names.error()));
        return;
    }
    QJsonArray items;
    for (const InboundMessage &m : page.value())
        items.append(toJson(m, names->value(m.from)));
    // Given back on every page, the last one too: the next poll starts after what was seen.
    const qint64 last = page->isEmpty() ? filter.afterId : page->constLast().id;
    reply->json(200,
                ApiJson::compact({ { QStringLiteral("messages"), items },
                                   { QStringLiteral("next_cursor"),
                                     QString(kInboundCursorPrefix + QString::number(last)) },
                                   { QStringLiteral("has_more"), page->size() == filter.limit } }));
}

void InboxRoutes::listConversations(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    const QUrlQuery query = request.query();
    Errors errors;
    unknownParameters(query, { QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("cursor") },
                      &errors);
    const int limit = readLimit(query, &errors);
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (search.size() > kMaxSearch)
        errors.append({ QStringLiteral("search"), QStringLiteral("at most %1 characters").arg(kMaxSearch) });
    int offset = 0;
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        !cursor.isEmpty()) {
        bool ok = cursor.startsWith(u"c.") && cursor.size() <= 12;
        if (ok)
            offset = cursor.mid(2).toInt(&ok);
        if (!ok || offset < 1)
            errors.append({ QStringLiteral("cursor"), cursorMessage() });
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    // One more than asked tells whether there is a next page.
    Result<QList<ThreadSummary>> page = m_context.reader.threads(search, limit + 1, offset);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    const bool more = page->size() > limit;
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(page->size(), limit); ++i)
        items.append(toJson(page->at(i)));
    reply->json(200,
                ApiJson::compact({ { QStringLiteral("conversations"), items },
                                   { QStringLiteral("next_cursor"),
                                     more ? QJsonValue(QStringLiteral("c.%1").arg(offset + limit))
                                          : QJsonValue(QJsonValue::Null) } }));
}

void InboxRoutes::conversationMessages(const QHttpServerRequest &request, const ReplyPtr &reply,
                                       const RouteArgs &args)
{
    // The number as the business writes it (%2B49…, 0151… in the default region); a sender
    // that is no phone number (a company's name) is its conversation's key as it came.
    const QString written = QUrl::fromPercentEncoding(args.id.toUtf8()).trimmed();
    const Result<QString> e164 = m_context.phoneNumbers.toE164(written);
    const QString number = e164 ? e164.value() : written;
    const QUrlQuery query = request.query();
    Errors errors;
    unknownParameters(query, { QStringLiteral("before"), QStringLiteral("limit") }, &errors);
    const int limit = readLimit(query, &errors);
    ThreadCursor before;
    if (const QString cursor = query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded);
        !cursor.isEmpty() && !readThreadCursor(cursor, &before))
        errors.append({ QStringLiteral("before"), cursorMessage() });
    if (number.isEmpty() || number.size() > kMaxSearch)
        errors.append({ QStringLiteral("number"), QStringLiteral("a phone number or sender name") });
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    Result<QList<ChatItem>> page = m_context.reader.threadItems(number, before, limit + 1);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    const bool more = page->size() > limit;
    if (more)
        page->resize(limit);
    QJsonArray items;
    for (const ChatItem &item : page.value())
        items.append(toJson(item));
    const Result<QHash<QString, QString>> names = m_context.reader.contactNames({ number });
    reply->json(
        200,
        ApiJson::compact(
            { { QStringLiteral("number"), number },
              { QStringLiteral("name"), textOrNull(names ? names->value(number) : QString()) },
              { QStringLiteral("messages"), items },
              { QStringLiteral("next_cursor"),
                more ? QJsonValue(threadCursor(page->constLast())) : QJsonValue(QJsonValue::Null) } }));
}

} // namespace smsdesk
