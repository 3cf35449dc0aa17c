// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include "appsettings.h"
#include "businesssettings.h"
#include "engineworker.h"
#include "clock.h"
#include "credentialstore.h"
#include "metrics.h"
#include "phonenumbers.h"
#include "queuestore.h"

#include <QFuture>
#include <QHostAddress>
#include <QLockFile>
#include <QObject>
#include <QThread>

#include <memory>

namespace smsdesk {

// Owns the store, the dispatcher and the API server (DESIGN §2). The store writes on its
// own thread; the dispatcher and the API server live in the engine thread, so the GUI
// thread only paints. One engine per data folder, guarded by a lock file.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    struct Options
    {
        QString dataDir;
        QString databaseUrl; // empty: SQLite at <dataDir>/smsdesk.db
        QString listen; // "HOST:PORT"; empty: the setting (127.0.0.1:8765)
        // The gateway listener; each empty: its setting (gateway/listen, cert, key, url).
        QString gatewayListen; // "HOST:PORT"; no value and no setting: off
        QString gatewayCertificate, gatewayKey; // PEM files
        QString gatewayUrl; // what phones post to
        bool startApi = true;
        bool startDispatcher = true;
        bool demo = false; // two simulated phones on the in-process simulator
    };

    // `clock` and `credentials` outlive the engine (the composition root owns them).
    Engine(const Clock &clock, CredentialStore &credentials, Options options, QObject *parent = nullptr);
    ~Engine() override;

    // Prepares the data folder, takes its lock, opens the store, starts the engine thread.
    // Every failure is a sentence the user can act on.
    Status start();
    void stop();
    bool isRunning() const { return m_running; }

    QString dataDir() const { return m_options.dataDir; }
    QueueStore &store() { return *m_store; }
    const StoreConfig &storeConfig() const { return m_storeConfig; }
    Metrics &metrics() { return m_metrics; }
    AppSettings &settings() { return *m_settings; } // this machine's
    // The business's, shared by every desk on the database (GUI thread). A change, here or
    // on another desk, reaches the number reader, the store's retries and the webhook checks,
    // then businessSettingsChanged.
    const BusinessSettings &businessSettings() const { return m_business; }
    QFuture<Status> setBusinessSettings(const BusinessSettings &settings);
    const PhoneNumbers &phoneNumbers() const { return *m_phoneNumbers; }
    CredentialStore &credentials() { return m_credentials; }
    const Clock &clock() const { return m_clock; }
    QString apiAddress() const { return m_apiAddress; } // empty when the API is off
    // The URL phones post webhooks to ("https://192.168.1.20:8443"); empty when no gateway
    // listener runs.
    QString gatewayUrl() const { return m_gatewayUrl; }
    bool isDemo() const { return m_options.demo; }
    // The secret the demo phones sign their smsgate webhooks with; empty outside demo mode.
    QByteArray demoWebhookSecret() const { return m_demoWebhookSecret; }
    // Hands a webhook secret to the running API server (engine thread). The future resolves
    // once the server checks with it, so a webhook signed with the old one sent after that is
    // refused; at once when the engine thread does not run.
    QFuture<void> applyWebhookSecret(const QString &adapter, const QByteArray &secret);
    // The request limit of API tokens without their own (issue 15, point 5): as read from the
    // settings at start; a new one is written to the settings and handed to the running API
    // server, which applies it from each token's next request. Invalid for an unlimited or
    // out-of-range one (TokenLimit::of), and nothing is written.
    TokenLimit defaultTokenLimit() const { return m_tokenLimit; }
    Status setDefaultTokenLimit(const TokenLimit &limit);
    // A token's limit changed or a token was revoked on this desk: the API server reads the
    // tokens again at their next request (another desk's change reaches it within a second).
    void apiTokensChanged();
    // This desk's broker intakes (issue 16): the rows of settings.ini, and the last state each
    // reported (GUI thread). applyIntakes() hands the rows as they are now to the running
    // engine, which starts, stops and restarts what changed.
    QList<IntakeState> intakeStates() const { return m_intakeStates; }
    void applyIntakes(const QList<IntakeConfig> &intakes);
    // The dispatcher's last reported state (it reports changes only).
    DispatchStatus dispatchStatus() const { return m_dispatchStatus; }

    // Prepares `dir` (creates it, checks it can be written) and locks it; used by start()
    // and by the admin commands.
    static Status lockDataDir(const QString &dir, QLockFile &lock);

    // A PostgreSQL database whose URL names no password: the password kept for it in the
    // credential store (keychain or credentials file, under config.credentialsKey()), if
    // any; otherwise libpq looks in ~/.pgpass / PGPASSFILE. Used by start() and the admin
    // commands.
    static void fillDatabasePassword(StoreConfig &config, CredentialStore &credentials);
    // Waits for a credential store's answer (the keychain answers fast or fails fast).
    static Result<Credentials> readCredentialsNow(CredentialStore &credentials, const QString &key);

    // "127.0.0.1:8765", "[::1]:8765", "localhost:0" → address and port.
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &listen);

Q_SIGNALS:
    // From the engine thread; connect with a context object.
    void deviceAlert(qint64 deviceId, const QString &text);
    void messageDied(const QString &to, const QString &reason);
    void dispatchStatusChanged(const smsdesk::DispatchStatus &status);
    void businessSettingsChanged();
    void intakeStatesChanged();
    // An outbound webhook post was recorded (delivered or not): the delivery log changed.
    void webhookAttemptRecorded();

private:
    Status adoptBusinessSettings();
    void applyBusinessSettings();
    Status startWorker();
    QHash<QString, QByteArray> readWebhookSecrets(bool createSmsGate);
    Status gatewayOptions(EngineWorker::Options &o) const;

    const Clock &m_clock;
    CredentialStore &m_credentials;
    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    StoreConfig m_storeConfig;
    Metrics m_metrics;
    std::unique_ptr<AppSettings> m_settings;
    BusinessSettings m_business;
    std::unique_ptr<PhoneNumbers> m_phoneNumbers;
    std::unique_ptr<QueueStore> m_store;
    QThread m_thread;
    EngineWorker *m_worker = nullptr; // lives in m_thread
    QString m_apiAddress;
    QString m_gatewayUrl;
    QByteArray m_demoWebhookSecret;
    bool m_running = false;
    DispatchStatus m_dispatchStatus;
    QList<IntakeState> m_intakeStates;
    TokenLimit m_tokenLimit;
};

} // namespace smsdesk
