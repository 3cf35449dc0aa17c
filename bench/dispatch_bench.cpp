// SPDX-License-Identifier: GPL-3.0-or-later
// dispatch_bench (issue 3, point 7): messages through the real QueueStore (SQLite, WAL,
// synchronous=FULL: every state change durable) and the real Dispatcher to a gateway over
// loopback HTTP. By default the gateway is a separate smsdesk-gateway-sim process (fairer:
// it does not share the dispatcher's event loop); --url sends to any MySMSGate-compatible
// gateway instead. Prints msgs/s and enqueue→sent latency p50/p99 per gateway latency, and
// enqueue→gateway-request p50 with an idle queue (in-process simulator, to see the request).
//
//   dispatch_bench [--count 20000] [--latency 0,50] [--cap 64] [--managers 0]
//                  [--backlog 256] [--sim PATH] [--url URL] [--idle-samples 200]

#include "dispatchstack.h"
#include "gatewaysimulator.h"
#include "metrics.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace smsdesk;

namespace {

struct BenchOptions
{
    int count = 20'000;
    QList<int> latencies { 0, 50 };
    int cap = 64;
    int managers = 0;
    int backlog = 256; // enqueued but not yet sent, at most: keeps latency meaningful
    QString simPath;
    QString url;
    int idleSamples = 200;
};

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// smsdesk-gateway-sim as a child process on an ephemeral loopback port.
class SimProcess final
{
public:
    ~SimProcess() { stop(); }
    QUrl start(const QString &path, int latencyMs)
    {
        m_process.setProgram(path);
        m_process.setArguments({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--latency-ms"), QString::number(latencyMs) });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5'000) || !spinUntil([this] { return m_process.canReadLine(); }, 5'000))
            return {};
        const QByteArray line = m_process.readLine().trimmed(); // "listening on 127.0.0.1:PORT"
        const QByteArray address = line.mid(line.lastIndexOf(' ') + 1);
        return QUrl(QStringLiteral("http://") + QString::fromLatin1(address));
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3'000))
            m_process.kill();
        m_process.waitForFinished(3'000);
    }

private:
    QProcess m_process;
};

// A fresh store and dispatcher on a temporary SQLite file, sending to one gateway.
class Rig final
{
public:
    Rig(const BenchOptions &options, const QUrl &gateway)
    {
        QueueStore::Options so;
        so.config = StoreConfig::sqliteAt(m_dir.filePath(QStringLiteral("bench.db")));
        m_store = std::make_unique<QueueStore>(SystemClock::instance(), std::move(so));
        m_ok = m_store->open().ok();
        Device device;
        device.name = QStringLiteral("bench phone");
        device.adapter = QStringLiteral("mysmsgate");
        device.baseUrl = gateway.toString();
        device.ratePerMinute = 0; // unlimited: the bench measures the dispatcher, not a budget
        device.ratePerDay = 0;
        m_ok = m_ok && m_store->addDevice(device).result().ok();
        DispatchStack::Options o;
        o.metrics = &m_metrics;
        o.owner = QStringLiteral("dispatch-bench");
        o.inFlightCap = options.cap;
        o.managers = options.managers;
        o.healthIntervalMs = 0;
        o.statusPollIntervalMs = 0;
        m_dispatcher = std::make_unique<DispatchStack>(*m_store, SystemClock::instance(), std::move(o));
        m_ok = m_ok && m_dispatcher->start().ok();
    }
    ~Rig()
    {
        m_dispatcher->stop(1'000);
        m_dispatcher->waitForStopped(10'000);
        m_dispatcher.reset();
        m_store.reset();
    }
    bool ok() const { return m_ok; }
    QueueStore &store() { return *m_store; }
    qint64 sentCount() const { return qint64(m_metrics.value("smsdesk_messages_sent_total")); }
    QString dbPath() const { return m_store->config().sqlitePath; }

private:
    QTemporaryDir m_dir;
    Metrics m_metrics;
    std::unique_ptr<QueueStore> m_store;
    std::unique_ptr<DispatchStack> m_dispatcher;
    bool m_ok = false;
};

NewMessage benchMessage(int i)
{
    NewMessage m;
    m.to = QStringLiteral("+4917%1").arg(1'000'000 + i % 1'000, 7, 10, QLatin1Char('0'));
    m.text = QStringLiteral("Your appointment is confirmed for tomorrow at 10:30. Reply STOP to opt out.");
    return m;
}

// enqueue→sent latency of every sent message, as the store recorded it (ms).
QList<qint64> sentLatencies(const QString &dbPath)
{
    QList<qint64> out;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-latency"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT sent_at - created_at FROM messages WHERE sent_at IS NOT NULL"));
            while (q.next())
                out.append(q.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-latency"));
    return out;
}

struct Throughput
{
    bool ok = false;
    double msgsPerSecond = 0;
    qint64 p50 = -1, p99 = -1;
    qint64 elapsedMs = 0;
};

// Keeps at most `backlog` messages between enqueue and sent, in batches of 100, until
// `count` are sent; the clock runs from the first enqueue to the last durable Sent.
Throughput runThroughput(const BenchOptions &options, const QUrl &gateway)
{
    Throughput result;
    Rig rig(options, gateway);
    if (!rig.ok())
        return result;
    int enqueued = 0;
    bool enqueuePending = false;
    std::function<void()> produce = [&] {
        if (enqueuePending || enqueued >= options.count || enqueued - rig.sentCount() >= options.backlog)
            return;
        EnqueueRequest request;
        const int batch = std::min(100, options.count - enqueued);
        for (int i = 0; i < batch; ++i)
            request.messages.append(benchMessage(enqueued + i));
        enqueued += batch;
        enqueuePending = true;
        rig.store().enqueue(request).then(qApp, [&](const Result<EnqueueResult> &) {
            enqueuePending = false;
            produce();
        });
    };
    QTimer refill; // the producer tops the backlog up as messages go out
    QObject::connect(&refill, &QTimer::timeout, qApp, [&] { produce(); });
    refill.start(1);
    QElapsedTimer timer;
    timer.start();
    produce();
    StoreReader reader(rig.store().config());
    reader.open();
    const bool done = spinUntil(
        [&] { return rig.sentCount() >= options.count && reader.counts().value().sent >= options.count; },
        600'000);
    result.elapsedMs = timer.elapsed();
    refill.stop();
    const QList<qint64> latencies = sentLatencies(rig.dbPath());
    result.ok = done;
    result.msgsPerSecond = double(options.count) * 1000.0 / double(std::max<qint64>(1, result.elapsedMs));
    result.p50 = percentile(latencies, 0.50);
    result.p99 = percentile(latencies, 0.99);
    return result;
}

// With an idle queue: one message at a time, from enqueue() to the request reaching the
// (in-process) gateway.
qint64 runIdle(const BenchOptions &options)
{
    GatewaySimulator sim({}, SystemClock::instance());
    if (!sim.listen())
        return -1;
    Rig rig(options, sim.baseUrl());
    if (!rig.ok())
        return -1;
    QList<qint64> samples;
    QElapsedTimer timer;
    bool arrived = false;
    QObject::connect(&sim, &GatewaySimulator::messageAccepted, qApp, [&] {
        samples.append(timer.nsecsElapsed() / 1000); // µs
        arrived = true;
    });
    for (int i = 0; i < options.idleSamples; ++i) {
        arrived = false;
        EnqueueRequest request;
        request.messages.append(benchMessage(i));
        timer.start();
        rig.store().enqueue(request);
        if (!spinUntil([&] { return arrived && rig.sentCount() > i; }, 10'000))
            return -1;
        spinUntil([] { return false; }, 10); // let the Sent commit settle: truly idle
    }
    return percentile(samples, 0.5);
}

BenchOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("count"), QStringLiteral("Messages per run."), QStringLiteral("N"),
          QStringLiteral("20000") },
        { QStringLiteral("latency"), QStringLiteral("Gateway latencies (ms), comma-separated."),
          QStringLiteral("L"), QStringLiteral("0,50") },
        { QStringLiteral("cap"), QStringLiteral("In-flight cap."), QStringLiteral("N"),
          QStringLiteral("64") },
        { QStringLiteral("managers"), QStringLiteral("QNetworkAccessManagers (0 = auto)."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("backlog"), QStringLiteral("Messages waiting at most."), QStringLiteral("N"),
          QStringLiteral("256") },
        { QStringLiteral("sim"), QStringLiteral("smsdesk-gateway-sim program."), QStringLiteral("PATH") },
        { QStringLiteral("url"), QStringLiteral("A MySMSGate-compatible gateway instead of the simulator."),
          QStringLiteral("URL") },
        { QStringLiteral("idle-samples"), QStringLiteral("Idle samples (0 = skip)."), QStringLiteral("N"),
          QStringLiteral("200") },
    });
    parser.process(app);
    BenchOptions o;
    o.count = parser.value(QStringLiteral("count")).toInt();
    o.latencies.clear();
    for (const QString &l : parser.value(QStringLiteral("latency")).split(u',', Qt::SkipEmptyParts))
        o.latencies.append(l.toInt());
    o.cap = parser.value(QStringLiteral("cap")).toInt();
    o.managers = parser.value(QStringLiteral("managers")).toInt();
    o.backlog = parser.value(QStringLiteral("backlog")).toInt();
    o.url = parser.value(QStringLiteral("url"));
    o.idleSamples = parser.value(QStringLiteral("idle-samples")).toInt();
    o.simPath = parser.isSet(QStringLiteral("sim")) ? parser.value(QStringLiteral("sim"))
                                                    : QCoreApplication::applicationDirPath()
            + QStringLiteral("/../app/smsdesk-gateway-sim/smsdesk-gateway-sim");
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseOptions(app);
    std::printf("dispatch_bench: %d messages, cap %d, backlog %d, store SQLite WAL synchronous=FULL\n",
                options.count, options.cap, options.backlog);
    const QList<int> latencies = options.url.isEmpty() ? options.latencies : QList<int> { -1 };
    for (int latency : latencies) {
        SimProcess sim;
        const QUrl gateway = options.url.isEmpty() ? sim.start(options.simPath, latency) : QUrl(options.url);
        if (!gateway.isValid() || gateway.isEmpty()) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(options.simPath));
            return 1;
        }
        const Throughput t = runThroughput(options, gateway);
        const QString label = latency < 0 ? options.url : QStringLiteral("%1 ms").arg(latency);
        std::printf("gateway %-8s %s: %7.0f msgs/s (%d in %lld ms), enqueue->sent p50 %lld ms, p99 %lld ms\n",
                    qPrintable(label), t.ok ? "ok" : "INCOMPLETE", t.msgsPerSecond, options.count,
                    t.elapsedMs, t.p50, t.p99);
        std::fflush(stdout);
    }
    if (options.idleSamples > 0) {
        const qint64 idleUs = runIdle(options);
        std::printf("idle queue: enqueue->gateway request p50 %.2f ms (%d samples)\n",
                    double(idleUs) / 1000.0, options.idleSamples);
    }
    return 0;
}
