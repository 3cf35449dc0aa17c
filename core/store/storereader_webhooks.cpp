// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: outbound webhooks (issue 16, point 4) — endpoints, their deliveries, the log.
#include "storereader.h"

#include "readquery.h"
#include "webhookrows.h"

namespace smsdesk {

Result<QList<WebhookEndpoint>> StoreReader::webhookEndpoints()
{
    const QString what = QStringLiteral("cannot read the webhook endpoints");
    Result<QSqlQuery> q = db::select(
        m_connectionName,
        QStringLiteral("SELECT ") + rows::webhookEndpointColumns() + QStringLiteral(" FROM webhook_endpoints ORDER BY created_at, id"),
        {}, what);
    if (!q)
        return q.error();
    QList<WebhookEndpoint> list;
    QHash<QString, qsizetype> at;
    while (q->next()) {
        list.append(rows::webhookEndpoint(q.value()));
        at.insert(list.constLast().id, list.size() - 1);
    }
    // Their deliveries counted by state, all endpoints in one pass.
    Result<QSqlQuery> counts = db::select(
        m_connectionName,
        QStringLiteral("SELECT endpoint_id, state, COUNT(*) FROM webhook_deliveries GROUP BY endpoint_id, state"), {},
        what);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const auto endpoint = at.constFind(counts->value(0).toString());
        if (endpoint == at.constEnd())
            continue; // removed between the two reads
        WebhookEndpoint &e = list[*endpoint];
        const auto state = webhookDeliveryStateFromName(counts->value(1).toString());
        const qint64 n = counts->value(2).toLongLong();
        if (state == WebhookDelivery::State::Pending)
            e.pending = n;
        else if (state == WebhookDelivery::State::Delivered)
            e.delivered = n;
        else if (state == WebhookDelivery::State::Failed)
            e.failed = n;
    }
    return list;
}

Result<WebhookEndpoint> StoreReader::webhookEndpoint(const QString &id)
{
    const Result<QList<WebhookEndpoint>> all = webhookEndpoints();
    if (!all)
        return all.error();
    for (const WebhookEndpoint &e : all.value()) {
        if (e.id == id)
            return e;
    }
    return Result<WebhookEndpoint>::failure(ErrorCode::NotFound,
                                            QStringLiteral("there is no webhook endpoint %1").arg(id.left(64)));
}

Result<QList<WebhookDelivery>> StoreReader::webhookDeliveries(const QString &endpointId, qint64 beforeId, int limit)
{
    QString sql = QStringLiteral("SELECT ") + rows::webhookDeliveryColumns()
        + QStringLiteral(" FROM webhook_deliveries WHERE endpoint_id = ?");
    QVariantList binds { endpointId };
    if (beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << std::clamp(limit, 1, 1'000);
    Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, QStringLiteral("cannot read the webhook deliveries"));
    if (!q)
        return q.error();
    QList<WebhookDelivery> list;
    while (q->next())
        list.append(rows::webhookDelivery(q.value()));
    return list;
}

Result<WebhookDelivery> StoreReader::webhookDelivery(qint64 deliveryId)
{
    Result<QSqlQuery> q = db::select(m_connectionName,
                                     QStringLiteral("SELECT ") + rows::webhookDeliveryColumns()
                                         + QStringLiteral(" FROM webhook_deliveries WHERE id = ?"),
                                     { deliveryId }, QStringLiteral("cannot read the webhook delivery"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<WebhookDelivery>::failure(ErrorCode::NotFound,
                                                QStringLiteral("there is no webhook delivery %1").arg(deliveryId));
    return rows::webhookDelivery(q.value());
}

Result<QList<WebhookAttempt>> StoreReader::webhookAttempts(qint64 deliveryId)
{
    Result<QHash<qint64, QList<WebhookAttempt>>> all = webhookAttempts(QList<qint64> { deliveryId });
    if (!all)
        return all.error();
    return all->value(deliveryId);
}

Result<QHash<qint64, QList<WebhookAttempt>>> StoreReader::webhookAttempts(const QList<qint64> &deliveryIds)
{
    QHash<qint64, QList<WebhookAttempt>> byDelivery;
    if (deliveryIds.isEmpty())
        return byDelivery;
    QStringList marks;
    QVariantList binds;
    for (const qint64 id : deliveryIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    Result<QSqlQuery> q = db::select(
        m_connectionName,
        QStringLiteral("SELECT delivery_id, at, http_status, COALESCE(error, ''), duration_ms FROM webhook_attempts"
                       " WHERE delivery_id IN (%1) ORDER BY id")
            .arg(marks.join(u',')),
        binds, QStringLiteral("cannot read the webhook attempts"));
    if (!q)
        return q.error();
    while (q->next())
        byDelivery[q->value(0).toLongLong()].append({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                                                      q->value(2).toInt(), q->value(3).toString(),
                                                      q->value(4).toLongLong() });
    return byDelivery;
}

Result<qint64> StoreReader::nextWebhookDueMs(const QStringList &endpointIds)
{
    if (endpointIds.isEmpty())
        return qint64(0);
    QStringList marks;
    QVariantList binds;
    for (const QString &id : endpointIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    return db::scalar(m_connectionName,
                      QStringLiteral("SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE state = 'pending'"
                                     " AND endpoint_id IN (%1)")
                          .arg(marks.join(u',')),
                      binds, QStringLiteral("cannot read when the next webhook is due"));
}

} // namespace smsdesk
