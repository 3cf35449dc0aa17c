// SPDX-License-Identifier: GPL-3.0-or-later
// store_bench (issue 2, point 7): durable enqueue rows/s with 1 and 16 producers (one
// message per call, each producer waiting for its future), and claim+complete rows/s,
// on an empty store and on one holding 1,000,000 messages.
//
//   store_bench [--stored N] [--enqueue-single N] [--enqueue-each N] [--cache DIR] [--dir DIR]
//               [--claims 0|1]
//
// The prefilled database is built once through the store's own API (big batches) and
// cached in DIR (default: $TMPDIR/smsdesk-store-bench); every run works on a copy.
#include "benchstore.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace smsdesk;

namespace {

struct Settings
{
    qint64 stored = 1'000'000;
    int enqueueSingle = 4'000; // messages for the 1-producer figure
    int enqueueEach = 2'500; // messages per producer for the 16-producer figure
    QString cacheDir = QDir::temp().filePath(QStringLiteral("smsdesk-store-bench"));
    QString workDir = QDir::tempPath(); // where the measured databases live (same disk as real use)
    bool claims = true; // --claims 0: enqueue only (e.g. to profile the enqueue path alone)
};

// Process CPU time (user + system) in microseconds: on a shared machine the wall-clock
// rates move with the neighbours' load, the CPU cost per row much less.
double cpuMicros()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

double enqueueRate(QueueStore &store, int producers, int perProducer)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int p = 0; p < producers; ++p) {
        threads.emplace_back([&store, p, perProducer] {
            for (int i = 0; i < perProducer; ++i) {
                EnqueueRequest request;
                request.messages = { benchMessage(qint64(p) * perProducer + i) };
                benchMust(store.enqueue(std::move(request)), "enqueue");
            }
        });
    }
    for (auto &t : threads)
        t.join();
    return double(producers) * perProducer * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
}

// One dispatcher: claim 64, report them all sent, until the queue is empty.
double claimCompleteRate(QueueStore &store)
{
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    for (;;) {
        const QList<Message> claimed
            = benchMust(store.claimDue(QStringLiteral("bench"), 64, 60'000), "claim").value();
        if (claimed.isEmpty())
            break;
        QList<SendOutcome> outcomes;
        outcomes.reserve(claimed.size());
        for (const Message &m : claimed)
            outcomes.append(SendOutcome::of(SendOutcome::Kind::Sent, m.id, m.leaseId, 1, 202));
        benchMust(store.complete(std::move(outcomes)), "complete");
        done += claimed.size();
    }
    return double(done) * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
}

// Milliseconds of one read, the median of five (the UI and dashboards call these often).
template<typename F> double readMs(F read)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        read();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

void printReadTimings(const QString &path)
{
    StoreReader reader(StoreConfig::sqliteAt(path));
    if (Status s = reader.open(); !s)
        benchFail(s.errorString());
    const qint64 now = SystemClock::instance().nowMs();
    const QString number = benchMessage(42).to;
    std::fprintf(
        stdout,
        "%-22s reads (ms): counts %.2f | 50 threads %.2f | thread count %.2f | 50 thread items %.2f |"
        " 200 dead letters %.2f | throughput 1 h %.2f | per minute 1 h %.2f | next due %.2f\n",
        "", readMs([&] { reader.counts(); }), readMs([&] { reader.threads({}, 50, 0); }),
        readMs([&] { reader.threadCount({}); }), readMs([&] { reader.threadItems(number, {}, 50); }),
        readMs([&] { reader.deadLetters({}); }), readMs([&] { reader.throughputSince(now - 3'600'000); }),
        readMs([&] { reader.perMinute(now - 3'600'000, now); }), readMs([&] { reader.nextDueAtMs(); }));
}

QString preparedCopy(const Settings &settings, const QTemporaryDir &work)
{
    const QString target = work.filePath(QStringLiteral("smsdesk.db"));
    if (settings.stored == 0)
        return target;
    const QString cached = cachedPrefill(settings.cacheDir, settings.stored);
    if (!QFile::copy(cached, target))
        benchFail(QStringLiteral("cannot copy %1").arg(cached));
    return target;
}

void runCase(const Settings &settings, const char *label)
{
    QTemporaryDir work(QDir(settings.workDir).filePath(QStringLiteral("store-bench-XXXXXX")));
    const QString path = preparedCopy(settings, work);
    QueueStore store(SystemClock::instance(), benchStoreOptions(path));
    QElapsedTimer openTimer;
    openTimer.start();
    if (Status s = store.open(); !s)
        benchFail(s.errorString());
    const qint64 openMs = openTimer.elapsed();
    const double single = enqueueRate(store, 1, settings.enqueueSingle);
    const QueueStore::WriterStats before = store.writerStats();
    const double cpu0 = cpuMicros();
    const double sixteen = enqueueRate(store, 16, settings.enqueueEach);
    const double cpu1 = cpuMicros();
    const QueueStore::WriterStats after = store.writerStats();
    const qint64 queued = qint64(settings.enqueueSingle) + 16LL * settings.enqueueEach;
    const double claims = settings.claims ? claimCompleteRate(store) : 0.0;
    const double cpu2 = cpuMicros();
    std::fprintf(stdout,
                 "%-22s open %5lld ms | enqueue 1 producer %8.0f rows/s | enqueue 16 producers %8.0f rows/s"
                 " (%.1f jobs/commit) | claim+complete %8.0f rows/s\n",
                 label, openMs, single, sixteen,
                 double(after.jobs - before.jobs)
                     / double(std::max<qint64>(1, after.transactions - before.transactions)),
                 claims);
    std::fprintf(stdout, "%-22s CPU per row: enqueue (16 producers) %.1f us | claim+complete %.1f us\n", "",
                 (cpu1 - cpu0) / (16.0 * settings.enqueueEach), (cpu2 - cpu1) / double(queued));
    printReadTimings(path);
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

// The disk's own durable-write rate: each commit costs one fdatasync of the WAL, so
// this (times the jobs per commit) bounds the durable enqueue rate.
double fdatasyncRate(const QString &dir)
{
    QTemporaryDir probe(QDir(dir).filePath(QStringLiteral("fsync-probe-XXXXXX")));
    QFile file(probe.filePath(QStringLiteral("probe")));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray page(4096, 'x');
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (timer.elapsed() < 1000) {
        file.seek((n % 64) * page.size());
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
        ++n;
    }
    return n * 1000.0 / double(timer.elapsed());
}

Settings parse(const QStringList &args)
{
    Settings s;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--stored"))
            s.stored = value.toLongLong();
        else if (key == QLatin1String("--enqueue-single"))
            s.enqueueSingle = value.toInt();
        else if (key == QLatin1String("--enqueue-each"))
            s.enqueueEach = value.toInt();
        else if (key == QLatin1String("--cache"))
            s.cacheDir = value;
        else if (key == QLatin1String("--dir"))
            s.workDir = value;
        else if (key == QLatin1String("--claims"))
            s.claims = value != QLatin1String("0");
        else
            benchFail(QStringLiteral("unknown option %1").arg(key));
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Settings settings = parse(app.arguments());
    std::fprintf(stdout,
                 "store_bench: SQLite WAL, synchronous=FULL, %d hardware threads, load %s; disk at %s: %.0f"
                 " fdatasync/s\n",
                 int(std::thread::hardware_concurrency()), qPrintable(loadAverage()),
                 qPrintable(settings.workDir), fdatasyncRate(settings.workDir));
    Settings empty = settings;
    empty.stored = 0;
    runCase(empty, "empty store");
    runCase(settings, qPrintable(QStringLiteral("%1 stored").arg(settings.stored)));
    return 0;
}
