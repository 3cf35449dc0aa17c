// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"
#include "storeconfig.h"
#include "tokenlimit.h"
#include "webhookparser.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QObject>
#include <QTimeZone>
#include <QStringList>
#include <QTimer>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace smsdesk {

class ContactImportRoute;
class ContactRoutes;
class CredentialStore;
class DeviceRoutes;
class HttpFrontend;
class HttpGuard;
class MessageRoutes;
class Metrics;
class PhoneNumbers;
class QueueStore;
class Router;
class SecurityGate;
class StoreReader;
class SystemRoutes;
class SuppressionRoutes;
class TemplateRoutes;
class WebhookRoutes;
class WebhookEndpointRoutes;

// The local HTTP API v1, gateway webhooks, /metrics and /healthz (DESIGN §6, docs/api.md)
// on QtHttpServer. Lives in the engine thread: construct it there (or move it there) and
// call listen() from that thread; every request is handled on it.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost; // the LAN only when the user says so
        quint16 port = 8765; // 0 = ephemeral (tests)
        QStringList extraAllowedHosts; // Host names the user added
        CredentialStore *credentials = nullptr; // null: device credentials are refused
        Metrics *metrics = nullptr; // null: /metrics answers 503
        int maxBatch = 1000;
        int maxSegments = 10;
        int idleTimeoutMs = 30'000;
        // Requests per API token without a limit of its own (AppSettings, issue 15 point 5).
        TokenLimit tokenLimit;
        qint64 maxBodyBytes = 64 * 1024;
        qint64 maxBatchBodyBytes = 1024 * 1024;
        qint64 maxImportBodyBytes = 20 * 1024 * 1024; // a contact file (CsvReader::kMaxBytes)
        // adapter ("smsgate", "mysmsgate") → HMAC secret. The engine reads them from the
        // CredentialStore under webhookSecretKey(adapter) (field `api_key`) and passes them here.
        QHash<QString, QByteArray> webhookSecrets;
        WebhookParser::MySmsGateCheck mySmsGateCheck = WebhookParser::MySmsGateCheck::StandardWebhooks;
        qint64 idempotencyRetentionMs = 48LL * 3600 * 1000; // ≥ 24 h (IETF draft)
        // The business's zone: quiet hours for numbers whose own zone is unknown or ambiguous.
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    // `store` opened; the server reads through a StoreReader of this thread's own.
    ApiServer(QueueStore &store, const Clock &clock, const PhoneNumbers &phoneNumbers, Options options,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Opens this thread's StoreReader and starts listening; returns the bound port.
    Result<quint16> listen();
    void close();
    QString address() const; // "127.0.0.1:8765", for the status bar
    quint16 port() const { return m_port; }
    void setWebhookSecret(const QString &adapter, const QByteArray &secret);
    void setMySmsGateCheck(WebhookParser::MySmsGateCheck check);
    // The default request limit changed (Settings): applies from each token's next request.
    void setDefaultTokenLimit(const TokenLimit &limit);
    // A token's limit changed or a token was revoked: read at its next request.
    void tokensChanged();
    // The routes served, once listening: for the test that holds docs/openapi.json to them.
    QList<QPair<QHttpServerRequest::Method, QString>> routes() const;

Q_SIGNALS:
    void requestServed(int status);
    // A gateway delivered an incoming SMS (stored); from is E.164 where it parses.
    void incomingMessage(const QString &from, const QString &text, qint64 deviceId);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void buildRoutes();
    void countRequest(int status);
    void purgeIdempotency();

    QueueStore &m_store;
    const Clock &m_clock;
    const PhoneNumbers &m_phoneNumbers;
    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<SecurityGate> m_gate;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<MessageRoutes> m_messages;
    std::unique_ptr<DeviceRoutes> m_devices;
    std::unique_ptr<ContactRoutes> m_contacts;
    std::unique_ptr<ContactImportRoute> m_contactImport;
    std::unique_ptr<TemplateRoutes> m_templates;
    std::unique_ptr<SuppressionRoutes> m_suppressions;
    std::unique_ptr<WebhookRoutes> m_webhooks;
    std::unique_ptr<WebhookEndpointRoutes> m_webhookEndpoints;
    std::unique_ptr<SystemRoutes> m_system;
    HttpFrontend *m_frontend = nullptr; // child
    HttpGuard *m_guard = nullptr; // owned by m_frontend after bind()
    QTimer m_purgeTimer;
};

} // namespace smsdesk
