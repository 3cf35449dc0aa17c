// SPDX-License-Identifier: GPL-3.0-or-later
#include "simjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace smsdesk::sim {

SimReply jsonReply(int status, const QJsonObject &object)
{
    return SimReply { status, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

SimReply jsonReply(int status, const QJsonArray &array)
{
    return SimReply { status, QJsonDocument(array).toJson(QJsonDocument::Compact), {} };
}

SimReply emptyReply(int status)
{
    return SimReply { status, {}, {} };
}

SimReply errorReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject { { QStringLiteral("message"), message } });
}

SimReply mySmsGateError(int status, const QString &error)
{
    return jsonReply(status, QJsonObject { { QStringLiteral("success"), false }, { QStringLiteral("error"), error } });
}

QString isoTime(qint64 ms, bool withMs)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

namespace {

std::optional<qint64> parseIso(const QString &text, const QRegularExpression &shape)
{
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    // Qt reads "+0200" poorly: make it "+02:00".
    static const QRegularExpression compactZone(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    normalized.replace(compactZone, QStringLiteral("\\1:\\2"));
    const QDateTime at = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

} // namespace

std::optional<qint64> parseGsonDate(const QString &text)
{
    // Gson's ISO8601Utils: seconds and fraction optional, the zone indicator mandatory.
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)$"));
    return parseIso(text, shape);
}

std::optional<qint64> parseStrictIsoDate(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?(Z|[+-]\\d{2}:\\d{2})$"));
    return parseIso(text, shape);
}

QString newNanoId()
{
    static const char alphabet[] = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id(21, Qt::Uninitialized);
    for (QChar &c : id)
        c = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    return id;
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

namespace {

QJsonArray recipientsJson(const SimMessage &m)
{
    QJsonArray recipients;
    for (const QString &number : m.recipients) {
        QJsonObject r { { QStringLiteral("phoneNumber"), number }, { QStringLiteral("state"), stateName(m.state) } };
        if (!m.error.isEmpty())
            r.insert(QStringLiteral("error"), m.error);
        recipients.append(r);
    }
    return recipients;
}

QJsonObject statesJson(const SimMessage &m)
{
    QJsonObject states;
    for (int i = 0; i < kStateCount; ++i) {
        if (m.stateAtMs[size_t(i)] > 0)
            states.insert(stateName(MessageState(i)), isoTime(m.stateAtMs[size_t(i)]));
    }
    return states;
}

} // namespace

QJsonObject smsGateMessageJson(const SimMessage &m, bool includeContent, bool statesKnown)
{
    QJsonObject o {
        { QStringLiteral("id"), m.gatewayId },
        { QStringLiteral("deviceId"), m.deviceKey },
        { QStringLiteral("state"), stateName(m.state) },
        { QStringLiteral("isHashed"), false },
        { QStringLiteral("isEncrypted"), false },
        { QStringLiteral("recipients"), recipientsJson(m) },
        { QStringLiteral("states"), statesKnown ? statesJson(m) : QJsonObject() },
    };
    if (includeContent)
        o.insert(QStringLiteral("textMessage"), QJsonObject { { QStringLiteral("text"), m.text } });
    if (m.scheduleAtMs > 0)
        o.insert(QStringLiteral("scheduleAt"), isoTime(m.scheduleAtMs));
    return o;
}

QJsonObject cloudMessageJson(const SimMessage &m, bool includeContent)
{
    QJsonObject o {
        { QStringLiteral("id"), m.gatewayId },
        { QStringLiteral("deviceId"), m.deviceKey },
        { QStringLiteral("state"), stateName(m.state) },
        { QStringLiteral("isHashed"), false },
        { QStringLiteral("isEncrypted"), false },
        { QStringLiteral("recipients"), recipientsJson(m) },
        { QStringLiteral("states"), statesJson(m) },
    };
    if (includeContent)
        o.insert(QStringLiteral("textMessage"), QJsonObject { { QStringLiteral("text"), m.text } });
    return o;
}

namespace {

enum class Check { Pass, Warn, Fail };

QJsonObject check(Check status, qint64 value, const char *unit, const char *description)
{
    static const char *const names[] = { "pass", "warn", "fail" };
    return QJsonObject {
        { QStringLiteral("status"), QLatin1String(names[int(status)]) },
        { QStringLiteral("observedValue"), value },
        { QStringLiteral("observedUnit"), QLatin1String(unit) },
        { QStringLiteral("description"), QLatin1String(description) },
    };
}

} // namespace

QJsonObject healthJson(const HealthInput &input)
{
    // MessagesService.healthCheck: fail when every message of the last hour failed.
    const Check failed = input.failedLastHour > 0
        ? (input.processedLastHour == 0 ? Check::Fail : Check::Warn)
        : Check::Pass;
    const Check battery = input.batteryPercent < 10 ? Check::Fail
                                                    : (input.batteryPercent < 25 ? Check::Warn : Check::Pass);
    const Check link = input.connected ? Check::Pass : Check::Fail;
    const QJsonObject checks {
        { QStringLiteral("messages:failed"),
          check(failed, input.failedLastHour, "messages", "Failed messages for last hour") },
        { QStringLiteral("connection:status"),
          check(link, input.connected ? 1 : 0, "boolean", "Internet connection status") },
        // TransportType.WiFi = 4; CellularNetworkType.Mobile4G has ordinal 4.
        { QStringLiteral("connection:transport"),
          check(link, input.connected ? 4 : 0, "flags", "Network transport type") },
        { QStringLiteral("connection:cellular"), check(Check::Pass, 4, "index", "Cellular network type") },
        { QStringLiteral("battery:level"),
          check(battery, input.batteryPercent, "percent", "Battery level in percent") },
        { QStringLiteral("battery:charging"),
          check(Check::Pass, input.charging ? 3 : 0, "flags", "Is the phone charging?") },
    };
    Check overall = Check::Pass;
    for (const Check c : { failed, battery, link })
        overall = std::max(overall, c);
    static const char *const names[] = { "pass", "warn", "fail" };
    return QJsonObject {
        { QStringLiteral("status"), QLatin1String(names[int(overall)]) },
        { QStringLiteral("version"), QStringLiteral("smsdesk-gateway-sim") },
        { QStringLiteral("releaseId"), 1 },
        { QStringLiteral("checks"), checks },
    };
}

namespace {

QJsonArray simCardsJson(const QList<SimCard> &cards)
{
    QJsonArray out;
    for (const SimCard &c : cards) {
        out.append(QJsonObject { { QStringLiteral("slotIndex"), c.slotIndex },
                                 { QStringLiteral("simNumber"), c.simNumber },
                                 { QStringLiteral("phoneNumber"), c.phoneNumber },
                                 { QStringLiteral("carrierName"), c.carrierName },
                                 { QStringLiteral("iccid"), c.iccid } });
    }
    return out;
}

QString simPhoneNumber(const QList<SimCard> &cards, int simNumber)
{
    for (const SimCard &c : cards) {
        if (c.simNumber == simNumber)
            return c.phoneNumber;
    }
    return {};
}

} // namespace

QJsonObject deviceJson(const QString &id, const QString &name, qint64 createdMs, qint64 nowMs,
                       const QList<SimCard> &cards)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("createdAt"), isoTime(createdMs) },
        { QStringLiteral("updatedAt"), isoTime(nowMs) },
        { QStringLiteral("lastSeen"), isoTime(nowMs) },
        { QStringLiteral("simCards"), simCardsJson(cards) },
    };
}

QJsonObject inboxItemJson(const InboundSms &sms, const QList<SimCard> &cards)
{
    QJsonObject o {
        { QStringLiteral("id"), sms.inboxId },
        { QStringLiteral("type"), QStringLiteral("SMS") },
        { QStringLiteral("sender"), sms.from },
        { QStringLiteral("contentPreview"), sms.text },
        { QStringLiteral("createdAt"), isoTime(sms.atMs) },
        { QStringLiteral("attachments"), QJsonArray() },
    };
    const QString recipient = simPhoneNumber(cards, sms.sim);
    if (!recipient.isEmpty())
        o.insert(QStringLiteral("recipient"), recipient);
    if (sms.sim > 0)
        o.insert(QStringLiteral("simNumber"), sms.sim);
    return o;
}

QJsonObject webhookJson(const WebhookRegistration &r)
{
    QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("url"), r.url }, { QStringLiteral("event"), r.event } };
    if (r.cloud)
        o.insert(QStringLiteral("deviceId"), r.deviceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.deviceId));
    else
        o.insert(QStringLiteral("source"), QStringLiteral("Local"));
    return o;
}

QByteArray smsGateEventBody(const QString &deviceId, const QString &event, const QString &eventId,
                            const QJsonObject &payload, const QString &webhookId)
{
    const QJsonObject body {
        { QStringLiteral("deviceId"), deviceId },   { QStringLiteral("event"), event },
        { QStringLiteral("id"), eventId },          { QStringLiteral("payload"), payload },
        { QStringLiteral("webhookId"), webhookId },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject smsGateStatusPayload(const SimMessage &m, const QString &event, const QString &recipient,
                                 const QString &sender, qint64 atMs)
{
    // MessageEventPayload: messageId, sender?, recipient, simNumber?, phoneNumber (deprecated,
    // = recipient for outgoing events); then the event's own fields.
    QJsonObject payload {
        { QStringLiteral("messageId"), m.gatewayId },
        { QStringLiteral("recipient"), recipient },
        { QStringLiteral("phoneNumber"), recipient },
    };
    if (!sender.isEmpty())
        payload.insert(QStringLiteral("sender"), sender);
    if (m.simUsed > 0)
        payload.insert(QStringLiteral("simNumber"), m.simUsed);
    if (event == QLatin1String("sms:sent")) {
        payload.insert(QStringLiteral("partsCount"), m.segments);
        payload.insert(QStringLiteral("sentAt"), isoTime(atMs));
    } else if (event == QLatin1String("sms:delivered")) {
        payload.insert(QStringLiteral("deliveredAt"), isoTime(atMs));
    } else if (event == QLatin1String("sms:cancelled")) {
        payload.insert(QStringLiteral("cancelledAt"), isoTime(atMs));
    } else {
        payload.insert(QStringLiteral("failedAt"), isoTime(atMs));
        payload.insert(QStringLiteral("reason"), m.error.isEmpty() ? QStringLiteral("Unknown") : m.error);
    }
    return payload;
}

QJsonObject smsGateReceivedPayload(const InboundSms &sms, const QString &recipient)
{
    QJsonObject payload {
        { QStringLiteral("messageId"), sms.messageId },
        { QStringLiteral("message"), sms.text },
        { QStringLiteral("sender"), sms.from },
        { QStringLiteral("phoneNumber"), sms.from },
        { QStringLiteral("receivedAt"), isoTime(sms.atMs) },
    };
    if (!recipient.isEmpty())
        payload.insert(QStringLiteral("recipient"), recipient);
    if (sms.sim > 0)
        payload.insert(QStringLiteral("simNumber"), sms.sim);
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

QByteArray mySmsGateInboundBody(const InboundSms &sms)
{
    const QJsonObject body {
        { QStringLiteral("message_id"), sms.messageId },
        { QStringLiteral("direction"), QStringLiteral("INBOUND") },
        { QStringLiteral("status"), QStringLiteral("RECEIVED") },
        { QStringLiteral("from"), sms.from },
        { QStringLiteral("text"), sms.text },
        { QStringLiteral("device_id"), sms.deviceId },
        { QStringLiteral("timestamp"), isoTime(sms.atMs, false) },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject mySmsGateOutRow(const SimMessage &m)
{
    return QJsonObject {
        { QStringLiteral("id"), m.gatewayId.toLongLong() },
        { QStringLiteral("direction"), QStringLiteral("out") },
        { QStringLiteral("source"), QStringLiteral("api") },
        { QStringLiteral("device_id"), m.deviceKey },
        { QStringLiteral("slot"), m.simUsed > 0 ? m.simUsed - 1 : 0 },
        { QStringLiteral("phone_to"), m.to },
        { QStringLiteral("message"), m.text },
        { QStringLiteral("status"), mySmsGateStatus(m.state) },
        { QStringLiteral("error_message"), m.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.error) },
        { QStringLiteral("created_at"), isoTime(m.acceptedAtMs, false) },
    };
}

QJsonObject mySmsGateInRow(const InboundSms &sms)
{
    return QJsonObject {
        { QStringLiteral("id"), sms.inboxId.toLongLong() },
        { QStringLiteral("direction"), QStringLiteral("in") },
        { QStringLiteral("device_id"), sms.deviceId },
        { QStringLiteral("slot"), sms.sim - 1 },
        { QStringLiteral("phone_from"), sms.from },
        { QStringLiteral("message"), sms.text },
        { QStringLiteral("status"), QStringLiteral("received") },
        { QStringLiteral("created_at"), isoTime(sms.atMs, false) },
    };
}

} // namespace smsdesk::sim
