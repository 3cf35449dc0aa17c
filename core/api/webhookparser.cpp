// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookparser.h"

#include "apijson.h"
#include "outboundwebhook.h"
#include "phonenumbers.h"
#include "requestvalidator.h"
#include "securitygate.h"
#include "smsgateinbound.h"

#include <QMessageAuthenticationCode>

namespace smsdesk::WebhookParser {

namespace {

Problem badSignature(QString detail)
{
    return Problem::make(Problem::Kind::BadSignature, std::move(detail));
}

std::optional<Problem> checkWindow(const QByteArray &timestamp, qint64 nowMs)
{
    bool ok = false;
    const qint64 seconds = timestamp.trimmed().toLongLong(&ok);
    if (!ok)
        return badSignature(QStringLiteral("The signed timestamp header is missing or not unix seconds."));
    if (qAbs(seconds * 1000 - nowMs) > kWindowMs)
        return badSignature(
            QStringLiteral("The signed timestamp is more than 5 minutes away from this computer's "
                           "clock; check both clocks. Old deliveries are not replayed."));
    return std::nullopt;
}

QByteArray hmac(const QByteArray &secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
}

qint64 timeField(const QJsonValue &value, qint64 fallbackMs)
{
    if (value.isDouble() && value.toDouble() > 0)
        return qint64(value.toDouble()) * 1000; // unix seconds
    if (value.isString()) {
        if (const auto ms = ApiJson::parseRfc3339(value.toString()))
            return *ms;
    }
    return fallbackMs;
}

QString fromNumber(const QString &raw, const PhoneNumbers &phoneNumbers)
{
    const Result<QString> e164 = phoneNumbers.toE164(raw);
    return e164 ? e164.value() : raw.left(64);
}

} // namespace

std::optional<Problem> verifySmsGate(const QByteArray &secret, const QByteArray &body,
                                     const QByteArray &signature, const QByteArray &timestamp, qint64 nowMs)
{
    if (auto problem = checkWindow(timestamp, nowMs))
        return problem;
    const QByteArray presented = QByteArray::fromHex(signature.trimmed());
    if (!SecurityGate::constantTimeEquals(presented, hmac(secret, body + timestamp.trimmed())))
        return badSignature(
            QStringLiteral("X-Signature does not match the body and X-Timestamp; check that the "
                           "phone's webhook signing key matches the one set in Smsdesk."));
    return std::nullopt;
}

std::optional<Problem> verifyStandardWebhook(const QByteArray &secret, const QByteArray &body,
                                             const QByteArray &id, const QByteArray &timestamp,
                                             const QByteArray &signatures, qint64 nowMs)
{
    if (id.trimmed().isEmpty())
        return badSignature(QStringLiteral("The webhook-id header is missing."));
    if (auto problem = checkWindow(timestamp, nowMs))
        return problem;
    const QByteArray expected = StandardWebhooks::hmac(secret, id.trimmed(), timestamp.trimmed(), body);
    bool matched = false;
    for (const QByteArray &entry : signatures.simplified().split(' ')) {
        if (!entry.startsWith("v1,"))
            continue;
        // Every entry is compared, matched or not, so timing says nothing about which one.
        matched |= SecurityGate::constantTimeEquals(QByteArray::fromBase64(entry.mid(3)), expected);
    }
    if (!matched)
        return badSignature(
            QStringLiteral("No v1 entry of webhook-signature matches; check the webhook secret "
                           "configured for this MySMSGate account."));
    return std::nullopt;
}

std::optional<MySmsGateCheck> mySmsGateCheckFromName(QStringView name)
{
    if (name == u"standard-webhooks")
        return MySmsGateCheck::StandardWebhooks;
    if (name == u"token")
        return MySmsGateCheck::Token;
    return std::nullopt;
}

QString mySmsGateCheckName(MySmsGateCheck check)
{
    return check == MySmsGateCheck::Token ? QStringLiteral("token") : QStringLiteral("standard-webhooks");
}

std::optional<Problem> verifyToken(const QByteArray &secret, const QByteArray &presented)
{
    if (presented.isEmpty())
        return badSignature(QStringLiteral("No token: add ?token=<the MySMSGate webhook secret> to the webhook "
                                           "address in the MySMSGate dashboard."));
    if (!SecurityGate::constantTimeEquals(presented, secret))
        return badSignature(QStringLiteral("The token does not match the MySMSGate webhook secret set in Smsdesk."));
    return std::nullopt;
}

namespace {

// Our message id travels as the gateway's client id; anything else is not ours.
std::optional<QUuid> ourId(const QJsonValue &value)
{
    const QUuid id = QUuid::fromString(value.toString());
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}

void addSmsGateReport(const QString &event, const QJsonObject &root, const QJsonObject &payload, qint64 nowMs,
                      WebhookEvent *out)
{
    const std::optional<QUuid> id = ourId(payload.value(QLatin1String("messageId")));
    if (!id) {
        out->ignored = QStringLiteral("messageId is not a message of this Smsdesk");
        return;
    }
    StatusReport report;
    report.id = *id;
    if (event == u"sms:sent") {
        report.kind = StatusReport::Kind::Sent;
        report.atMs = timeField(payload.value(QLatin1String("sentAt")), nowMs);
    } else if (event == u"sms:delivered") {
        report.kind = StatusReport::Kind::Delivered;
        report.atMs = timeField(payload.value(QLatin1String("deliveredAt")), nowMs);
    } else {
        report.kind = StatusReport::Kind::Failed;
        report.atMs = timeField(payload.value(QLatin1String("failedAt")), nowMs);
        report.error = payload.value(QLatin1String("reason"))
                           .toString(QStringLiteral("failed on the phone"))
                           .left(500);
    }
    // A multi-part SMS is reported delivered once per part: one key per message collapses
    // them. Sent/failed may recur legitimately after a retry, so they are keyed by event id.
    report.dedupeKey = report.kind == StatusReport::Kind::Delivered
        ? QStringLiteral("smsgate:delivered:") + report.id.toString(QUuid::WithoutBraces)
        : QStringLiteral("smsgate:event:") + root.value(QLatin1String("id")).toString().left(200);
    out->reports.append(report);
}

} // namespace

std::variant<WebhookEvent, Problem> parseSmsGate(const QByteArray &body, const PhoneNumbers &phoneNumbers,
                                                 qint64 nowMs)
{
    auto parsed = RequestJson::parseObject(body);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const QJsonObject root = std::get<QJsonObject>(parsed);
    const QString event = root.value(QLatin1String("event")).toString();
    const QJsonObject payload = root.value(QLatin1String("payload")).toObject();
    if (root.value(QLatin1String("id")).toString().isEmpty() || event.isEmpty())
        return Problem::validation(
            { { QStringLiteral("id"), QStringLiteral("an SMSGate webhook has `id` and `event`") } });
    WebhookEvent out;
    out.remoteDeviceId = root.value(QLatin1String("deviceId")).toString().left(200);
    if (event == u"sms:sent" || event == u"sms:delivered" || event == u"sms:failed") {
        addSmsGateReport(event, root, payload, nowMs, &out);
    } else if (event == u"sms:received") {
        InboundMessage inbound;
        const QJsonValue from = payload.contains(QLatin1String("sender"))
            ? payload.value(QLatin1String("sender"))
            : payload.value(QLatin1String("phoneNumber"));
        inbound.from = fromNumber(from.toString(), phoneNumbers);
        inbound.text = payload.value(QLatin1String("message")).toString();
        inbound.receivedAtMs = timeField(payload.value(QLatin1String("receivedAt")), nowMs);
        const QString gatewayId = payload.value(QLatin1String("messageId")).toString();
        // The same key GET /inbox polling gives it, so a reply that comes both ways is one.
        inbound.gatewayId = smsGateInboundKey(gatewayId);
        if (inbound.gatewayId.isEmpty())
            inbound.gatewayId = QStringLiteral("smsgate:")
                + (gatewayId.isEmpty() ? root.value(QLatin1String("id")).toString() : gatewayId).left(200);
        if (inbound.from.isEmpty())
            return Problem::validation(
                { { QStringLiteral("payload.phoneNumber"), QStringLiteral("the sender is missing") } });
        out.inbound = inbound;
    } else if (event == u"system:ping") {
        out.ping = true;
    } else {
        out.ignored = QStringLiteral("event \"%1\" is not used by Smsdesk").arg(event.left(50));
    }
    return out;
}

std::variant<WebhookEvent, Problem> parseMySmsGate(const QByteArray &body, const QByteArray &webhookId,
                                                   const PhoneNumbers &phoneNumbers, qint64 nowMs)
{
    auto parsed = RequestJson::parseObject(body);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const QJsonObject root = std::get<QJsonObject>(parsed);
    WebhookEvent out;
    out.remoteDeviceId = root.value(QLatin1String("device_id")).toString().left(200);
    const qint64 atMs = timeField(root.value(QLatin1String("timestamp")), nowMs);
    // Incoming SMS: MySMSGate documents no format. Accepted: the brief's assumption
    // {"event":"sms:received",…} and the simulator's {"direction":"INBOUND","status":"RECEIVED",…},
    // both with "message_id","from","text","device_id","timestamp".
    if (root.value(QLatin1String("event")).toString() == u"sms:received"
        || root.value(QLatin1String("direction")).toString() == u"INBOUND"
        || root.value(QLatin1String("status")).toString() == u"RECEIVED") {
        InboundMessage inbound;
        inbound.from = fromNumber(root.value(QLatin1String("from")).toString(), phoneNumbers);
        inbound.text = root.value(QLatin1String("text")).toString();
        inbound.receivedAtMs = atMs;
        const QString messageId = root.value(QLatin1String("message_id")).toString();
        inbound.gatewayId = QStringLiteral("mysmsgate:")
            + (messageId.isEmpty() ? QString::fromLatin1(webhookId) : messageId).left(200);
        if (inbound.from.isEmpty())
            return Problem::validation(
                { { QStringLiteral("from"), QStringLiteral("the sender is missing") } });
        out.inbound = inbound;
        return out;
    }
    // Statuses in either case: the blog post writes DELIVERED, the history answers delivered
    // (FrankFayz/KabQue management/commands/reconcile_sms_logs.py).
    const QString status = root.value(QLatin1String("status")).toString().toUpper();
    const std::optional<QUuid> id = ourId(root.value(QLatin1String("client_message_id")));
    // The service keeps no reference of ours; its own id (the send's sms_id) finds the message.
    const QJsonValue smsId = root.value(QLatin1String("message_id"));
    const QString gatewayId
        = (smsId.isDouble() ? QString::number(qint64(smsId.toDouble())) : smsId.toString()).left(100);
    StatusReport report;
    if (status == u"DELIVERED")
        report.kind = StatusReport::Kind::Delivered;
    else if (status == u"SENT")
        report.kind = StatusReport::Kind::Sent;
    else if (status == u"FAILED")
        report.kind = StatusReport::Kind::Failed;
    else
        out.ignored = status == u"PENDING" ? QStringLiteral("PENDING changes nothing")
                                           : QStringLiteral("unknown status \"%1\"").arg(status.left(50));
    if (!id && gatewayId.isEmpty() && out.ignored.isEmpty())
        out.ignored = QStringLiteral("neither client_message_id nor message_id names a message of this Smsdesk");
    if (!out.ignored.isEmpty())
        return out;
    if (id)
        report.id = *id;
    else
        report.gatewayMessageId = gatewayId;
    report.atMs = atMs;
    if (report.kind == StatusReport::Kind::Failed)
        report.error = root.value(QLatin1String("error"))
                           .toString(QStringLiteral("FAILED reported by MySMSGate"))
                           .left(500);
    report.dedupeKey = report.kind == StatusReport::Kind::Delivered
        ? QStringLiteral("mysmsgate:delivered:")
            + (id ? report.id.toString(QUuid::WithoutBraces) : QStringLiteral("gw:") + gatewayId)
        : QStringLiteral("mysmsgate:") + QString::fromLatin1(webhookId.left(200));
    out.reports.append(report);
    return out;
}

} // namespace smsdesk::WebhookParser
