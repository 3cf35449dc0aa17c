// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

namespace smsdesk {

// SMS Gateway for Android (reference/gateways.md), Basic auth in both modes.
// Local: the phone's own server, POST {base}/message, status GET /message/{id}, GET /health.
// Cloud: a server in front of many phones, POST {server}/3rdparty/v1/messages with "deviceId";
// status GET /3rdparty/v1/messages/{id}; no per-phone health endpoint.
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

    GatewayRequest credentialsCheckRequest(const Device &device,
                                           const Credentials &credentials) const override;

private:
    QLatin1String messagesPath() const;
    const Mode m_mode;
};

} // namespace smsdesk
