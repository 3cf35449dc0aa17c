// SPDX-License-Identifier: GPL-3.0-or-later
// scaleout_bench (issue 13, point 5): durable enqueue and dispatch rates with 1, 2 and 4
// engines (separate processes, each its own QueueStore and DispatchStack, as desks on
// separate machines would be) on one PostgreSQL database, beside one engine on an SQLite
// file, against bench/smsdesk-refgateway (plain C, no Qt) at each gateway latency.
//
//   tests/run-with-postgres.sh build/bench/scaleout_bench [--count 20000] [--latency 0,50]
//                                                        [--engines 1,2,4] [--phones 8] [--cap 64]
//
// The PostgreSQL server is the one named in SMSDESK_TEST_PG_URL (run-with-postgres.sh starts
// a throwaway cluster and sets it); each run gets a fresh database. Per run:
//   enqueue:  each engine enqueues count / engines messages, one per request with 16 requests
//             outstanding (as API clients would), every one durable before it is counted;
//             timed from "go" to the last engine's last commit.
//   dispatch: the messages wait for a common start time a few seconds ahead, so the
//             engines have shared the phones (PhoneHolder) before it; timed from it until
//             the store says every message is sent.
// Engines are this program started again with --engine; they print "ready", wait for "go"
// on stdin, and print "done MS".

#include "benchloop.h"
#include "dispatchstack.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace smsdesk;
using smsdesk::bench::spinUntil;

namespace {

constexpr int kOutstanding = 16;
constexpr qint64 kShareTimeMs = 4'000; // PhoneHolder rounds are 1 s: three of them and some

Result<StoreConfig> configFor(const QString &where)
{
    if (where.startsWith(QLatin1String("postgresql://")))
        return StoreConfig::fromUrl(where);
    return StoreConfig::sqliteAt(where);
}

void waitForGo()
{
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        std::exit(5);
}

// --engine enqueue WHERE COUNT FIRST SEND_AT_MS
int runEnqueueEngine(QueueStore &store, int count, int first, qint64 sendAtMs)
{
    waitForGo();
    QElapsedTimer timer;
    timer.start();
    int issued = 0, done = 0, failed = 0;
    std::function<void()> issue = [&] {
        while (issued < count && issued - done < kOutstanding) {
            EnqueueRequest request;
            NewMessage m;
            m.to = QStringLiteral("+49151%1").arg(first + issued, 8, 10, QLatin1Char('0'));
            m.text = QStringLiteral("scale-out %1").arg(first + issued);
            m.sendAtMs = sendAtMs;
            request.messages.append(m);
            ++issued;
            store.enqueue(request).then(&store, [&](const Result<EnqueueResult> &r) {
                ++done;
                failed += r.ok() ? 0 : 1;
                issue();
            });
        }
    };
    issue();
    if (!spinUntil([&] { return done == count; }, 600'000) || failed > 0) {
        std::fprintf(stderr, "enqueue engine: %d of %d failed\n", failed, count);
        return 6;
    }
    std::printf("done %lld\n", timer.elapsed());
    std::fflush(stdout);
    return 0;
}

// --engine dispatch WHERE CAP
int runDispatchEngine(QueueStore &store, int cap)
{
    DispatchStack::Options o;
    o.owner = QStringLiteral("scaleout-%1").arg(QCoreApplication::applicationPid());
    o.inFlightCap = cap;
    o.healthIntervalMs = 0;
    o.statusPollIntervalMs = 0;
    o.inboxPollIntervalMs = 0;
    DispatchStack dispatcher(store, SystemClock::instance(), o);
    waitForGo();
    if (Status s = dispatcher.start(); !s) {
        std::fprintf(stderr, "start: %s\n", qPrintable(s.errorString()));
        return 4;
    }
    StoreReader reader(store.config());
    if (!reader.open())
        return 3;
    spinUntil(
        [&] {
            const Result<StatusCounts> c = reader.counts();
            return c && c->queued == 0 && c->sending == 0;
        },
        600'000);
    dispatcher.stop(1'000);
    dispatcher.waitForStopped(5'000);
    std::printf("done 0\n");
    std::fflush(stdout);
    return 0;
}

int runEngine(const QStringList &args)
{
    // args: mode where [numbers...]
    const Result<StoreConfig> config = configFor(args.value(1));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.errorString()));
        return 2;
    }
    QueueStore::Options so;
    so.config = config.value();
    QueueStore store(SystemClock::instance(), so);
    if (Status s = store.open(); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.errorString()));
        return 3;
    }
    if (args.value(0) == QLatin1String("enqueue"))
        return runEnqueueEngine(store, args.value(2).toInt(), args.value(3).toInt(), args.value(4).toLongLong());
    return runDispatchEngine(store, args.value(2).toInt());
}

// The engines of one phase, started together and told "go" together.
class Engines final
{
public:
    bool start(const QList<QStringList> &argumentLists)
    {
        for (const QStringList &arguments : argumentLists) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--engine") } + arguments);
            if (!p->waitForStarted(5'000) || !p->waitForReadyRead(30'000) || !p->readLine().startsWith("ready"))
                return false;
            m_processes.push_back(std::move(p));
        }
        return true;
    }
    void go()
    {
        for (auto &p : m_processes)
            p->write("go\n");
    }
    bool allFinished() const
    {
        for (const auto &p : m_processes) {
            if (p->state() != QProcess::NotRunning)
                return false;
        }
        return true;
    }
    bool allSucceeded() const
    {
        for (const auto &p : m_processes) {
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                return false;
        }
        return true;
    }
    ~Engines()
    {
        for (auto &p : m_processes) {
            p->kill();
            p->waitForFinished(3'000);
        }
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

struct Gateway
{
    QProcess process;
    QUrl url;
    bool start(int latencyMs)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/smsdesk-refgateway"),
                      { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--latency-ms"),
                        QString::number(latencyMs) });
        if (!process.waitForStarted(5'000) || !process.waitForReadyRead(5'000))
            return false;
        const QByteArray line = process.readLine().trimmed();
        url = QUrl(QStringLiteral("http://") + QString::fromLatin1(line.mid(line.lastIndexOf(' ') + 1)));
        return url.isValid();
    }
    ~Gateway()
    {
        process.terminate();
        if (!process.waitForFinished(3'000))
            process.kill();
    }
};

// One statement on its own short-lived connection (database admin, and moving the due time).
bool execOn(const StoreConfig &config, const QString &sql)
{
    const QString name = QStringLiteral("scaleout-admin");
    bool ok = false;
    {
        const bool sqlite = config.backend == StoreConfig::Backend::Sqlite;
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (sqlite) {
            db.setDatabaseName(config.sqlitePath);
        } else {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setDatabaseName(config.databaseName);
        }
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A fresh database for one run: a new PostgreSQL database on the server, or an SQLite file.
class RunDatabase final
{
public:
    RunDatabase(const StoreConfig &server, int run)
        : m_server(server)
    {
        if (server.backend == StoreConfig::Backend::Sqlite) {
            m_where = m_dir.filePath(QStringLiteral("scaleout-%1.db").arg(run));
            return;
        }
        m_name = QStringLiteral("scaleout_%1_%2").arg(QCoreApplication::applicationPid()).arg(run);
        execOn(server, QStringLiteral("CREATE DATABASE %1").arg(m_name));
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setUserName(server.user);
        url.setPassword(server.password);
        url.setHost(server.host);
        url.setPort(server.port);
        url.setPath(QLatin1Char('/') + m_name);
        m_where = url.toString();
    }
    ~RunDatabase()
    {
        if (!m_name.isEmpty())
            execOn(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    QString where() const { return m_where; }

private:
    StoreConfig m_server;
    QTemporaryDir m_dir;
    QString m_name;
    QString m_where;
};

struct Figures
{
    double enqueuePerSecond = 0;
    double dispatchPerSecond = 0;
};

std::optional<Figures> runOnce(const QString &where, int engines, int count, int phones, int cap, const QUrl &gateway)
{
    const Result<StoreConfig> config = configFor(where);
    QueueStore::Options so;
    so.config = config.value();
    QueueStore store(SystemClock::instance(), so);
    if (!store.open())
        return std::nullopt;
    for (int p = 0; p < phones; ++p) {
        Device d;
        d.name = QStringLiteral("phone %1").arg(p + 1);
        d.adapter = QStringLiteral("mysmsgate");
        d.baseUrl = gateway.toString();
        d.ratePerMinute = 0;
        d.ratePerDay = 0;
        if (!store.addDevice(d).result())
            return std::nullopt;
    }
    Figures figures;
    const qint64 parked = SystemClock::instance().nowMs() + 3600'000; // due only when we say
    {
        QList<QStringList> lists;
        const int share = count / engines;
        for (int e = 0; e < engines; ++e)
            lists << QStringList { QStringLiteral("enqueue"), where, QString::number(share),
                                   QString::number(e * share), QString::number(parked) };
        Engines enqueuers;
        if (!enqueuers.start(lists))
            return std::nullopt;
        QElapsedTimer timer;
        timer.start();
        enqueuers.go();
        if (!spinUntil([&] { return enqueuers.allFinished(); }, 600'000) || !enqueuers.allSucceeded())
            return std::nullopt;
        figures.enqueuePerSecond = double(share * engines) * 1000.0 / double(timer.elapsed());
        count = share * engines;
    }
    // Due a few seconds after the dispatchers start, so that they have shared the phones.
    QList<QStringList> lists;
    for (int e = 0; e < engines; ++e)
        lists << QStringList { QStringLiteral("dispatch"), where, QString::number(cap) };
    Engines dispatchers;
    if (!dispatchers.start(lists))
        return std::nullopt;
    const qint64 dueAt = SystemClock::instance().nowMs() + kShareTimeMs;
    if (!execOn(config.value(),
                QStringLiteral("UPDATE messages SET next_attempt_at = %1 WHERE status = 'queued'").arg(dueAt)))
        return std::nullopt;
    dispatchers.go();
    StoreReader reader(config.value());
    if (!reader.open())
        return std::nullopt;
    spinUntil([&] { return SystemClock::instance().nowMs() >= dueAt; }, 60'000);
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    if (!spinUntil(
            [&] {
                const Result<StatusCounts> c = reader.counts();
                sent = c ? int(c->sent) : sent;
                return sent >= count;
            },
            600'000))
        return std::nullopt;
    figures.dispatchPerSecond = double(count) * 1000.0 / double(timer.elapsed());
    spinUntil([&] { return dispatchers.allFinished(); }, 30'000);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--engine"))
        return runEngine(args.mid(1));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("count"), QStringLiteral("Messages per run."), QStringLiteral("n"), QStringLiteral("20000") },
        { QStringLiteral("latency"), QStringLiteral("Gateway latencies, ms."), QStringLiteral("list"),
          QStringLiteral("0,50") },
        { QStringLiteral("engines"), QStringLiteral("Engine counts on PostgreSQL."), QStringLiteral("list"),
          QStringLiteral("1,2,4") },
        { QStringLiteral("phones"), QStringLiteral("Phones (all at the one gateway)."), QStringLiteral("n"),
          QStringLiteral("8") },
        { QStringLiteral("cap"), QStringLiteral("In-flight cap per engine."), QStringLiteral("n"),
          QStringLiteral("64") },
    });
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int phones = parser.value(QStringLiteral("phones")).toInt();
    const int cap = parser.value(QStringLiteral("cap")).toInt();
    const Result<StoreConfig> pg = StoreConfig::fromUrl(qEnvironmentVariable("SMSDESK_TEST_PG_URL"));
    if (!pg || pg->backend != StoreConfig::Backend::Postgres) {
        std::fprintf(stderr, "SMSDESK_TEST_PG_URL names no PostgreSQL server: run this through "
                             "tests/run-with-postgres.sh\n");
        return 2;
    }
    std::printf("scaleout_bench: %d messages, %d phones, in-flight cap %d per engine, smsdesk-refgateway\n", count,
                phones, cap);
    std::printf("%-10s %7s %8s %14s %15s\n", "store", "engines", "latency", "enqueue msg/s", "dispatch msg/s");
    int run = 0;
    for (const QString &latencyText : parser.value(QStringLiteral("latency")).split(QLatin1Char(','))) {
        const int latency = latencyText.toInt();
        Gateway gateway;
        if (!gateway.start(latency)) {
            std::fprintf(stderr, "cannot start smsdesk-refgateway\n");
            return 3;
        }
        QList<QPair<QString, int>> plan { { QStringLiteral("sqlite"), 1 } };
        for (const QString &n : parser.value(QStringLiteral("engines")).split(QLatin1Char(',')))
            plan.append({ QStringLiteral("postgresql"), n.toInt() });
        for (const auto &[backend, engines] : plan) {
            StoreConfig server = pg.value();
            if (backend == QLatin1String("sqlite"))
                server = StoreConfig::sqliteAt({});
            RunDatabase db(server, ++run);
            const std::optional<Figures> f = runOnce(db.where(), engines, count, phones, cap, gateway.url);
            if (!f) {
                std::fprintf(stderr, "run failed: %s, %d engines, %d ms\n", qPrintable(backend), engines, latency);
                return 4;
            }
            std::printf("%-10s %7d %6d ms %14.0f %15.0f\n", qPrintable(backend), engines, latency,
                        f->enqueuePerSecond, f->dispatchPerSecond);
            std::fflush(stdout);
        }
    }
    return 0;
}
