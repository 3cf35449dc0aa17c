// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "migrations.h"
#include "readquery.h"
#include "rows.h"

#include <QAtomicInteger>

#include <algorithm>

namespace smsdesk {

namespace {
QAtomicInteger<quint64> s_readerCounter;

QString what(const char *doing)
{
    return QStringLiteral("cannot read %1").arg(QLatin1String(doing));
}

template<typename T, typename Map> Result<QList<T>> readAll(Result<QSqlQuery> q, Map map)
{
    if (!q)
        return q.error();
    QList<T> list;
    while (q->next())
        list.append(map(q.value()));
    return list;
}
} // namespace

StoreReader::StoreReader(const StoreConfig &config)
    : m_config(config)
    , m_connectionName(QStringLiteral("smsdesk-reader-%1").arg(s_readerCounter.fetchAndAddRelaxed(1)))
{ }

StoreReader::~StoreReader()
{
    db::closeConnection(m_connectionName);
}

Status StoreReader::open()
{
    if (QSqlDatabase::database(m_connectionName, false).isOpen())
        return {};
    if (Status s = db::openConnection(m_config, m_connectionName, false); !s)
        return s;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    const Result<int> version
        = migrations::currentVersion(database, SqlDialect::forBackend(m_config.backend));
    Status status;
    if (!version)
        status = version.error();
    else if (version.value() == 0)
        status = Status::failure(ErrorCode::NotFound,
                                 QStringLiteral("%1 has no Smsdesk data yet").arg(m_config.describe()));
    else if (version.value() > migrations::latestVersion())
        status
            = Status::failure(ErrorCode::Incompatible,
                              QStringLiteral("%1 was written by a newer Smsdesk").arg(m_config.describe()));
    if (!status) {
        database = QSqlDatabase();
        db::closeConnection(m_connectionName);
    }
    return status;
}

Result<Message> StoreReader::message(const QUuid &id)
{
    Result<QSqlQuery> q = db::select(m_connectionName,
                                     QStringLiteral("SELECT ") + rows::messageColumns()
                                         + QStringLiteral(" FROM messages WHERE id = ?"),
                                     { rows::uuidText(id) }, what("the message"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Message>::failure(ErrorCode::NotFound,
                                        QStringLiteral("no message %1").arg(rows::uuidText(id)));
    return rows::message(q.value());
}

Result<QList<MessageEvent>> StoreReader::events(const QUuid &id)
{
    Result<QSqlQuery> head = db::select(
        m_connectionName, QStringLiteral("SELECT seq, created_at, device_id FROM messages WHERE id = ?"),
        { rows::uuidText(id) }, what("the message"));
    if (!head)
        return head.error();
    if (!head->next())
        return Result<QList<MessageEvent>>::failure(ErrorCode::NotFound,
                                                    QStringLiteral("no message %1").arg(rows::uuidText(id)));
    // The writer stores no row for the enqueue itself (a quarter of the cost of every
    // enqueue); the history starts with it all the same.
    MessageEvent enqueued;
    enqueued.messageId = id;
    enqueued.atMs = head->value(1).toLongLong();
    enqueued.kind = QString::fromLatin1(EventKind::Enqueued);
    enqueued.deviceId = head->value(2).toLongLong();
    const qint64 seq = head->value(0).toLongLong();
    Result<QList<MessageEvent>> stored = readAll<MessageEvent>(
        db::select(
            m_connectionName,
            QStringLiteral("SELECT id, NULL, at, kind, device_id, http_status, detail FROM message_events"
                           " WHERE message_seq = ? ORDER BY id"),
            { seq }, what("the message history")),
        rows::event);
    if (stored) {
        for (MessageEvent &e : stored.value())
            e.messageId = id;
        stored->prepend(enqueued);
    }
    return stored;
}

Result<IntakeRaw> StoreReader::intakeRaw(const QUuid &id)
{
    Result<QSqlQuery> q = db::select(m_connectionName,
                                     QStringLiteral("SELECT r.source, r.broker_id, r.raw FROM intake_rejects r"
                                                    " JOIN messages m ON m.seq = r.message_seq WHERE m.id = ?"),
                                     { rows::uuidText(id) }, what("the raw intake entry"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<IntakeRaw>::failure(ErrorCode::NotFound,
                                          QStringLiteral("message %1 did not come from an unreadable intake entry")
                                              .arg(rows::uuidText(id)));
    return IntakeRaw { q->value(0).toString(), q->value(1).toString(), q->value(2).toByteArray() };
}

Result<MessagePage> StoreReader::messages(const MessageFilter &filter)
{
    QString sql
        = QStringLiteral("SELECT ") + rows::messageColumns() + QStringLiteral(" FROM messages WHERE 1 = 1");
    QVariantList binds;
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        binds << statusName(*filter.status);
    }
    if (!filter.to.isEmpty()) {
        sql += QStringLiteral(" AND to_number = ?");
        binds << filter.to;
    }
    if (filter.afterSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        binds << filter.afterSeq;
    }
    if (filter.createdSinceMs > 0) {
        sql += QStringLiteral(" AND created_at >= ?");
        binds << filter.createdSinceMs;
    }
    const int limit = std::clamp(filter.limit, 1, 10'000);
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << limit + 1; // one more tells whether there is a next page
    Result<QList<Message>> list
        = readAll<Message>(db::select(m_connectionName, sql, binds, what("messages")), rows::message);
    if (!list)
        return list.error();
    MessagePage page;
    page.messages = std::move(list.value());
    if (page.messages.size() > limit) {
        page.messages.removeLast();
        page.nextCursor = page.messages.constLast().seq;
    }
    return page;
}

Result<StatusCounts> StoreReader::counts()
{
    Result<QSqlQuery> q = db::select(m_connectionName, QStringLiteral("SELECT status, SUM(n) FROM status_counts GROUP BY status"),
                                     {}, what("the counts"));
    if (!q)
        return q.error();
    StatusCounts c;
    while (q->next()) {
        const QString name = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        qint64 *slot = name == QLatin1String("queued") ? &c.queued
            : name == QLatin1String("sending")         ? &c.sending
            : name == QLatin1String("sent")            ? &c.sent
            : name == QLatin1String("delivered")       ? &c.delivered
            : name == QLatin1String("dead")            ? &c.dead
            : name == QLatin1String("cancelled")       ? &c.cancelled
            : name == QLatin1String("inbound")         ? &c.inbound
                                                       : nullptr;
        if (slot)
            *slot = n;
    }
    return c;
}

Result<QList<Device>> StoreReader::devices()
{
    return readAll<Device>(db::select(m_connectionName,
                                      QStringLiteral("SELECT ") + rows::deviceColumns()
                                          + QStringLiteral(" FROM devices ORDER BY id"),
                                      {}, what("devices")),
                           rows::device);
}

Result<Device> StoreReader::device(qint64 id)
{
    Result<QSqlQuery> q = db::select(m_connectionName,
                                     QStringLiteral("SELECT ") + rows::deviceColumns()
                                         + QStringLiteral(" FROM devices WHERE id = ?"),
                                     { id }, what("the device"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Device>::failure(ErrorCode::NotFound, QStringLiteral("no device %1").arg(id));
    return rows::device(q.value());
}

Result<int> StoreReader::segmentsSentSince(qint64 deviceId, qint64 sinceMs)
{
    const Result<qint64> n = db::scalar(
        m_connectionName,
        QStringLiteral(
            "SELECT COALESCE(SUM(segments), 0) FROM messages WHERE sent_at >= ? AND sent_device_id = ?"),
        { sinceMs, deviceId }, what("the device budget"));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<qint64> StoreReader::newestInboundAtMs(qint64 deviceId)
{
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT COALESCE(MAX(received_at), 0) FROM inbound WHERE device_id = ?"),
                      { deviceId }, what("the newest received message"));
}

Result<bool> StoreReader::gatewayIdTaken(const QString &gatewayId, const QUuid &except)
{
    const Result<qint64> n = db::scalar(
        m_connectionName,
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE gateway_message_id = ? AND id <> ?"),
        { gatewayId, rows::uuidText(except) }, what("the gateway id"));
    if (!n)
        return n.error();
    return n.value() > 0;
}

Result<qint64> StoreReader::customerWroteAtMs(const QString &number, qint64 atOrBeforeMs)
{
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT COALESCE(MAX(received_at), 0) FROM inbound WHERE from_number = ?"
                                     " AND received_at <= ?"),
                      { number, atOrBeforeMs }, what("when the customer last wrote"));
}

Result<QList<ApiToken>> StoreReader::tokens()
{
    return readAll<ApiToken>(db::select(m_connectionName,
                                        QStringLiteral("SELECT ") + rows::tokenColumns()
                                            + QStringLiteral(" FROM api_tokens ORDER BY id"),
                                        {}, what("tokens")),
                             rows::token);
}

Result<ApiToken> StoreReader::tokenByHash(const QByteArray &tokenHash)
{
    Result<QSqlQuery> q
        = db::select(m_connectionName,
                     QStringLiteral("SELECT ") + rows::tokenColumns()
                         + QStringLiteral(" FROM api_tokens WHERE token_hash = ? AND revoked_at = 0"),
                     { tokenHash }, what("the token"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<ApiToken>::failure(ErrorCode::NotFound, QStringLiteral("unknown or revoked token"));
    return rows::token(q.value());
}

Result<qint64> StoreReader::nextDueAtMs()
{
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT MIN(next_attempt_at) FROM messages WHERE status = 'queued' AND held = 0"), {},
                      what("the next due time"));
}

Result<qint64> StoreReader::nextLeaseExpiryMs()
{
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT MIN(lease_expires_at) FROM messages WHERE status = 'sending'"),
                      {}, what("the next lease expiry"));
}

} // namespace smsdesk
