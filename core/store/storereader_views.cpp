// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: conversations, dead letters and dashboard figures.
#include "storereader.h"

#include "readquery.h"
#include "rows.h"

#include <algorithm>

namespace smsdesk {

namespace {

QString what(const char *doing)
{
    return QStringLiteral("cannot read %1").arg(QLatin1String(doing));
}

QString like(const StoreConfig &config)
{
    return SqlDialect::forBackend(config.backend).likeOperator();
}

ThreadSummary threadSummary(const QSqlQuery &q)
{
    ThreadSummary t;
    t.number = q.value(0).toString();
    t.lastText = q.value(1).toString();
    t.lastAtMs = q.value(2).toLongLong();
    t.lastOutgoing = q.value(3).toInt() != 0;
    t.unread = q.value(4).toInt();
    t.deviceId = q.value(5).toLongLong();
    t.messageCount = q.value(6).toInt();
    t.contactName = q.value(7).toString();
    return t;
}

// WHERE clause of the thread list search (number, last text or contact name).
QString threadWhere(const StoreConfig &config, const QString &search, QVariantList *binds)
{
    if (search.isEmpty())
        return {};
    const QString pattern = db::likePattern(search);
    *binds << pattern << pattern << pattern;
    // The number, the last text, or the name of the contact the number belongs to.
    return QStringLiteral(" WHERE conversations.number %1 ? ESCAPE '\\' OR conversations.last_text %1 ? ESCAPE '\\'"
                          " OR conversations.number IN (SELECT cn.number FROM contact_numbers cn JOIN contacts cc"
                          " ON cc.id = cn.contact_id WHERE cc.name %1 ? ESCAPE '\\')")
        .arg(like(config));
}

// WHERE clause of the dead-letter filter; newest first by seq.
QString deadWhere(const StoreConfig &config, const DeadLetterFilter &f, QVariantList *binds, bool withCursor)
{
    QString sql = QStringLiteral(" WHERE status = 'dead'");
    if (!f.search.isEmpty()) {
        const QString pattern = db::likePattern(f.search);
        sql += QStringLiteral(" AND (to_number %1 ? ESCAPE '\\' OR body %1 ? ESCAPE '\\' OR to_number IN (SELECT cn.number"
                              " FROM contact_numbers cn JOIN contacts cc ON cc.id = cn.contact_id WHERE cc.name %1 ? ESCAPE '\\'))")
                   .arg(like(config));
        *binds << pattern << pattern << pattern;
    }
    if (f.deviceId != 0) {
        sql += QStringLiteral(" AND (sent_device_id = ? OR device_id = ?)");
        *binds << f.deviceId << f.deviceId;
    }
    if (withCursor && f.afterSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        *binds << f.afterSeq;
    }
    return sql;
}

ChatItem outgoingItem(const QSqlQuery &q)
{
    ChatItem item;
    item.outgoing = true;
    item.id = QUuid::fromString(q.value(0).toString());
    item.text = q.value(1).toString();
    item.atMs = q.value(2).toLongLong();
    item.status = statusFromName(q.value(3).toString()).value_or(MessageStatus::Queued);
    item.attempts = q.value(4).toInt();
    item.lastError = q.value(5).toString();
    item.deviceId = q.value(6).toLongLong();
    item.segments = q.value(7).toInt();
    item.seq = q.value(8).toLongLong();
    item.sendAtMs = q.value(9).toLongLong();
    item.quietUntilMs = q.value(10).toLongLong();
    item.quietZone = q.value(11).toString();
    item.quietBasis = q.value(12).toInt();
    item.urgent = q.value(13).toInt() != 0;
    return item;
}

ChatItem incomingItem(const QSqlQuery &q)
{
    ChatItem item;
    item.outgoing = false;
    item.inboundId = q.value(0).toLongLong();
    item.text = q.value(1).toString();
    item.atMs = q.value(2).toLongLong();
    item.deviceId = q.value(3).toLongLong();
    return item;
}

} // namespace

Result<QList<ThreadSummary>> StoreReader::threads(const QString &search, int limit, int offset)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT conversations.number, last_text, last_at, last_outgoing, unread, device_id,"
                         " message_count, contacts.name FROM conversations"
                         " LEFT JOIN contact_numbers ON contact_numbers.number = conversations.number"
                         " LEFT JOIN contacts ON contacts.id = contact_numbers.contact_id")
        + threadWhere(m_config, search, &binds)
        + QStringLiteral(" ORDER BY last_at DESC, conversations.number LIMIT ? OFFSET ?");
    binds << std::max(1, limit) << std::max(0, offset);
    Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, what("conversations"));
    if (!q)
        return q.error();
    QList<ThreadSummary> list;
    while (q->next())
        list.append(threadSummary(q.value()));
    return list;
}

Result<int> StoreReader::threadCount(const QString &search)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT COUNT(*) FROM conversations") + threadWhere(m_config, search, &binds);
    const Result<qint64> n = db::scalar(m_connectionName, sql, binds, what("conversations"));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<int> StoreReader::unreadThreadCount()
{
    const Result<qint64> n
        = db::scalar(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE unread > 0"),
                     {}, what("conversations"));
    if (!n)
        return n.error();
    return int(n.value());
}

bool chatItemOlder(const ChatItem &a, const ChatItem &b)
{
    if (a.atMs != b.atMs)
        return a.atMs < b.atMs;
    if (a.outgoing != b.outgoing)
        return !a.outgoing;
    return (a.outgoing ? a.seq : a.inboundId) < (b.outgoing ? b.seq : b.inboundId);
}

Result<QList<ChatItem>> StoreReader::threadItems(const QString &number, const ThreadCursor &before, int limit)
{
    // Two index range scans (messages_thread, inbound_thread), merged here: cheaper than
    // a UNION the planner may sort in full. In the cursor's millisecond, outgoing items are
    // newer than incoming ones (chatItemOlder), so each side gets its own key limit.
    constexpr qint64 kAll = std::numeric_limits<qint64>::max();
    const qint64 seqBelow = before.outgoing ? before.key : 0;
    const qint64 inboundBelow = before.outgoing ? kAll : before.key;
    limit = std::max(1, limit);
    Result<QSqlQuery> out = db::select(
        m_connectionName,
        QStringLiteral(
            "SELECT id, body, created_at, status, attempts, last_error, CASE WHEN sent_device_id <> 0"
            " THEN sent_device_id ELSE device_id END, segments, seq, send_at,"
            // Held for quiet hours while nothing has moved its next attempt (Message::heldForQuietHours).
            " CASE WHEN status = 'queued' AND quiet_until = next_attempt_at THEN quiet_until ELSE 0 END,"
            " quiet_zone, quiet_basis, urgent FROM messages WHERE to_number = ?"
            " AND created_at <= ? AND (created_at < ? OR seq < ?) ORDER BY created_at DESC, seq DESC LIMIT "
            "?"),
        { number, before.atMs, before.atMs, seqBelow, limit }, what("the conversation"));
    if (!out)
        return out.error();
    QList<ChatItem> items;
    while (out->next())
        items.append(outgoingItem(out.value()));
    Result<QSqlQuery> in = db::select(
        m_connectionName,
        QStringLiteral("SELECT id, body, received_at, device_id FROM inbound WHERE from_number = ?"
                       " AND received_at <= ? AND (received_at < ? OR id < ?)"
                       " ORDER BY received_at DESC, id DESC LIMIT ?"),
        { number, before.atMs, before.atMs, inboundBelow, limit }, what("the conversation"));
    if (!in)
        return in.error();
    while (in->next())
        items.append(incomingItem(in.value()));
    std::sort(items.begin(), items.end(),
              [](const ChatItem &a, const ChatItem &b) { return chatItemOlder(b, a); });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Result<qint64> StoreReader::stickyDevice(const QString &number)
{
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT device_id FROM conversations WHERE number = ?"), { number },
                      what("the conversation"));
}

Result<QList<Message>> StoreReader::deadLetters(const DeadLetterFilter &filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + rows::messageColumns() + QStringLiteral(" FROM messages")
        + deadWhere(m_config, filter, &binds, true) + QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << std::clamp(filter.limit, 1, 10'000);
    Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, what("dead letters"));
    if (!q)
        return q.error();
    QList<Message> list;
    while (q->next())
        list.append(rows::message(q.value()));
    return list;
}

Result<QList<Message>> StoreReader::scheduledMessages(qint64 afterMs, int limit)
{
    Result<QSqlQuery> q = db::select(m_connectionName,
                                     QStringLiteral("SELECT ") + rows::messageColumns()
                                         + QStringLiteral(" FROM messages WHERE status = 'queued' AND send_at > ?"
                                                          " AND campaign_id IS NULL ORDER BY send_at, seq LIMIT ?"),
                                     { afterMs, std::clamp(limit, 1, 10'000) }, what("scheduled messages"));
    if (!q)
        return q.error();
    QList<Message> list;
    while (q->next())
        list.append(rows::message(q.value()));
    return list;
}

Result<int> StoreReader::deadLetterCount(const DeadLetterFilter &filter)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT COUNT(*) FROM messages") + deadWhere(m_config, filter, &binds, false);
    const Result<qint64> n = db::scalar(m_connectionName, sql, binds, what("dead letters"));
    if (!n)
        return n.error();
    return int(n.value());
}

} // namespace smsdesk
