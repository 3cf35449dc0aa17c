// SPDX-License-Identifier: GPL-3.0-or-later
// Child of tst_dispatchcrash: the store and the dispatcher as the engine runs them, on
// the system clock, until the queue is empty (exit 0) or the test kills it with SIGKILL.
// Usage: dispatch_crash_child DB_PATH | postgresql://user:password@127.0.0.1:port/db
// Prints "started" once dispatching, and at a clean exit "refused N": the outcomes the
// store refused because their lease had run out (a pause past the lease).
#include "dispatchstack.h"
#include "metrics.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace smsdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dispatch_crash_child DB_PATH|POSTGRESQL_URL\n");
        return 2;
    }
    const QString where = QString::fromLocal8Bit(argv[1]);
    QueueStore::Options so;
    if (where.startsWith(QLatin1String("postgresql://"))) {
        const Result<StoreConfig> config = StoreConfig::fromUrl(where);
        if (!config) {
            std::fprintf(stderr, "database: %s\n", qPrintable(config.errorString()));
            return 2;
        }
        so.config = config.value();
    } else {
        so.config = StoreConfig::sqliteAt(where);
    }
    QueueStore store(SystemClock::instance(), so);
    if (Status s = store.open(); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.errorString()));
        return 3;
    }
    DispatchStack::Options o;
    o.owner = QStringLiteral("crash-child-%1").arg(QCoreApplication::applicationPid());
    o.inFlightCap = 16;
    // Short, so the restarted child recovers the killed one's leases soon; the timeout long
    // enough that a sanitizer build on a loaded machine does not time out its lookups (each
    // timed-out history check waits 30 s before it is asked again).
    o.httpTimeoutMs = 2'000;
    o.leaseMs = 3'000;
    o.healthIntervalMs = 0;
    o.statusPollIntervalMs = 0;
    o.inboxPollIntervalMs = 0;
    Metrics metrics;
    o.metrics = &metrics;
    DispatchStack dispatcher(store, SystemClock::instance(), o);
    if (Status s = dispatcher.start(); !s) {
        std::fprintf(stderr, "start: %s\n", qPrintable(s.errorString()));
        return 4;
    }
    StoreReader reader(store.config());
    reader.open();
    // Done when nothing is queued or leased any more (the test harness's view, not the
    // dispatcher's: it never polls).
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        const Result<StatusCounts> c = reader.counts();
        if (c && c->queued == 0 && c->sending == 0) {
            dispatcher.stop(1'000);
            dispatcher.waitForStopped(5'000);
            std::printf("refused %.0f\n", metrics.value("smsdesk_outcomes_refused_total"));
            std::fflush(stdout);
            app.quit();
        }
    });
    done.start(50);
    std::printf("started\n");
    std::fflush(stdout);
    return app.exec();
}
