// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

namespace smsdesk {

// SMS Gateway for Android (reference/gateways.md), Basic auth in both modes. Sources:
// the app capcom6/android-sms-gateway (modules/localserver/routes/*.kt) and the server
// android-sms-gateway/server (internal/sms-gateway/handlers/*/3rdparty.go).
// Local: the phone's own server: POST {base}/message, GET /message/{id}, GET /health,
// GET /device, GET /inbox.
// Cloud: a server in front of many phones, API root {server}/3rdparty/v1 (the official base
// URL already ends in it, client-go smsgateway/config.go; both spellings are accepted):
// POST /messages with "deviceId", GET /messages/{id}, GET /devices. The server's inbox
// answers 501 (handlers/inbox/3rdparty.go), so received SMS reach a cloud desk only by
// webhook; no per-phone health endpoint.
class SmsGateAdapter final : public GatewayAdapter
{
public:
    enum class Mode { Local, Cloud };
    static constexpr auto kLocalName = "smsgate";
    static constexpr auto kCloudName = "smsgate-cloud";

    explicit SmsGateAdapter(Mode mode)
        : m_mode(mode)
    { }

    QString name() const override;
    GatewayRequest sendRequest(const Message &message, const Device &device,
                               const Credentials &credentials) const override;
    SendResult classifySend(const GatewayReply &reply) const override;

    std::optional<GatewayRequest> healthRequest(const Device &device,
                                                const Credentials &credentials) const override;
    Result<DeviceHealth> parseHealth(const GatewayReply &reply) const override;

    std::optional<GatewayRequest> statusRequest(const Message &message, const Device &device,
                                                const Credentials &credentials) const override;
    Result<std::optional<StatusReport>> parseStatus(const Message &message,
                                                    const GatewayReply &reply) const override;

    std::optional<GatewayRequest> inboxRequest(const Device &device, const Credentials &credentials,
                                               qint64 sinceMs, int offset, int limit) const override;
    Result<InboxPage> parseInbox(const Device &device, qint64 sinceMs, const GatewayReply &reply) const override;

    std::optional<GatewayRequest> devicesRequest(const Device &device,
                                                 const Credentials &credentials) const override;
    Result<QList<RemoteDevice>> parseDevices(const GatewayReply &reply) const override;

    GatewayRequest credentialsCheckRequest(const Device &device,
                                           const Credentials &credentials) const override;

    // Webhook registration (smsgatewebhooks.cpp): local routes/WebhooksRoutes.kt and
    // SettingsRoutes.kt; cloud handlers/webhooks/3rdparty.go (no signing key there).
    std::optional<GatewayRequest> listWebhooksRequest(const Device &device,
                                                      const Credentials &credentials) const override;
    Result<QList<WebhookRegistration>> parseWebhookList(const GatewayReply &reply) const override;
    std::optional<GatewayRequest> registerWebhookRequest(const Device &device, const Credentials &credentials,
                                                         const WebhookRegistration &webhook) const override;
    Result<WebhookRegistration> parseWebhookRegistered(const GatewayReply &reply) const override;
    std::optional<GatewayRequest> deleteWebhookRequest(const Device &device, const Credentials &credentials,
                                                       const QString &webhookId) const override;
    Status parseWebhookDeleted(const GatewayReply &reply) const override;
    std::optional<GatewayRequest> signingKeyRequest(const Device &device, const Credentials &credentials,
                                                    const QByteArray &key) const override;
    Status parseSigningKeySet(const GatewayReply &reply) const override;
    QString webhookUrlRefusal(const QUrl &url) const override;

private:
    // The URL of `path` on this device's API: the phone's root (local) or {server}/3rdparty/v1.
    QUrl url(const Device &device, QLatin1String path, QStringView tail = {}) const;
    QLatin1String messagesPath() const;
    const Mode m_mode;
};

} // namespace smsdesk
