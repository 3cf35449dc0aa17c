// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL of the dispatching process mid-dispatch, then a restart (issue 3, point 6): no
// message lost. MySMSGate does not refuse a repeated send (no public integration relies on
// any dedupe, FrankFayz/KabQue management/commands/reconcile_sms_logs.py), so the messages
// on the wire at the kill are looked up in its sent history before they go again
// (issue 11, point 4): no customer gets an SMS twice.
#include "clock.h"
#include "gatewaysimulator.h"
#include "queuestore.h"
#include "storereader.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDispatchCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidDispatchLosesNothing();

private:
    bool prepare(const QString &dbPath, const QUrl &gateway, int count);
};

bool TestDispatchCrash::prepare(const QString &dbPath, const QUrl &gateway, int count)
{
    QueueStore::Options so;
    so.config = StoreConfig::sqliteAt(dbPath);
    QueueStore store(SystemClock::instance(), so);
    if (!store.open())
        return false;
    Device device;
    device.name = QStringLiteral("phone");
    device.adapter = QStringLiteral("mysmsgate");
    device.baseUrl = gateway.toString();
    device.ratePerMinute = 0;
    device.ratePerDay = 0;
    if (!await(store.addDevice(device)))
        return false;
    EnqueueRequest request;
    for (int i = 0; i < count; ++i) {
        NewMessage m;
        m.to = QStringLiteral("+4917100%1").arg(i, 5, 10, QLatin1Char('0'));
        m.text = QStringLiteral("crash %1").arg(i);
        request.messages.append(m);
    }
    return await(store.enqueue(request)).ok();
}

void TestDispatchCrash::killMidDispatchLosesNothing()
{
    constexpr int kCount = 1'500;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("smsdesk.db"));
    GatewaySimulator::Settings settings;
    settings.latencyMs = 10; // requests really are on the wire when the kill lands
    GatewaySimulator sim(settings, SystemClock::instance());
    QVERIFY(sim.listen());
    QVERIFY(prepare(dbPath, sim.baseUrl(), kCount));

    StoreReader reader(StoreConfig::sqliteAt(dbPath));
    QVERIFY(reader.open().ok());
    QSet<QUuid> leasedAtKills; // distinct messages in flight at one of the kills
    for (const int killAt : { kCount / 4, kCount / 2 }) {
        QProcess child;
        child.start(QStringLiteral(DISPATCH_CRASH_CHILD), { dbPath });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.stats().accepted >= killAt, 30'000);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        MessageFilter inFlight; // leased, as the store saw it at the kill
        inFlight.status = MessageStatus::Sending;
        inFlight.limit = 1'000;
        const QList<Message> leased = reader.messages(inFlight)->messages;
        for (const Message &m : leased)
            leasedAtKills.insert(m.id);
        qInfo("killed after %lld accepted; %lld messages leased", sim.stats().accepted,
              qint64(leased.size()));
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(DISPATCH_CRASH_CHILD), { dbPath });
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 60'000);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    const StatusCounts c = reader.counts().value();
    QCOMPARE(c.sent, kCount); // nothing lost
    QCOMPARE(c.queued + c.sending + c.dead, 0);
    const sim::Stats stats = sim.stats();
    QCOMPARE(stats.uniqueClientIds, kCount);
    qInfo("duplicates %lld, leased at the kills %lld", stats.duplicates, qint64(leasedAtKills.size()));
    QVERIFY(!leasedAtKills.isEmpty()); // the kills did land mid-dispatch
    QCOMPARE(stats.duplicates, 0);
    QCOMPARE(stats.accepted, kCount);
    // And each id the gateway took twice was one of those in flight at a kill.
    QSet<QString> seen;
    for (const sim::AcceptRecord &r : sim.acceptLog()) {
        if (!seen.contains(r.clientId)) {
            seen.insert(r.clientId);
            continue;
        }
        QVERIFY2(leasedAtKills.contains(QUuid::fromString(r.clientId)), qPrintable(r.clientId));
    }
}

QTEST_GUILESS_MAIN(TestDispatchCrash)
#include "tst_dispatchcrash.moc"
