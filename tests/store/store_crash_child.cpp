// SPDX-License-Identifier: GPL-3.0-or-later
// Child of tst_storecrash: enqueues from several threads until it is killed, printing
// each id once its future has resolved (i.e. once the store has acknowledged it).
// Usage: store_crash_child DATA_DIR [PRODUCERS]
#include "queuestore.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace smsdesk;

namespace {
std::mutex s_outputMutex;

void acknowledge(const QList<Message> &messages)
{
    std::lock_guard lock(s_outputMutex);
    for (const Message &m : messages)
        std::fprintf(stdout, "%s\n", qPrintable(m.id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout); // the parent may kill us any moment: what it read is acknowledged
}

void produce(QueueStore &store, int producer)
{
    for (int i = 0;; ++i) {
        EnqueueRequest request;
        const int count = 1 + (i % 3); // single enqueues and small batches
        for (int k = 0; k < count; ++k) {
            NewMessage m;
            m.to = QStringLiteral("+49170%1").arg(producer * 1000 + (i % 1000), 7, 10, QLatin1Char('0'));
            m.text = QStringLiteral("crash test %1/%2/%3").arg(producer).arg(i).arg(k);
            request.messages.append(m);
        }
        const Result<EnqueueResult> r = store.enqueue(request).result();
        if (r.ok())
            acknowledge(r->messages);
    }
}

// Moves messages along too, so the kill also lands in claims and completions.
void dispatch(QueueStore &store)
{
    for (;;) {
        const Result<QList<Message>> claimed
            = store.claimDue(QStringLiteral("crash-child"), 16, 60'000).result();
        if (!claimed.ok())
            continue;
        QList<SendOutcome> outcomes;
        for (const Message &m : claimed.value()) {
            SendOutcome sent;
            sent.kind = SendOutcome::Kind::Sent;
            sent.id = m.id;
            sent.leaseId = m.leaseId;
            sent.deviceId = 1;
            sent.httpStatus = 202;
            outcomes.append(sent);
        }
        if (!outcomes.isEmpty())
            store.complete(outcomes).waitForFinished();
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: store_crash_child DATA_DIR [PRODUCERS]\n");
        return 2;
    }
    const int producers = args.size() > 2 ? args.at(2).toInt() : 4;
    QueueStore::Options options;
    options.config = StoreConfig::sqliteAt(args.at(1) + QStringLiteral("/smsdesk.db"));
    QueueStore store(SystemClock::instance(), options);
    if (const Status s = store.open(); !s) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(s.errorString()));
        return 1;
    }
    std::fprintf(stdout, "READY\n");
    std::fflush(stdout);
    std::vector<std::thread> threads;
    for (int p = 0; p < producers; ++p)
        threads.emplace_back([&store, p] { produce(store, p); });
    threads.emplace_back([&store] { dispatch(store); });
    for (auto &t : threads)
        t.join(); // never: the parent kills us
    return 0;
}
