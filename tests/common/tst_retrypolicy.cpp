// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy (DESIGN §3): exponential ceilings, full jitter from the injected source, and
// never less than the gateway's Retry-After.
#include "retrypolicy.h"

#include <QTest>

using namespace smsdesk;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingsGrowAndStopAtTheCap();
    void jitterComesFromTheSource();
    void retryAfterIsAFloor();
    void seededSourcesAreIndependent();
};

void TestRetryPolicy::ceilingsGrowAndStopAtTheCap()
{
    const RetryPolicy policy(RetryPolicy::Settings { 1'000, 2.0, 10'000, 8 });
    QCOMPARE(policy.ceilingMs(1), 1'000);
    QCOMPARE(policy.ceilingMs(2), 2'000);
    QCOMPARE(policy.ceilingMs(4), 8'000);
    QCOMPARE(policy.ceilingMs(5), 10'000);
    QCOMPARE(policy.ceilingMs(30), 10'000);
    QVERIFY(policy.attemptsLeft(7));
    QVERIFY(!policy.attemptsLeft(8));
    // Without a source: no jitter, every wait is (a hair under) the ceiling.
    QVERIFY(policy.delayMs(3) >= 3'999 && policy.delayMs(3) <= 4'000);
}

void TestRetryPolicy::jitterComesFromTheSource()
{
    double next = 0.0;
    const RetryPolicy policy(RetryPolicy::Settings { 1'000, 2.0, 60'000, 8 }, [&next] { return next; });
    QCOMPARE(policy.delayMs(3), 0);
    next = 0.5;
    QCOMPARE(policy.delayMs(3), 2'000);
    next = 0.25;
    QCOMPARE(policy.delayMs(1), 250);
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    const RetryPolicy policy(RetryPolicy::Settings { 1'000, 2.0, 60'000, 8 }, [] { return 0.1; });
    QCOMPARE(policy.delayMs(1, 30'000), 30'000);
    QCOMPARE(policy.delayMs(4, 10), 800);
    QCOMPARE(policy.delayMs(4, -1), 800);
}

void TestRetryPolicy::seededSourcesAreIndependent()
{
    RetryPolicy::RandomSource a = RetryPolicy::seededRandom();
    RetryPolicy::RandomSource b = RetryPolicy::seededRandom();
    bool differ = false;
    for (int i = 0; i < 64; ++i) {
        const double x = a();
        const double y = b();
        QVERIFY(x >= 0.0 && x < 1.0);
        QVERIFY(y >= 0.0 && y < 1.0);
        differ = differ || x != y;
    }
    QVERIFY(differ);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
