// SPDX-License-Identifier: GPL-3.0-or-later
// A phone that goes offline: its messages go out through another phone, its circuit
// breaker opens (with an alert) and a later probe brings it back (issue 3, points 3, 6).
#include "clock.h"
#include "dispatchfixture.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDispatchFailover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppedPhoneFailsOver();
    void failingPhoneFailsOverAndComesBack();
    void explicitDeviceIsNeverReplaced();
};

// The first phone's gateway is gone (connection refused): every message still goes out,
// through the second phone, each after one failed try at most.
void TestDispatchFailover::stoppedPhoneFailsOver()
{
    GatewaySimulator simA({}, SystemClock::instance());
    GatewaySimulator simB({}, SystemClock::instance());
    QVERIFY(simA.listen());
    QVERIFY(simB.listen());
    const QUrl urlA = simA.baseUrl();
    simA.stop();
    DispatchFixture fx;
    const Device a = fx.addDevice(QStringLiteral("A"), urlA); // equal budgets: A wins ties
    const Device b = fx.addDevice(QStringLiteral("B"), simB.baseUrl());
    QVERIFY(fx.start());
    QSignalSpy alerts(&fx.stack(), &DispatchStack::deviceAlert);
    const QList<Message> queued = fx.enqueue(30);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 30; }, 1'000, 60));
    for (const Message &q : queued) {
        const Message m = fx.message(q.id);
        QCOMPARE(m.sentDeviceId, b.id);
        QVERIFY(m.attempts <= 2);
    }
    QCOMPARE(simB.stats().accepted, 30);
    QCOMPARE(simB.stats().duplicates, 0);
    QVERIFY(!alerts.isEmpty()); // "A is not answering"
    QCOMPARE(alerts.first().at(0).toLongLong(), a.id);
}

void TestDispatchFailover::failingPhoneFailsOverAndComesBack()
{
    GatewaySimulator simA({}, SystemClock::instance());
    GatewaySimulator simB({}, SystemClock::instance());
    QVERIFY(simA.listen());
    QVERIFY(simB.listen());
    simA.setFaultRates(1.0, 0, 0); // every send answered 503
    DispatchFixture fx;
    const Device a = fx.addDevice(QStringLiteral("A"), simA.baseUrl());
    const Device b = fx.addDevice(QStringLiteral("B"), simB.baseUrl());
    QVERIFY(fx.start());
    fx.enqueue(40);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 40; }, 1'000, 60));
    QCOMPARE(simB.stats().accepted, 40);
    QCOMPARE(simA.stats().accepted, 0);
    // The first burst was on the wire before A's first failure came back; after it, the
    // open breaker keeps new messages away from A.
    const qint64 requestsToA = simA.stats().requests;
    fx.enqueue(20);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 60; }, 1'000, 20));
    QCOMPARE(simA.stats().requests, requestsToA);

    // A recovers; after the breaker's cooldown a probe finds it, and it sends again.
    simA.setFaultRates(0, 0, 0);
    simB.stop();
    fx.clock().advanceMs(31'000);
    fx.enqueue(10);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 70; }, 1'000, 60));
    QCOMPARE(simA.stats().accepted, 10);
    Q_UNUSED(a);
    Q_UNUSED(b);
}

// A message for an explicit phone waits for it rather than going out with another number.
void TestDispatchFailover::explicitDeviceIsNeverReplaced()
{
    GatewaySimulator simA({}, SystemClock::instance());
    GatewaySimulator simB({}, SystemClock::instance());
    QVERIFY(simA.listen());
    QVERIFY(simB.listen());
    simA.setFaultRates(1.0, 0, 0);
    DispatchFixture fx;
    const Device a = fx.addDevice(QStringLiteral("A"), simA.baseUrl());
    fx.addDevice(QStringLiteral("B"), simB.baseUrl());
    QVERIFY(fx.start());
    const QList<Message> queued = fx.enqueue(1, QStringLiteral("from A only"), a.id);
    QVERIFY(fx.advanceUntil([&] { return fx.message(queued.first().id).attempts >= 2; }, 1'000, 30));
    QCOMPARE(simB.stats().requests, 0);
    simA.setFaultRates(0, 0, 0);
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 1; }, 5'000, 30));
    QCOMPARE(fx.message(queued.first().id).sentDeviceId, a.id);
}

QTEST_GUILESS_MAIN(TestDispatchFailover)
#include "tst_dispatchfailover.moc"
