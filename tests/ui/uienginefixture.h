// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "credentialstore.h"
#include "engine.h"
#include "enginefacade.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace smsdesk::test {

class TestDatabase;

// Secrets in memory, for GUI tests that are not about the keychain. `writable = false`
// behaves like a machine without a keychain: every write is refused and counted.
// `answerDelayMs` > 0 answers like a real keychain, a while later from the event loop
// (the entry as it was when asked; a write takes effect at once).
class MemoryCredentialStore final : public CredentialStore
{
public:
    explicit MemoryCredentialStore(bool writable = true)
        : m_writable(writable)
    { }
    bool isWritable() const override { return m_writable; }
    QString unavailableReason() const override;
    QFuture<Result<Credentials>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const Credentials &credentials) override;
    QFuture<Status> remove(const QString &key) override;

    QHash<QString, Credentials> entries;
    int refusedWrites = 0;
    int writes = 0;
    int answerDelayMs = 0;

private:
    bool m_writable;
};

// A real engine (store, settings, facade) in a temporary data folder, without the API
// server and the dispatcher, so tests decide what happens to each message. Links core
// only (the engine tests use it too). setStartApi(): the API server on 127.0.0.1 with an
// ephemeral port; setDemo(): the demo phones (in-process simulator).
class UiEngineFixture
{
public:
    explicit UiEngineFixture(std::shared_ptr<CredentialStore> credentials = nullptr);
    ~UiEngineFixture();
    void setStartApi(bool on) { m_startApi = on; }
    void setDemo(bool on) { m_demo = on; }
    void setGatewayListen(const QString &address) { m_gatewayListen = address; } // "127.0.0.1:0"
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; } // --database
    QString databaseUrl() const { return m_databaseUrl; } // after start(): "" for SQLite
    bool start();
    QString startError() const { return m_error; }

    Engine &engine() { return *m_engine; }
    EngineFacade &facade() { return *m_facade; }
    QueueStore &store() { return m_engine->store(); }
    QString dataDir() const { return m_dir.path(); }

    // Adds a phone straight through the store.
    Device addDevice(const QString &name);
    // Enqueues `count` messages and lets each die with `error` on `deviceId`; newest last.
    QList<Message> addDeadLetters(int count,
                                  const QString &error = QStringLiteral("HTTP 400: invalid number"),
                                  qint64 deviceId = 0);

private:
    QTemporaryDir m_dir;
    // In the tst_*_postgres run: the engine's own PostgreSQL database (--database), unless
    // the test names another with setDatabaseUrl.
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EngineFacade> m_facade;
    QString m_error;
    bool m_startApi = false;
    QString m_gatewayListen;
    QString m_databaseUrl;
    bool m_demo = false;
};

} // namespace smsdesk::test
