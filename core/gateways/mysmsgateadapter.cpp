// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysmsgateadapter.h"

#include "gatewayjson.h"

#include <QJsonValue>

namespace smsdesk {

QString MySmsGateAdapter::name() const
{
    return QLatin1String(kName);
}

GatewayRequest MySmsGateAdapter::sendRequest(const Message &message, const Device &device,
                                             const Credentials &credentials) const
{
    GatewayRequest out;
    out.request = gw::jsonRequest(gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/send")));
    gw::setBearerAuth(out.request, credentials);
    QByteArray &body = out.body;
    body.reserve(96 + message.to.size() + message.text.size() * 3 + device.remoteId.size());
    body += "{\"to\":";
    gw::appendJsonString(body, message.to);
    body += ",\"text\":";
    gw::appendJsonString(body, message.text);
    if (!device.remoteId.isEmpty()) {
        body += ",\"device_id\":";
        gw::appendJsonString(body, device.remoteId);
    }
    body += ",\"client_message_id\":";
    gw::appendJsonString(body, gw::wireId(message.id));
    body += '}';
    return out;
}

SendResult MySmsGateAdapter::classifySend(const GatewayReply &reply) const
{
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return classifyHttpFailure(reply);
    SendResult result;
    result.httpStatus = reply.httpStatus;
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object) {
        // "Success is any 2xx with a JSON body": anything else may be a proxy's page, so
        // retry (on the same device: the client id lets the gateway recognise a resend).
        result.kind = SendResult::Kind::Transient;
        result.error = object.errorString();
        return result;
    }
    result.kind = SendResult::Kind::Accepted;
    // The send answer's shape is undocumented: take "message_id" (as in the webhook) or "id".
    QJsonValue id = object->value(QLatin1String("message_id"));
    if (id.isUndefined())
        id = object->value(QLatin1String("id"));
    result.gatewayMessageId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    return result;
}

// MySMSGate documents no endpoint for checking a key. Assumption: an authenticated server
// validates the key before the body, so an empty JSON object sent to the send endpoint is
// answered 401/403 for a bad key and 400/422 (nothing sent: no recipient) for a good one.
GatewayRequest MySmsGateAdapter::credentialsCheckRequest(const Device &device,
                                                         const Credentials &credentials) const
{
    GatewayRequest out;
    out.request = gw::jsonRequest(gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/send")));
    gw::setBearerAuth(out.request, credentials);
    out.body = QByteArrayLiteral("{}");
    return out;
}

Status MySmsGateAdapter::checkCredentialsReply(const GatewayReply &reply) const
{
    if (!reply.timedOut && (reply.httpStatus == 400 || reply.httpStatus == 422))
        return {}; // the key passed; the deliberately empty body did not
    return GatewayAdapter::checkCredentialsReply(reply);
}

} // namespace smsdesk
