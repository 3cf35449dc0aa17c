// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchStatusTracker: the status bar's words, told only when they are news, and
// Throttled held at the phones' pace instead of flickering.
#include "dispatchfixture.h"
#include "dispatchstatustracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDispatchStatusTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPhonesThenSending();
    void throttledHoldsAtThePhonesPace();
    void aUsedUpDayIsAPauseUntilMidnight();
    void stoppedIsTold();
};

namespace {

DeviceRuntime &phoneIn(DeviceTable &table, DispatchFixture &fx, int perMinute, int perDay)
{
    const Device d = fx.addDevice(QStringLiteral("phone"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                                  QStringLiteral("mysmsgate"), perMinute, perDay);
    table.apply({ d }, fx.reader());
    DeviceRuntime &runtime = *table.find(d.id);
    runtime.credentialsReady = true; // the roster's job; not this test's
    return runtime;
}

} // namespace

void TestDispatchStatusTracker::noPhonesThenSending()
{
    DispatchFixture fx;
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DispatchStatusTracker tracker(table, fx.clock());
    QSignalSpy told(&tracker, &DispatchStatusTracker::changed);
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::NoPhones);
    tracker.update();
    QCOMPARE(told.size(), 1); // the same news is not told twice
    phoneIn(table, fx, 0, 0);
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::Sending);
    QCOMPARE(tracker.status().phones, 1);
    QCOMPARE(told.size(), 2);
}

// One message a minute: each refill lets one through, and the bar still says Throttled
// until a minute and a moment after the phones were last at their limit.
void TestDispatchStatusTracker::throttledHoldsAtThePhonesPace()
{
    DispatchFixture fx;
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DispatchStatusTracker tracker(table, fx.clock());
    DeviceRuntime &phone = phoneIn(table, fx, 1, 0);
    QVERIFY(phone.budget.tryTake(1));
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::Throttled);
    fx.clock().advanceMs(60'000); // a token again
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::Throttled);
    fx.clock().advanceMs(6'000); // past the hold, with room to send
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::Sending);
    auto *hold = tracker.findChild<QTimer *>(QStringLiteral("throttleHold"));
    QVERIFY(hold);
    QVERIFY(!hold->isActive());
}

void TestDispatchStatusTracker::aUsedUpDayIsAPauseUntilMidnight()
{
    DispatchFixture fx;
    const QTimeZone zone("America/New_York"); // the business's zone, not the machine's
    DeviceTable table(fx.clock(), {}, zone);
    DispatchStatusTracker tracker(table, fx.clock());
    DeviceRuntime &phone = phoneIn(table, fx, 0, 2);
    QVERIFY(phone.budget.tryTake(2));
    tracker.update();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::AllAtLimit);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(fx.clock().nowMs(), zone);
    QCOMPARE(tracker.status().resumeAtMs, QDateTime(now.date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
    tracker.drained();
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::AllAtLimit);
}

void TestDispatchStatusTracker::stoppedIsTold()
{
    DispatchFixture fx;
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DispatchStatusTracker tracker(table, fx.clock());
    QSignalSpy told(&tracker, &DispatchStatusTracker::changed);
    tracker.update();
    tracker.stop();
    QCOMPARE(told.size(), 2);
    QCOMPARE(tracker.status().kind, DispatchStatus::Kind::Stopped);
}

QTEST_GUILESS_MAIN(TestDispatchStatusTracker)
#include "tst_dispatchstatustracker.moc"
