// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks on one PostgreSQL queue (issue 13, point 3): a message enqueued on one desk is
// sent by the dispatcher of another, woken by LISTEN/NOTIFY (StoreListener) and not by a
// polling loop: an idle dispatcher arms no timer while nothing is queued, so without the
// announcement the message would wait. Prints the enqueue→request latency (no timing
// assertion: the machines are shared). In the SQLite run it is skipped, visibly.
#include "dispatchstack.h"
#include "gatewaysimulator.h"
#include "storetestsupport.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace smsdesk;
using namespace smsdesk::test;

class TestSharedDispatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEnqueueOnOneDeskIsSentByAnother();
};

void TestSharedDispatch::anEnqueueOnOneDeskIsSentByAnother()
{
    SMSDESK_POSTGRES_ONLY("desks share a PostgreSQL queue; an SQLite file belongs to one machine");
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    StoreFixture f; // desk A: enqueues, has no dispatcher (a viewer desk)
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> deskB = f.openAnother();
    QVERIFY(deskB);
    Device phone;
    phone.name = QStringLiteral("phone");
    phone.adapter = QStringLiteral("mysmsgate");
    phone.baseUrl = sim.baseUrl().toString();
    phone.ratePerMinute = 0; // no budget waits: the wake-up alone is measured
    phone.ratePerDay = 0;
    QVERIFY(await(f.store().addDevice(phone)).ok());

    DispatchStack::Options o;
    o.timeZone = QTimeZone::utc();
    o.owner = QStringLiteral("desk-b");
    o.healthIntervalMs = 0;
    o.statusPollIntervalMs = 0;
    o.inboxPollIntervalMs = 0;
    DispatchStack dispatcher(*deskB, f.clock(), o);
    QVERIFY(dispatcher.start().ok());
    QTRY_VERIFY(dispatcher.dispatcher().isQuiescent()); // idle: nothing queued, no timer for it

    constexpr int kMessages = 20;
    QList<double> latencies;
    for (int i = 0; i < kMessages; ++i) {
        QTest::qWait(20); // idle again between messages
        QElapsedTimer t;
        t.start();
        QVERIFY(f.enqueue(QStringLiteral("+4915112%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("hi")).seq > 0);
        while (sim.stats().accepted < i + 1 && t.elapsed() < 10'000)
            QTest::qWait(1);
        QCOMPARE(sim.stats().accepted, i + 1);
        latencies.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    qInfo("enqueue on desk A -> request from desk B: p50 %.1f ms, max %.1f ms (%d messages, idle)",
          latencies.at(kMessages / 2), latencies.last(), kMessages);
    QTRY_COMPARE(f.reader()->counts()->sent, kMessages);
    QCOMPARE(sim.stats().duplicates, 0);
    dispatcher.stop(1'000);
    QVERIFY(dispatcher.waitForStopped(5'000));
}

QTEST_GUILESS_MAIN(TestSharedDispatch)
#include "tst_shareddispatch.moc"
