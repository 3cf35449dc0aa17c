// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"
#include "clock.h"
#include "devicerouter.h"
#include "ratebudget.h"

#include <QTest>

using smsdesk::CircuitBreaker;
using smsdesk::DeviceCandidate;
using smsdesk::DeviceRouter;
using smsdesk::ManualClock;
using smsdesk::RateBudget;
using smsdesk::RouteDecision;
using smsdesk::RouteRequest;
using Outcome = smsdesk::RouteDecision::Outcome;
using Via = smsdesk::RouteDecision::Via;

namespace {

// A healthy phone with `leftToday` segments left and a full minute bucket.
DeviceCandidate phone(qint64 id, int leftToday = 100)
{
    DeviceCandidate c;
    c.id = id;
    c.leftToday = leftToday;
    c.availableNow = 10;
    return c;
}

DeviceCandidate atLimit(qint64 id, qint64 msUntilBudget, int leftToday = 100)
{
    DeviceCandidate c = phone(id, leftToday);
    c.budgetAvailable = false;
    c.availableNow = 0;
    c.msUntilBudget = msUntilBudget;
    return c;
}

DeviceCandidate failing(qint64 id, qint64 msUntilRetry)
{
    DeviceCandidate c = phone(id);
    c.breakerAllows = false;
    c.msUntilBreakerRetry = msUntilRetry;
    return c;
}

DeviceCandidate disabled(qint64 id)
{
    DeviceCandidate c = phone(id);
    c.enabled = false;
    return c;
}

DeviceCandidate paused(qint64 id)
{
    DeviceCandidate c = phone(id);
    c.paused = true;
    return c;
}

RouteRequest request(qint64 explicitId = 0, qint64 stickyId = 0, QSet<qint64> exclude = {})
{
    return RouteRequest { explicitId, stickyId, std::move(exclude) };
}

} // namespace

// Which phone sends a message (DESIGN §4), and why not when none can.
class TestDeviceRouter final : public QObject
{
    Q_OBJECT

private slots:
    void mostBudgetLeftWins();
    void tiesBrokenByAvailableNowThenId();
    void orderOfCandidatesDoesNotMatter();
    void explicitBeatsStickyAndBudget();
    void explicitDeviceIsNeverReplaced_data();
    void explicitDeviceIsNeverReplaced();
    void stickyPreferredWhenUsable();
    void stickyFailsOverWhenUnusable_data();
    void stickyFailsOverWhenUnusable();
    void excludedDeviceIsSkipped();
    void nothingCanSendNow_data();
    void nothingCanSendNow();
    void candidateFromBreakerAndBudget();
    void formatWait();
};

void TestDeviceRouter::mostBudgetLeftWins()
{
    const RouteDecision d = DeviceRouter::route(request(), { phone(1, 40), phone(2, 90), phone(3, 60) });
    QVERIFY(d.routed());
    QCOMPARE(d.deviceId, 2);
    QCOMPARE(d.via, Via::MostBudget);
    QCOMPARE(d.reason, QStringLiteral("device 2 has the most budget left"));
}

void TestDeviceRouter::tiesBrokenByAvailableNowThenId()
{
    DeviceCandidate a = phone(5, RateBudget::kUnlimited);
    DeviceCandidate b = phone(3, RateBudget::kUnlimited);
    DeviceCandidate c = phone(4, RateBudget::kUnlimited);
    QCOMPARE(DeviceRouter::route(request(), { a, b, c }).deviceId, 3);
    // Unlimited days tie; the phone with more of its minute left spreads the load.
    a.availableNow = 10;
    b.availableNow = 2;
    c.availableNow = 10;
    QCOMPARE(DeviceRouter::route(request(), { a, b, c }).deviceId, 4);
}

void TestDeviceRouter::orderOfCandidatesDoesNotMatter()
{
    const QList<DeviceCandidate> list = { phone(7, 50), phone(2, 50), phone(9, 50), phone(4, 20) };
    QList<DeviceCandidate> reversed(list.crbegin(), list.crend());
    QCOMPARE(DeviceRouter::route(request(), list).deviceId, 2);
    QCOMPARE(DeviceRouter::route(request(), reversed).deviceId, 2);
}

void TestDeviceRouter::explicitBeatsStickyAndBudget()
{
    const RouteDecision d = DeviceRouter::route(request(1, 2), { phone(1, 5), phone(2, 90), phone(3, 99) });
    QVERIFY(d.routed());
    QCOMPARE(d.deviceId, 1);
    QCOMPARE(d.via, Via::Explicit);
}

void TestDeviceRouter::explicitDeviceIsNeverReplaced_data()
{
    QTest::addColumn<DeviceCandidate>("chosen");
    QTest::addColumn<QSet<qint64>>("exclude");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("retryInMs");
    QTest::addColumn<QString>("reason");

    QTest::newRow("disabled") << disabled(1) << QSet<qint64>() << int(Outcome::Blocked) << qint64(-1)
                              << QStringLiteral("explicit device 1 is disabled");
    QTest::newRow("paused") << paused(1) << QSet<qint64>() << int(Outcome::Blocked) << qint64(-1)
                            << QStringLiteral("explicit device 1 is paused");
    QTest::newRow("at its limit") << atLimit(1, 12'000) << QSet<qint64>() << int(Outcome::Wait)
                                  << qint64(12'000)
                                  << QStringLiteral("explicit device 1 is at its limit; next budget in 12 s");
    QTest::newRow("breaker open") << failing(1, 30'000) << QSet<qint64>() << int(Outcome::Wait)
                                  << qint64(30'000)
                                  << QStringLiteral("explicit device 1 is failing; next try in 30 s");
    QTest::newRow("just failed") << phone(1) << QSet<qint64> { 1 } << int(Outcome::Wait) << qint64(-1)
                                 << QStringLiteral("explicit device 1 just failed");
}

void TestDeviceRouter::explicitDeviceIsNeverReplaced()
{
    QFETCH(DeviceCandidate, chosen);
    QFETCH(QSet<qint64>, exclude);
    QFETCH(int, outcome);
    QFETCH(qint64, retryInMs);
    QFETCH(QString, reason);
    // Device 2 could send at once: it must still not be used.
    const RouteDecision d = DeviceRouter::route(request(1, 0, exclude), { chosen, phone(2, 1000) });
    QVERIFY(!d.routed());
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.deviceId, 1);
    QCOMPARE(d.retryInMs, retryInMs);
    QCOMPARE(d.reason, reason);
}

void TestDeviceRouter::stickyPreferredWhenUsable()
{
    const RouteDecision d = DeviceRouter::route(request(0, 3), { phone(1, 90), phone(3, 10) });
    QVERIFY(d.routed());
    QCOMPARE(d.deviceId, 3);
    QCOMPARE(d.via, Via::Sticky);
}

void TestDeviceRouter::stickyFailsOverWhenUnusable_data()
{
    QTest::addColumn<DeviceCandidate>("sticky");
    QTest::addColumn<QString>("note");
    QTest::newRow("at its limit") << atLimit(3, 12'000)
                                  << QStringLiteral("is at its limit; next budget in 12 s");
    QTest::newRow("failing") << failing(3, 30'000) << QStringLiteral("is failing; next try in 30 s");
    QTest::newRow("probe out") << failing(3, -1) << QStringLiteral("is failing; a test message is under way");
    QTest::newRow("disabled") << disabled(3) << QStringLiteral("is disabled");
    QTest::newRow("paused") << paused(3) << QStringLiteral("is paused");
}

void TestDeviceRouter::stickyFailsOverWhenUnusable()
{
    QFETCH(DeviceCandidate, sticky);
    QFETCH(QString, note);
    const RouteDecision d = DeviceRouter::route(request(0, 3), { phone(1, 20), sticky, phone(2, 50) });
    QVERIFY(d.routed());
    QCOMPARE(d.deviceId, 2);
    QCOMPARE(d.via, Via::MostBudget);
    QCOMPARE(d.reason, QStringLiteral("device 2 has the most budget left (device 3 %1)").arg(note));
}

void TestDeviceRouter::excludedDeviceIsSkipped()
{
    // Device 2 just failed this message: fail over to 1 even though 2 is sticky and richer.
    const RouteDecision d = DeviceRouter::route(request(0, 2, { 2 }), { phone(1, 10), phone(2, 90) });
    QVERIFY(d.routed());
    QCOMPARE(d.deviceId, 1);
    QVERIFY(d.reason.endsWith(QStringLiteral("(device 2 just failed)")));

    const RouteDecision gone = DeviceRouter::route(request(0, 8), { phone(1, 10) });
    QCOMPARE(gone.deviceId, 1);
    QVERIFY(gone.reason.endsWith(QStringLiteral("(device 8 no longer exists)")));
}

void TestDeviceRouter::nothingCanSendNow_data()
{
    QTest::addColumn<QList<DeviceCandidate>>("candidates");
    QTest::addColumn<QSet<qint64>>("exclude");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("retryInMs");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("idle");
    using Kind = smsdesk::DispatchStatus::Kind;

    QTest::newRow("no phones") << QList<DeviceCandidate>() << QSet<qint64>() << int(Outcome::Blocked)
                               << qint64(-1) << QStringLiteral("no phones set up") << int(Kind::NoPhones);
    QTest::newRow("all switched off")
        << QList<DeviceCandidate> { disabled(1), paused(2) } << QSet<qint64>() << int(Outcome::Blocked)
        << qint64(-1) << QStringLiteral("all phones are disabled or paused") << int(Kind::AllUnavailable);
    QTest::newRow("all at their limit")
        << QList<DeviceCandidate> { atLimit(1, 40'000), atLimit(2, 12'000), disabled(3) } << QSet<qint64>()
        << int(Outcome::Wait) << qint64(12'000)
        << QStringLiteral("all phones at their limit; next budget in 12 s") << int(Kind::AllAtLimit);
    QTest::newRow("all failing") << QList<DeviceCandidate> { failing(1, 90'000), failing(2, 300'000) }
                                 << QSet<qint64>() << int(Outcome::Wait) << qint64(90'000)
                                 << QStringLiteral("all phones are failing; next try in 2 min")
                                 << int(Kind::AllFailing);
    QTest::newRow("probes out") << QList<DeviceCandidate> { failing(1, -1) } << QSet<qint64>()
                                << int(Outcome::Wait) << qint64(-1)
                                << QStringLiteral("all phones are failing; test messages under way")
                                << int(Kind::AllProbing);
    QTest::newRow("mixed") << QList<DeviceCandidate> { failing(1, 5'000), atLimit(2, 8'000) }
                           << QSet<qint64>() << int(Outcome::Wait) << qint64(5'000)
                           << QStringLiteral("no phone can send now; next chance in 5 s")
                           << int(Kind::NoneNow);
    QTest::newRow("only the failed one")
        << QList<DeviceCandidate> { phone(1), disabled(2) } << QSet<qint64> { 1 } << int(Outcome::Wait)
        << qint64(-1) << QStringLiteral("no other phone to fail over to") << int(Kind::AllUnavailable);
    QTest::newRow("daily limit reached")
        << QList<DeviceCandidate> { atLimit(1, 4 * 3'600'000 + 60'000, 0) } << QSet<qint64>()
        << int(Outcome::Wait) << qint64(4 * 3'600'000 + 60'000)
        << QStringLiteral("all phones at their limit; next budget in 4 h 1 min") << int(Kind::AllAtLimit);
}

void TestDeviceRouter::nothingCanSendNow()
{
    QFETCH(QList<DeviceCandidate>, candidates);
    QFETCH(QSet<qint64>, exclude);
    QFETCH(int, outcome);
    QFETCH(qint64, retryInMs);
    QFETCH(QString, reason);
    QFETCH(int, idle);
    const RouteDecision d = DeviceRouter::route(request(0, 0, exclude), candidates);
    QCOMPARE(int(d.idle), idle);
    QVERIFY(!d.routed());
    QCOMPARE(d.deviceId, 0);
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.retryInMs, retryInMs);
    QCOMPARE(d.reason, reason);
}

void TestDeviceRouter::candidateFromBreakerAndBudget()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    RateBudget budget(clock, { 10, 100 }, QTimeZone::utc());
    QVERIFY(budget.tryTake(9));

    DeviceCandidate c = DeviceCandidate::from(4, true, false, breaker, budget, 2);
    QCOMPARE(c.id, 4);
    QVERIFY(c.breakerAllows);
    QVERIFY(!c.budgetAvailable);
    QCOMPARE(c.msUntilBudget, 60'000); // the nine leave the sliding minute together
    QCOMPARE(c.availableNow, 1);
    QCOMPARE(c.leftToday, 91);
    QVERIFY(DeviceCandidate::from(4, true, false, breaker, budget, 1).budgetAvailable);

    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    c = DeviceCandidate::from(4, true, false, breaker, budget, 1);
    QVERIFY(!c.breakerAllows);
    QCOMPARE(c.msUntilBreakerRetry, 30'000);
    clock.advanceMs(30'000);
    QVERIFY(breaker.allowRequest()); // the probe is out
    c = DeviceCandidate::from(4, true, false, breaker, budget, 1);
    QVERIFY(!c.breakerAllows);
    QCOMPARE(c.msUntilBreakerRetry, -1);
}

void TestDeviceRouter::formatWait()
{
    QCOMPARE(DeviceRouter::formatWait(1), QStringLiteral("1 s"));
    QCOMPARE(DeviceRouter::formatWait(12'000), QStringLiteral("12 s"));
    QCOMPARE(DeviceRouter::formatWait(12'001), QStringLiteral("13 s"));
    QCOMPARE(DeviceRouter::formatWait(60'000), QStringLiteral("1 min"));
    QCOMPARE(DeviceRouter::formatWait(61'000), QStringLiteral("2 min"));
    QCOMPARE(DeviceRouter::formatWait(3'600'000), QStringLiteral("1 h 0 min"));
}

QTEST_GUILESS_MAIN(TestDeviceRouter)
#include "tst_devicerouter.moc"
