// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace smsdesk {

void benchFail(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

QueueStore::Options benchStoreOptions(const QString &path)
{
    QueueStore::Options o;
    o.config = StoreConfig::sqliteAt(path);
    o.config.maxQueueDepth = 100'000'000;
    return o;
}

NewMessage benchMessage(qint64 n)
{
    NewMessage m;
    m.to = QStringLiteral("+4917%1").arg(n % 10'000 * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
    m.text = QStringLiteral(
                 "Hello, your appointment on Tuesday at 10:30 is confirmed. Reply STOP to opt out. #%1")
                 .arg(n);
    return m;
}

namespace {

// Builds the prefilled database through the store: big enqueue batches, then every
// message claimed and sent, so the store holds a realistic history, not a queue.
void prefill(const QString &path, qint64 rows)
{
    std::fprintf(stdout, "building %lld-message store at %s (cached for later runs) ...\n", rows,
                 qPrintable(path));
    std::fflush(stdout);
    // History spread over the 30 days before now, as a store in use for a month would
    // hold; the measured runs then add today's traffic on top.
    constexpr qint64 month = 30LL * 24 * 3'600'000;
    ManualClock clock(SystemClock::instance().nowMs() - month);
    QueueStore store(clock, benchStoreOptions(path));
    if (Status s = store.open(); !s)
        benchFail(s.errorString());
    constexpr int batch = 5'000;
    for (qint64 done = 0; done < rows; done += batch) {
        clock.advanceMs(month * batch / std::max<qint64>(rows, batch) - 1);
        EnqueueRequest request;
        for (qint64 i = done; i < std::min(rows, done + batch); ++i)
            request.messages.append(benchMessage(i));
        benchMust(store.enqueue(std::move(request)), "prefill enqueue");
        QList<SendOutcome> outcomes;
        // Keep the result: a range-for over Result::value() of a temporary would dangle.
        const auto claimed
            = benchMust(store.claimDue(QStringLiteral("prefill"), batch, 60'000), "prefill claim");
        for (const Message &m : claimed.value())
            outcomes.append(
                SendOutcome::of(SendOutcome::Kind::Sent, m.id, m.leaseId, 1 + m.seq % 2, 202));
        benchMust(store.complete(std::move(outcomes)), "prefill complete");
    }
}

} // namespace

QString cachedPrefill(const QString &cacheDir, qint64 rows)
{
    QDir().mkpath(cacheDir);
    const QString cached = QDir(cacheDir).filePath(QStringLiteral("prefill-%1.db").arg(rows));
    if (!QFile::exists(cached)) {
        const QString building = cached + QStringLiteral(".building");
        QFile::remove(building);
        prefill(building, rows);
        QFile::rename(building, cached);
    }
    return cached;
}

} // namespace smsdesk
