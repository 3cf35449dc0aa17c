// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher end to end over real loopback HTTP (issue 3, points 3 and 6): delivery,
// permanent rejects, bad credentials, timeouts.
#include "clock.h"
#include "dispatchfixture.h"
#include "metrics.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allDeliveredAtZeroLatency();
    void mySmsGateAllSentOnce();
    void permanentRejectsDieAtOnce();
    void badCredentialsPauseTheDeviceAndKeepTheQueue();
    void slowGatewayTimesOutIntoARetry();
    void stopReleasesNothingAndLeavesNoLease();
    void aSlowHistoryCheckKeepsItsLease();
    void healthIsPolledAndStored();
    void statusPollingResumesAfterARestart();
};

// SMSGate local mode: sent, then delivered through the dispatcher's status polling.
void TestDispatcher::allDeliveredAtZeroLatency()
{
    GatewaySimulator::Settings settings;
    settings.reportDelayMs = 0;
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("smsgate"));
    QVERIFY(phone.id > 0);
    QVERIFY(fx.start([](DispatchStack::Options &o) { o.statusPollIntervalMs = 50; }));

    const QList<Message> queued = fx.enqueue(300);
    QCOMPARE(queued.size(), 300);
    QTRY_COMPARE_WITH_TIMEOUT(fx.counts().delivered, 300, 30'000);
    const sim::Stats stats = sim.stats();
    QCOMPARE(stats.accepted, 300);
    QCOMPARE(stats.uniqueClientIds, 300);
    QCOMPARE(stats.duplicates, 0);
    QCOMPARE(stats.requests, 300);
    const Message first = fx.message(queued.first().id);
    QCOMPARE(first.status, MessageStatus::Delivered);
    QCOMPARE(first.sentDeviceId, phone.id);
    QCOMPARE(first.attempts, 1);
}

void TestDispatcher::mySmsGateAllSentOnce()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    const Device cloud = fx.addDevice(QStringLiteral("cloud"), sim.baseUrl());
    Metrics metrics;
    QVERIFY(fx.start([&](DispatchStack::Options &o) { o.metrics = &metrics; }));
    fx.enqueue(500);
    QTRY_COMPARE_WITH_TIMEOUT(fx.counts().sent, 500, 30'000);
    QCOMPARE(metrics.value("smsdesk_messages_sent_total"), 500.0);
    QCOMPARE(metrics.value("smsdesk_device_sent_total", "device=\"" + QByteArray::number(cloud.id) + '"'),
             500.0);
    QVERIFY(metrics.renderPrometheus().contains("smsdesk_enqueue_to_sent_seconds_count 500"));
    QCOMPARE(sim.stats().accepted, 500);
    QCOMPARE(sim.stats().duplicates, 0);
    QCOMPARE(fx.counts().queued + fx.counts().sending + fx.counts().dead, 0);
}

void TestDispatcher::permanentRejectsDieAtOnce()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    sim.setFaultRates(0, 0, 1.0);
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    QVERIFY(fx.start());
    QSignalSpy died(&fx.store(), &QueueStore::messageDied);
    const QList<Message> queued = fx.enqueue(20);
    QTRY_COMPARE_WITH_TIMEOUT(fx.counts().dead, 20, 10'000);
    QTRY_COMPARE(died.size(), 20);
    QCOMPARE(sim.stats().requests, 20); // one request each: no retry of a 400
    const Message m = fx.message(queued.first().id);
    QCOMPARE(m.attempts, 1);
    QVERIFY2(m.lastError.contains(QLatin1String("400")), qPrintable(m.lastError));
    QStringList numbers;
    for (const Message &q : queued)
        numbers.append(q.to);
    QVERIFY(numbers.contains(died.first().at(0).toString()));
    QVERIFY(died.first().at(1).toString().contains(QLatin1String("400")));
}

// 401 pauses the phone and raises an alert; the messages stay queued, attempts uncounted.
void TestDispatcher::badCredentialsPauseTheDeviceAndKeepTheQueue()
{
    GatewaySimulator::Settings settings;
    settings.apiKey = QStringLiteral("secret");
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    QVERIFY(fx.start()); // no credential store: the phone is asked without a key
    QSignalSpy alerts(&fx.stack(), &DispatchStack::deviceAlert);
    const QList<Message> queued = fx.enqueue(10);
    QTRY_VERIFY_WITH_TIMEOUT(alerts.size() >= 1, 10'000);
    QCOMPARE(alerts.first().at(0).toLongLong(), phone.id);
    QTRY_VERIFY(fx.settled());
    const qint64 requests = sim.stats().requests;
    QVERIFY(requests >= 1 && requests <= 10);
    QTRY_VERIFY(!fx.reader().device(phone.id)->health.pausedReason.isEmpty());

    // Paused: time passing and wake-ups send nothing more, and nothing dies.
    for (int i = 0; i < 5; ++i) {
        fx.clock().advanceMs(60'000);
        fx.dispatcher().wake();
        QTest::qWait(20);
    }
    QCOMPARE(sim.stats().requests, requests);
    QCOMPARE(fx.counts().dead, 0);
    QCOMPARE(fx.counts().queued, 10);
    QCOMPARE(fx.message(queued.first().id).attempts, 0);
    QCOMPARE(alerts.size(), 1); // one alert, not one per message
}

// A gateway slower than the HTTP timeout: a classified timeout and a retry, never a
// message stuck in `sending`.
void TestDispatcher::slowGatewayTimesOutIntoARetry()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    sim.setLatencyMs(2'000);
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("slow"), sim.baseUrl());
    QVERIFY(fx.start([](DispatchStack::Options &o) { o.httpTimeoutMs = 300; }));
    const QList<Message> queued = fx.enqueue(3);
    QTRY_VERIFY_WITH_TIMEOUT(fx.message(queued.last().id).attempts == 1
                                 && fx.message(queued.last().id).status == MessageStatus::Queued,
                             10'000);
    QTRY_COMPARE(fx.counts().queued, 3);
    QCOMPARE(fx.counts().sending, 0);
    const Message m = fx.message(queued.first().id);
    QVERIFY2(m.lastError.contains(QLatin1String("timeout")), qPrintable(m.lastError));
    QCOMPARE(m.attempts, 1);
    QVERIFY(m.nextAttemptAtMs > fx.clock().nowMs());
}

void TestDispatcher::stopReleasesNothingAndLeavesNoLease()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    sim.setLatencyMs(300);
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    QVERIFY(fx.start());
    fx.enqueue(30);
    QTRY_VERIFY(fx.dispatcher().inFlight() > 0);
    QSignalSpy stopped(&fx.dispatcher(), &Dispatcher::stopped);
    fx.dispatcher().stop(5'000); // long enough for the 300 ms answers
    QVERIFY(fx.dispatcher().waitForStopped(10'000));
    QCOMPARE(stopped.size(), 1);
    const StatusCounts c = fx.counts();
    QCOMPARE(c.sending, 0);
    QCOMPARE(c.sent + c.queued, 30);
    QCOMPARE(c.sent, sim.stats().accepted);
}

// An in-doubt message on MySMSGate is looked up in the sent history before it goes again
// (FrankFayz/KabQue management/commands/reconcile_sms_logs.py: the gateway takes a repeat
// as a second SMS). The dispatcher renews the lease of what it holds, so a lookup slower
// than the lease's spare time still ends in one send, not in a release and a new claim
// that would ask the history again (under ASan that loop never ended).
void TestDispatcher::aSlowHistoryCheckKeepsItsLease()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    sim.setLatencyMs(1'200);
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("cloud"), sim.baseUrl());
    const Message m = fx.enqueue(1).first();
    // A dispatcher that died with it on the wire: recovered in doubt.
    QCOMPARE(await(fx.store().claimDue(QStringLiteral("crashed"), 1, 1'000)).value().size(), 1);
    fx.clock().advanceMs(1'001);
    QCOMPARE(await(fx.store().recoverExpiredLeases()).value(), 1);
    QVERIFY(fx.message(m.id).inDoubt);

    QVERIFY(fx.start([](DispatchStack::Options &o) {
        o.httpTimeoutMs = 2'000;
        o.leaseMs = 2'400; // 150 ms to spare: renewed every 75 ms of real time
    }));
    QTRY_COMPARE(fx.dispatcher().inFlight(), 1); // the lookup is on the wire, not only claimed
    // The history lookup (1.2 s) is on the wire; the lease's clock runs on meanwhile. Without a
    // renewal 1.4 s would be left, short of a request (2 s) and its record: released.
    fx.clock().advanceMs(1'000);
    QTRY_COMPARE_WITH_TIMEOUT(fx.counts().sent, 1, 15'000);
    QCOMPARE(sim.stats().accepted, 1);
    QStringList kinds;
    const Result<QList<MessageEvent>> events = fx.reader().events(m.id);
    for (const MessageEvent &e : events.value())
        kinds << e.kind;
    QCOMPARE(kinds,
             (QStringList { QStringLiteral("enqueued"), QStringLiteral("sending"), QStringLiteral("lease_expired"),
                            QStringLiteral("sending"), QStringLiteral("sent") }));
}

// SMSGate phones' health (battery, connection) lands on the device; a phone whose health
// check fails is marked offline with an alert.
void TestDispatcher::healthIsPolledAndStored()
{
    GatewaySimulator sim({}, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("smsgate"));
    QVERIFY(fx.start([](DispatchStack::Options &o) { o.healthIntervalMs = 100; }));
    QSignalSpy alerts(&fx.stack(), &DispatchStack::deviceAlert);
    QTRY_VERIFY_WITH_TIMEOUT(fx.reader().device(phone.id)->health.online, 10'000);
    QCOMPARE(fx.reader().device(phone.id)->health.batteryPercent, 87);
    sim.setFaultRates(1.0, 0, 0); // 503 to /health too: the phone is gone
    QTRY_VERIFY_WITH_TIMEOUT(!fx.reader().device(phone.id)->health.online, 10'000);
    QTRY_COMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().at(0).toLongLong(), phone.id);
}

void TestDispatcher::statusPollingResumesAfterARestart()
{
    GatewaySimulator::Settings settings;
    settings.reportDelayMs = 3'600'000; // the phone reports nothing while the first run lasts
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    DispatchFixture fx;
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("smsgate"));
    const auto polling = [](DispatchStack::Options &o) { o.statusPollIntervalMs = 50; };
    QVERIFY(fx.start(polling));
    fx.enqueue(5);
    QTRY_COMPARE(fx.counts().sent, 5);
    QVERIFY(fx.restart(polling));
    sim.flushReports(); // now the phone knows
    QTRY_COMPARE_WITH_TIMEOUT(fx.counts().delivered, 5, 10'000);
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
