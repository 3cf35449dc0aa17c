// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <optional>

namespace smsdesk {

// Secrets of one device or gateway account, as read from the keychain or the
// headless credentials file. Never stored in the database, settings or logs.
struct Credentials
{
    QString user; // SMSGate Basic auth
    QString password;
    QString apiKey; // MySMSGate Bearer key
    bool isEmpty() const { return user.isEmpty() && password.isEmpty() && apiKey.isEmpty(); }
};

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
};

// What a send attempt means for the message (DESIGN §3).
struct SendResult
{
    enum class Kind {
        Accepted, // the gateway took it (2xx, or SMSGate 409 "already exists" after a crash)
        Transient, // network error, timeout, 408/425/429/5xx, unreadable 2xx: retry later
        Permanent, // 400/404/422, invalid number: dead at once
        AuthFailed, // 401/403: pause the device, alert the user, keep the message queued
    };
    Kind kind = Kind::Transient;
    int httpStatus = 0;
    QString error; // readable: "HTTP 503 from gateway: …", "timeout after 30 s"
    QString gatewayMessageId;
    qint64 retryAfterMs = -1; // from Retry-After, -1 when absent
    bool deviceLevel = false; // the device/gateway failed (not the message): fail over
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
// Retry-After as seconds or HTTP date, in ms from `nowMs`; -1 when absent or unreadable.
qint64 parseRetryAfterMs(const QList<QNetworkReply::RawHeaderPair> &headers, qint64 nowMs);

} // namespace smsdesk
