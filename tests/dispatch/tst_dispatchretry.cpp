// SPDX-License-Identifier: GPL-3.0-or-later
// Retries with the injected clock, never by sleeping (issue 3, point 6): a flaky gateway,
// and a gateway that asks for time with 429 + Retry-After.
#include "clock.h"
#include "dispatchfixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDispatchRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirtyPercent503sEndSentOrDeadWithReason();
    void retryAfterIsRespected();
    void retryWaitsForTheBackoff();
    void outcomeIsRecordedOnceTheStoreIsBack();
};

namespace {

std::atomic<bool> g_outcomeNotRecorded { false };
QtMessageHandler g_previousHandler = nullptr;

void watchForUnrecordedOutcomes(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.contains(QLatin1String("cannot record")))
        g_outcomeNotRecorded = true;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

} // namespace

// Every message ends sent, or dead with its attempts used up and the gateway's reason.
void TestDispatchRetry::thirtyPercent503sEndSentOrDeadWithReason()
{
    GatewaySimulator::Settings settings;
    settings.failRate = 0.3;
    settings.seed = 20'260'101;
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("flaky"), sim.baseUrl());
    QVERIFY(fx.start());
    QSignalSpy died(&fx.store(), &QueueStore::messageDied);
    // Three attempts each, so that some (0.3^3 = 2.7 %) really run out.
    const QList<Message> queued = fx.enqueue(400, QStringLiteral("flaky"), 0, 3);
    QCOMPARE(queued.size(), 400);
    // 8 s is the backoff ceiling; the breaker's 30 s cooldown passes in four steps.
    const bool finished = fx.advanceUntil(
        [&] {
            const StatusCounts c = fx.counts();
            return c.queued == 0 && c.sending == 0;
        },
        8'000, 300);
    QVERIFY(finished);

    int sent = 0;
    int dead = 0;
    for (const Message &q : queued) {
        const Message m = fx.message(q.id);
        if (m.status == MessageStatus::Sent) {
            ++sent;
            QVERIFY(m.attempts >= 1 && m.attempts <= 3);
            continue;
        }
        QCOMPARE(m.status, MessageStatus::Dead);
        QCOMPARE(m.attempts, 3);
        QVERIFY2(m.lastError.contains(QLatin1String("attempts exhausted")), qPrintable(m.lastError));
        QVERIFY2(m.lastError.contains(QLatin1String("503")), qPrintable(m.lastError));
        ++dead;
    }
    QCOMPARE(sent + dead, 400);
    QVERIFY(dead > 0); // the seed makes a few run out; the path is exercised
    QCOMPARE(died.size(), dead);
    const sim::Stats stats = sim.stats();
    QCOMPARE(stats.accepted, sent);
    QCOMPARE(stats.duplicates, 0);
    QVERIFY(stats.unavailable > 0);
    qInfo("sent %d, dead %d, 503s %lld", sent, dead, stats.unavailable);
}

// No request reaches the gateway before the time its Retry-After named, not for the
// throttled message and not for any other message to that phone.
void TestDispatchRetry::retryAfterIsRespected()
{
    GatewaySimulator::Settings settings;
    settings.throttleRate = 1.0;
    settings.retryAfterSeconds = 20; // well above the 1 s backoff of a first retry
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("busy"), sim.baseUrl());
    QVERIFY(fx.start());
    const QList<Message> first = fx.enqueue(1);
    QTRY_COMPARE(sim.stats().throttled, 1);
    QTRY_VERIFY(fx.settled());
    const qint64 throttledAt = fx.clock().nowMs();
    QCOMPARE(fx.message(first.first().id).nextAttemptAtMs, throttledAt + 20'000);

    sim.setFaultRates(0, 0, 0);
    fx.enqueue(2); // new messages for the same phone wait too
    for (int step = 0; step < 19; ++step) {
        fx.clock().advanceMs(1'000);
        fx.dispatcher().wake();
        QTest::qWait(20);
        QCOMPARE(sim.stats().requests, 1);
    }
    fx.clock().advanceMs(1'000); // the 20 s are over
    fx.dispatcher().wake();
    QTRY_COMPARE(fx.counts().sent, 3);
    QCOMPARE(sim.stats().requests, 4);
    QCOMPARE(fx.message(first.first().id).attempts, 2);
}

// A 503 without Retry-After: the retry waits for the policy's backoff (1 s ceiling for
// the first retry in the fixture), and not a millisecond less.
void TestDispatchRetry::retryWaitsForTheBackoff()
{
    GatewaySimulator::Settings settings;
    settings.failRate = 1.0;
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("down"), sim.baseUrl());
    QVERIFY(fx.start());
    const QList<Message> queued = fx.enqueue(1);
    QTRY_COMPARE(sim.stats().unavailable, 1);
    QTRY_VERIFY(fx.settled());
    sim.setFaultRates(0, 0, 0);
    const qint64 due = fx.message(queued.first().id).nextAttemptAtMs;
    QVERIFY(due > fx.clock().nowMs());
    fx.clock().setNowMs(due - 1);
    fx.dispatcher().wake();
    QTest::qWait(50);
    QCOMPARE(sim.stats().requests, 1);
    fx.clock().setNowMs(due);
    fx.dispatcher().wake();
    QTRY_COMPARE(fx.counts().sent, 1);
    QCOMPARE(sim.stats().requests, 2);
}

// The phone took the message, but its outcome cannot be recorded (another program holds
// the database's write lock for longer than the store's busy timeout; a full disk does the
// same). The dispatcher keeps the outcome and records it once the store is back, while the
// lease still guards it: the message ends sent without going to the phone a second time.
void TestDispatchRetry::outcomeIsRecordedOnceTheStoreIsBack()
{
    SMSDESK_SQLITE_ONLY("holds SQLite's write lock from another connection");
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    QSignalSpy accepted(&sim, &GatewaySimulator::messageAccepted);
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(fx.dbPath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        // Taken the moment the simulator accepts the message, before its answer leaves.
        connect(&sim, &GatewaySimulator::messageAccepted, this,
                [&lock] { QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); });
        g_outcomeNotRecorded = false;
        g_previousHandler = qInstallMessageHandler(watchForUnrecordedOutcomes);
        QVERIFY(fx.start());
        const QList<Message> queued = fx.enqueue(1);
        QCOMPARE(queued.size(), 1);
        // The store's busy timeout is 5 s.
        QTRY_VERIFY_WITH_TIMEOUT(g_outcomeNotRecorded, 20'000);
        qInstallMessageHandler(g_previousHandler);
        disconnect(&sim, &GatewaySimulator::messageAccepted, this, nullptr);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
        // The clock stands still: the lease has not expired, nothing is claimed again.
        QTRY_COMPARE_WITH_TIMEOUT(fx.message(queued.first().id).status, MessageStatus::Sent, 20'000);
        QCOMPARE(fx.message(queued.first().id).attempts, 1);
        QCOMPARE(accepted.size(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestDispatchRetry)
#include "tst_dispatchretry.moc"
