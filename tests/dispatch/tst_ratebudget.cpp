// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "ratebudget.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using smsdesk::ManualClock;
using smsdesk::RateBudget;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

qint64 berlinMs(int y, int m, int d, int h, int min, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), kBerlin).toMSecsSinceEpoch();
}

} // namespace

// A phone's budget as its owner reads it: per minute, and "left today" until local midnight.
class TestRateBudget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void perMinuteAndPerDayTogether();
    void leftTodayResetsAtLocalMidnight();
    void dstDayIsShorter();
    void waitsForTheLaterOfMinuteAndDay();
    void messageBiggerThanDailyLimitStillGoes();
    void unlimitedDay();
    void restoreAfterRestart();
    void giveBack();
    void clockSteppingBackOverMidnightKeepsCount();
};

void TestRateBudget::initTestCase()
{
    QVERIFY2(kBerlin.isValid(), "tzdata missing: install the tzdata package");
}

void TestRateBudget::perMinuteAndPerDayTogether()
{
    ManualClock clock(berlinMs(2026, 3, 10, 12, 0));
    RateBudget budget(clock, { 10, 25 }, kBerlin);
    QCOMPARE(budget.leftToday(), 25);
    QCOMPARE(budget.availableNow(), 10);
    QVERIFY(budget.tryTake(6));
    QVERIFY(!budget.tryTake(6)); // only 4 left this minute
    QCOMPARE(budget.leftToday(), 19);
    QCOMPARE(budget.sentToday(), 6);
    // Drain the day at the minute rate.
    int sent = 6;
    while (sent < 25) {
        if (budget.tryTake(1))
            ++sent;
        else
            clock.advanceMs(budget.msUntilAvailable(1));
    }
    QCOMPARE(budget.leftToday(), 0);
    clock.advanceMs(60'000);
    QCOMPARE(budget.availableNow(), 0); // the minute is free again, the day is not
    QVERIFY(!budget.canTake(1));
}

void TestRateBudget::leftTodayResetsAtLocalMidnight()
{
    ManualClock clock(berlinMs(2026, 3, 10, 23, 59, 0));
    RateBudget budget(clock, { 0, 5 }, kBerlin);
    QCOMPARE(budget.dayStartMs(), berlinMs(2026, 3, 10, 0, 0));
    QVERIFY(budget.tryTake(5));
    QVERIFY(!budget.canTake(1));
    QCOMPARE(budget.msUntilAvailable(1), 60'000);
    clock.setNowMs(berlinMs(2026, 3, 10, 23, 59, 59, 999));
    QCOMPARE(budget.leftToday(), 0);
    clock.advanceMs(1); // 00:00 Berlin, 23:00 UTC: local time decides, not UTC
    QCOMPARE(budget.leftToday(), 5);
    QCOMPARE(budget.sentToday(), 0);
    QCOMPARE(budget.dayStartMs(), berlinMs(2026, 3, 11, 0, 0));
    QVERIFY(budget.tryTake(1));
}

void TestRateBudget::dstDayIsShorter()
{
    // 2026-03-29 has 23 hours in Berlin; the next day starts at 22:00 UTC, not 23:00.
    ManualClock clock(berlinMs(2026, 3, 29, 1, 0));
    RateBudget budget(clock, { 0, 1 }, kBerlin);
    QVERIFY(budget.tryTake(1));
    const qint64 wait = budget.msUntilAvailable(1);
    QCOMPARE(clock.nowMs() + wait, berlinMs(2026, 3, 30, 0, 0));
    QCOMPARE(wait, 22 * 3'600'000LL); // 01:00 CET → 00:00 CEST is 22 h
    clock.advanceMs(wait);
    QVERIFY(budget.tryTake(1));
}

void TestRateBudget::waitsForTheLaterOfMinuteAndDay()
{
    ManualClock clock(berlinMs(2026, 3, 10, 12, 0));
    RateBudget budget(clock, { 2, 100 }, kBerlin);
    QVERIFY(budget.tryTake(2));
    QCOMPARE(budget.msUntilAvailable(1), 60'000); // minute-bound: both sends leave the window at once
    QCOMPARE(budget.msUntilAvailable(0), 0);

    clock.setNowMs(berlinMs(2026, 3, 10, 23, 59, 50));
    budget.restore(2, 100);
    // Both: the day ends in 10 s, the minute's two sends leave the window in 60 s → 60 s.
    QCOMPARE(budget.msUntilAvailable(1), 60'000);
    budget.restore(0, 100);
    QCOMPARE(budget.msUntilAvailable(1), 10'000); // day-bound
}

void TestRateBudget::messageBiggerThanDailyLimitStillGoes()
{
    ManualClock clock(berlinMs(2026, 3, 10, 12, 0));
    RateBudget budget(clock, { 0, 3 }, kBerlin);
    QVERIFY(budget.tryTake(1));
    QVERIFY(!budget.canTake(4)); // not on a day already used...
    QVERIFY(budget.msUntilAvailable(4) > 0);
    clock.setNowMs(berlinMs(2026, 3, 11, 0, 0));
    QVERIFY(budget.tryTake(4)); // ...but alone at the start of a day, or it never would
    QCOMPARE(budget.leftToday(), 0);
    QVERIFY(!budget.canTake(1));
}

void TestRateBudget::unlimitedDay()
{
    ManualClock clock;
    RateBudget budget(clock, { 0, 0 }, QTimeZone::utc());
    QCOMPARE(budget.leftToday(), RateBudget::kUnlimited);
    QCOMPARE(budget.availableNow(), RateBudget::kUnlimited);
    for (int i = 0; i < 100; ++i)
        QVERIFY(budget.tryTake(10));
    QCOMPARE(budget.sentToday(), 1000); // still counted for the device page
    QCOMPARE(budget.msUntilAvailable(50), 0);
}

void TestRateBudget::restoreAfterRestart()
{
    ManualClock clock(berlinMs(2026, 3, 10, 12, 0));
    RateBudget budget(clock, { 10, 50 }, kBerlin);
    budget.restore(7, 48);
    QCOMPARE(budget.availableNow(), 2);
    QCOMPARE(budget.leftToday(), 2);
    QVERIFY(!budget.tryTake(3));
    QVERIFY(budget.tryTake(2));
    QCOMPARE(budget.leftToday(), 0);
}

void TestRateBudget::giveBack()
{
    ManualClock clock(berlinMs(2026, 3, 10, 12, 0));
    RateBudget budget(clock, { 10, 20 }, kBerlin);
    QVERIFY(budget.tryTake(4));
    budget.giveBack(4);
    QCOMPARE(budget.leftToday(), 20);
    QCOMPARE(budget.availableNow(), 10);
}

void TestRateBudget::clockSteppingBackOverMidnightKeepsCount()
{
    ManualClock clock(berlinMs(2026, 3, 11, 0, 0, 30));
    RateBudget budget(clock, { 0, 5 }, kBerlin);
    QVERIFY(budget.tryTake(5));
    clock.setNowMs(berlinMs(2026, 3, 10, 23, 59, 50)); // NTP step back
    QCOMPARE(budget.leftToday(), 0);
    QVERIFY(!budget.canTake(1));
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
