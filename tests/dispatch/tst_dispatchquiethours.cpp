// SPDX-License-Identifier: GPL-3.0-or-later
// Quiet hours at dispatch (issue 15, point 2): inside the recipient's night a message that
// is not urgent goes back to the queue until the window opens, is not looked at again
// until then (one "released" event, no attempt counted), and goes out at the opening; an
// urgent one goes at once, and so does a reply written within N minutes of the customer's
// own message. Real dispatcher, real HTTP to the simulator, on a manual clock (and on
// PostgreSQL as tst_dispatchquiethours_postgres).
#include "businesssettings.h"
#include "dispatchfixture.h"

#include <QDateTime>
#include <QSignalSpy>

#include <algorithm>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kBerlin = QStringLiteral("+4930901820"); // Europe/Berlin
const QString kOtherBerlin = QStringLiteral("+4930901821");

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QuietHoursSettings nightly(int exemptMinutes)
{
    QuietHoursSettings q;
    q.enabled = true;
    q.fromMinute = 21 * 60;
    q.toMinute = 8 * 60;
    q.exemptReplyMinutes = exemptMinutes;
    return q;
}

void writeQuietHours(DispatchFixture &fx, const QuietHoursSettings &quiet)
{
    QHash<QString, QString> values; // only these keys: the others stay as stored
    quiet.addValues(values);
    QSignalSpy changed(&fx.store(), &QueueStore::settingsChanged);
    const Status written = await(fx.store().writeSettings(values));
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QTRY_VERIFY(changed.count() >= 1); // a running dispatch side has heard it (connected first)
}

Message enqueueTo(DispatchFixture &fx, const QString &to, bool urgent)
{
    NewMessage m;
    m.to = to;
    m.text = urgent ? QStringLiteral("Your order is delayed") : QStringLiteral("Our winter sale starts");
    m.urgent = urgent;
    EnqueueRequest request;
    request.messages.append(m);
    const Result<EnqueueResult> r = await(fx.store().enqueue(request));
    if (!r)
        qWarning("enqueue: %s", qPrintable(r.errorString()));
    return r ? r->messages.value(0) : Message {};
}

int eventsOfKind(DispatchFixture &fx, const QUuid &id, const char *kind)
{
    const Result<QList<MessageEvent>> events = fx.reader().events(id);
    if (!events)
        return -1;
    return int(std::count_if(events->cbegin(), events->cend(),
                             [kind](const MessageEvent &e) { return e.kind == QLatin1String(kind); }));
}

} // namespace

class TestDispatchQuietHours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNightMessageWaitsForTheMorningAndAnUrgentOneGoesAtOnce();
    void aQuickReplyIsExempt();
    void offSendsAtNight();
    void aSettingsChangeAppliesToTheNextClaim();
};

void TestDispatchQuietHours::aNightMessageWaitsForTheMorningAndAnUrgentOneGoesAtOnce()
{
    DispatchFixture fx;
    fx.clock().setNowMs(at("2026-12-04T22:00:00+01:00"));
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    writeQuietHours(fx, nightly(0));
    QVERIFY(fx.start());

    const Message night = enqueueTo(fx, kBerlin, false);
    const Message urgent = enqueueTo(fx, kOtherBerlin, true);
    QVERIFY(fx.advanceUntil([&] { return fx.message(urgent.id).status == MessageStatus::Sent; }, 1'000, 30));
    QVERIFY(fx.advanceUntil([&] { return fx.message(night.id).heldForQuietHours(); }, 1'000, 30));
    Message held = fx.message(night.id);
    QCOMPARE(held.status, MessageStatus::Queued);
    QCOMPARE(held.quietUntilMs, at("2026-12-05T08:00:00+01:00"));
    QCOMPARE(held.nextAttemptAtMs, held.quietUntilMs);
    QCOMPARE(held.quietZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(held.attempts, 0); // not an attempt
    QCOMPARE(sim.stats().accepted, qint64(1)); // the urgent one only

    // The night passes in half hours: nothing claims it again (one release, no more).
    QVERIFY(fx.advance(30 * 60'000, 19)); // to 07:30
    held = fx.message(night.id);
    QVERIFY(held.heldForQuietHours());
    QCOMPARE(eventsOfKind(fx, night.id, EventKind::Released), 1);
    QCOMPARE(sim.stats().accepted, qint64(1));

    // 08:00 in Berlin: it goes, on its first attempt.
    fx.clock().setNowMs(at("2026-12-05T07:59:59+01:00"));
    fx.dispatcher().wake();
    QVERIFY(QTest::qWaitFor([&] { return fx.settled(); }, 10'000));
    QCOMPARE(fx.message(night.id).status, MessageStatus::Queued);
    QVERIFY(fx.advanceUntil([&] { return fx.message(night.id).status == MessageStatus::Sent; }, 1'000, 10));
    const Message sent = fx.message(night.id);
    QVERIFY(sent.sentAtMs >= at("2026-12-05T08:00:00+01:00"));
    QCOMPARE(sent.attempts, 1);
    QVERIFY(!sent.heldForQuietHours());
    QCOMPARE(sim.stats().accepted, qint64(2));
    QCOMPARE(sim.stats().duplicates, qint64(0));
}

void TestDispatchQuietHours::aQuickReplyIsExempt()
{
    DispatchFixture fx;
    const qint64 now = at("2026-12-04T23:00:00+01:00");
    fx.clock().setNowMs(now);
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    writeQuietHours(fx, nightly(15));
    const auto customerWrote = [&](const QString &from, qint64 atMs, const QString &gatewayId) {
        InboundMessage in;
        in.from = from;
        in.text = QStringLiteral("Is my order ready?");
        in.receivedAtMs = atMs;
        in.gatewayId = gatewayId;
        QVERIFY(await(fx.store().addInbound(in)).ok());
    };
    customerWrote(kBerlin, now - 5 * 60'000, QStringLiteral("in-1")); // 5 minutes ago
    customerWrote(kOtherBerlin, now - 40 * 60'000, QStringLiteral("in-2")); // 40 minutes ago
    QVERIFY(fx.start());

    const Message reply = enqueueTo(fx, kBerlin, false);
    const Message late = enqueueTo(fx, kOtherBerlin, false);
    QVERIFY(fx.advanceUntil([&] { return fx.message(reply.id).status == MessageStatus::Sent; }, 1'000, 30));
    QVERIFY(fx.advanceUntil([&] { return fx.message(late.id).heldForQuietHours(); }, 1'000, 30));
    QCOMPARE(fx.message(late.id).quietUntilMs, at("2026-12-05T08:00:00+01:00"));
    QCOMPARE(sim.stats().accepted, qint64(1));
}

void TestDispatchQuietHours::offSendsAtNight()
{
    DispatchFixture fx;
    fx.clock().setNowMs(at("2026-12-04T23:00:00+01:00"));
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    QuietHoursSettings off = nightly(0);
    off.enabled = false;
    writeQuietHours(fx, off);
    QVERIFY(fx.start());
    const Message m = enqueueTo(fx, kBerlin, false);
    QVERIFY(fx.advanceUntil([&] { return fx.message(m.id).status == MessageStatus::Sent; }, 1'000, 30));
    QCOMPARE(eventsOfKind(fx, m.id, EventKind::Released), 0);
}

void TestDispatchQuietHours::aSettingsChangeAppliesToTheNextClaim()
{
    DispatchFixture fx;
    fx.clock().setNowMs(at("2026-12-04T23:00:00+01:00"));
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl());
    QVERIFY(fx.start()); // quiet hours off (nothing stored)
    const Message before = enqueueTo(fx, kBerlin, false);
    QVERIFY(fx.advanceUntil([&] { return fx.message(before.id).status == MessageStatus::Sent; }, 1'000, 30));
    writeQuietHours(fx, nightly(0)); // as from the Settings page of any desk
    const Message after = enqueueTo(fx, kOtherBerlin, false);
    QVERIFY(fx.advanceUntil([&] { return fx.message(after.id).heldForQuietHours(); }, 1'000, 30));
    QCOMPARE(sim.stats().accepted, qint64(1));
}

QTEST_GUILESS_MAIN(TestDispatchQuietHours)
#include "tst_dispatchquiethours.moc"
