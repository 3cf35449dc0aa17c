// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

namespace smsdesk {

// MySMSGate cloud API (reference/gateways.md): POST {base}/api/v1/send with a Bearer key.
// Delivery reports arrive by webhook only, so there is no status polling and no health.
class MySmsGateAdapter final : public GatewayAdapter
{
public:
    static constexpr auto kName = "mysmsgate";

    QString name() const override;
    GatewayRequest sendRequest(const Message &message, const Device &device,
                               const Credentials &credentials) const override;
    SendResult classifySend(const GatewayReply &reply) const override;
    GatewayRequest credentialsCheckRequest(const Device &device,
                                           const Credentials &credentials) const override;
    Status checkCredentialsReply(const GatewayReply &reply) const override;
};

} // namespace smsdesk
