// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smsdesk {

// Outbound webhooks to the user's own apps (issue 16, point 4): what happened to messages,
// posted to the endpoints the user configured, signed the Standard Webhooks way
// (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md).
// Event types are bits, so an endpoint's subscription is one integer and the store can
// ask "does anyone want this?" with one AND.
namespace WebhookEvents {
enum Type : quint32 {
    Sent = 1, // message.sent: a phone's gateway accepted it
    Delivered = 2, // message.delivered: the phone reported it delivered
    Failed = 4, // message.failed: an attempt failed, another one will follow
    Dead = 8, // message.dead: no more attempts (a dead letter)
    Received = 16, // message.received: an incoming SMS
    OptedOut = 32, // number.opted_out: a number was put on the suppression list
};
inline constexpr quint32 kAll = 63;
QList<Type> all();
QString name(Type type); // "message.sent"…
std::optional<Type> fromName(QStringView name);
QStringList names(quint32 mask); // in the order of all()
} // namespace WebhookEvents

// An endpoint as stored (table webhook_endpoints). Its signing secret is not here: it lives
// in the credential store of the desk that made it (key webhookEndpointSecretKey(id)).
struct WebhookEndpoint
{
    static constexpr int kMaxDescription = 500; // characters, wherever one is typed
    QString id; // a UUID, minted when the endpoint is made
    QString url;
    QString description;
    quint32 events = 0;
    qint64 createdAtMs = 0;
    // Filled by the readers: its deliveries by state.
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
};

// One event for one endpoint: a row of the durable outbox (table webhook_deliveries). The
// body posted is made from these fields alone (StandardWebhooks::payload), so every attempt
// posts the same bytes.
struct WebhookDelivery
{
    enum class State { Pending, Delivered, Failed };
    qint64 id = 0;
    QString endpointId;
    QString eventId; // webhook-id: one per event, the same for every endpoint and attempt
    WebhookEvents::Type type = WebhookEvents::Sent;
    qint64 occurredAtMs = 0;
    QString subject; // the message id (UUID), the received SMS's id, or "" (opt-out)
    QString number; // the message's recipient, the sender of an incoming SMS, the opted-out number
    qint64 deviceId = 0;
    int eventHttpStatus = 0; // the gateway's answer behind a message.failed
    QString detail; // gateway message id, error, reason, the incoming text, the opt-out's words
    int messageAttempt = 0; // the message's attempt this event is about
    QString extra; // message.received: when; number.opted_out: the source
    State state = State::Pending;
    int attempts = 0; // posts made (a resend starts again from 0)
    qint64 nextAttemptAtMs = 0;
    qint64 deliveredAtMs = 0;
    qint64 lastAttemptAtMs = 0;
    int lastHttpStatus = 0; // 0: no answer (see lastError)
    QString lastError;
    qint64 lastDurationMs = 0;
    qint64 leaseId = 0; // set by a claim
};

QString webhookDeliveryStateName(WebhookDelivery::State state); // "pending", "delivered", "failed"
std::optional<WebhookDelivery::State> webhookDeliveryStateFromName(QStringView name);

// One post of a delivery, as the log keeps it.
struct WebhookAttempt
{
    qint64 deliveryId = 0;
    qint64 atMs = 0;
    int httpStatus = 0; // 0: no HTTP answer
    QString error; // "" for a 2xx
    qint64 durationMs = 0;
};

// What became of a claimed delivery's post. Guarded by its lease, like a message's outcome.
struct WebhookOutcome
{
    qint64 deliveryId = 0;
    qint64 leaseId = 0;
    bool delivered = false; // a 2xx
    bool giveUp = false; // not delivered and no attempt left: failed for good
    qint64 retryAtMs = 0; // not delivered, not given up: the next attempt
    WebhookAttempt attempt;
};

inline QString webhookEndpointSecretKey(const QString &endpointId)
{
    return QStringLiteral("webhook-endpoint/%1").arg(endpointId);
}

// The Standard Webhooks scheme (spec/standard-webhooks.md, "Signature scheme", "Webhook
// headers"): the signed content is `id.timestamp.body`, HMAC-SHA256 with the secret's bytes,
// sent as "v1,<base64>" in webhook-signature; secrets are shown as whsec_<base64>. The
// inbound check of MySMSGate webhooks (WebhookParser::verifyStandardWebhook) uses the same.
namespace StandardWebhooks {
QByteArray hmac(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp, const QByteArray &body);
QByteArray signature(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp,
                     const QByteArray &body); // "v1,<base64>"
// A new secret: 32 bytes from the system CSPRNG (the spec asks for 24 to 64), whsec_-prefixed.
QString newSecret();
// The key bytes of a whsec_ secret (the prefix is optional, as the reference libraries take
// it); nullopt for one that is empty or not base64.
std::optional<QByteArray> keyOf(const QString &secret);
// The body posted for a delivery: {"type","timestamp","data"} as the spec's "Payload
// structure" says, compact JSON.
QByteArray payload(const WebhookDelivery &delivery);
} // namespace StandardWebhooks

} // namespace smsdesk
