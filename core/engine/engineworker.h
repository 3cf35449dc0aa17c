// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include "credentialstore.h"
#include "intake.h"
#include "metrics.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "tokenlimit.h"
#include "webhookparser.h"

#include <QHostAddress>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace smsdesk {

class ApiServer;
class DemoEnvironment;
class DispatchStack;
class GatewayListener;
class IntakeHost;
class StoreReader;
class WebhookSender;

// Everything that runs in the engine thread: the dispatcher, the API server (which purges
// its idempotency keys), the demo phones. Created in the GUI/main thread, moved to
// the engine thread, and started there.
class EngineWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineWorker)

public:
    struct Options
    {
        // The business's time zone: daily sending limits start again at its midnight.
        QTimeZone timeZone;
        bool startApi = true;
        QHostAddress listenAddress = QHostAddress::LocalHost;
        quint16 listenPort = 8765;
        QStringList allowedHosts;
        TokenLimit tokenLimit; // per API token without its own (AppSettings)
        QHash<QString, QByteArray> webhookSecrets;
        WebhookParser::MySmsGateCheck mySmsGateCheck = WebhookParser::MySmsGateCheck::StandardWebhooks;
        // The gateway listener (--gateway-listen): off when gatewayPort < 0.
        QHostAddress gatewayAddress = QHostAddress::LocalHost;
        int gatewayPort = -1;
        QString gatewayCertificate, gatewayKey; // PEM files; both or neither
        QUrl gatewayUrl; // what phones post to; empty: derived from the address
        bool startDispatcher = true;
        bool demo = false;
        QList<IntakeConfig> intakes; // this desk's broker intakes (AppSettings), passwords not filled in
        bool startWebhooks = true; // post the outbound webhook outbox (issue 16, point 4)
    };
    // What the engine thread's objects share, made by the Engine before the thread starts.
    struct Parts
    {
        QueueStore &store; // opened
        const Clock &clock;
        CredentialStore &credentials;
        Metrics &metrics;
        const PhoneNumbers &phoneNumbers;
    };

    EngineWorker(Parts parts, Options options);
    ~EngineWorker() override;

    // Called in the engine thread once it runs. The API address ("" when off) on success.
    Result<QString> start();
    // The URL phones post webhooks to; empty when no gateway listener runs.
    QUrl gatewayUrl() const;
    // Graceful: the dispatcher finishes or releases what is on the wire.
    void stop();
    // The secret webhooks from `adapter` are checked with (the demo's for smsgate in demo mode).
    QByteArray webhookSecret(const QString &adapter) const { return m_options.webhookSecrets.value(adapter); }
    // A new secret for `adapter`: from now on only webhooks signed with it are accepted.
    void setWebhookSecret(const QString &adapter, const QByteArray &secret);
    void setMySmsGateCheck(WebhookParser::MySmsGateCheck check); // a business setting changed
    void setDefaultTokenLimit(const TokenLimit &limit); // this machine's setting changed
    void tokensChanged(); // a token's limit changed or one was revoked, on this desk
    // The intakes as they are now (Settings → Intake changed them): IntakeHost::apply.
    void applyIntakes(const QList<IntakeConfig> &intakes);

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text);
    void dispatchStatusChanged(const smsdesk::DispatchStatus &status);
    void messageDied(const QString &to, const QString &reason);
    void intakeStatesChanged(const QList<smsdesk::IntakeState> &states);
    void webhookAttemptRecorded(); // an outbound webhook post's outcome is durable

private:
    Status startDispatcher();
    Result<QString> startApi();
    Status startGatewayListener();
    Status startIntakes();
    Status startWebhooks();

    Parts m_parts;
    Options m_options;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<GatewayListener> m_gateway;
    std::unique_ptr<DispatchStack> m_dispatch;
    std::unique_ptr<StoreReader> m_intakeReader; // the intake's device checks, as the API's
    std::unique_ptr<IntakeHost> m_intakes;
    std::unique_ptr<StoreReader> m_webhookReader; // the outbound webhook sender's
    std::unique_ptr<WebhookSender> m_webhooks;
};

} // namespace smsdesk
