// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

namespace smsdesk {

// MySMSGate cloud API (reference/gateways.md). No official reference exists; the shapes
// follow the public integrations that run against the live service (FrankFayz/KabQue
// backend/queueapp/notifications.py and management/commands/reconcile_sms_logs.py,
// Kvillagreen/Pharmacy-Web-Based app/Services/v1/FortmedSmsService.php):
//   POST {base}/api/v1/send {"to","message","device_id"?,"slot"?} → 202 {"success","sms_id","status"}
//   402 when the balance is used up; GET /api/v1/devices → {"devices":[{"id","name","status"}]};
//   GET /api/v1/history?direction=out|in&limit=&offset= → {"history":[...],"total"}.
// It does not refuse a repeated send, so a send in doubt is looked up in the sent history
// first. Status and received SMS come by polling the history (webhooks are undocumented).
class MySmsGateAdapter final : public GatewayAdapter
{
public:
    static constexpr auto kName = "mysmsgate";
    // How long a phone whose account ran out of balance (402) waits before trying again.
    static constexpr qint64 kBalancePauseMs = 15 * 60'000;

    QString name() const override;
    GatewayRequest sendRequest(const Message &message, const Device &device,
                               const Credentials &credentials) const override;
    SendResult classifySend(const GatewayReply &reply) const override;

    bool refusesKnownIds() const override { return false; }
    std::optional<GatewayRequest> sentLookupRequest(const Device &device, const Credentials &credentials,
                                                    int page) const override;
    Result<SentLookup> sentCandidates(const Message &message, const GatewayReply &reply) const override;

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
};

} // namespace smsdesk
