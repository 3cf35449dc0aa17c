// SPDX-License-Identifier: GPL-3.0-or-later
// Durable enqueues per second through the HTTP API (issue 4, docs/benchmarks.md): a real
// ApiServer + QueueStore (SQLite, WAL, synchronous=FULL, in a temp dir) in an engine thread,
// loaded by wrk with N keep-alive connections posting POST /api/v1/messages, or with
// --batch K POST /api/v1/messages/batch with K messages a request (issue 17, point 4).
//   api_enqueue_bench [--seconds 10] [--connections 16] [--threads 2] [--batch K] [--token-limit L]
// --token-limit (issue 15, point 5): the bench token's request limit, `unlimited` (its own, the
// default here: measure the server, not the limiter), `default` (none of its own: the default
// limit, 500/s, bursts of 1,000) or RATE:BURST (its own); answers other than 202 are `other`,
// enqueues_per_s counts every answer (429s too), accepted_per_s the 202s.
// Every message a 202 accepted is counted by the wrk script and checked against the rows in
// the database; rates and CPU are per message (enqueue), not per request.
// `--serve PORT [--serve-seconds N] [--token T] [--webhook-secret ADAPTER=SECRET]...` runs the
// same server for manual calls instead (tests/api/check-docs.sh runs docs/api.md against it).
#include "apiserver.h"
#include "metrics.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "securitygate.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace smsdesk;

namespace {

// CPU time of this process (server and store threads; wrk is a child and not counted).
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds per thread name, read from /proc (Linux): tells whether the HTTP thread or
// the store's writer thread is the one that limits the rate.
QHash<QString, double> threadCpuSeconds()
{
    QHash<QString, double> seconds;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 12) // fields 14 and 15 of stat: utime, stime
            seconds[name] += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return seconds;
}

const char *const kToken = "bench-token-0123456789";

// `batch` 0: one message a request (POST /api/v1/messages); K: K messages a request.
QByteArray wrkScript(const QByteArray &token, int batch)
{
    const QByteArray message
        = R"({"to":"+12025550123","text":"Your appointment is tomorrow at 10:00. Reply STOP to opt out."})";
    QByteArray body = message;
    if (batch > 0) {
        QByteArrayList messages;
        for (int i = 0; i < batch; ++i)
            messages.append(message);
        body = R"({"messages":[)" + messages.join(',') + "]}";
    }
    return QByteArrayLiteral(R"LUA(
wrk.method = "POST"
wrk.body = ')LUA") + body + QByteArrayLiteral(R"LUA('
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer )LUA")
        + token + QByteArrayLiteral(R"LUA("
local threads = {}
local per_request = )LUA") + QByteArray::number(std::max(1, batch)) + QByteArrayLiteral(R"LUA(
function setup(thread) table.insert(threads, thread) end
function init(args) accepted = 0; other = 0 end
function response(status, headers, body)
  if status == 202 then accepted = accepted + per_request else other = other + 1 end
end
function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("accepted"); o = o + t:get("other") end
  io.write(string.format("ACCEPTED %d OTHER %d\n", a, o))
  io.write(string.format("LATENCY_US p50 %d p90 %d p99 %d max %d\n", latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max))
end
)LUA");
}

// Owns the store and the server in the engine thread, as the application does.
struct Engine
{
    std::unique_ptr<QueueStore> store;
    std::unique_ptr<ApiServer> server;
    PhoneNumbers phoneNumbers { QStringLiteral("US") };
    Metrics metrics;
    quint16 port = 0;
    QByteArray token = kToken;
    std::optional<TokenLimit> tokenLimit = TokenLimit::none(); // the token's own; none: the default
    QHash<QString, QByteArray> webhookSecrets;
    QString error;

    void start(const StoreConfig &config)
    {
        store = std::make_unique<QueueStore>(SystemClock::instance(), QueueStore::Options { config, RetryPolicy() });
        if (const Status opened = store->open(); !opened) {
            error = opened.errorString();
            return;
        }
        store->addToken(QStringLiteral("bench"), SecurityGate::hashToken(token), tokenLimit).waitForFinished();
        ApiServer::Options options; // the default token limit: 500/s, bursts of 1,000
        options.port = port;
        options.webhookSecrets = webhookSecrets;
        options.metrics = &metrics;
        server = std::make_unique<ApiServer>(*store, SystemClock::instance(), phoneNumbers, options);
        const Result<quint16> listening = server->listen();
        port = listening ? listening.value() : 0;
        error = listening ? QString() : listening.errorString();
    }
    void stop()
    {
        server.reset();
        store.reset();
    }
};

} // namespace

int benchmark(const QCommandLineParser &parser, Engine &engine, QObject &anchor, const QTemporaryDir &dir,
              const StoreConfig &config)
{
    QFile script(dir.filePath(QStringLiteral("enqueue.lua")));
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    if (!script.open(QIODevice::WriteOnly) || script.write(wrkScript(engine.token, batch)) < 0)
        return 1;
    script.close();

    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments { QStringLiteral("-t%1").arg(parser.value(QStringLiteral("threads"))),
                                  QStringLiteral("-c%1").arg(parser.value(QStringLiteral("connections"))),
                                  QStringLiteral("-d%1s").arg(parser.value(QStringLiteral("seconds"))),
                                  QStringLiteral("--latency"),
                                  QStringLiteral("-s"),
                                  script.fileName(),
                                  QStringLiteral("http://127.0.0.1:%1/api/v1/messages%2")
                                      .arg(engine.port)
                                      .arg(batch > 0 ? QStringLiteral("/batch") : QString()) };
    const double cpuBefore = cpuSeconds();
    const QHash<QString, double> threadsBefore = threadCpuSeconds();
    const QueueStore::WriterStats writerBefore = engine.store->writerStats();
    wrk.start(QStringLiteral("wrk"), arguments);
    if (!wrk.waitForFinished(parser.value(QStringLiteral("seconds")).toInt() * 1000 + 60'000)) {
        std::fprintf(stderr, "wrk did not run: %s\n", qPrintable(wrk.errorString()));
        return 1;
    }
    const double cpuUsed = cpuSeconds() - cpuBefore;
    const QHash<QString, double> threadsAfter = threadCpuSeconds();
    const QueueStore::WriterStats writerAfter = engine.store->writerStats();
    const QString output = QString::fromUtf8(wrk.readAll());
    std::printf("%s\n", qPrintable(output));

    QMetaObject::invokeMethod(
        &anchor, [&] { engine.stop(); }, Qt::BlockingQueuedConnection);

    StoreReader reader(config);
    const Status opened = reader.open();
    const Result<StatusCounts> counts = opened ? reader.counts() : Result<StatusCounts>(opened.error());
    const auto accepted = QRegularExpression(QStringLiteral("ACCEPTED (\\d+) OTHER (\\d+)")).match(output);
    const auto latency = QRegularExpression(QStringLiteral("p50 (\\d+) p90 (\\d+) p99 (\\d+)")).match(output);
    const auto rate = QRegularExpression(QStringLiteral("Requests/sec:\\s+([\\d.]+)")).match(output);
    const qint64 stored = counts ? counts->queued : -1;
    // wrk stops with up to one request per connection in flight: those were committed but
    // their 202 was not counted. Fewer rows than 202s would mean an answer before the commit.
    const qint64 counted = accepted.captured(1).toLongLong();
    const qint64 perRequest = std::max(1, batch);
    const bool durable = stored >= counted
        && stored - counted <= parser.value(QStringLiteral("connections")).toLongLong() * perRequest;
    std::printf(
        "RESULT connections=%s batch=%lld enqueues_per_s=%.0f accepted_per_s=%.0f p50_ms=%.2f p99_ms=%.2f accepted=%s "
        "other=%s stored=%lld server_cpu_us_per_enqueue=%.1f %s\n",
        qPrintable(parser.value(QStringLiteral("connections"))), static_cast<long long>(perRequest),
        rate.captured(1).toDouble() * double(perRequest),
        double(counted) / std::max(1.0, parser.value(QStringLiteral("seconds")).toDouble()),
        latency.captured(1).toDouble() / 1000.0, latency.captured(3).toDouble() / 1000.0,
        qPrintable(accepted.captured(1)), qPrintable(accepted.captured(2)), static_cast<long long>(stored),
        counted > 0 ? cpuUsed * 1e6 / double(counted) : 0.0, durable ? "durable=ok" : "durable=MISMATCH");
    const auto perEnqueue = [&](const QString &thread) {
        return counted > 0
            ? (threadsAfter.value(thread) - threadsBefore.value(thread)) * 1e6 / double(counted)
            : 0.0;
    };
    std::printf("THREADS cpu_us_per_enqueue http=%.1f store_writer=%.1f jobs_per_commit=%.1f\n",
                perEnqueue(QStringLiteral("engine")), perEnqueue(QStringLiteral("smsdesk-store")),
                double(writerAfter.jobs - writerBefore.jobs)
                    / double(std::max<qint64>(1, writerAfter.transactions - writerBefore.transactions)));
    return durable ? 0 : 2;
}

// Serves until `seconds` have passed (for manual calls and the docs check).
int serve(Engine &engine, QObject &anchor, int seconds)
{
    std::printf("SERVING 127.0.0.1:%u\n", unsigned(engine.port));
    std::fflush(stdout);
    QTimer::singleShot(seconds * 1000, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    QMetaObject::invokeMethod(
        &anchor, [&] { engine.stop(); }, Qt::BlockingQueuedConnection);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("Duration."), QStringLiteral("s"),
                       QStringLiteral("10") });
    parser.addOption({ QStringLiteral("connections"), QStringLiteral("Connections."), QStringLiteral("n"),
                       QStringLiteral("16") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("wrk threads."), QStringLiteral("n"),
                       QStringLiteral("2") });
    parser.addOption({ QStringLiteral("batch"),
                       QStringLiteral("Messages a request through /api/v1/messages/batch (0: the single endpoint)."),
                       QStringLiteral("k"), QStringLiteral("0") });
    parser.addOption(
        { QStringLiteral("serve"), QStringLiteral("Only serve on this port."), QStringLiteral("port") });
    parser.addOption({ QStringLiteral("serve-seconds"), QStringLiteral("How long to serve."),
                       QStringLiteral("s"), QStringLiteral("120") });
    parser.addOption({ QStringLiteral("token"), QStringLiteral("API token to accept."),
                       QStringLiteral("token"), QString::fromLatin1(kToken) });
    parser.addOption(
        { QStringLiteral("webhook-secret"), QStringLiteral("ADAPTER=SECRET"), QStringLiteral("pair") });
    parser.addOption({ QStringLiteral("token-limit"),
                       QStringLiteral("The token's request limit: unlimited, default or RATE:BURST."),
                       QStringLiteral("limit"), QStringLiteral("unlimited") });
    parser.process(app);

    QTemporaryDir dir;
    const StoreConfig config = StoreConfig::sqliteAt(dir.filePath(QStringLiteral("bench.db")));
    QThread engineThread;
    engineThread.setObjectName(QStringLiteral("engine"));
    engineThread.start();
    Engine engine;
    engine.port = quint16(parser.value(QStringLiteral("serve")).toUInt());
    engine.token = parser.value(QStringLiteral("token")).toUtf8();
    const QString limit = parser.value(QStringLiteral("token-limit"));
    if (limit == QLatin1String("default")) {
        engine.tokenLimit = std::nullopt;
    } else if (limit != QLatin1String("unlimited")) {
        const Result<TokenLimit> own = TokenLimit::parse(limit.section(u':', 0, 0), limit.section(u':', 1),
                                                         QStringLiteral("--token-limit RATE"),
                                                         QStringLiteral("--token-limit BURST"));
        if (!own) {
            std::fprintf(stderr, "%s\n", qPrintable(own.errorString()));
            return 2;
        }
        engine.tokenLimit = own.value();
    }
    std::printf("TOKEN_LIMIT %s\n", qPrintable(engine.tokenLimit ? engine.tokenLimit->describe()
                                                                : QStringLiteral("default (%1)").arg(TokenLimit().describe())));
    for (const QString &pair : parser.values(QStringLiteral("webhook-secret")))
        engine.webhookSecrets.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toUtf8());
    QObject anchor;
    anchor.moveToThread(&engineThread);
    QMetaObject::invokeMethod(
        &anchor, [&] { engine.start(config); }, Qt::BlockingQueuedConnection);
    if (!engine.error.isEmpty()) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(engine.error));
        return 1;
    }
    const int status = parser.isSet(QStringLiteral("serve"))
        ? serve(engine, anchor, parser.value(QStringLiteral("serve-seconds")).toInt())
        : benchmark(parser, engine, anchor, dir, config);
    engineThread.quit();
    engineThread.wait();
    return status;
}
