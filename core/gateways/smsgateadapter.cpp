// SPDX-License-Identifier: GPL-3.0-or-later
#include "smsgateadapter.h"

#include "gatewayjson.h"
#include "smsgateinbound.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace smsdesk {

namespace {

constexpr QLatin1String kCloudRoot { "/3rdparty/v1" };

QNetworkRequest getRequest(const QUrl &url, const Credentials &credentials)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    gw::setBasicAuth(request, credentials);
    return request;
}

GatewayRequest get(const QUrl &url, const Credentials &credentials)
{
    GatewayRequest out;
    out.request = getRequest(url, credentials);
    out.verb = QByteArrayLiteral("GET");
    return out;
}

// The server's error body is {"message": "..."} (smsgateway.ErrorResponse).
QString errorMessage(const GatewayReply &reply)
{
    const Result<QJsonObject> object = gw::parseObject(reply);
    return object ? object->value(QLatin1String("message")).toString() : QString();
}

} // namespace

QString SmsGateAdapter::name() const
{
    return QLatin1String(m_mode == Mode::Local ? kLocalName : kCloudName);
}

QUrl SmsGateAdapter::url(const Device &device, QLatin1String path, QStringView tail) const
{
    if (m_mode == Mode::Local)
        return gw::joinUrl(device.baseUrl, path, tail);
    QStringView base(device.baseUrl);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString root = base.endsWith(kCloudRoot) ? base.toString() : base + kCloudRoot;
    return gw::joinUrl(root, path, tail);
}

QLatin1String SmsGateAdapter::messagesPath() const
{
    // Local: /message (alias /messages), MessagesRoutes.kt; cloud: /messages, 3rdparty.go.
    return m_mode == Mode::Local ? QLatin1String("/message") : QLatin1String("/messages");
}

GatewayRequest SmsGateAdapter::sendRequest(const Message &message, const Device &device,
                                           const Credentials &credentials) const
{
    GatewayRequest out;
    out.request = gw::jsonRequest(url(device, messagesPath()));
    gw::setBasicAuth(out.request, credentials);
    QByteArray &body = out.body;
    body.reserve(160 + message.to.size() + message.text.size() * 3 + device.remoteId.size());
    // Our id as "id": after a crash the resend is refused with 409, which means "already taken".
    body += "{\"id\":";
    gw::appendJsonString(body, gw::wireId(message));
    body += ",\"textMessage\":{\"text\":";
    gw::appendJsonString(body, message.text);
    body += "},\"phoneNumbers\":[";
    gw::appendJsonString(body, message.to);
    body += ']';
    const int sim = message.sim > 0 ? message.sim : device.sim;
    if (sim > 0) {
        body += ",\"simNumber\":";
        body += QByteArray::number(sim);
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
        // Our id is known: this is the resend of a send whose answer we lost. A resend after
        // a reported failure goes under a new id (wireUuid), so 409 never hides a failure.
        SendResult result;
        result.kind = SendResult::Kind::Accepted;
        result.httpStatus = 409;
        result.error = QStringLiteral("already accepted by the gateway (HTTP 409 for a known id)");
        return result;
    }
    if (m_mode == Mode::Cloud && gw::hasCleanAnswer(reply) && reply.httpStatus == 400
        && errorMessage(reply).contains(QLatin1String("select device"))) {
        // "failed to select device: record not found": the phone was removed from the
        // account or the id is wrong (handlers/messages/3rdparty.go errorHandler). Every
        // message to it would die; pause it until the user fixes the device.
        SendResult result;
        result.kind = SendResult::Kind::DevicePaused;
        result.httpStatus = 400;
        result.deviceLevel = true;
        result.error = QStringLiteral("the SMSGate server does not know this phone (%1); check its device id")
                           .arg(errorMessage(reply).left(120));
        return result;
    }
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus)) {
        SendResult result = classifyHttpFailure(reply);
        if (m_mode == Mode::Local && reply.httpStatus == 500) {
            // The app answers 500 to some malformed sends (WebService.kt StatusPages), so a
            // 500 is retried (bounded by the attempts) without taking the phone for dead.
            result.deviceLevel = false;
        }
        return result;
    }
    SendResult result;
    result.httpStatus = reply.httpStatus;
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object) {
        // Retry on the same phone: if it did take the message, the resend gets 409.
        result.kind = SendResult::Kind::Transient;
        result.error = object.errorString();
        result.inDoubt = true;
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

// Health in the RFC-draft "health check" format. A phone with a failing check answers HTTP
// 500 with the same document (localserver/WebService.kt, get("/health")); a proxy in front may say
// 503. The body is read for all three. lastSeenMs is the caller's to fill.
Result<DeviceHealth> SmsGateAdapter::parseHealth(const GatewayReply &reply) const
{
    using R = Result<DeviceHealth>;
    const bool failingStatus = reply.httpStatus == 500 || reply.httpStatus == 503;
    const bool maybeHealthBody = gw::isSuccess(reply.httpStatus) || failingStatus;
    if (reply.timedOut || reply.httpStatus == 0 || !maybeHealthBody)
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    const Result<QJsonObject> object = gw::parseObject(reply);
    // A 500/503 without the health document is a broken or overloaded phone: unreachable.
    if (failingStatus && (!object || !object->contains(QLatin1String("checks"))))
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
    return get(url(device, messagesPath(), QString(u'/' + gw::wireId(message))), credentials);
}

namespace {

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

// States of domain/ProcessingState.kt: Pending, Processed and Cancelling are on their way
// (nothing to record); Sent is recorded and polled on; Delivered, Failed and Cancelled are
// final. Cancelled means the phone never sent it: a failure, retried under a new id.
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
    report.id = wireUuid(message.id, message.wireGeneration);
    report.deviceId = message.sentDeviceId;
    if (state == QLatin1String("Pending") || state == QLatin1String("Processed")
        || state == QLatin1String("Cancelling"))
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
        report.error = QStringLiteral("cancelled on the phone before it was sent");
    } else {
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("unknown message state \"%1\"").arg(state.left(40)));
    }
    report.atMs = parseGatewayTimeMs(object->value(QLatin1String("states")).toObject().value(state));
    // One key per (sent id, state): polling the same state twice changes nothing.
    report.dedupeKey = QStringLiteral("poll:") + gw::wireId(message) + u':' + state;
    return std::optional<StatusReport>(std::move(report));
}

std::optional<GatewayRequest> SmsGateAdapter::inboxRequest(const Device &device, const Credentials &credentials,
                                                           qint64 sinceMs, int offset, int limit) const
{
    // GET /inbox?type=SMS&limit=&offset=&from= (localserver/routes/InboxRoutes.kt: limit
    // 1..500, newest first). The cloud server has the route but answers 501 (not
    // implemented, server handlers/inbox/3rdparty.go): asked anyway, so a server that
    // gains it works, and the 501 is what the phone's status line then says.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("SMS"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 500)));
    query.addQueryItem(QStringLiteral("offset"), QString::number(std::max(0, offset)));
    if (sinceMs > 0)
        query.addQueryItem(QStringLiteral("from"),
                           QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (m_mode == Mode::Cloud && !device.remoteId.isEmpty())
        query.addQueryItem(QStringLiteral("deviceId"), device.remoteId);
    QUrl target = url(device, QLatin1String("/inbox"));
    target.setQuery(query);
    return get(target, credentials);
}

Result<InboxPage> SmsGateAdapter::parseInbox(const Device &, qint64, const GatewayReply &reply) const
{
    using R = Result<InboxPage>;
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus)) {
        const SendResult failure = classifyHttpFailure(reply);
        if (reply.httpStatus == 501)
            return R::failure(ErrorCode::Incompatible,
                              QStringLiteral("the server does not list received messages (HTTP 501)"));
        return R::failure(failure.kind == SendResult::Kind::AuthFailed ? ErrorCode::Invalid
                                                                       : ErrorCode::Unavailable,
                          failure.error);
    }
    if (reply.body.size() > gw::kMaxParsedBody)
        return R::failure(ErrorCode::Invalid, QStringLiteral("the inbox answer is too large to read"));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("the inbox is not a JSON list: %1").arg(gw::bodySnippet(reply.body)));
    InboxPage page;
    const QJsonArray items = document.array();
    page.listed = int(items.size());
    for (const QJsonValue &value : items) {
        if (!value.isObject()) {
            page.problems.append(QStringLiteral("an inbox entry is not an object"));
            continue;
        }
        const QJsonObject item = value.toObject();
        const QString type = item.value(QLatin1String("type")).toString();
        if (type != QLatin1String("SMS"))
            continue; // data SMS and MMS are not conversations
        InboundMessage in;
        in.from = item.value(QLatin1String("sender")).toString().trimmed();
        in.text = item.value(QLatin1String("contentPreview")).toString();
        in.receivedAtMs = parseGatewayTimeMs(item.value(QLatin1String("createdAt")));
        in.gatewayId = smsGateInboundKey(item.value(QLatin1String("id")).toString());
        if (in.from.isEmpty() || in.gatewayId.isEmpty() || in.receivedAtMs <= 0) {
            page.problems.append(QStringLiteral("unreadable inbox entry: %1")
                                     .arg(gw::bodySnippet(QJsonDocument(item).toJson(QJsonDocument::Compact))));
            continue;
        }
        page.messages.append(std::move(in));
    }
    return page;
}

std::optional<GatewayRequest> SmsGateAdapter::devicesRequest(const Device &device,
                                                             const Credentials &credentials) const
{
    // Local: GET /device, one object (localserver/domain/Device.kt); cloud: GET /devices,
    // a list (client-go smsgateway/domain_devices.go).
    return get(url(device, m_mode == Mode::Local ? QLatin1String("/device") : QLatin1String("/devices")),
               credentials);
}

namespace {

RemoteDevice remoteDevice(const QJsonObject &object)
{
    RemoteDevice device;
    device.id = object.value(QLatin1String("id")).toString();
    device.name = object.value(QLatin1String("name")).toString();
    device.online = !object.contains(QLatin1String("deletedAt")) || object.value(QLatin1String("deletedAt")).isNull();
    const QJsonArray cards = object.value(QLatin1String("simCards")).toArray();
    for (const QJsonValue &value : cards) {
        const QJsonObject card = value.toObject();
        const int slot = card.value(QLatin1String("simNumber")).toInt();
        if (slot <= 0)
            continue;
        QStringList label;
        for (const char *key : { "carrierName", "phoneNumber" }) {
            const QString part = card.value(QLatin1String(key)).toString();
            if (!part.isEmpty())
                label << part;
        }
        device.simCards.append(SimCard { slot, label.join(QStringLiteral(" · ")) });
    }
    return device;
}

} // namespace

Result<QList<RemoteDevice>> SmsGateAdapter::parseDevices(const GatewayReply &reply) const
{
    using R = Result<QList<RemoteDevice>>;
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    if (reply.body.size() > gw::kMaxParsedBody)
        return R::failure(ErrorCode::Invalid, QStringLiteral("the device list is too large to read"));
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    QList<RemoteDevice> devices;
    if (document.isObject()) {
        devices.append(remoteDevice(document.object()));
    } else if (document.isArray()) {
        const QJsonArray items = document.array();
        for (const QJsonValue &value : items)
            devices.append(remoteDevice(value.toObject()));
    } else {
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("unreadable device answer: %1").arg(gw::bodySnippet(reply.body)));
    }
    devices.removeIf([](const RemoteDevice &d) { return d.id.isEmpty(); });
    return devices;
}

GatewayRequest SmsGateAdapter::credentialsCheckRequest(const Device &device,
                                                       const Credentials &credentials) const
{
    // GET /health needs no auth, so it proves nothing: list one message instead.
    QUrl target = url(device, messagesPath());
    target.setQuery(QStringLiteral("limit=1"));
    return get(target, credentials);
}

} // namespace smsdesk
