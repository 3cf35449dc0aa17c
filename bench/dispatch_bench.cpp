// SPDX-License-Identifier: GPL-3.0-or-later
// dispatch_bench (issue 3, point 7): messages through the real QueueStore (SQLite, WAL,
// synchronous=FULL: every state change durable) and the real Dispatcher to a gateway over
// loopback HTTP. By default the gateway is a separate smsdesk-gateway-sim process (fairer:
// it does not share the dispatcher's event loop); --url sends to any MySMSGate-compatible
// gateway instead. Prints msgs/s and enqueue→sent latency p50/p99 per gateway latency, and
// enqueue→gateway-request p50 with an idle queue (in-process simulator, to see the request).
//
//   dispatch_bench [--count 20000] [--latency 0,50] [--cap 64] [--managers 0]
//                  [--backlog 256 | --preload] [--sim PATH | --ref-gateway |
//                  --gateway-cmd "PROGRAM ARGS..." | --url URL] [--idle-samples 200]
//
// CPU (issue 17): every run prints the CPU of this process per message, user and system
// apart, from getrusage(RUSAGE_SELF) (all its threads: dispatcher, store writer, Qt's HTTP
// threads; the gateway runs in another process and is shown on its own line, read from
// /proc/PID/stat), with context switches, store writer jobs and transactions per message and
// the CPU by thread name (/proc/self/task/*/stat, 10 ms ticks). By default a producer keeps
// at most --backlog messages waiting, so the CPU includes their enqueue. With --preload the
// whole --count is enqueued (and durable) before the dispatcher starts, and the rusage delta
// is taken across the dispatch phase only, from Dispatcher::start() to the last durable
// `sent`: enqueue excluded by measurement, nothing subtracted. The enqueue phase's own CPU
// is printed apart. enqueue->sent latency then includes the wait in the backlog.
//
// Gateways: by default smsdesk-gateway-sim beside the bench. --gateway-cmd starts any other
// program, once per latency: the command line is split as a shell would (QProcess::
// splitCommand, quotes but no expansion), "{latency}" in it is replaced by the latency in ms,
// and the program must print its address as the last word of its first stdout line
// ("listening on 127.0.0.1:PORT", or a URL), so it can listen on an ephemeral port; it is
// ended with SIGTERM. --ref-gateway is --gateway-cmd "DIR/smsdesk-refgateway --listen
// 127.0.0.1:0 --latency-ms {latency}" (bench/refgateway.c: plain C, epoll, no Qt). --url
// sends to a gateway already running (one run, latency unknown).

#include "benchloop.h"
#include "businesssettings.h"
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
#include <QTimeZone>
#include <QTimer>

#include <QDir>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace smsdesk;
using smsdesk::bench::spinUntil;

namespace {

struct BenchOptions
{
    int count = 20'000;
    QList<int> latencies { 0, 50 };
    int cap = 64;
    int managers = 0;
    int backlog = 256; // enqueued but not yet sent, at most: keeps latency meaningful
    bool preload = false; // enqueue all, then time the dispatch alone
    QString simPath;
    QString gatewayCmd; // "{latency}" replaced; prints its address on its first line
    QString url;
    int idleSamples = 200;
    // Quiet hours on, the window twelve hours away: every message asks the policy and goes
    // (what quiet hours cost a dispatcher by day; off costs one flag test).
    bool quietHours = false;
};

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// The gateway as a child process on an ephemeral loopback port: smsdesk-gateway-sim, or the
// --gateway-cmd program. Either prints its address as the last word of its first line.
class GatewayProcess final
{
public:
    ~GatewayProcess() { stop(); }
    QUrl start(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5'000) || !spinUntil([this] { return m_process.canReadLine(); }, 5'000))
            return {};
        const QByteArray line = m_process.readLine().trimmed(); // "listening on 127.0.0.1:PORT"
        const QString address = QString::fromLatin1(line.mid(line.lastIndexOf(' ') + 1));
        return QUrl(address.startsWith(QLatin1String("http")) ? address : QStringLiteral("http://") + address);
    }
    qint64 pid() const { return m_process.processId(); }
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

// CPU of this process (getrusage: every thread) and of the gateway child, and the split by
// thread name, at one moment.
struct CpuSample
{
    double userUs = 0, sysUs = 0;
    long voluntarySwitches = 0, involuntarySwitches = 0;
    double gatewayUs = -1; // user + sys of the gateway process; -1 when there is none
    std::map<qint64, std::pair<QString, double>> threads; // tid → name, user + sys µs

    static double ticksToUs(qint64 ticks) { return double(ticks) * 1e6 / double(sysconf(_SC_CLK_TCK)); }
    // utime + stime (fields 14 and 15) of a /proc stat line, after the ")" that ends the name.
    static double statCpuUs(const QByteArray &stat)
    {
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 13 ? ticksToUs(fields.at(11).toLongLong() + fields.at(12).toLongLong()) : -1;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static CpuSample now(qint64 gatewayPid)
    {
        CpuSample out;
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        out.userUs = double(usage.ru_utime.tv_sec) * 1e6 + double(usage.ru_utime.tv_usec);
        out.sysUs = double(usage.ru_stime.tv_sec) * 1e6 + double(usage.ru_stime.tv_usec);
        out.voluntarySwitches = usage.ru_nvcsw;
        out.involuntarySwitches = usage.ru_nivcsw;
        if (gatewayPid > 0)
            out.gatewayUs = statCpuUs(readAll(QStringLiteral("/proc/%1/stat").arg(gatewayPid)));
        const QStringList tids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &tid : tids) {
            const QString base = QStringLiteral("/proc/self/task/") + tid;
            const QString name = QString::fromUtf8(readAll(base + QStringLiteral("/comm")).trimmed());
            out.threads[tid.toLongLong()] = { name, statCpuUs(readAll(base + QStringLiteral("/stat"))) };
        }
        return out;
    }
};

// What one phase cost, per message.
QString cpuReport(const CpuSample &from, const CpuSample &to, int messages, const QString &what)
{
    const double n = std::max(1, messages);
    const double user = (to.userUs - from.userUs) / n, sys = (to.sysUs - from.sysUs) / n;
    QString out = QStringLiteral("  CPU per message, %1: user %2 + sys %3 = %4 us")
                      .arg(what)
                      .arg(user, 0, 'f', 1)
                      .arg(sys, 0, 'f', 1)
                      .arg(user + sys, 0, 'f', 1);
    if (from.gatewayUs >= 0 && to.gatewayUs >= 0)
        out += QStringLiteral("; gateway process %1 us").arg((to.gatewayUs - from.gatewayUs) / n, 0, 'f', 1);
    out += QStringLiteral("\n  context switches per message: %1 voluntary, %2 involuntary")
               .arg(double(to.voluntarySwitches - from.voluntarySwitches) / n, 0, 'f', 2)
               .arg(double(to.involuntarySwitches - from.involuntarySwitches) / n, 0, 'f', 2);
    // By thread name (Qt's HTTP threads share one); threads born in the phase count from 0.
    std::map<QString, std::pair<double, int>> byName;
    for (const auto &[tid, thread] : to.threads) {
        const auto before = from.threads.find(tid);
        const double used = thread.second - (before == from.threads.end() ? 0.0 : before->second.second);
        auto &entry = byName[thread.first];
        entry.first += used;
        ++entry.second;
    }
    QStringList parts;
    for (const auto &[name, entry] : byName) {
        if (entry.first > 0)
            parts.append(QStringLiteral("%1%2 %3").arg(name, entry.second > 1 ? QStringLiteral(" x%1").arg(entry.second) : QString())
                             .arg(entry.first / n, 0, 'f', 1));
    }
    out += QStringLiteral("\n  by thread (user+sys us per message, 10 ms ticks): ") + parts.join(QStringLiteral(", "));
    return out;
}

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
        if (options.quietHours) {
            const QDateTime berlin = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin"));
            QuietHoursSettings quiet;
            quiet.enabled = true;
            quiet.fromMinute = (berlin.time().hour() * 60 + berlin.time().minute() + 12 * 60) % (24 * 60);
            quiet.toMinute = (quiet.fromMinute + 60) % (24 * 60);
            QHash<QString, QString> values;
            quiet.addValues(values);
            m_ok = m_ok && m_store->writeSettings(values).result().ok();
        }
        DispatchStack::Options o;
        o.metrics = &m_metrics;
        o.owner = QStringLiteral("dispatch-bench");
        o.inFlightCap = options.cap;
        o.managers = options.managers;
        o.healthIntervalMs = 0;
        o.statusPollIntervalMs = 0;
        m_dispatcher = std::make_unique<DispatchStack>(*m_store, SystemClock::instance(), std::move(o));
    }
    bool startDispatcher() { return m_ok = m_ok && m_dispatcher->start().ok(); }
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
    QString cpu; // the lines of cpuReport()
    QString store; // what the writer did per message, and the final counts
};

QString storeReport(const QueueStore::WriterStats &from, const QueueStore::WriterStats &to, int messages,
                    const StatusCounts &counts)
{
    const double n = std::max(1, messages);
    return QStringLiteral("  store writer per message: %1 jobs (each a hand-off to the writer thread and a "
                          "continuation back), %2 transactions; at the end %3 sent, %4 queued, %5 sending, "
                          "%6 dead")
        .arg(double(to.jobs - from.jobs) / n, 0, 'f', 3)
        .arg(double(to.transactions - from.transactions) / n, 0, 'f', 3)
        .arg(counts.sent)
        .arg(counts.queued)
        .arg(counts.sending)
        .arg(counts.dead);
}

// Enqueues all `count` messages in batches of 100 and waits until every one is durable.
bool preloadBacklog(Rig &rig, int count)
{
    int pending = 0;
    bool failed = false;
    for (int enqueued = 0; enqueued < count; enqueued += 100) {
        EnqueueRequest request;
        for (int i = enqueued; i < std::min(count, enqueued + 100); ++i)
            request.messages.append(benchMessage(i));
        ++pending;
        rig.store().enqueue(request).then(qApp, [&](const Result<EnqueueResult> &r) {
            --pending;
            failed = failed || !r.ok();
        });
    }
    return spinUntil([&] { return pending == 0; }, 600'000) && !failed;
}

// Keeps at most `backlog` messages between enqueue and sent, in batches of 100, until
// `count` are sent; the clock runs from the first enqueue to the last durable Sent. With
// --preload, all `count` are durable first and the clock (and the CPU) runs from the
// dispatcher's start to the last durable Sent.
Throughput runThroughput(const BenchOptions &options, const QUrl &gateway, qint64 gatewayPid, QString *enqueueCpu)
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
    if (options.preload) {
        const CpuSample before = CpuSample::now(-1);
        if (!preloadBacklog(rig, options.count))
            return result;
        *enqueueCpu = cpuReport(before, CpuSample::now(-1), options.count, QStringLiteral("enqueue phase (not dispatch)"))
                          .section(u'\n', 0, 0);
    }
    StoreReader reader(rig.store().config());
    reader.open();
    const QueueStore::WriterStats writerBefore = rig.store().writerStats();
    const CpuSample cpuBefore = CpuSample::now(gatewayPid);
    QElapsedTimer timer;
    timer.start();
    if (!rig.startDispatcher())
        return result;
    if (!options.preload) {
        refill.start(1);
        produce();
    }
    const bool done = spinUntil(
        [&] { return rig.sentCount() >= options.count && reader.counts().value().sent >= options.count; },
        600'000);
    result.elapsedMs = timer.elapsed();
    const CpuSample cpuAfter = CpuSample::now(gatewayPid);
    const QueueStore::WriterStats writerAfter = rig.store().writerStats();
    refill.stop();
    result.cpu = cpuReport(cpuBefore, cpuAfter, options.count,
                           options.preload ? QStringLiteral("dispatch phase only (backlog enqueued before)")
                                           : QStringLiteral("enqueue included (producer running)"));
    result.store = storeReport(writerBefore, writerAfter, options.count, reader.counts().value());
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
    if (!rig.startDispatcher())
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
        { QStringLiteral("preload"),
          QStringLiteral("Enqueue all messages first, then time (and measure the CPU of) the dispatch alone.") },
        { QStringLiteral("sim"), QStringLiteral("smsdesk-gateway-sim program."), QStringLiteral("PATH") },
        { QStringLiteral("gateway-cmd"),
          QStringLiteral("Start this gateway program per latency ({latency} = ms); it prints its address first."),
          QStringLiteral("COMMAND") },
        { QStringLiteral("ref-gateway"), QStringLiteral("Use bench/smsdesk-refgateway (plain C, no Qt).") },
        { QStringLiteral("url"), QStringLiteral("A MySMSGate-compatible gateway instead of the simulator."),
          QStringLiteral("URL") },
        { QStringLiteral("idle-samples"), QStringLiteral("Idle samples (0 = skip)."), QStringLiteral("N"),
          QStringLiteral("200") },
        { QStringLiteral("quiet-hours"),
          QStringLiteral("Quiet hours on, their window twelve hours away: every message asks the policy.") },
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
    o.preload = parser.isSet(QStringLiteral("preload"));
    o.gatewayCmd = parser.value(QStringLiteral("gateway-cmd"));
    if (parser.isSet(QStringLiteral("ref-gateway")))
        o.gatewayCmd = QCoreApplication::applicationDirPath()
            + QStringLiteral("/smsdesk-refgateway --listen 127.0.0.1:0 --latency-ms {latency}");
    o.idleSamples = parser.value(QStringLiteral("idle-samples")).toInt();
    o.quietHours = parser.isSet(QStringLiteral("quiet-hours"));
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
    std::printf("dispatch_bench: %d messages, cap %d, %s, store SQLite WAL synchronous=FULL\n", options.count,
                options.cap,
                options.preload ? "whole backlog enqueued first (--preload)"
                                : qPrintable(QStringLiteral("producer keeps <= %1 waiting").arg(options.backlog)));
    const QList<int> latencies = options.url.isEmpty() ? options.latencies : QList<int> { -1 };
    for (int latency : latencies) {
        GatewayProcess gatewayProcess;
        QUrl gateway(options.url);
        QString program = options.simPath;
        if (options.url.isEmpty()) {
            QStringList arguments = { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--latency-ms"), QString::number(latency) };
            if (!options.gatewayCmd.isEmpty()) {
                arguments = QProcess::splitCommand(options.gatewayCmd);
                for (QString &argument : arguments)
                    argument.replace(QLatin1String("{latency}"), QString::number(latency));
                program = arguments.isEmpty() ? QString() : arguments.takeFirst();
            }
            gateway = gatewayProcess.start(program, arguments);
        }
        if (!gateway.isValid() || gateway.isEmpty()) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
            return 1;
        }
        QString enqueueCpu;
        const Throughput t = runThroughput(options, gateway, options.url.isEmpty() ? gatewayProcess.pid() : -1,
                                           &enqueueCpu);
        const QString label = latency < 0 ? options.url : QStringLiteral("%1 ms").arg(latency);
        std::printf("gateway %-8s %s: %7.0f msgs/s (%d in %lld ms), enqueue->sent p50 %lld ms, p99 %lld ms%s\n",
                    qPrintable(label), t.ok ? "ok" : "INCOMPLETE", t.msgsPerSecond, options.count,
                    t.elapsedMs, t.p50, t.p99, options.preload ? " (wait in the backlog included)" : "");
        if (!enqueueCpu.isEmpty())
            std::printf("%s\n", qPrintable(enqueueCpu));
        std::printf("%s\n%s\n", qPrintable(t.cpu), qPrintable(t.store));
        std::fflush(stdout);
        gatewayProcess.stop(); // its own summary (on stderr) follows this run's lines
    }
    if (options.idleSamples > 0) {
        const qint64 idleUs = runIdle(options);
        std::printf("idle queue: enqueue->gateway request p50 %.2f ms (%d samples)\n",
                    double(idleUs) / 1000.0, options.idleSamples);
    }
    return 0;
}
