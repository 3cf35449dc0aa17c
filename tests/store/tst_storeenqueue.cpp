// SPDX-License-Identifier: GPL-3.0-or-later
// Enqueue: single, batch, group commit, idempotency, back-pressure.
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace smsdesk;
using namespace smsdesk::test;

class tst_StoreEnqueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleMessageIsStoredWithHistory();
    void batchIsStoredInOrder();
    void groupCommitAnswersOnlyAfterCommit();
    void failingJobRollsBackAlone();
    void idempotentReplayInsertsNothing();
    void idempotencyKeyWithOtherBodyIsRefused();
    void queueFullIsReportedAndClears();
    void signalComesAfterCommit();
    void idsComeFromTheClockAndTheGivenRandomSource();
    void waitForSubmittedWritesOutlastsEveryEarlierAnswer();
};

void tst_StoreEnqueue::singleMessageIsStoredWithHistory()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    NewMessage in
        = StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("Your table is ready"));
    in.segments = 1;
    in.clientMessageId = QStringLiteral("booking-42");
    in.deviceId = 3;
    const Message m = f.enqueue(in);
    QVERIFY(!m.id.isNull());
    QVERIFY(m.seq > 0);

    auto reader = f.reader();
    const Result<Message> stored = reader->message(m.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, MessageStatus::Queued);
    QCOMPARE(stored->to, in.to);
    QCOMPARE(stored->text, in.text);
    QCOMPARE(stored->clientMessageId, QStringLiteral("booking-42"));
    QCOMPARE(stored->deviceId, 3);
    QCOMPARE(stored->createdAtMs, f.clock().nowMs());
    QCOMPARE(stored->nextAttemptAtMs, f.clock().nowMs());
    const auto events = reader->events(m.id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, QString::fromLatin1(EventKind::Enqueued));
    QCOMPARE(reader->counts()->queued, 1);
    const auto threads = reader->threads({}, 10, 0);
    QCOMPARE(threads->size(), 1);
    QCOMPARE(threads->first().lastText, in.text);
    QCOMPARE(threads->first().messageCount, 1);
}

void tst_StoreEnqueue::batchIsStoredInOrder()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    EnqueueRequest request;
    for (int i = 0; i < 5; ++i)
        request.messages << StoreFixture::message(QStringLiteral("+4930123456%1").arg(i),
                                                  QStringLiteral("n%1").arg(i));
    const Result<EnqueueResult> r = await(f.store().enqueue(request));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->messages.size(), 5);
    QVERIFY(!r->replayed);
    for (int i = 1; i < 5; ++i)
        QVERIFY(r->messages[i].seq > r->messages[i - 1].seq);
    QCOMPARE(f.reader()->counts()->queued, 5);
    QCOMPARE(f.reader()->threadCount({}).value(), 5);
}

void tst_StoreEnqueue::groupCommitAnswersOnlyAfterCommit()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    constexpr int producers = 16;
    constexpr int perProducer = 40;
    std::atomic<int> invisible { 0 };
    std::atomic<int> failed { 0 };
    std::vector<std::thread> threads;
    for (int p = 0; p < producers; ++p) {
        threads.emplace_back([&, p] {
            // A reader of its own: a resolved future must mean another connection sees the row.
            StoreReader reader(f.config());
            if (!reader.open()) {
                failed += perProducer;
                return;
            }
            for (int i = 0; i < perProducer; ++i) {
                EnqueueRequest request;
                request.messages
                    = { StoreFixture::message(QStringLiteral("+491701%1").arg(p, 4, 10, QLatin1Char('0')),
                                              QStringLiteral("p%1 m%2").arg(p).arg(i)) };
                QFuture<Result<EnqueueResult>> future = f.store().enqueue(request);
                future.waitForFinished();
                const Result<EnqueueResult> r = future.result();
                if (!r.ok()) {
                    ++failed;
                    continue;
                }
                if (!reader.message(r->messages.first().id).ok())
                    ++invisible;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(failed.load(), 0);
    QCOMPARE(invisible.load(), 0);
    QCOMPARE(f.reader()->counts()->queued, producers * perProducer);
    const QueueStore::WriterStats stats = f.store().writerStats();
    QCOMPARE(stats.jobs, producers * perProducer);
    // Concurrent callers share transactions: far fewer commits than jobs.
    qInfo("%lld jobs in %lld transactions, largest %lld", stats.jobs, stats.transactions, stats.largestBatch);
    QVERIFY2(stats.transactions < stats.jobs / 2, "jobs were not folded into shared transactions");
    QVERIFY(stats.largestBatch > 1);
}

void tst_StoreEnqueue::failingJobRollsBackAlone()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message first = f.enqueue(QStringLiteral("+4915100000001"), QStringLiteral("first"));
    // A job that fails after it wrote (the batch's second message clashes with `first`)
    // must leave nothing behind, while the jobs sharing its transaction are kept. SQLite
    // runs jobs without savepoints first, so this is the path that rolls the transaction
    // back and runs it again with one savepoint per job. Submitted together, the three
    // usually share one transaction; repeat until they did at least once.
    int shared = 0;
    int queued = 1;
    for (int round = 0; round < 50 && shared < 3; ++round) {
        const QString prefix = QStringLiteral("+49151%1").arg(round, 2, 10, QLatin1Char('0'));
        EnqueueRequest good {
            { StoreFixture::message(prefix + QStringLiteral("00002"), QStringLiteral("good")) }, {}
        };
        NewMessage duplicate = StoreFixture::message(prefix + QStringLiteral("00003"), QStringLiteral("dup"));
        duplicate.id = first.id;
        EnqueueRequest bad {
            { StoreFixture::message(prefix + QStringLiteral("00004"), QStringLiteral("ok part")), duplicate },
            {}
        };
        EnqueueRequest empty { { StoreFixture::message(prefix + QStringLiteral("00005"), QString()) }, {} };
        const QueueStore::WriterStats before = f.store().writerStats();
        auto f1 = f.store().enqueue(good);
        auto f2 = f.store().enqueue(bad);
        auto f3 = f.store().enqueue(empty);
        auto f4 = f.store().enqueue(good); // after the failure, in the same transaction
        QVERIFY(await(f1).ok());
        QCOMPARE(await(f2).code(), ErrorCode::Conflict);
        QCOMPARE(await(f3).code(), ErrorCode::Invalid);
        QVERIFY(await(f4).ok());
        queued += 2;
        const QueueStore::WriterStats after = f.store().writerStats();
        if (after.transactions - before.transactions == 1)
            ++shared;
        auto reader = f.reader();
        QCOMPARE(reader->counts()->queued, queued); // nothing of the failed batch
        QCOMPARE(reader->threadItems(prefix + QStringLiteral("00004"), {}, 10)->size(), 0);
        QCOMPARE(reader->threadItems(prefix + QStringLiteral("00002"), {}, 10)->size(), 2);
        QCOMPARE(reader->message(first.id)->text, QStringLiteral("first"));
    }
    QVERIFY2(shared > 0, "the four jobs never shared a transaction");
}

void tst_StoreEnqueue::idempotentReplayInsertsNothing()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    EnqueueRequest request { { StoreFixture::message(QStringLiteral("+4915112345678"),
                                                     QStringLiteral("once")) },
                             IdempotencyRecord { 1, QStringLiteral("key-1"), "hash-a", 202, "{\"id\":1}" } };
    const auto first = await(f.store().enqueue(request));
    QVERIFY(first.ok());
    QVERIFY(!first->replayed);
    QCOMPARE(first->messages.first().idempotencyKey, QStringLiteral("key-1"));
    const auto again = await(f.store().enqueue(request));
    QVERIFY(again.ok());
    QVERIFY(again->replayed);
    QCOMPARE(again->responseStatus, 202);
    QCOMPARE(again->responseBody, QByteArray("{\"id\":1}"));
    QVERIFY(again->messages.isEmpty());
    QCOMPARE(f.reader()->counts()->queued, 1);
    // The same key under another token is another request.
    request.idempotency->tokenId = 2;
    QVERIFY(!await(f.store().enqueue(request))->replayed);
    QCOMPARE(f.reader()->counts()->queued, 2);
    // Purged records no longer replay.
    f.clock().advanceMs(1000);
    QCOMPARE(await(f.store().purgeIdempotency(f.clock().nowMs())).value(), 2);
}

void tst_StoreEnqueue::idempotencyKeyWithOtherBodyIsRefused()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    EnqueueRequest request { { StoreFixture::message(QStringLiteral("+4915112345678"),
                                                     QStringLiteral("one")) },
                             IdempotencyRecord { 1, QStringLiteral("key-1"), "hash-a", 202, "{}" } };
    QVERIFY(await(f.store().enqueue(request)).ok());
    request.idempotency->requestHash = "hash-b";
    request.messages.first().text = QStringLiteral("two");
    const auto r = await(f.store().enqueue(request));
    QCOMPARE(r.code(), ErrorCode::KeyMismatch);
    QCOMPARE(f.reader()->counts()->queued, 1);
}

void tst_StoreEnqueue::queueFullIsReportedAndClears()
{
    StoreFixture f;
    StoreConfig config = f.config();
    config.maxQueueDepth = 3;
    QVERIFY(f.open(config).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("m%1").arg(i)).id.isNull());
    EnqueueRequest one {
        { StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("too many")) }, {}
    };
    QCOMPARE(await(f.store().enqueue(one)).code(), ErrorCode::QueueFull);
    // Claimed messages still count (queued + sending) ...
    const QList<Message> claimed = f.claim(1);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(await(f.store().enqueue(one)).code(), ErrorCode::QueueFull);
    // ... sent ones no longer do, also after a restart.
    QVERIFY(f.completeOne(StoreFixture::outcome(claimed.first(), SendOutcome::Kind::Sent)).ok());
    f.close();
    QVERIFY(f.open(config).ok());
    QVERIFY(await(f.store().enqueue(one)).ok());
    QCOMPARE(await(f.store().enqueue(one)).code(), ErrorCode::QueueFull);
}

void tst_StoreEnqueue::signalComesAfterCommit()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    auto reader = f.reader();
    int seenInSlot = -1;
    connect(&f.store(), &QueueStore::messagesEnqueued, this,
            [&](int) { seenInSlot = int(reader->counts()->queued); });
    QSignalSpy spy(&f.store(), &QueueStore::messagesEnqueued);
    f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("hi"));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 1);
    QTRY_COMPARE(seenInSlot, 1);
}

// Message ids are UUIDv7 (RFC 9562): the store's clock in the first 48 bits, a counter for
// ids of one millisecond, and the random source the composition root gave the store.
void tst_StoreEnqueue::idsComeFromTheClockAndTheGivenRandomSource()
{
    ManualClock clock;
    QTemporaryDir dir;
    QueueStore::Options options;
    options.config = StoreConfig::sqliteAt(dir.filePath(QStringLiteral("ids.db")));
    options.random = [] { return quint64(0x0123456789abcdefULL); };
    QueueStore store(clock, options);
    QVERIFY(store.open().ok());
    const QUuid first = store.newMessageId();
    const QUuid second = store.newMessageId();
    QCOMPARE(first.data3 >> 12, 7); // the version (Qt 6.4's QUuid::version() knows no 7)
    QCOMPARE(first.data4[0] >> 6, 2); // the variant
    QCOMPARE((quint64(first.data1) << 16) | first.data2, quint64(clock.nowMs()));
    QCOMPARE(second.data3 & 0x0fff, (first.data3 & 0x0fff) + 1); // same millisecond: the counter
    QCOMPARE(first.data4[7], uchar(0xef)); // the random part is the source's
    QCOMPARE(first.data4[1], uchar(0x23));
}


// What EngineWorker::stop relies on before it destroys the parts that wait for the store: once
// waitForSubmittedWrites returns, every earlier write is answered and its continuation posted,
// so the receiver can go (Qt 6.4 asserts a continuation's receiver is alive when the answer
// comes; see QueueStore::waitForSubmittedWrites) and what was posted to it goes with it.
void tst_StoreEnqueue::waitForSubmittedWritesOutlastsEveryEarlierAnswer()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    auto receiver = std::make_unique<QObject>();
    QList<QFuture<Result<EnqueueResult>>> writes;
    int answered = 0;
    for (int i = 0; i < 200; ++i) {
        EnqueueRequest request;
        request.messages = { StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("m%1").arg(i)) };
        QFuture<Result<EnqueueResult>> write = f.store().enqueue(request);
        write.then(receiver.get(), [&answered](const Result<EnqueueResult> &) { ++answered; });
        writes.append(write);
    }
    f.store().waitForSubmittedWrites();
    for (const auto &write : writes)
        QVERIFY(write.isFinished());
    receiver.reset();
    QCoreApplication::processEvents();
    QCOMPARE(answered, 0); // posted to a receiver that is gone: dropped, not run
    QCOMPARE(f.reader()->counts()->queued, 200);
}

QTEST_GUILESS_MAIN(tst_StoreEnqueue)
#include "tst_storeenqueue.moc"
