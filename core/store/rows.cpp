// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smsdesk::rows {

QString messageColumns()
{
    return QStringLiteral(
        "seq, id, to_number, body, segments, encoding, device_id, sent_device_id, status, attempts, "
        "max_attempts,"
        " next_attempt_at, lease_owner, lease_id, lease_expires_at, priority, send_at, client_message_id,"
        " idempotency_key, gateway_message_id, created_at, updated_at, sent_at, delivered_at, dead_at, "
        "last_error, sim, wire_generation, in_doubt, campaign_id, urgent, quiet_until, quiet_zone, quiet_basis");
}

Message message(const QSqlQuery &q)
{
    Message m;
    m.seq = q.value(0).toLongLong();
    m.id = QUuid::fromString(q.value(1).toString());
    m.to = q.value(2).toString();
    m.text = q.value(3).toString();
    m.segments = q.value(4).toInt();
    m.encoding = q.value(5).toString();
    m.deviceId = q.value(6).toLongLong();
    m.sentDeviceId = q.value(7).toLongLong();
    m.status = statusFromName(q.value(8).toString()).value_or(MessageStatus::Queued);
    m.attempts = q.value(9).toInt();
    m.maxAttempts = q.value(10).toInt();
    m.nextAttemptAtMs = q.value(11).toLongLong();
    m.leaseOwner = q.value(12).toString();
    m.leaseId = q.value(13).toLongLong();
    m.leaseExpiresAtMs = q.value(14).toLongLong();
    m.priority = q.value(15).toInt();
    m.sendAtMs = q.value(16).toLongLong();
    m.clientMessageId = q.value(17).toString();
    m.idempotencyKey = q.value(18).toString();
    m.gatewayMessageId = q.value(19).toString();
    m.createdAtMs = q.value(20).toLongLong();
    m.updatedAtMs = q.value(21).toLongLong();
    m.sentAtMs = q.value(22).toLongLong();
    m.deliveredAtMs = q.value(23).toLongLong();
    m.deadAtMs = q.value(24).toLongLong();
    m.lastError = q.value(25).toString();
    m.sim = q.value(26).toInt();
    m.wireGeneration = q.value(27).toInt();
    m.inDoubt = q.value(28).toInt() != 0;
    m.campaignId = q.value(29).toLongLong();
    m.urgent = q.value(30).toInt() != 0;
    m.quietUntilMs = q.value(31).toLongLong();
    m.quietZone = q.value(32).toString();
    m.quietBasis = q.value(33).toInt();
    return m;
}

QString simCardsToJson(const QList<SimCard> &cards)
{
    if (cards.isEmpty())
        return {};
    QJsonArray array;
    for (const SimCard &card : cards)
        array.append(QJsonObject { { QStringLiteral("slot"), card.slot }, { QStringLiteral("label"), card.label } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SimCard> simCardsFromJson(const QString &json)
{
    QList<SimCard> cards;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const int slot = object.value(QLatin1String("slot")).toInt();
        if (slot > 0)
            cards.append(SimCard { slot, object.value(QLatin1String("label")).toString() });
    }
    return cards;
}

QString deviceColumns()
{
    return QStringLiteral(
        "id, name, adapter, base_url, remote_id, sim, enabled, rate_per_minute, rate_per_day,"
        " created_at, online, last_seen_at, battery_percent, signal_percent, failed_last_hour,"
        " paused_reason, sim_cards, reports_via");
}

QMap<QString, QString> fieldsFromJson(const QString &json)
{
    QMap<QString, QString> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            fields.insert(it.key(), it.value().toString());
    }
    return fields;
}

Device device(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.adapter = q.value(2).toString();
    d.baseUrl = q.value(3).toString();
    d.remoteId = q.value(4).toString();
    d.sim = q.value(5).toInt();
    d.enabled = q.value(6).toInt() != 0;
    d.ratePerMinute = q.value(7).toInt();
    d.ratePerDay = q.value(8).toInt();
    d.createdAtMs = q.value(9).toLongLong();
    d.health.online = q.value(10).toInt() != 0;
    d.health.lastSeenMs = q.value(11).toLongLong();
    d.health.batteryPercent = q.value(12).toInt();
    d.health.signalPercent = q.value(13).toInt();
    d.health.failedLastHour = q.value(14).toInt();
    d.health.pausedReason = q.value(15).toString();
    d.simCards = simCardsFromJson(q.value(16).toString());
    d.health.reportsVia = q.value(17).toString();
    return d;
}

QString tokenColumns()
{
    return QStringLiteral("id, name, created_at, revoked_at, last_used_at, rate_per_second, rate_burst, rate_unlimited");
}

ApiToken token(const QSqlQuery &q)
{
    ApiToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.createdAtMs = q.value(2).toLongLong();
    t.revokedAtMs = q.value(3).toLongLong();
    t.lastUsedAtMs = q.value(4).toLongLong();
    if (q.value(7).toInt() != 0)
        t.limit = TokenLimit::none();
    else if (!q.value(5).isNull() && !q.value(6).isNull()) {
        TokenLimit own;
        own.ratePerSecond = q.value(5).toDouble();
        own.burst = q.value(6).toInt();
        t.limit = own;
    }
    return t;
}

MessageEvent event(const QSqlQuery &q)
{
    MessageEvent e;
    e.id = q.value(0).toLongLong();
    e.messageId = QUuid::fromString(q.value(1).toString());
    e.atMs = q.value(2).toLongLong();
    e.kind = q.value(3).toString();
    e.deviceId = q.value(4).toLongLong();
    e.httpStatus = q.value(5).toInt();
    e.detail = q.value(6).toString();
    return e;
}

UuidV7Generator::UuidV7Generator(RandomBits random)
    : m_random(std::move(random))
{ }

QUuid UuidV7Generator::next(qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    // A 12-bit counter keeps ids monotonic within one millisecond (RFC 9562 §6.2,
    // method 1); when it runs out, borrow the next millisecond.
    if (nowMs > m_lastMs) {
        m_lastMs = nowMs;
        m_counter = 0;
    } else if (++m_counter > 0x0fff) {
        ++m_lastMs;
        m_counter = 0;
    }
    const quint64 ms = quint64(m_lastMs) & 0xffff'ffff'ffffULL;
    const quint64 random = m_random();
    QUuid id;
    id.data1 = quint32(ms >> 16);
    id.data2 = quint16(ms & 0xffff);
    id.data3 = quint16(0x7000 | m_counter);
    id.data4[0] = uchar(0x80 | ((random >> 56) & 0x3f)); // variant 10
    for (int i = 1; i < 8; ++i)
        id.data4[i] = uchar(random >> (8 * (7 - i)));
    return id;
}

} // namespace smsdesk::rows
