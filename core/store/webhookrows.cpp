// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookrows.h"

#include <QVariant>

namespace smsdesk::rows {

QString webhookDeliveryColumns()
{
    return QStringLiteral(
        "id, endpoint_id, event_id, type, occurred_at, subject, number, device_id, event_http_status, detail,"
        " message_attempt, extra, state, attempts, next_attempt_at, COALESCE(delivered_at, 0),"
        " COALESCE(last_attempt_at, 0), last_http_status, COALESCE(last_error, ''), last_duration_ms, lease_id");
}

WebhookDelivery webhookDelivery(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) { return q.value(first + i); };
    WebhookDelivery d;
    d.id = at(0).toLongLong();
    d.endpointId = at(1).toString();
    d.eventId = at(2).toString();
    d.type = WebhookEvents::Type(at(3).toUInt());
    d.occurredAtMs = at(4).toLongLong();
    d.subject = at(5).toString();
    d.number = at(6).toString();
    d.deviceId = at(7).toLongLong();
    d.eventHttpStatus = at(8).toInt();
    d.detail = at(9).toString();
    d.messageAttempt = at(10).toInt();
    d.extra = at(11).toString();
    d.state = webhookDeliveryStateFromName(at(12).toString()).value_or(WebhookDelivery::State::Pending);
    d.attempts = at(13).toInt();
    d.nextAttemptAtMs = at(14).toLongLong();
    d.deliveredAtMs = at(15).toLongLong();
    d.lastAttemptAtMs = at(16).toLongLong();
    d.lastHttpStatus = at(17).toInt();
    d.lastError = at(18).toString();
    d.lastDurationMs = at(19).toLongLong();
    d.leaseId = at(20).toLongLong();
    return d;
}

QString webhookEndpointColumns()
{
    return QStringLiteral("id, url, description, events, created_at");
}

WebhookEndpoint webhookEndpoint(const QSqlQuery &q)
{
    WebhookEndpoint e;
    e.id = q.value(0).toString();
    e.url = q.value(1).toString();
    e.description = q.value(2).toString();
    e.events = q.value(3).toUInt();
    e.createdAtMs = q.value(4).toLongLong();
    return e;
}

} // namespace smsdesk::rows
