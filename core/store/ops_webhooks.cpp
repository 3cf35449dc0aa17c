// SPDX-License-Identifier: GPL-3.0-or-later
// Outbound webhooks (issue 16, point 4): the endpoints, the durable outbox and its log. An
// event is written to the outbox in the transaction of the change it tells of, one row per
// endpoint that wants it, so a committed change always has its rows and a rolled-back one
// never does; the senders claim rows with a lease, as dispatchers claim messages.
#include "connection.h"
#include "queueops.h"
#include "webhookrows.h"

#include <cstring>

namespace smsdesk::ops {

namespace {

// webhook-id: one per event, shared by its endpoints and kept across attempts; no '.' in it
// (spec/standard-webhooks.md, "Signature scheme").
QString newEventId(WriteContext &ctx)
{
    return QStringLiteral("msg_") + ctx.newId().toString(QUuid::Id128);
}

quint32 typeOfEventKind(const char *kind)
{
    if (std::strcmp(kind, EventKind::Sent) == 0)
        return WebhookEvents::Sent;
    if (std::strcmp(kind, EventKind::Delivered) == 0)
        return WebhookEvents::Delivered;
    if (std::strcmp(kind, EventKind::Retry) == 0)
        return WebhookEvents::Failed;
    if (std::strcmp(kind, EventKind::Dead) == 0)
        return WebhookEvents::Dead;
    return 0;
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text; // a null QString binds NULL
}

// The outbox rows' common tail: one per endpoint whose subscription has `type`.
const char *const kInsertColumns
    = "INSERT INTO webhook_deliveries (endpoint_id, event_id, type, occurred_at, subject, number, device_id,"
      " event_http_status, detail, message_attempt, extra, next_attempt_at, created_at) ";

Status queued(WriteContext &ctx, QSqlQuery &q)
{
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot queue the webhook"));
    if (q.numRowsAffected() > 0)
        ctx.effects().webhooksQueued = true;
    q.finish();
    return {};
}

Status endpointsChanged(WriteContext &ctx)
{
    const Result<quint32> wanted = webhookEventsWanted(ctx);
    if (!wanted)
        return wanted.error();
    ctx.effects().webhookEvents = wanted.value();
    ctx.effects().webhookEndpointsWritten = true;
    return {};
}

} // namespace

Result<quint32> webhookEventsWanted(WriteContext &ctx)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT events FROM webhook_endpoints"));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the webhook endpoints"));
    quint32 mask = 0;
    while (q.next())
        mask |= q.value(0).toUInt();
    q.finish();
    return mask & WebhookEvents::kAll;
}

Status queueMessageWebhook(WriteContext &ctx, qint64 messageSeq, const char *kind, qint64 deviceId, int httpStatus,
                           const QString &detail)
{
    const quint32 type = typeOfEventKind(kind);
    if ((type & ctx.webhookEvents()) == 0)
        return {};
    QSqlQuery &q = ctx.prepared(
        QLatin1String(kInsertColumns)
        + QStringLiteral("SELECT e.id, CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS BIGINT), m.id, m.to_number,"
                         " CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TEXT), m.attempts, '', CAST(? AS BIGINT),"
                         " CAST(? AS BIGINT) FROM webhook_endpoints e JOIN messages m ON m.seq = ?"
                         " WHERE (e.events & ?) <> 0"));
    q.bindValue(0, newEventId(ctx));
    q.bindValue(1, type);
    q.bindValue(2, ctx.now());
    q.bindValue(3, deviceId);
    q.bindValue(4, httpStatus);
    q.bindValue(5, nonNull(detail));
    q.bindValue(6, ctx.now());
    q.bindValue(7, ctx.now());
    q.bindValue(8, messageSeq);
    q.bindValue(9, type);
    return queued(ctx, q);
}

Status queueInboundWebhook(WriteContext &ctx, qint64 inboundId, const InboundMessage &m, qint64 receivedAtMs)
{
    if ((ctx.webhookEvents() & WebhookEvents::Received) == 0)
        return {};
    QSqlQuery &q = ctx.prepared(
        QLatin1String(kInsertColumns)
        + QStringLiteral("SELECT e.id, CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS TEXT),"
                         " CAST(? AS TEXT), CAST(? AS BIGINT), 0, CAST(? AS TEXT), 0, CAST(? AS TEXT),"
                         " CAST(? AS BIGINT), CAST(? AS BIGINT) FROM webhook_endpoints e WHERE (e.events & ?) <> 0"));
    q.bindValue(0, newEventId(ctx));
    q.bindValue(1, quint32(WebhookEvents::Received));
    q.bindValue(2, ctx.now());
    q.bindValue(3, QString::number(inboundId));
    q.bindValue(4, nonNull(m.from));
    q.bindValue(5, m.deviceId);
    q.bindValue(6, nonNull(m.text));
    q.bindValue(7, QString::number(receivedAtMs));
    q.bindValue(8, ctx.now());
    q.bindValue(9, ctx.now());
    q.bindValue(10, quint32(WebhookEvents::Received));
    return queued(ctx, q);
}

Status queueOptOutWebhook(WriteContext &ctx, const OptOut &o)
{
    if ((ctx.webhookEvents() & WebhookEvents::OptedOut) == 0)
        return {};
    QSqlQuery &q = ctx.prepared(
        QLatin1String(kInsertColumns)
        + QStringLiteral("SELECT e.id, CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS BIGINT), '', CAST(? AS TEXT), 0,"
                         " 0, CAST(? AS TEXT), 0, CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT)"
                         " FROM webhook_endpoints e WHERE (e.events & ?) <> 0"));
    q.bindValue(0, newEventId(ctx));
    q.bindValue(1, quint32(WebhookEvents::OptedOut));
    q.bindValue(2, o.atMs > 0 ? o.atMs : ctx.now());
    q.bindValue(3, nonNull(o.number));
    q.bindValue(4, nonNull(o.detail));
    q.bindValue(5, optOutSourceName(o.source));
    q.bindValue(6, ctx.now());
    q.bindValue(7, ctx.now());
    q.bindValue(8, quint32(WebhookEvents::OptedOut));
    return queued(ctx, q);
}

Result<WebhookEndpoint> addWebhookEndpoint(WriteContext &ctx, const WebhookEndpoint &endpoint)
{
    if (endpoint.id.isEmpty() || endpoint.url.isEmpty() || (endpoint.events & WebhookEvents::kAll) == 0
        || (endpoint.events & ~WebhookEvents::kAll) != 0)
        return Result<WebhookEndpoint>::failure(ErrorCode::Invalid,
                                                QStringLiteral("a webhook endpoint needs an id, a URL and events"));
    WebhookEndpoint stored = endpoint;
    stored.createdAtMs = ctx.now();
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "INSERT INTO webhook_endpoints (id, url, description, events, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, stored.id);
    q.bindValue(1, stored.url);
    q.bindValue(2, nonNull(stored.description));
    q.bindValue(3, stored.events);
    q.bindValue(4, stored.createdAtMs);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot store the webhook endpoint"));
    if (Status s = endpointsChanged(ctx); !s)
        return s.error();
    return stored;
}

Status removeWebhookEndpoint(WriteContext &ctx, const QString &endpointId)
{
    QSqlQuery &attempts = ctx.prepared(QStringLiteral(
        "DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = ?)"));
    attempts.bindValue(0, endpointId);
    if (!attempts.exec())
        return db::queryError(attempts, QStringLiteral("cannot remove the webhook endpoint's log"));
    QSqlQuery &deliveries = ctx.prepared(QStringLiteral("DELETE FROM webhook_deliveries WHERE endpoint_id = ?"));
    deliveries.bindValue(0, endpointId);
    if (!deliveries.exec())
        return db::queryError(deliveries, QStringLiteral("cannot remove the webhook endpoint's deliveries"));
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM webhook_endpoints WHERE id = ?"));
    q.bindValue(0, endpointId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot remove the webhook endpoint"));
    if (Status s = expectOneRow(q, QStringLiteral("there is no webhook endpoint %1").arg(endpointId.left(64))); !s)
        return s;
    return endpointsChanged(ctx);
}

// The lease is the row's next_attempt_at: a claimed row is due again when its lease runs out,
// so a sender that died mid-post loses nothing and a live one's rows are not claimed twice.
Result<QList<WebhookDelivery>> claimWebhooks(WriteContext &ctx, const QString &owner, const QStringList &endpointIds,
                                             int limit, qint64 leaseMs)
{
    if (limit <= 0 || leaseMs <= 0)
        return Result<QList<WebhookDelivery>>::failure(ErrorCode::Invalid,
                                                       QStringLiteral("a claim needs a limit and a lease time"));
    if (endpointIds.isEmpty())
        return QList<WebhookDelivery>();
    const Result<qint64> lease = ctx.nextLeaseId();
    if (!lease)
        return lease.error();
    QStringList marks;
    for (qsizetype i = 0; i < endpointIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE webhook_deliveries SET lease_owner = ?, lease_id = ?, lease_expires_at = ?,"
                       " next_attempt_at = ?, attempts = attempts + 1 WHERE id IN (SELECT id FROM webhook_deliveries"
                       " WHERE state = 'pending' AND next_attempt_at <= ? AND endpoint_id IN (%1)"
                       " ORDER BY next_attempt_at, id LIMIT ?")
            .arg(marks.join(u','))
        + ctx.dialect().claimLock() + QStringLiteral(") RETURNING ") + rows::webhookDeliveryColumns());
    int i = 0;
    q.bindValue(i++, owner);
    q.bindValue(i++, lease.value());
    q.bindValue(i++, ctx.now() + leaseMs);
    q.bindValue(i++, ctx.now() + leaseMs);
    q.bindValue(i++, ctx.now());
    for (const QString &id : endpointIds)
        q.bindValue(i++, id);
    q.bindValue(i++, limit);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot claim webhook deliveries"));
    QList<WebhookDelivery> claimed;
    while (q.next()) // to the end: a half-read RETURNING keeps the write lock
        claimed.append(rows::webhookDelivery(q));
    q.finish();
    std::sort(claimed.begin(), claimed.end(),
              [](const WebhookDelivery &a, const WebhookDelivery &b) { return a.id < b.id; });
    return claimed;
}

Result<QList<Status>> completeWebhooks(WriteContext &ctx, const QList<WebhookOutcome> &outcomes)
{
    QList<Status> statuses;
    for (const WebhookOutcome &o : outcomes) {
        QSqlQuery &q = ctx.prepared(QStringLiteral(
            "UPDATE webhook_deliveries SET state = ?, next_attempt_at = ?, delivered_at = ?, lease_owner = NULL,"
            " lease_id = 0, lease_expires_at = 0, last_attempt_at = ?, last_http_status = ?, last_error = ?, last_duration_ms = ?"
            " WHERE id = ? AND lease_id = ? AND state = 'pending'"));
        const WebhookDelivery::State state = o.delivered ? WebhookDelivery::State::Delivered
            : o.giveUp                                   ? WebhookDelivery::State::Failed
                                                         : WebhookDelivery::State::Pending;
        q.bindValue(0, webhookDeliveryStateName(state));
        q.bindValue(1, state == WebhookDelivery::State::Pending ? std::max(o.retryAtMs, ctx.now()) : ctx.now());
        q.bindValue(2, rows::timeOrNull(o.delivered ? ctx.now() : 0));
        q.bindValue(3, o.attempt.atMs);
        q.bindValue(4, o.attempt.httpStatus);
        q.bindValue(5, rows::textOrNull(o.attempt.error));
        q.bindValue(6, o.attempt.durationMs);
        q.bindValue(7, o.deliveryId);
        q.bindValue(8, o.leaseId);
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot record the webhook delivery"));
        const bool held = q.numRowsAffected() > 0;
        q.finish();
        // The post happened either way: the log keeps it, also for a lease that ran out.
        QSqlQuery &log = ctx.prepared(QStringLiteral(
            "INSERT INTO webhook_attempts (delivery_id, at, http_status, error, duration_ms) VALUES (?, ?, ?, ?, ?)"));
        log.bindValue(0, o.deliveryId);
        log.bindValue(1, o.attempt.atMs);
        log.bindValue(2, o.attempt.httpStatus);
        log.bindValue(3, rows::textOrNull(o.attempt.error));
        log.bindValue(4, o.attempt.durationMs);
        if (!log.exec())
            return db::queryError(log, QStringLiteral("cannot log the webhook attempt"));
        statuses.append(held ? Status()
                             : Status::failure(ErrorCode::Conflict,
                                               QStringLiteral("lease lost: webhook delivery %1").arg(o.deliveryId)));
    }
    return statuses;
}

Status resendWebhook(WriteContext &ctx, const QString &endpointId, qint64 deliveryId)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?, lease_owner = NULL,"
        " lease_id = 0, lease_expires_at = 0 WHERE id = ? AND endpoint_id = ?"));
    q.bindValue(0, ctx.now());
    q.bindValue(1, deliveryId);
    q.bindValue(2, endpointId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot resend the webhook"));
    if (Status s = expectOneRow(q, QStringLiteral("endpoint %1 has no delivery %2").arg(endpointId.left(64)).arg(deliveryId));
        !s)
        return s;
    ctx.effects().webhooksQueued = true;
    return {};
}

// The log is kept for a while, not for ever: what was delivered or given up before
// `olderThanMs` goes, with its attempts. Pending rows stay, however old.
Result<int> purgeWebhooks(WriteContext &ctx, qint64 olderThanMs)
{
    QSqlQuery &attempts = ctx.prepared(QStringLiteral(
        "DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries"
        " WHERE state <> 'pending' AND created_at < ?)"));
    attempts.bindValue(0, olderThanMs);
    if (!attempts.exec())
        return db::queryError(attempts, QStringLiteral("cannot purge the webhook log"));
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("DELETE FROM webhook_deliveries WHERE state <> 'pending' AND created_at < ?"));
    q.bindValue(0, olderThanMs);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot purge the webhook log"));
    return q.numRowsAffected();
}

} // namespace smsdesk::ops
