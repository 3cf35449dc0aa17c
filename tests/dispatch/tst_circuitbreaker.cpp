// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"
#include "clock.h"

#include <QTest>

using smsdesk::CircuitBreaker;
using smsdesk::ManualClock;
using State = smsdesk::CircuitBreaker::State;

// A failing phone stops getting messages, then gets exactly one test message at a time.
class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterConsecutiveFailures();
    void successResetsTheCount();
    void halfOpenLetsExactlyOneProbe();
    void probeSuccessCloses();
    void probeFailureDoublesCooldownUpToCap();
    void releasedProbeCanBeRetaken();
    void lateFailureWhileOpenDoesNotExtend();
    void customSettings();
};

void TestCircuitBreaker::opensAfterConsecutiveFailures()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(breaker.allowRequest());
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
    }
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.consecutiveFailures(), 5);
    QVERIFY(!breaker.wouldAllow());
    QVERIFY(!breaker.allowRequest());
    QCOMPARE(breaker.msUntilRetry(), 30'000);
    clock.advanceMs(12'000);
    QCOMPARE(breaker.msUntilRetry(), 18'000);
}

void TestCircuitBreaker::successResetsTheCount()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 4; ++i)
        breaker.recordFailure();
    breaker.recordSuccess();
    for (int i = 0; i < 4; ++i)
        breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Closed); // 4 + 4 failures, but never 5 in a row
    QVERIFY(breaker.allowRequest());
}

void TestCircuitBreaker::halfOpenLetsExactlyOneProbe()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(29'999);
    QVERIFY(!breaker.wouldAllow());
    clock.advanceMs(1);
    QCOMPARE(breaker.state(), State::HalfOpen);
    QCOMPARE(breaker.msUntilRetry(), 0);
    QVERIFY(breaker.wouldAllow());
    QVERIFY(breaker.wouldAllow()); // asking twice takes nothing
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.wouldAllow());
    QVERIFY(!breaker.allowRequest());
    clock.advanceMs(3'600'000);
    QVERIFY(!breaker.allowRequest()); // still waiting for the probe's outcome
    QCOMPARE(breaker.state(), State::HalfOpen);
}

void TestCircuitBreaker::probeSuccessCloses()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(30'000);
    QVERIFY(breaker.allowRequest());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
    QVERIFY(breaker.allowRequest());
    QVERIFY(breaker.allowRequest());
    // And the cooldown starts over from the base after the next outage.
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    QCOMPARE(breaker.msUntilRetry(), 30'000);
}

void TestCircuitBreaker::probeFailureDoublesCooldownUpToCap()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    const QList<qint64> expected = { 60'000, 120'000, 240'000, 480'000, 600'000, 600'000 };
    for (const qint64 cooldown : expected) {
        clock.advanceMs(breaker.msUntilRetry());
        QVERIFY(breaker.allowRequest());
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.msUntilRetry(), cooldown);
        QCOMPARE(breaker.currentCooldownMs(), cooldown);
    }
}

void TestCircuitBreaker::releasedProbeCanBeRetaken()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(30'000);
    QVERIFY(breaker.allowRequest());
    breaker.releaseProbe(); // routed, but the budget said no: nothing was sent
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
}

void TestCircuitBreaker::lateFailureWhileOpenDoesNotExtend()
{
    ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    clock.advanceMs(10'000);
    breaker.recordFailure(); // reply to a request sent before the breaker opened
    QCOMPARE(breaker.msUntilRetry(), 20'000);
    QCOMPARE(breaker.currentCooldownMs(), 30'000);
}

void TestCircuitBreaker::customSettings()
{
    ManualClock clock;
    CircuitBreaker breaker(clock, { 2, 1'000, 3'000 });
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Closed);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(CircuitBreaker::stateName(breaker.state()), QStringLiteral("open"));
    clock.advanceMs(1'000);
    QCOMPARE(CircuitBreaker::stateName(breaker.state()), QStringLiteral("half-open"));
    QVERIFY(breaker.allowRequest());
    breaker.recordFailure();
    QCOMPARE(breaker.msUntilRetry(), 2'000);
    clock.advanceMs(2'000);
    QVERIFY(breaker.allowRequest());
    breaker.recordFailure();
    QCOMPARE(breaker.msUntilRetry(), 3'000); // capped
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
