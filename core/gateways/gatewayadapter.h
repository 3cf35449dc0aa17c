// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"
#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <optional>

namespace smsdesk {

// An HTTP request an adapter wants made. The dispatcher owns the network access.
struct GatewayRequest
{
    QNetworkRequest request;
    QByteArray verb = "POST";
    QByteArray body;
};

// The raw answer to a GatewayRequest, as the dispatcher saw it.
struct GatewayReply
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;
    // When it arrived, by the caller's Clock: a Retry-After given as a date is a wait from
    // then. 0 = unknown (a date then says nothing; seconds still count).
    qint64 receivedAtMs = 0;
};

// What a send attempt means for the message (DESIGN §3).
struct SendResult
{
    enum class Kind {
        Accepted, // the gateway took it (2xx, or SMSGate 409 "already exists" after a crash)
        Transient, // network error, timeout, 408/425/429/5xx, unreadable 2xx: retry later
        Permanent, // 400/404/422, invalid number: dead at once
        AuthFailed, // 401/403: pause the device, alert the user, keep the message queued
        // The account or phone cannot send until something changes (MySMSGate 402: the
        // balance is used up; SMSGate cloud 400 for an unknown deviceId): pause the device
        // with `error` as the reason, keep the message queued, alert the user.
        DevicePaused,
    };
    Kind kind = Kind::Transient;
    int httpStatus = 0;
    QString error; // readable: "HTTP 503 from gateway: …", "timeout after 30 s"
    QString gatewayMessageId;
    qint64 retryAfterMs = -1; // from Retry-After, -1 when absent
    bool deviceLevel = false; // the device/gateway failed (not the message): fail over
    // DevicePaused: ask again after this long (a topped-up balance is not announced);
    // -1 = only once the user changes the device.
    qint64 pauseForMs = -1;
    // Transient: the request may have reached the gateway (timeout, connection lost
    // mid-answer). Matters for gateways that do not refuse a known id.
    bool inDoubt = false;
};

// Received SMS as a gateway lists them (SMSGate GET /inbox, MySMSGate history).
struct InboxPage
{
    QList<InboundMessage> messages; // gatewayId set; deviceId left to the caller
    // Entries on the page within the time asked for, readable or not: a page full of them
    // means there may be more (the next offset).
    int listed = 0;
    QStringList problems; // entries that could not be read, for the phone's status line
};

// A phone behind a gateway, as "Test connection" finds it.
struct RemoteDevice
{
    QString id; // SMSGate deviceId, MySMSGate device id
    QString name;
    bool online = true;
    QList<SimCard> simCards;
};

// A webhook as a gateway stores it: one event per registration (SMSGate
// modules/webhooks/domain/WebHookDTO.kt; server client-go smsgateway/domain_webhooks.go).
struct WebhookRegistration
{
    QString id;
    QString url;
    QString event; // "sms:received", "sms:sent", "sms:delivered", "sms:failed", ...
    QString deviceId; // cloud: the phone it is for; empty = every phone of the account
};

// Turns claimed messages into HTTP requests and replies into outcomes, for one kind of
// gateway (reference/gateways.md). Stateless and thread-safe.
class GatewayAdapter
{
public:
    virtual ~GatewayAdapter() = default;
    virtual QString name() const = 0; // "mysmsgate", "smsgate", "smsgate-cloud"

    // Our message id goes out as the client message id, so a resend after a crash is
    // recognised downstream.
    virtual GatewayRequest sendRequest(const Message &message, const Device &device,
                                       const Credentials &credentials) const = 0;
    virtual SendResult classifySend(const GatewayReply &reply) const = 0;

    // Health probe (SMSGate GET /health); nullopt when the gateway has none.
    virtual std::optional<GatewayRequest> healthRequest(const Device &device,
                                                        const Credentials &credentials) const;
    virtual Result<DeviceHealth> parseHealth(const GatewayReply &reply) const;

    // Status polling (SMSGate GET /message/{id}); nullopt when reports come by webhook only.
    virtual std::optional<GatewayRequest> statusRequest(const Message &message, const Device &device,
                                                        const Credentials &credentials) const;
    // nullopt while nothing final is known yet (Pending/Processed).
    virtual Result<std::optional<StatusReport>> parseStatus(const Message &message,
                                                            const GatewayReply &reply) const;

    // SMSGate refuses an id it has seen (409), so a resend after a crash is harmless.
    // MySMSGate takes it as a second SMS: before resending a message whose last attempt
    // is in doubt, the dispatcher asks the gateway's sent history (sentLookupRequest).
    virtual bool refusesKnownIds() const { return true; }
    // `page` 0 is the newest part of the history.
    virtual std::optional<GatewayRequest> sentLookupRequest(const Device &device, const Credentials &credentials,
                                                            int page) const;
    // The gateway ids in one page of its sent history that may be `message`, best match
    // first, and whether older pages may still hold it. The caller skips ids that belong to
    // other messages.
    struct SentLookup
    {
        QStringList candidates;
        bool searchOlder = false;
    };
    virtual Result<SentLookup> sentCandidates(const Message &message, const GatewayReply &reply) const;

    // Received SMS by polling, for phones that cannot post webhooks to us (a LAN without
    // TLS). `sinceMs`: nothing older is wanted; `offset` pages through the rest.
    virtual std::optional<GatewayRequest> inboxRequest(const Device &device, const Credentials &credentials,
                                                       qint64 sinceMs, int offset, int limit) const;
    virtual Result<InboxPage> parseInbox(const Device &device, qint64 sinceMs, const GatewayReply &reply) const;

    // The phones (and their SIM cards) the credentials reach, for "Test connection".
    virtual std::optional<GatewayRequest> devicesRequest(const Device &device,
                                                         const Credentials &credentials) const;
    virtual Result<QList<RemoteDevice>> parseDevices(const GatewayReply &reply) const;

    // Webhooks registered through the gateway's own API (SMSGate GET/POST/DELETE /webhooks).
    // nullopt when the gateway has none: MySMSGate publishes no webhook API (its webhooks
    // are set up in its dashboard, reference/gateways.md), so nothing is registered there.
    virtual std::optional<GatewayRequest> listWebhooksRequest(const Device &device,
                                                              const Credentials &credentials) const;
    virtual Result<QList<WebhookRegistration>> parseWebhookList(const GatewayReply &reply) const;
    virtual std::optional<GatewayRequest> registerWebhookRequest(const Device &device,
                                                                 const Credentials &credentials,
                                                                 const WebhookRegistration &webhook) const;
    // The registration as the gateway stored it (its id), or why it was refused.
    virtual Result<WebhookRegistration> parseWebhookRegistered(const GatewayReply &reply) const;
    virtual std::optional<GatewayRequest> deleteWebhookRequest(const Device &device, const Credentials &credentials,
                                                               const QString &webhookId) const;
    // Deleted, or already gone (404): both leave no webhook behind.
    virtual Status parseWebhookDeleted(const GatewayReply &reply) const;
    // Sets the key the phone signs its webhooks with (SMSGate local mode: PATCH /settings).
    // nullopt where the key cannot be set through the API (SMSGate cloud refuses it).
    virtual std::optional<GatewayRequest> signingKeyRequest(const Device &device, const Credentials &credentials,
                                                            const QByteArray &key) const;
    virtual Status parseSigningKeySet(const GatewayReply &reply) const;
    // Why the gateway would refuse to post webhooks to `url` ("" when it would take it).
    virtual QString webhookUrlRefusal(const QUrl &url) const;

    // Checks that the credentials are accepted (Devices → "Test connection").
    virtual GatewayRequest credentialsCheckRequest(const Device &device,
                                                   const Credentials &credentials) const = 0;
    // What the answer to credentialsCheckRequest() means: ok when the credentials are
    // accepted; Invalid for 401/403; Unavailable when the gateway could not be asked.
    // (Added: without it every caller would have to know each adapter's check request.)
    virtual Status checkCredentialsReply(const GatewayReply &reply) const;
};

// The adapter for a device's `adapter` field, or null for an unknown name.
std::unique_ptr<GatewayAdapter> createAdapter(const QString &name);
QStringList adapterNames();

// The one place HTTP statuses and network errors are classified (DESIGN §3).
SendResult classifyHttpFailure(const GatewayReply &reply);
// Gateway times: ISO 8601 with or without milliseconds and zone (UTC when none), or
// milliseconds since the epoch as a number. 0 when unreadable.
qint64 parseGatewayTimeMs(const QJsonValue &value);
// Retry-After as seconds or HTTP date, in ms from `nowMs`; -1 when absent or unreadable.
qint64 parseRetryAfterMs(const QList<QNetworkReply::RawHeaderPair> &headers, qint64 nowMs);

} // namespace smsdesk
