// SPDX-License-Identifier: GPL-3.0-or-later
// SmsGateAdapter: webhooks registered through the phone's (or the server's) API.
// Local: routes/WebhooksRoutes.kt (GET, POST -> 201, DELETE /{id} -> 204) and
// routes/SettingsRoutes.kt (PATCH /settings {"webhooks": {"signing_key"}},
// modules/webhooks/WebhooksSettings.kt). Cloud: server handlers/webhooks/3rdparty.go under
// /3rdparty/v1/webhooks; the server refuses a signing key (client-go domain_settings.go
// SettingsWebhooks.SigningKey "must not be used with Cloud Server").
#include "smsgateadapter.h"

#include "gatewayjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace smsdesk {

namespace {

GatewayRequest jsonCall(const QUrl &url, const Credentials &credentials, QByteArray verb, QByteArray body)
{
    GatewayRequest out;
    if (body.isEmpty()) {
        out.request = QNetworkRequest(url);
        out.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    } else {
        out.request = gw::jsonRequest(url);
    }
    gw::setBasicAuth(out.request, credentials);
    out.verb = std::move(verb);
    out.body = std::move(body);
    return out;
}

// Why a webhook call failed, in words for the phone's status line. Both the app
// (WebService.kt StatusPages) and the server (fiber errors) answer {"message": "..."}.
Error webhookFailure(const GatewayReply &reply, const QString &what)
{
    if (!gw::hasCleanAnswer(reply))
        return Error { ErrorCode::Unavailable,
                       QStringLiteral("%1: %2").arg(what, classifyHttpFailure(reply).error) };
    const Result<QJsonObject> object = gw::parseObject(reply);
    QString detail = object ? object->value(QLatin1String("message")).toString() : QString();
    if (detail.isEmpty())
        detail = gw::bodySnippet(reply.body);
    const int status = reply.httpStatus;
    ErrorCode code = ErrorCode::Invalid;
    if (status == 401 || status == 403)
        detail = QStringLiteral("the gateway refused the user name or password (%1)").arg(detail.left(120));
    else if (status == 404 || status == 405 || status == 501)
        code = ErrorCode::Incompatible; // an app or server without the route
    else if (status == 429 || status >= 500)
        code = ErrorCode::Unavailable;
    return Error { code, QStringLiteral("%1: HTTP %2%3")
                             .arg(what)
                             .arg(status)
                             .arg(detail.isEmpty() ? QString() : QStringLiteral(", ") + detail.left(200)) };
}

std::optional<WebhookRegistration> registration(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    WebhookRegistration webhook;
    webhook.id = object.value(QLatin1String("id")).toString();
    webhook.url = object.value(QLatin1String("url")).toString();
    webhook.event = object.value(QLatin1String("event")).toString();
    webhook.deviceId = object.value(QLatin1String("deviceId")).toString(); // null in local answers
    if (webhook.id.isEmpty() || webhook.url.isEmpty() || webhook.event.isEmpty())
        return std::nullopt;
    return webhook;
}

} // namespace

std::optional<GatewayRequest> SmsGateAdapter::listWebhooksRequest(const Device &device,
                                                                  const Credentials &credentials) const
{
    return jsonCall(url(device, QLatin1String("/webhooks")), credentials, QByteArrayLiteral("GET"), {});
}

// Local: a list of WebHookDTO {id, deviceId: null, url, event, source}; cloud: a list of
// smsgateway.Webhook {id, deviceId?, url, event}.
Result<QList<WebhookRegistration>> SmsGateAdapter::parseWebhookList(const GatewayReply &reply) const
{
    using R = Result<QList<WebhookRegistration>>;
    const QString what = QStringLiteral("listing the webhooks failed");
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return R(webhookFailure(reply, what));
    if (reply.body.size() > gw::kMaxParsedBody)
        return R::failure(ErrorCode::Invalid, QStringLiteral("the webhook list is too large to read"));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return R::failure(ErrorCode::Invalid, QStringLiteral("the webhook list is not a JSON list: %1")
                                                  .arg(gw::bodySnippet(reply.body)));
    QList<WebhookRegistration> webhooks;
    const QJsonArray items = document.array();
    for (const QJsonValue &value : items) {
        // An entry we cannot read is not ours to delete or keep: skip it.
        if (std::optional<WebhookRegistration> webhook = registration(value))
            webhooks.append(std::move(*webhook));
    }
    return webhooks;
}

std::optional<GatewayRequest> SmsGateAdapter::registerWebhookRequest(const Device &device,
                                                                     const Credentials &credentials,
                                                                     const WebhookRegistration &webhook) const
{
    // POST /webhooks {id?, url, event, deviceId?}: an existing id is replaced
    // (WebHooksService.replace, server Service.Replace). Local: a deviceId must be the phone's
    // own (WebhooksRoutes.kt), so none is sent; cloud: it limits the hook to that phone.
    QJsonObject body { { QStringLiteral("url"), webhook.url }, { QStringLiteral("event"), webhook.event } };
    if (!webhook.id.isEmpty())
        body.insert(QStringLiteral("id"), webhook.id);
    const QString phone = webhook.deviceId.isEmpty() ? device.remoteId : webhook.deviceId;
    if (m_mode == Mode::Cloud && !phone.isEmpty())
        body.insert(QStringLiteral("deviceId"), phone);
    return jsonCall(url(device, QLatin1String("/webhooks")), credentials, QByteArrayLiteral("POST"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// 201 with the stored registration (its id: ours, or a generated one when none was given).
Result<WebhookRegistration> SmsGateAdapter::parseWebhookRegistered(const GatewayReply &reply) const
{
    using R = Result<WebhookRegistration>;
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return R(webhookFailure(reply, QStringLiteral("the gateway refused the webhook")));
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object)
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("unreadable answer to a webhook registration: %1").arg(object.errorString()));
    std::optional<WebhookRegistration> webhook = registration(object.value());
    if (!webhook)
        return R::failure(ErrorCode::Invalid, QStringLiteral("the answer to a webhook registration has no id, url "
                                                             "or event: %1")
                                                  .arg(gw::bodySnippet(reply.body)));
    return std::move(*webhook);
}

std::optional<GatewayRequest> SmsGateAdapter::deleteWebhookRequest(const Device &device,
                                                                   const Credentials &credentials,
                                                                   const QString &webhookId) const
{
    const QString tail = u'/' + QString::fromLatin1(QUrl::toPercentEncoding(webhookId));
    return jsonCall(url(device, QLatin1String("/webhooks"), tail), credentials, QByteArrayLiteral("DELETE"), {});
}

Status SmsGateAdapter::parseWebhookDeleted(const GatewayReply &reply) const
{
    if (gw::hasCleanAnswer(reply) && (gw::isSuccess(reply.httpStatus) || reply.httpStatus == 404))
        return {};
    return webhookFailure(reply, QStringLiteral("deleting an old webhook failed"));
}

std::optional<GatewayRequest> SmsGateAdapter::signingKeyRequest(const Device &device,
                                                                const Credentials &credentials,
                                                                const QByteArray &key) const
{
    if (m_mode == Mode::Cloud)
        return std::nullopt; // the server refuses it; the key is set in the app on each phone
    const QJsonObject body { { QStringLiteral("webhooks"),
                               QJsonObject { { QStringLiteral("signing_key"), QString::fromUtf8(key) } } } };
    return jsonCall(url(device, QLatin1String("/settings")), credentials, QByteArrayLiteral("PATCH"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// 200 with every setting (SettingsRoutes.kt); 400 {"message": "Invalid request: ..."}.
Status SmsGateAdapter::parseSigningKeySet(const GatewayReply &reply) const
{
    if (gw::hasCleanAnswer(reply) && gw::isSuccess(reply.httpStatus))
        return {};
    return webhookFailure(reply, QStringLiteral("setting the signing key failed"));
}

// WebHooksService.replace: https://, or http:// to 127.0.0.1 (the phone itself); plain HTTP
// elsewhere only in the "insecure" build (docs-web docs/faq/webhooks.md). The cloud server
// stores any URL, but the phones it syncs them to apply the same rule when they post.
QString SmsGateAdapter::webhookUrlRefusal(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("\"%1\" is not a web address").arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1"))
        return {};
    return QStringLiteral("the phone posts webhooks only to https:// addresses or to http://127.0.0.1 "
                          "(itself), not to %1")
        .arg(url.toString(QUrl::RemoveUserInfo));
}

} // namespace smsdesk
