// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace smsdesk::ApiJson {

namespace {
QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(toRfc3339(ms)) : QJsonValue(QJsonValue::Null);
}
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString toRfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); // "…Z"
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (text.size() > 40 || !pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized[10] = u'T';
    if (normalized.endsWith(u'z'))
        normalized.back() = u'Z';
    // Qt takes milliseconds only: cut longer fractions ("…:00.123456789Z").
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QJsonObject message(const Message &m)
{
    return QJsonObject {
        { QStringLiteral("id"), m.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("status"), statusName(m.status) },
        { QStringLiteral("to"), m.to },
        { QStringLiteral("text"), m.text },
        { QStringLiteral("segments"), m.segments },
        { QStringLiteral("encoding"), m.encoding },
        { QStringLiteral("device_id"), idOrNull(m.deviceId) },
        { QStringLiteral("sent_device_id"), idOrNull(m.sentDeviceId) },
        { QStringLiteral("priority"), m.priority },
        { QStringLiteral("send_at"), timeOrNull(m.sendAtMs) },
        { QStringLiteral("client_message_id"), textOrNull(m.clientMessageId) },
        { QStringLiteral("attempts"), m.attempts },
        { QStringLiteral("created_at"), timeOrNull(m.createdAtMs) },
        { QStringLiteral("updated_at"), timeOrNull(m.updatedAtMs) },
        { QStringLiteral("sent_at"), timeOrNull(m.sentAtMs) },
        { QStringLiteral("delivered_at"), timeOrNull(m.deliveredAtMs) },
        { QStringLiteral("last_error"), textOrNull(m.lastError) },
    };
}

QJsonObject messageWithEvents(const Message &m, const QList<MessageEvent> &events)
{
    QJsonArray list;
    for (const MessageEvent &event : events) {
        list.append(QJsonObject {
            { QStringLiteral("at"), toRfc3339(event.atMs) },
            { QStringLiteral("kind"), event.kind },
            { QStringLiteral("device_id"), idOrNull(event.deviceId) },
            { QStringLiteral("http_status"),
              event.httpStatus > 0 ? QJsonValue(event.httpStatus) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("detail"), textOrNull(event.detail) },
        });
    }
    QJsonObject object = message(m);
    object.insert(QStringLiteral("events"), list);
    return object;
}

QJsonObject device(const Device &d)
{
    QJsonObject object {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("adapter"), d.adapter },
        { QStringLiteral("base_url"), d.baseUrl },
        { QStringLiteral("remote_id"), textOrNull(d.remoteId) },
        { QStringLiteral("sim"), d.sim > 0 ? QJsonValue(d.sim) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("enabled"), d.enabled },
        { QStringLiteral("rate_per_minute"), d.ratePerMinute },
        { QStringLiteral("rate_per_day"), d.ratePerDay },
    };
    const DeviceHealth &h = d.health;
    QJsonObject health {
        { QStringLiteral("online"), h.online },
        { QStringLiteral("last_seen"), timeOrNull(h.lastSeenMs) },
        { QStringLiteral("battery_percent"),
          h.batteryPercent >= 0 ? QJsonValue(h.batteryPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("signal_percent"),
          h.signalPercent >= 0 ? QJsonValue(h.signalPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("paused_reason"), textOrNull(h.pausedReason) },
    };
    object.insert(QStringLiteral("health"), health);
    return object;
}

QJsonObject stats(const StatusCounts &c)
{
    // Exactly the fields of DESIGN §6; tools compare the key set.
    return QJsonObject {
        { QStringLiteral("queued"), c.queued },   { QStringLiteral("sending"), c.sending },
        { QStringLiteral("sent"), c.sent },       { QStringLiteral("delivered"), c.delivered },
        { QStringLiteral("dead"), c.dead },       { QStringLiteral("cancelled"), c.cancelled },
        { QStringLiteral("inbound"), c.inbound },
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace smsdesk::ApiJson
