// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "tokenbucket.h"

#include <QTest>

#include <algorithm>

using smsdesk::ManualClock;
using smsdesk::TokenBucket;

// A phone's per-minute allowance: steady refill, never more than the rate in any minute.
class TestTokenBucket final : public QObject
{
    Q_OBJECT

private slots:
    void startsFullAndEmpties();
    void refillsContinuously();
    void neverExceedsRateInAnyMinute();
    void msUntilIsExactAndNeverEarly();
    void oversizedMessageGoesWhenFullThenRepays();
    void unlimited();
    void restoreAfterRestart();
    void giveBackAndLowerLimit();
    void clockSteppingBackDoesNotDrain();
};

void TestTokenBucket::startsFullAndEmpties()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10);
    QCOMPARE(bucket.available(), 10);
    QVERIFY(bucket.tryTake(4));
    QVERIFY(bucket.tryTake(6));
    QCOMPARE(bucket.available(), 0);
    QVERIFY(!bucket.canTake(1));
    QVERIFY(!bucket.tryTake(1));
}

void TestTokenBucket::refillsContinuously()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10); // one token every 6 s
    QVERIFY(bucket.tryTake(10));
    clock.advanceMs(5'999);
    QCOMPARE(bucket.available(), 0);
    clock.advanceMs(1);
    QCOMPARE(bucket.available(), 1);
    clock.advanceMs(6'000 * 3);
    QCOMPARE(bucket.available(), 4);
    clock.advanceMs(10 * 60'000);
    QCOMPARE(bucket.available(), 10); // capped at the capacity
}

void TestTokenBucket::neverExceedsRateInAnyMinute()
{
    // Greedy sender taking a segment whenever it can, 100 ms steps for 10 minutes: any
    // sliding 60 s window holds at most rate + what refills within it, i.e. the bucket
    // never lets a burst beyond its capacity plus the steady trickle.
    ManualClock clock;
    const int rate = 12;
    TokenBucket bucket(clock, rate);
    QList<qint64> sends;
    const qint64 start = clock.nowMs();
    while (clock.nowMs() - start < 10 * 60'000) {
        while (bucket.tryTake(1))
            sends.append(clock.nowMs());
        clock.advanceMs(100);
    }
    // The full bucket at start, then one token every 5 s (the one due at exactly 10:00 is out of range).
    QCOMPARE(sends.size(), rate + 10 * rate - 1);
    for (int i = 0; i < sends.size(); ++i) {
        const auto inWindow = std::count_if(sends.cbegin(), sends.cend(),
                                            [&](qint64 t) { return t >= sends[i] && t < sends[i] + 60'000; });
        QVERIFY2(inWindow <= 2 * rate, qPrintable(QString::number(inWindow)));
    }
    // After the initial burst the steady state is exactly the rate per minute.
    const auto lastMinute
        = std::count_if(sends.cbegin(), sends.cend(), [&](qint64 t) { return t >= start + 9 * 60'000; });
    QCOMPARE(int(lastMinute), rate);
}

void TestTokenBucket::msUntilIsExactAndNeverEarly()
{
    ManualClock clock;
    TokenBucket bucket(clock, 7); // 60000/7 = 8571.43 ms per token
    QVERIFY(bucket.tryTake(7));
    QCOMPARE(bucket.msUntil(0), 0);
    const qint64 wait = bucket.msUntil(2);
    QCOMPARE(wait, 17'143); // ceil(2 * 60000 / 7)
    clock.advanceMs(wait - 1);
    QVERIFY(!bucket.canTake(2));
    clock.advanceMs(1);
    QVERIFY(bucket.canTake(2));
    QCOMPARE(bucket.msUntil(2), 0);
}

void TestTokenBucket::oversizedMessageGoesWhenFullThenRepays()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10);
    QVERIFY(bucket.tryTake(1));
    // 15 segments can never fit a 10-token bucket: it must wait for a full bucket, not forever.
    QVERIFY(!bucket.canTake(15));
    QCOMPARE(bucket.msUntil(15), 6'000);
    clock.advanceMs(6'000);
    QVERIFY(bucket.tryTake(15));
    QCOMPARE(bucket.available(), 0);
    // The debt of 5 is repaid before anything else goes: 5 + 1 tokens = 36 s for one segment.
    QCOMPARE(bucket.msUntil(1), 36'000);
    clock.advanceMs(35'999);
    QVERIFY(!bucket.tryTake(1));
    clock.advanceMs(1);
    QVERIFY(bucket.tryTake(1));
}

void TestTokenBucket::unlimited()
{
    ManualClock clock;
    TokenBucket bucket(clock, 0);
    QVERIFY(bucket.isUnlimited());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(bucket.tryTake(10));
    QCOMPARE(bucket.msUntil(1'000'000), 0);
    // Setting a limit later starts full, like a new device.
    bucket.setRatePerMinute(5);
    QCOMPARE(bucket.available(), 5);
}

void TestTokenBucket::restoreAfterRestart()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10);
    bucket.restore(8);
    QCOMPARE(bucket.available(), 2);
    QVERIFY(!bucket.tryTake(3));
    bucket.restore(12); // an oversized message went out just before the crash
    QCOMPARE(bucket.available(), 0);
    QCOMPARE(bucket.msUntil(1), 18'000);
}

void TestTokenBucket::giveBackAndLowerLimit()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10);
    QVERIFY(bucket.tryTake(10));
    bucket.giveBack(3);
    QCOMPARE(bucket.available(), 3);
    bucket.giveBack(100);
    QCOMPARE(bucket.available(), 10); // never above capacity
    bucket.setRatePerMinute(4);
    QCOMPARE(bucket.available(), 4);
    QVERIFY(bucket.tryTake(4));
    QCOMPARE(bucket.msUntil(1), 15'000);
}

void TestTokenBucket::clockSteppingBackDoesNotDrain()
{
    ManualClock clock;
    TokenBucket bucket(clock, 10);
    QVERIFY(bucket.tryTake(5));
    clock.advanceMs(-3'600'000);
    QCOMPARE(bucket.available(), 5);
    clock.advanceMs(6'000);
    QCOMPARE(bucket.available(), 5); // still behind the last update: no refill, no drain
    QVERIFY(bucket.tryTake(5)); // and it carries on from the new time
    clock.advanceMs(6'000);
    QCOMPARE(bucket.available(), 1);
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
