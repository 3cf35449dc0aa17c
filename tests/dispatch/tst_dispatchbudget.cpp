// SPDX-License-Identifier: GPL-3.0-or-later
// Per-phone budgets in SMS segments, measured where it matters: at the gateway (issue 3,
// points 3 and 6). The simulator stamps each accepted send with the same manual clock.
#include "dispatchfixture.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

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

// The business's time zone, given to the dispatcher (not the machine's): daily limits
// start again at its midnight.
const QTimeZone kZone("Pacific/Auckland");

bool startInZone(DispatchFixture &fx)
{
    return fx.start([](DispatchStack::Options &o) { o.timeZone = kZone; });
}

qint64 nextLocalMidnight(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, kZone);
    return QDateTime(now.date().addDays(1), QTime(0, 0), kZone).toMSecsSinceEpoch();
}

// Every state the dispatcher reports, with the clock time it came at. Declared after the
// fixture, so it stops listening before the fixture stops the dispatcher.
class StatusLog final
{
    Q_DISABLE_COPY_MOVE(StatusLog)

public:
    struct Entry
    {
        DispatchStatus status;
        qint64 atMs = 0;
    };
    QList<Entry> entries;

    StatusLog(DispatchStack &dispatcher, const Clock &clock)
        : m_connection(QObject::connect(&dispatcher, &DispatchStack::dispatchStatusChanged, &dispatcher,
                                        [this, &clock](const DispatchStatus &status) {
                                            entries.append({ status, clock.nowMs() });
                                        }))
    { }
    ~StatusLog() { QObject::disconnect(m_connection); }

    DispatchStatus::Kind last() const
    {
        return entries.isEmpty() ? DispatchStatus::Kind::Unknown : entries.last().status.kind;
    }
    int firstOf(DispatchStatus::Kind kind) const
    {
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).status.kind == kind)
                return i;
        }
        return -1;
    }
    QString describe() const
    {
        QStringList out;
        for (const Entry &e : entries)
            out.append(QStringLiteral("%1@%2").arg(int(e.status.kind)).arg(e.atMs));
        return out.join(QLatin1Char(' '));
    }

private:
    QMetaObject::Connection m_connection;
};

} // namespace

class TestDispatchBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetHoldsAtTheGateway();
    void perMinuteLimitIsThrottledNotPaused();
    void usedUpDailyLimitIsPaused();
};

// 10 segments a minute, 25 a day, two-segment messages. RateBudget's minute is a sliding
// window (MinuteWindow): no 60 s window holds more than 10 segments, the first minute
// included, and no day more than 25, also across a restart of the dispatcher.
void TestDispatchBudget::budgetHoldsAtTheGateway()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 10, 25);
    QVERIFY(startInZone(fx));
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
    const int busiest = busiestWindow(log, dayOne, end, 60'000);
    QVERIFY2(busiest <= 10, qPrintable(QString::number(busiest))); // every sliding minute
    // Windows that start after the first minute of each day: the steady rate.
    const int steadyDayOne = busiestWindow(log, firstSend + 60'000, midnight, 60'000);
    QVERIFY2(steadyDayOne <= 10, qPrintable(QString::number(steadyDayOne)));
    const int steadyDayTwo = busiestWindow(log, midnight + 61'000, end, 60'000);
    QVERIFY2(steadyDayTwo <= 10, qPrintable(QString::number(steadyDayTwo)));
    QCOMPARE(sim.stats().duplicates, 0);
}

// 3 a minute and 9 queued: 3 at once, and 3 more each time the earlier ones leave the
// sliding minute. The state must say "throttled" once the budget is used and stay so while
// the rest go out (not flip to Sending at each opening), and turn to Sending again a
// while after the queue is empty, by the dispatcher's own timer.
void TestDispatchBudget::perMinuteLimitIsThrottledNotPaused()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 3, 0);
    QVERIFY(startInZone(fx));
    StatusLog log(fx.stack(), fx.clock());
    fx.enqueue(9);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 9; }, 1'000, 300));

    const QList<sim::AcceptRecord> accepted = sim.acceptLog();
    QCOMPARE(accepted.size(), 9);
    const qint64 budgetUsedAt = accepted.at(2).atMs; // the burst
    const qint64 lastSentAt = accepted.last().atMs;
    QVERIFY2(lastSentAt - budgetUsedAt >= 100'000, qPrintable(QString::number(lastSentAt - budgetUsedAt)));
    const int throttled = log.firstOf(DispatchStatus::Kind::Throttled);
    QVERIFY2(throttled >= 0, qPrintable(log.describe()));
    QVERIFY2(log.entries.at(throttled).atMs < accepted.at(3).atMs, qPrintable(log.describe()));
    for (int i = throttled; i < log.entries.size(); ++i) {
        const DispatchStatus &status = log.entries.at(i).status;
        QVERIFY2(status.kind == DispatchStatus::Kind::Throttled, qPrintable(log.describe()));
        QVERIFY(status.dispatching());
        QVERIFY(!status.paused());
    }

    // The queue is empty and nothing wakes the dispatcher: its hold timer ends Throttled,
    // but only once the clock says a minute has passed since the phone was at its limit.
    auto *hold = fx.stack().findChild<QTimer *>(QStringLiteral("throttleHold"));
    QVERIFY(hold);
    QVERIFY(hold->isActive());
    hold->start(0); // fire it now, before the manual clock moved
    QTest::qWait(20);
    QCOMPARE(log.last(), DispatchStatus::Kind::Throttled);
    QVERIFY(hold->isActive()); // armed again for the rest of the hold
    fx.clock().advanceMs(2 * 60'000);
    hold->start(0);
    QTRY_COMPARE(log.last(), DispatchStatus::Kind::Sending);
    QVERIFY(!hold->isActive());
    QCOMPARE(sim.stats().duplicates, 0);
}

// 2 a minute but 4 a day: while the day's budget lasts the phone is throttled; once it is
// used up nothing goes until midnight, which is a pause, not a pace.
void TestDispatchBudget::usedUpDailyLimitIsPaused()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 2, 4);
    QVERIFY(startInZone(fx));
    StatusLog log(fx.stack(), fx.clock());
    fx.enqueue(6);
    const qint64 midnight = nextLocalMidnight(fx.clock().nowMs());
    QVERIFY(fx.advance(1'000, 150));
    QCOMPARE(fx.counts().sent, 4);
    QCOMPARE(fx.counts().queued, 2);

    QVERIFY2(log.firstOf(DispatchStatus::Kind::Throttled) >= 0, qPrintable(log.describe()));
    QVERIFY(!log.entries.isEmpty());
    const DispatchStatus last = log.entries.last().status;
    QVERIFY2(last.kind == DispatchStatus::Kind::AllAtLimit, qPrintable(log.describe()));
    QVERIFY(last.paused());
    QVERIFY(!last.dispatching());
    QCOMPARE(last.resumeAtMs, midnight);
    // Waiting longer changes nothing: no timer turns a daily limit into Throttled or Sending.
    QVERIFY(fx.advance(10'000, 30));
    QCOMPARE(log.last(), DispatchStatus::Kind::AllAtLimit);
    QCOMPARE(fx.counts().sent, 4);
}

QTEST_GUILESS_MAIN(TestDispatchBudget)
#include "tst_dispatchbudget.moc"
