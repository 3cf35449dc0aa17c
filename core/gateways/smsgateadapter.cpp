// SPDX-License-Identifier: GPL-3.0-or-later
#include "smsgateadapter.h"

#include "gatewayjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace smsdesk {

QString SmsGateAdapter::name() const
{
    return QLatin1String(m_mode == Mode::Local ? kLocalName : kCloudName);
}

QLatin1String SmsGateAdapter::messagesPath() const
{
    return m_mode == Mode::Local ? QLatin1String("/message") : QLatin1String("/3rdparty/v1/messages");
}

GatewayRequest SmsGateAdapter::sendRequest(const Message &message, const Device &device,
                                           const Credentials &credentials) const
{
    GatewayRequest out;
    out.request = gw::jsonRequest(gw::joinUrl(device.baseUrl, messagesPath()));
    gw::setBasicAuth(out.request, credentials);
    QByteArray &body = out.body;
    body.reserve(160 + message.to.size() + message.text.size() * 3 + device.remoteId.size());
    // Our id as "id": after a crash the resend is refused with 409, which means "already taken".
    body += "{\"id\":";
    gw::appendJsonString(body, gw::wireId(message.id));
    body += ",\"textMessage\":{\"text\":";
    gw::appendJsonString(body, message.text);
    body += "},\"phoneNumbers\":[";
    gw::appendJsonString(body, message.to);
    body += ']';
    if (device.sim > 0) {
        body += ",\"simNumber\":";
        body += QByteArray::number(device.sim);
    }
    if (m_mode == Mode::Cloud && !device.remoteId.isEmpty()) {
        body += ",\"deviceId\":";
        gw::appendJsonString(body, device.remoteId);
    }
    body += ",\"withDeliveryReport\":true}";
    return out;
}

SendResult SmsGateAdapter::classifySend(const GatewayReply &reply) const
{
    if (gw::hasCleanAnswer(reply) && reply.httpStatus == 409) {
        SendResult result;
        result.kind = SendResult::Kind::Accepted;
        result.httpStatus = 409;
        result.error = QStringLiteral("already accepted by the gateway (HTTP 409 for a known id)");
        return result;
    }
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return classifyHttpFailure(reply);
    SendResult result;
    result.httpStatus = reply.httpStatus;
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object) {
        // Retry on the same phone: if it did take the message, the resend gets 409.
        result.kind = SendResult::Kind::Transient;
        result.error = object.errorString();
        return result;
    }
    result.kind = SendResult::Kind::Accepted;
    result.gatewayMessageId = object->value(QLatin1String("id")).toString();
    return result;
}

std::optional<GatewayRequest> SmsGateAdapter::healthRequest(const Device &device, const Credentials &) const
{
    if (m_mode == Mode::Cloud)
        return std::nullopt; // the server's /health says nothing about one phone
    GatewayRequest out;
    // Unauthenticated by design of the app: no credentials on the wire needlessly.
    out.request = QNetworkRequest(gw::joinUrl(device.baseUrl, QLatin1String("/health")));
    out.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    out.verb = QByteArrayLiteral("GET");
    return out;
}

namespace {

int observedInt(const QJsonObject &checks, QLatin1String key, int fallback)
{
    const QJsonValue value = checks.value(key).toObject().value(QLatin1String("observedValue"));
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return fallback;
}

bool checkFails(const QJsonObject &checks, QLatin1String key)
{
    const QJsonObject check = checks.value(key).toObject();
    if (check.value(QLatin1String("status")).toString() == QLatin1String("fail"))
        return true;
    return check.value(QLatin1String("observedValue")) == QJsonValue(0);
}

} // namespace

// Health in the RFC-draft "health check" format. A phone answers 503 with the same body when
// its status is "fail", so the body is read for both. lastSeenMs is the caller's to fill.
Result<DeviceHealth> SmsGateAdapter::parseHealth(const GatewayReply &reply) const
{
    using R = Result<DeviceHealth>;
    const bool maybeHealthBody = gw::isSuccess(reply.httpStatus) || reply.httpStatus == 503;
    if (reply.timedOut || reply.httpStatus == 0 || !maybeHealthBody)
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    const Result<QJsonObject> object = gw::parseObject(reply);
    // A 503 without the health document is a proxy or an overloaded phone: unreachable.
    if (reply.httpStatus == 503 && (!object || !object->contains(QLatin1String("checks"))))
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    if (!object)
        return R::failure(ErrorCode::Invalid, object.errorString());
    const QString status = object->value(QLatin1String("status")).toString();
    const QJsonObject checks = object->value(QLatin1String("checks")).toObject();
    DeviceHealth health;
    health.online
        = status != QLatin1String("fail") && !checkFails(checks, QLatin1String("connection:status"));
    health.batteryPercent = observedInt(checks, QLatin1String("battery:level"), -1);
    health.failedLastHour = observedInt(checks, QLatin1String("messages:failed"), -1);
    return health;
}

std::optional<GatewayRequest> SmsGateAdapter::statusRequest(const Message &message, const Device &device,
                                                            const Credentials &credentials) const
{
    GatewayRequest out;
    const QString id = gw::wireId(message.id);
    out.request = QNetworkRequest(gw::joinUrl(device.baseUrl, messagesPath(), QString(u'/' + id)));
    out.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    gw::setBasicAuth(out.request, credentials);
    out.verb = QByteArrayLiteral("GET");
    return out;
}

namespace {

qint64 stateTimeMs(const QJsonObject &object, const QString &state)
{
    const QString text = object.value(QLatin1String("states")).toObject().value(state).toString();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QString recipientError(const QJsonObject &object)
{
    const QJsonArray recipients = object.value(QLatin1String("recipients")).toArray();
    for (const QJsonValue &r : recipients) {
        const QString error = r.toObject().value(QLatin1String("error")).toString();
        if (!error.isEmpty())
            return error;
    }
    return QStringLiteral("failed on the phone (no reason given)");
}

} // namespace

Result<std::optional<StatusReport>> SmsGateAdapter::parseStatus(const Message &message,
                                                                const GatewayReply &reply) const
{
    using R = Result<std::optional<StatusReport>>;
    if (gw::hasCleanAnswer(reply) && reply.httpStatus == 404)
        return R::failure(ErrorCode::NotFound, QStringLiteral("the gateway does not know this message"));
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object)
        return R::failure(ErrorCode::Invalid, object.errorString());
    const QString state = object->value(QLatin1String("state")).toString();
    StatusReport report;
    report.id = message.id;
    report.deviceId = message.sentDeviceId;
    if (state == QLatin1String("Pending") || state == QLatin1String("Processed"))
        return std::optional<StatusReport>();
    if (state == QLatin1String("Sent")) {
        report.kind = StatusReport::Kind::Sent;
    } else if (state == QLatin1String("Delivered")) {
        report.kind = StatusReport::Kind::Delivered;
    } else if (state == QLatin1String("Failed")) {
        report.kind = StatusReport::Kind::Failed;
        report.error = recipientError(object.value());
    } else if (state == QLatin1String("Cancelled")) {
        report.kind = StatusReport::Kind::Failed;
        report.error = QStringLiteral("cancelled on the phone");
    } else {
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("unknown message state \"%1\"").arg(state.left(40)));
    }
    report.atMs = stateTimeMs(object.value(), state);
    // One key per (message, state): polling the same final state twice changes nothing.
    report.dedupeKey = QStringLiteral("poll:") + gw::wireId(message.id) + u':' + state;
    return std::optional<StatusReport>(std::move(report));
}

GatewayRequest SmsGateAdapter::credentialsCheckRequest(const Device &device,
                                                       const Credentials &credentials) const
{
    // GET /health needs no auth, so it proves nothing: list one message instead.
    GatewayRequest out;
    out.request = QNetworkRequest(gw::joinUrl(device.baseUrl, messagesPath(), u"?limit=1"));
    out.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    gw::setBasicAuth(out.request, credentials);
    out.verb = QByteArrayLiteral("GET");
    return out;
}

} // namespace smsdesk
