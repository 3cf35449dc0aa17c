// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestore.h"
#include "storereader.h"
#include "testsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace smsdesk::test {

// The store tests run twice (tests/store/CMakeLists.txt): on SQLite, and on PostgreSQL
// with SMSDESK_TEST_STORE_BACKEND=postgres inside tests/run-with-postgres.sh, which
// starts a throwaway cluster and names it in SMSDESK_TEST_PG_URL.
inline bool testsPostgres()
{
    return qEnvironmentVariable("SMSDESK_TEST_STORE_BACKEND") == QLatin1String("postgres");
}

// For the tests of SQLite's own behaviour (files, WAL, corruption): skipped, visibly, in
// the PostgreSQL run.
#define SMSDESK_SQLITE_ONLY(why)                                                                             \
    do {                                                                                                     \
        if (::smsdesk::test::testsPostgres())                                                                \
            QSKIP("SQLite only: " why);                                                                      \
    } while (false)

// For what only PostgreSQL offers (several writers on one database): skipped, visibly,
// in the SQLite run.
#define SMSDESK_POSTGRES_ONLY(why)                                                                           \
    do {                                                                                                     \
        if (!::smsdesk::test::testsPostgres())                                                               \
            QSKIP("PostgreSQL only: " why);                                                                  \
    } while (false)

// The database a test runs on: a real SQLite file in a fresh temporary folder, or, in the
// PostgreSQL run, a fresh database of its own on the throwaway server (dropped again by
// the destructor). The store, dispatch and API fixtures all take theirs from here, so the
// same tests run on both back ends.
class TestDatabase final
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
        if (testsPostgres())
            createPostgresDatabase();
    }
    ~TestDatabase()
    {
        if (!m_pgDatabase.isEmpty())
            withConnection(m_pgServer, QStringLiteral("postgres"),
                           { QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase) });
    }
    Q_DISABLE_COPY_MOVE(TestDatabase)

    static bool isPostgres() { return testsPostgres(); }
    // SQLite only: the database file.
    QString dbPath() const { return m_dir.filePath(QStringLiteral("smsdesk.db")); }
    // A temporary folder of the test's own (both runs).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    StoreConfig config() const
    {
        if (!isPostgres())
            return StoreConfig::sqliteAt(dbPath());
        StoreConfig config = m_pgServer;
        config.databaseName = m_pgDatabase;
        return config;
    }

    // The database as --database names it: empty for SQLite (the engine then uses its data
    // folder), postgresql://user:password@host:port/db in the PostgreSQL run.
    QString url() const
    {
        if (!isPostgres())
            return {};
        const StoreConfig c = config();
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setUserName(c.user);
        url.setPassword(c.password);
        url.setHost(c.host);
        url.setPort(c.port);
        url.setPath(QLatin1Char('/') + c.databaseName);
        return url.toString();
    }

    // Runs statements on the database outside the store (to fake another schema version,
    // to look at what the store wrote, or to cut connections), on a connection of its own.
    // True when all succeeded; `firstValue` receives the first column of the last one's
    // first row.
    bool rawExec(const QStringList &statements, QVariant *firstValue = nullptr) const
    {
        const StoreConfig c = config();
        return withConnection(c, isPostgres() ? c.databaseName : c.sqlitePath, statements, firstValue);
    }

private:
    static StoreConfig postgresServer()
    {
        const QString url = qEnvironmentVariable("SMSDESK_TEST_PG_URL");
        if (url.isEmpty()) {
            qCritical("SMSDESK_TEST_STORE_BACKEND=postgres but SMSDESK_TEST_PG_URL is not set: run this test "
                      "through tests/run-with-postgres.sh (as ctest does)");
            return {};
        }
        const Result<StoreConfig> config = StoreConfig::fromUrl(url);
        if (!config || config->backend != StoreConfig::Backend::Postgres) {
            qCritical("SMSDESK_TEST_PG_URL is not a PostgreSQL URL");
            return {};
        }
        return config.value();
    }

    static bool withConnection(const StoreConfig &c, const QString &database, const QStringList &statements,
                               QVariant *firstValue = nullptr)
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("store-test-raw-%1").arg(counter.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            const bool sqlite = c.backend == StoreConfig::Backend::Sqlite;
            QSqlDatabase db = QSqlDatabase::addDatabase(
                sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
            db.setDatabaseName(database);
            if (!sqlite) {
                db.setHostName(c.host);
                db.setPort(c.port);
                db.setUserName(c.user);
                db.setPassword(c.password);
            }
            ok = db.open();
            if (!ok)
                qCritical("cannot open %s: %s", qPrintable(database), qPrintable(db.lastError().text()));
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qCritical("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                else if (firstValue)
                    *firstValue = q.next() ? q.value(0) : QVariant();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    void createPostgresDatabase()
    {
        static QAtomicInteger<int> counter;
        m_pgServer = postgresServer();
        QVERIFY2(!m_pgServer.host.isEmpty(), "no PostgreSQL server for the PostgreSQL run (see the log)");
        const QString name = QStringLiteral("smsdesk_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        QVERIFY2(withConnection(m_pgServer, QStringLiteral("postgres"),
                                { QStringLiteral("CREATE DATABASE %1").arg(name) }),
                 "cannot create the test database (see the log)");
        m_pgDatabase = name;
    }

    QTemporaryDir m_dir;
    StoreConfig m_pgServer; // PostgreSQL run: the server, database "postgres"
    QString m_pgDatabase; // PostgreSQL run: this test's own database
};

// A store with a manual clock on a TestDatabase (SQLite file or PostgreSQL database).
class StoreFixture final
{
public:
    StoreFixture() = default;
    ~StoreFixture() { close(); }
    Q_DISABLE_COPY_MOVE(StoreFixture)

    static bool isPostgres() { return testsPostgres(); }
    // SQLite only: the database file.
    QString dbPath() const { return m_db.dbPath(); }
    StoreConfig config() const { return m_db.config(); }
    ManualClock &clock() { return m_clock; }
    QueueStore &store() { return *m_store; }

    Status open(StoreConfig config)
    {
        QueueStore::Options options;
        options.config = std::move(config);
        // Deterministic backoff: always the ceiling.
        options.retryPolicy = RetryPolicy(RetryPolicy::Settings {}, [] { return 0.999999; });
        m_store = std::make_unique<QueueStore>(m_clock, std::move(options));
        return m_store->open();
    }
    Status open() { return open(config()); }
    void close() { m_store.reset(); }

    // Another store on the same database and clock: a second dispatcher (same options).
    std::unique_ptr<QueueStore> openAnother()
    {
        QueueStore::Options options;
        options.config = config();
        options.retryPolicy = RetryPolicy(RetryPolicy::Settings {}, [] { return 0.999999; });
        auto store = std::make_unique<QueueStore>(m_clock, std::move(options));
        const Status s = store->open();
        if (!s) {
            qWarning("second store: %s", qPrintable(s.errorString()));
            return {};
        }
        return store;
    }

    // A reader on the same file, opened; fails the test when it cannot open.
    std::unique_ptr<StoreReader> reader() const
    {
        auto reader = std::make_unique<StoreReader>(config());
        const Status s = reader->open();
        if (!s)
            qWarning("reader: %s", qPrintable(s.errorString()));
        return reader;
    }

    static NewMessage message(const QString &to, const QString &text, int priority = 0, qint64 sendAtMs = 0)
    {
        NewMessage m;
        m.to = to;
        m.text = text;
        m.priority = priority;
        m.sendAtMs = sendAtMs;
        return m;
    }

    // Enqueues one message and returns it as stored.
    Message enqueue(const NewMessage &m)
    {
        EnqueueRequest request;
        request.messages = { m };
        const Result<EnqueueResult> r = await(m_store->enqueue(request));
        if (!r.ok() || r->messages.size() != 1) {
            qWarning("enqueue failed: %s", qPrintable(r.errorString()));
            return {};
        }
        return r->messages.first();
    }
    Message enqueue(const QString &to, const QString &text, int priority = 0, qint64 sendAtMs = 0)
    {
        return enqueue(message(to, text, priority, sendAtMs));
    }

    QList<Message> claim(int limit = 10, qint64 leaseMs = 30'000, const QString &owner = QStringLiteral("w1"))
    {
        const Result<QList<Message>> r = await(m_store->claimDue(owner, limit, leaseMs));
        if (!r.ok())
            qWarning("claim failed: %s", qPrintable(r.errorString()));
        return r.ok() ? r.value() : QList<Message>();
    }

    Status completeOne(SendOutcome outcome)
    {
        const Result<QList<Status>> r = await(m_store->complete({ outcome }));
        if (!r.ok())
            return r.error();
        return r->first();
    }

    static SendOutcome outcome(const Message &claimed, SendOutcome::Kind kind)
    {
        SendOutcome o;
        o.kind = kind;
        o.id = claimed.id;
        o.leaseId = claimed.leaseId;
        o.deviceId = 7;
        return o;
    }

    MessageStatus statusOf(const QUuid &id) const
    {
        const Result<Message> m = reader()->message(id);
        return m.ok() ? m->status : MessageStatus::Cancelled;
    }

    // See TestDatabase::rawExec.
    bool rawExec(const QStringList &statements, QVariant *firstValue = nullptr) const
    {
        return m_db.rawExec(statements, firstValue);
    }

private:
    TestDatabase m_db;
    ManualClock m_clock;
    std::unique_ptr<QueueStore> m_store;
};

// PRAGMA integrity_check of a SQLite file on a connection of its own: "ok" when sound.
inline QString sqliteIntegrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")))
                while (q.next())
                    result += q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace smsdesk::test
