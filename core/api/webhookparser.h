// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "problem.h"

#include <QByteArray>

#include <optional>
#include <variant>

namespace smsdesk {

class PhoneNumbers;

// What one gateway webhook asks of the store. Device ids are still the gateway's
// (remoteDeviceId); the route maps them to ours.
struct WebhookEvent
{
    QString remoteDeviceId;
    QList<StatusReport> reports;
    std::optional<InboundMessage> inbound;
    bool ping = false;
    QString ignored; // non-empty: accepted but carries nothing to apply (and why)
};

// Signature checks and payload parsing for the two gateway webhook formats
// (reference/gateways.md). Pure: time is passed in; fuzzed with the request validator.
namespace WebhookParser {

constexpr qint64 kWindowMs = 5 * 60 * 1000; // ±5 min between the signed timestamp and now

// SMSGate: X-Signature = hex HMAC-SHA256(secret, body + X-Timestamp), X-Timestamp unix seconds.
std::optional<Problem> verifySmsGate(const QByteArray &secret, const QByteArray &body,
                                     const QByteArray &signature, const QByteArray &timestamp, qint64 nowMs);
// MySMSGate, Standard Webhooks: webhook-signature holds space-separated "v1,<base64 HMAC-SHA256(
// secret, id + "." + timestamp + "." + body)>"; any one matching entry is enough.
std::optional<Problem> verifyStandardWebhook(const QByteArray &secret, const QByteArray &body,
                                             const QByteArray &id, const QByteArray &timestamp,
                                             const QByteArray &signatures, qint64 nowMs);

// How MySMSGate webhooks prove they know the secret. MySMSGate documents no signing scheme
// (reference/gateways.md; no public integration verifies one), so the user picks what their
// account is set up to send (settings.ini webhooks/mysmsgate_check):
//   StandardWebhooks: webhook-id / webhook-timestamp / webhook-signature headers (default);
//   Token: the secret itself, as ?token=… in the webhook URL or an X-Webhook-Token header,
//   which is how integrations protect an endpoint the service cannot sign for.
enum class MySmsGateCheck { StandardWebhooks, Token };
std::optional<MySmsGateCheck> mySmsGateCheckFromName(QStringView name); // "standard-webhooks", "token"
QString mySmsGateCheckName(MySmsGateCheck check);
std::optional<Problem> verifyToken(const QByteArray &secret, const QByteArray &presented);

std::variant<WebhookEvent, Problem> parseSmsGate(const QByteArray &body, const PhoneNumbers &phoneNumbers,
                                                 qint64 nowMs);
std::variant<WebhookEvent, Problem> parseMySmsGate(const QByteArray &body, const QByteArray &webhookId,
                                                   const PhoneNumbers &phoneNumbers, qint64 nowMs);

} // namespace WebhookParser

} // namespace smsdesk
