// SPDX-License-Identifier: GPL-3.0-or-later
// RouteMemory: the sticky sender (from the store, cached) and the failover hints.
#include "dispatchfixture.h"
#include "routememory.h"

#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestRouteMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stickyComesFromTheStore();
    void ourSendsKeepItCurrent();
    void failoverHintsPerMessage();
};

// A number the store saw sent through phone 2 (before a restart, say) goes there again.
void TestRouteMemory::stickyComesFromTheStore()
{
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("one"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    const Device two = fx.addDevice(QStringLiteral("two"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    const Message m = fx.enqueue(1).first();
    const Message claimed = await(fx.store().claimDue(QStringLiteral("t"), 1, 60'000)).value().first();
    SendOutcome sent;
    sent.id = claimed.id;
    sent.leaseId = claimed.leaseId;
    sent.deviceId = two.id;
    QVERIFY(await(fx.store().complete({ sent })).ok());
    RouteMemory memory(fx.reader());
    QCOMPARE(memory.stickyDevice(m.to), two.id);
    QCOMPARE(memory.stickyDevice(QStringLiteral("+4917099999999")), 0); // never heard from us
}

void TestRouteMemory::ourSendsKeepItCurrent()
{
    DispatchFixture fx;
    RouteMemory memory(fx.reader());
    const QUuid id = QUuid::createUuid();
    memory.failedOn(id, 1);
    memory.sentThrough(QStringLiteral("+4917011111111"), id, 3);
    QCOMPARE(memory.stickyDevice(QStringLiteral("+4917011111111")), 3);
    QVERIFY(memory.failedDevices(id).isEmpty()); // sent: the hint is done
}

void TestRouteMemory::failoverHintsPerMessage()
{
    DispatchFixture fx;
    RouteMemory memory(fx.reader());
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    memory.failedOn(a, 1);
    memory.failedOn(a, 2);
    memory.failedOn(b, 2);
    QCOMPARE(memory.failedDevices(a), (QSet<qint64> { 1, 2 }));
    QCOMPARE(memory.failedDevices(b), QSet<qint64> { 2 });
    memory.forget(a);
    QVERIFY(memory.failedDevices(a).isEmpty());
    QCOMPARE(memory.failedDevices(b), QSet<qint64> { 2 });
}

QTEST_GUILESS_MAIN(TestRouteMemory)
#include "tst_routememory.moc"
