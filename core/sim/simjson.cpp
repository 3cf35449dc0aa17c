// SPDX-License-Identifier: GPL-3.0-or-later
#include "simjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace smsdesk::sim {

SimReply jsonReply(int status, const QJsonObject &object)
{
    return SimReply { status, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

SimReply errorReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject { { QStringLiteral("message"), message } });
}

QString isoTime(qint64 ms, bool withMs)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

bool plausibleNumber(QStringView number)
{
    if (number.startsWith(u'+'))
        number = number.mid(1);
    if (number.size() < 3 || number.size() > 15)
        return false;
    for (const QChar c : number) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QJsonObject smsGateMessageJson(const SimMessage &message, const QString &deviceId)
{
    const QString state = stateName(message.state);
    QJsonObject recipient { { QStringLiteral("phoneNumber"), message.to },
                            { QStringLiteral("state"), state } };
    if (!message.error.isEmpty())
        recipient.insert(QStringLiteral("error"), message.error);
    QJsonObject states { { QStringLiteral("Pending"), isoTime(message.acceptedAtMs) } };
    if (message.state != MessageState::Pending)
        states.insert(state, isoTime(message.finalAtMs));
    return QJsonObject {
        { QStringLiteral("id"), message.gatewayId },
        { QStringLiteral("deviceId"), message.deviceKey.isEmpty() ? deviceId : message.deviceKey },
        { QStringLiteral("state"), state },
        { QStringLiteral("isHashed"), false },
        { QStringLiteral("isEncrypted"), false },
        { QStringLiteral("recipients"), QJsonArray { recipient } },
        { QStringLiteral("states"), states },
    };
}

namespace {

QJsonObject check(int value, const char *unit, bool ok, bool warn = false)
{
    return QJsonObject {
        { QStringLiteral("observedValue"), value },
        { QStringLiteral("observedUnit"), QLatin1String(unit) },
        { QStringLiteral("status"), QLatin1String(!ok ? "fail" : (warn ? "warn" : "pass")) },
    };
}

} // namespace

QJsonObject healthJson(const HealthInput &input)
{
    const bool lowBattery = input.batteryPercent < 20;
    const QJsonObject checks {
        { QStringLiteral("battery:level"), check(input.batteryPercent, "percent", true, lowBattery) },
        { QStringLiteral("battery:charging"), check(0, "boolean", true) },
        { QStringLiteral("connection:status"), check(input.connected ? 1 : 0, "boolean", input.connected) },
        { QStringLiteral("connection:transport"), check(input.connected ? 2 : 0, "flags", input.connected) },
        { QStringLiteral("connection:cellular"), check(input.connected ? 4 : 0, "index", input.connected) },
        { QStringLiteral("messages:failed"),
          check(input.failedLastHour, "messages", true, input.failedLastHour > 0) },
    };
    const char *status
        = !input.connected ? "fail" : (lowBattery || input.failedLastHour > 0 ? "warn" : "pass");
    return QJsonObject {
        { QStringLiteral("status"), QLatin1String(status) },
        { QStringLiteral("version"), QStringLiteral("smsdesk-gateway-sim") },
        { QStringLiteral("releaseId"), 1 },
        { QStringLiteral("checks"), checks },
    };
}

QByteArray smsGateEventBody(const QString &deviceId, QLatin1String event, const QString &eventId,
                            const QJsonObject &payload, const QString &webhookId)
{
    const QJsonObject body {
        { QStringLiteral("deviceId"), deviceId },   { QStringLiteral("event"), event },
        { QStringLiteral("id"), eventId },          { QStringLiteral("payload"), payload },
        { QStringLiteral("webhookId"), webhookId },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject smsGateStatusPayload(const SimMessage &message, QLatin1String event, qint64 atMs)
{
    QJsonObject payload {
        { QStringLiteral("messageId"), message.gatewayId },
        { QStringLiteral("phoneNumber"), message.to },
    };
    if (event == QLatin1String("sms:sent")) {
        payload.insert(QStringLiteral("sentAt"), isoTime(atMs));
        payload.insert(QStringLiteral("partsCount"), message.segments);
    } else if (event == QLatin1String("sms:delivered")) {
        payload.insert(QStringLiteral("deliveredAt"), isoTime(atMs));
    } else {
        payload.insert(QStringLiteral("failedAt"), isoTime(atMs));
        payload.insert(QStringLiteral("reason"), message.error);
    }
    return payload;
}

QByteArray mySmsGateStatusBody(const SimMessage &message, qint64 atMs)
{
    const bool delivered = message.state == MessageState::Delivered;
    const QJsonObject body {
        { QStringLiteral("message_id"), message.gatewayId },
        { QStringLiteral("client_message_id"), message.clientId },
        { QStringLiteral("status"), QLatin1String(delivered ? "DELIVERED" : "FAILED") },
        { QStringLiteral("to"), message.to },
        { QStringLiteral("text"), message.text },
        { QStringLiteral("timestamp"), isoTime(atMs, false) },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray mySmsGateInboundBody(const QString &messageId, const QString &from, const QString &text,
                                const QString &deviceId, qint64 atMs)
{
    const QJsonObject body {
        { QStringLiteral("message_id"), messageId },
        { QStringLiteral("direction"), QStringLiteral("INBOUND") },
        { QStringLiteral("status"), QStringLiteral("RECEIVED") },
        { QStringLiteral("from"), from },
        { QStringLiteral("text"), text },
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("timestamp"), isoTime(atMs, false) },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace smsdesk::sim
