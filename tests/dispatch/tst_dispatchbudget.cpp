// SPDX-License-Identifier: GPL-3.0-or-later
// Per-phone budgets in SMS segments, measured where it matters: at the gateway (issue 3,
// points 3 and 6). The simulator stamps each accepted send with the same manual clock.
#include "dispatchfixture.h"

#include <QDateTime>
#include <QTimeZone>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

// Segments accepted in [fromMs, fromMs + windowMs).
int segmentsIn(const QList<sim::AcceptRecord> &log, qint64 fromMs, qint64 windowMs)
{
    int total = 0;
    for (const sim::AcceptRecord &r : log) {
        if (r.atMs >= fromMs && r.atMs < fromMs + windowMs)
            total += r.segments;
    }
    return total;
}

// The most segments in any sliding window starting at a send in [fromMs, toMs).
int busiestWindow(const QList<sim::AcceptRecord> &log, qint64 fromMs, qint64 toMs, qint64 windowMs)
{
    int most = 0;
    for (const sim::AcceptRecord &r : log) {
        if (r.atMs >= fromMs && r.atMs < toMs)
            most = std::max(most, segmentsIn(log, r.atMs, windowMs));
    }
    return most;
}

qint64 nextLocalMidnight(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::systemTimeZone());
    return QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

} // namespace

class TestDispatchBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetHoldsAtTheGateway();
};

// 10 segments a minute, 25 a day, two-segment messages. RateBudget's minute is a token
// bucket that starts full (a burst of 10, then one segment every 6 s), so the first
// minute may see up to 10 + 10; from then on no 60 s window holds more than 10, and no
// day more than 25, also across a restart of the dispatcher.
void TestDispatchBudget::budgetHoldsAtTheGateway()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 10, 25);
    QVERIFY(fx.start());
    const QString twoSegments(200, QLatin1Char('a')); // GSM-7: 200 > 160, so 2 × 153
    fx.enqueue(20, twoSegments, 0, 8, 2);
    const qint64 dayOne = fx.clock().nowMs();
    const qint64 midnight = nextLocalMidnight(dayOne);

    // Three minutes of day one: the day's 25 segments allow 12 messages (24 segments).
    QVERIFY(fx.advance(1'000, 180));
    QCOMPARE(fx.counts().sent, 12);
    // A restart restores the budget from the store: nothing more goes today.
    QVERIFY(fx.restart());
    QVERIFY(fx.advance(1'000, 60));
    QCOMPARE(fx.counts().sent, 12);

    // The next day the rest go out, still within the minute budget.
    fx.clock().setNowMs(midnight + 1'000);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 20; }, 1'000, 300));

    const QList<sim::AcceptRecord> log = sim.acceptLog();
    QCOMPARE(log.size(), 20);
    const qint64 firstSend = log.first().atMs;
    QVERIFY(segmentsIn(log, dayOne, midnight - dayOne) <= 25);
    QCOMPARE(segmentsIn(log, dayOne, midnight - dayOne), 24);
    const qint64 end = std::numeric_limits<qint64>::max() / 2;
    QVERIFY(busiestWindow(log, dayOne, end, 60'000) <= 20); // burst + refill
    // Windows that start after the first minute of each day: the steady rate.
    const int steadyDayOne = busiestWindow(log, firstSend + 60'000, midnight, 60'000);
    QVERIFY2(steadyDayOne <= 10, qPrintable(QString::number(steadyDayOne)));
    const int steadyDayTwo = busiestWindow(log, midnight + 61'000, end, 60'000);
    QVERIFY2(steadyDayTwo <= 10, qPrintable(QString::number(steadyDayTwo)));
    QCOMPARE(sim.stats().duplicates, 0);
}

QTEST_GUILESS_MAIN(TestDispatchBudget)
#include "tst_dispatchbudget.moc"
