// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"
#include "storeconfig.h"
#include "webhookparser.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace smsdesk {

class HttpFrontend;
class HttpGuard;
class PhoneNumbers;
class QueueStore;
class Router;
class SecurityGate;
class StoreReader;
class WebhookRoutes;
struct InboundMessage;

// The address gateways post their webhooks to (DESIGN §6b --gateway-listen), apart from the
// API so that the API and /metrics stay on loopback while phones on the LAN reach this one.
// It answers POST /webhooks/{adapter} only (the API's WebhookRoutes, behind the same
// HttpGuard size limits and SecurityGate checks); every other path is 404. HTTPS with the
// certificate and key the user gives (e.g. one for a private IP from the SMSGate project's
// CA, docs-web docs/services/ca.md); plain HTTP only on a loopback address, since SMS texts
// cross it. Lives in the engine thread, like ApiServer.
class GatewayListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayListener)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0 = ephemeral (tests)
        QString certificatePath; // PEM, the server certificate first, then its chain
        QString keyPath; // PEM, unencrypted RSA or EC private key
        // What phones post to; empty: https://<address>:<port>, or http://127.0.0.1:<port> on
        // loopback without TLS. Needed when listening on every address or behind a tunnel.
        QUrl publicUrl;
        QHash<QString, QByteArray> webhookSecrets; // adapter → HMAC secret, as ApiServer's
        WebhookParser::MySmsGateCheck mySmsGateCheck = WebhookParser::MySmsGateCheck::StandardWebhooks;
        qint64 maxBodyBytes = 64 * 1024;
        int idleTimeoutMs = 30'000;
    };

    // `store` opened; the listener reads through a StoreReader of this thread's own.
    GatewayListener(QueueStore &store, const Clock &clock, const PhoneNumbers &phoneNumbers, Options options,
                    QObject *parent = nullptr);
    ~GatewayListener() override;

    // What is wrong with these settings, before anything listens: a certificate without a
    // key, plain HTTP on a LAN address, a public URL that is not http(s). Sentences naming
    // the command-line options, for the start error.
    static Status check(const Options &options);

    // Loads the certificate, opens this thread's StoreReader and listens; the bound port.
    Result<quint16> listen();
    void close();
    // The base URL phones post to (without /webhooks/...); valid once listening.
    QUrl url() const { return m_url; }
    quint16 port() const { return m_options.port; } // the bound port once listening
    bool isTls() const { return m_tls.has_value(); }
    void setWebhookSecret(const QString &adapter, const QByteArray &secret);
    void setMySmsGateCheck(WebhookParser::MySmsGateCheck check);

Q_SIGNALS:
    // A gateway delivered an incoming SMS (stored); from is E.164 where it parses.
    void incomingMessage(const QString &from, const QString &text, qint64 deviceId);

private:
    static Result<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QueueStore &m_store;
    const Clock &m_clock;
    const PhoneNumbers &m_phoneNumbers;
    Options m_options;
    std::optional<QSslConfiguration> m_tls;
    QUrl m_url;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<SecurityGate> m_gate;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<WebhookRoutes> m_webhooks;
    HttpFrontend *m_frontend = nullptr; // child
};

} // namespace smsdesk
