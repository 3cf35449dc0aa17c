// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "minutewindow.h"

#include <QTest>

#include <algorithm>

using smsdesk::ManualClock;
using smsdesk::MinuteWindow;

// A phone's per-minute allowance held in every sliding minute (issue 15, point 6): the
// token bucket it replaces let a phone send twice its rate across the edge of an idle minute.
class TestMinuteWindow final : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndFills();
    void sendsLeaveTheWindowAfterAMinute();
    void neverExceedsTheRateInAnySlidingMinute();
    void msUntilIsExactAndNeverEarly();
    void oversizedMessageGoesAloneIntoAnEmptyWindow();
    void unlimited();
    void restoreAfterRestart();
    void giveBackAndLowerLimit();
    void clockSteppingBackDoesNotBlockForever();
};

void TestMinuteWindow::startsEmptyAndFills()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    QCOMPARE(window.available(), 10);
    QVERIFY(window.tryTake(4));
    QVERIFY(window.tryTake(6));
    QCOMPARE(window.available(), 0);
    QVERIFY(!window.canTake(1));
    QVERIFY(!window.tryTake(1));
}

void TestMinuteWindow::sendsLeaveTheWindowAfterAMinute()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    QVERIFY(window.tryTake(6));
    clock.advanceMs(30'000);
    QVERIFY(window.tryTake(4));
    clock.advanceMs(29'999);
    QCOMPARE(window.available(), 0);
    clock.advanceMs(1); // the first six are a minute old
    QCOMPARE(window.available(), 6);
    clock.advanceMs(30'000);
    QCOMPARE(window.available(), 10);
}

void TestMinuteWindow::neverExceedsTheRateInAnySlidingMinute()
{
    // A greedy sender that idles for a minute and a half, then takes a segment whenever it
    // can, in 100 ms steps for 10 minutes: no 60 s window anywhere holds more than the rate —
    // the bucket allowed its capacity plus a minute's refill (twice the rate) after the idle time.
    ManualClock clock;
    const int rate = 12;
    MinuteWindow window(clock, rate);
    QList<qint64> sends;
    clock.advanceMs(90'000);
    const qint64 start = clock.nowMs();
    while (clock.nowMs() - start < 10 * 60'000) {
        while (window.tryTake(1))
            sends.append(clock.nowMs());
        clock.advanceMs(100);
    }
    QCOMPARE(sends.size(), 10 * rate);
    for (int i = 0; i < sends.size(); ++i) {
        const auto inWindow = std::count_if(sends.cbegin(), sends.cend(),
                                            [&](qint64 t) { return t >= sends[i] && t < sends[i] + 60'000; });
        QVERIFY2(inWindow <= rate, qPrintable(QString::number(inWindow)));
    }
}

void TestMinuteWindow::msUntilIsExactAndNeverEarly()
{
    ManualClock clock;
    MinuteWindow window(clock, 7);
    QVERIFY(window.tryTake(3));
    clock.advanceMs(10'000);
    QVERIFY(window.tryTake(4));
    QCOMPARE(window.msUntil(0), 0);
    QCOMPARE(window.msUntil(2), 50'000); // the first three leave at 60 s
    QCOMPARE(window.msUntil(5), 60'000); // then the next four, 10 s later
    clock.advanceMs(49'999);
    QVERIFY(!window.canTake(2));
    clock.advanceMs(1);
    QVERIFY(window.canTake(2));
    QVERIFY(window.canTake(3));
    QVERIFY(!window.canTake(4));
    QCOMPARE(window.msUntil(2), 0);
}

void TestMinuteWindow::oversizedMessageGoesAloneIntoAnEmptyWindow()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    QVERIFY(window.tryTake(1));
    // 15 segments can never fit 10 a minute: it waits for an empty window, not forever.
    QVERIFY(!window.canTake(15));
    QCOMPARE(window.msUntil(15), 60'000);
    clock.advanceMs(60'000);
    QVERIFY(window.tryTake(15));
    QCOMPARE(window.available(), 0);
    // Nothing else goes until it has left the window.
    QCOMPARE(window.msUntil(1), 60'000);
    clock.advanceMs(59'999);
    QVERIFY(!window.tryTake(1));
    clock.advanceMs(1);
    QVERIFY(window.tryTake(1));
}

void TestMinuteWindow::unlimited()
{
    ManualClock clock;
    MinuteWindow window(clock, 0);
    QVERIFY(window.isUnlimited());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(window.tryTake(10));
    QCOMPARE(window.msUntil(1'000'000), 0);
    // A limit set later starts with nothing counted, like a new device.
    window.setRatePerMinute(5);
    QCOMPARE(window.available(), 5);
}

void TestMinuteWindow::restoreAfterRestart()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    window.restore(8);
    QCOMPARE(window.available(), 2);
    QVERIFY(!window.tryTake(3));
    window.restore(12); // an oversized message went out just before the crash
    QCOMPARE(window.available(), 0);
    QCOMPARE(window.msUntil(1), 60'000);
}

void TestMinuteWindow::giveBackAndLowerLimit()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    QVERIFY(window.tryTake(6));
    clock.advanceMs(1'000);
    QVERIFY(window.tryTake(4));
    window.giveBack(3); // the newest send never reached the phone
    QCOMPARE(window.available(), 3);
    window.giveBack(100);
    QCOMPARE(window.available(), 10); // never more than nothing sent
    QVERIFY(window.tryTake(4));
    window.setRatePerMinute(4);
    QCOMPARE(window.available(), 0);
    QCOMPARE(window.msUntil(1), 60'000);
}

void TestMinuteWindow::clockSteppingBackDoesNotBlockForever()
{
    ManualClock clock;
    MinuteWindow window(clock, 10);
    QVERIFY(window.tryTake(10));
    clock.advanceMs(-3'600'000);
    QCOMPARE(window.available(), 0); // counted as sent now, not an hour ahead
    QCOMPARE(window.msUntil(1), 60'000);
    clock.advanceMs(60'000);
    QCOMPARE(window.available(), 10);
}

QTEST_GUILESS_MAIN(TestMinuteWindow)
#include "tst_minutewindow.moc"
