// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard: tiles show the store's figures and lead somewhere, charts get the hour,
// the phone list passes QAbstractItemModelTester with real devices.
#include "dashboardpage.h"
#include "dashboardtile.h"
#include "devicemodel.h"
#include "dispatchstatus.h"
#include "hourchart.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
bool send(UiEngineFixture &fixture, const QString &to)
{
    const auto sent = await(fixture.facade().sendMessage(to, QStringLiteral("hi")));
    if (!sent)
        qWarning("send failed: %s", qPrintable(sent.errorString()));
    return sent.ok();
}
} // namespace

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk); // the icons live in the static ui library
    }
    void tilesShowCountsAndWarn();
    void throttledQueueIsNotStuck();
    void tileNavigates();
    void phoneModelWithRealDevices();
    void chartsCoverTheLastHour();
};

void TestDashboardPage::tilesShowCountsAndWarn()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    fixture.addDeadLetters(3);
    QVERIFY(send(fixture, QStringLiteral("+4915112345671")));
    QVERIFY(send(fixture, QStringLiteral("+4915112345672")));
    DashboardPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.tile(0)->value(), QStringLiteral("2")); // queued
    QCOMPARE(page.tile(4)->value(), QStringLiteral("3")); // dead letters
    QCOMPARE(page.tile(4)->attention(), DashboardTile::Attention::Warning);
    // Two messages wait and there is no phone to send them: that must stand out. (The
    // fixture runs no dispatcher; this is what it reports without phones.)
    DispatchStatus noPhones;
    noPhones.kind = DispatchStatus::Kind::NoPhones;
    Q_EMIT fixture.facade().dispatchStatusChanged(noPhones);
    QTRY_COMPARE(page.tile(0)->attention(), DashboardTile::Attention::Critical);
    QVERIFY2(page.tile(0)->toolTip().contains(QStringLiteral("no phones set up")),
             qPrintable(page.tile(0)->toolTip()));
    QVERIFY(!page.tile(0)->toolTip().isEmpty());
    QVERIFY(!page.tile(0)->accessibleName().isEmpty());

    // Live: a new message shows up without any user action.
    QVERIFY(send(fixture, QStringLiteral("+4915112345673")));
    QTRY_COMPARE(page.tile(0)->value(), QStringLiteral("3"));
}

// Phones at their per-minute limit send at their pace: the queued tile explains that
// instead of calling the queue stuck; a used-up daily limit is stuck.
void TestDashboardPage::throttledQueueIsNotStuck()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    fixture.addDevice(QStringLiteral("Shop"));
    QVERIFY(send(fixture, QStringLiteral("+4915112345671")));
    QVERIFY(send(fixture, QStringLiteral("+4915112345672")));
    DashboardPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.tile(0)->value(), QStringLiteral("2"));

    DispatchStatus status;
    status.kind = DispatchStatus::Kind::Throttled;
    status.phones = 1;
    Q_EMIT fixture.facade().dispatchStatusChanged(status);
    QTRY_VERIFY2(page.tile(0)->toolTip().contains(QStringLiteral("per-minute limit")),
                 qPrintable(page.tile(0)->toolTip()));
    QCOMPARE(page.tile(0)->attention(), DashboardTile::Attention::None);

    status.kind = DispatchStatus::Kind::AllAtLimit;
    status.resumeAtMs = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    Q_EMIT fixture.facade().dispatchStatusChanged(status);
    QTRY_COMPARE(page.tile(0)->attention(), DashboardTile::Attention::Critical);
    QVERIFY(page.tile(0)->toolTip().contains(QStringLiteral("at their limit")));

    // A phone whose gateway has no health check never reports "online"; while the
    // dispatcher sends through it, the waiting messages are not stuck.
    QCOMPARE(page.tile(0)->value(), QStringLiteral("2"));
    status = DispatchStatus {};
    status.kind = DispatchStatus::Kind::Sending;
    status.phones = 1;
    Q_EMIT fixture.facade().dispatchStatusChanged(status);
    QTRY_COMPARE(page.tile(0)->attention(), DashboardTile::Attention::None);
}

void TestDashboardPage::tileNavigates()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    DashboardPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy spy(&page, &DashboardPage::navigateRequested);
    QTest::mouseClick(page.tile(4), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), int(DashboardPage::DeadLetters));
    page.tile(2)->setFocus();
    QTest::keyClick(page.tile(2), Qt::Key_Space); // keyboard works like a click
    QCOMPARE(spy.count(), 2);
}

void TestDashboardPage::phoneModelWithRealDevices()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    fixture.addDevice(QStringLiteral("Shop"));
    DashboardPage page(fixture.facade(), fixture.facade().readModel());
    QAbstractItemModelTester tester(page.phoneModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QTRY_COMPARE(page.phoneModel()->rowCount(), 1);
    fixture.addDevice(QStringLiteral("Office"));
    QTRY_COMPARE(page.phoneModel()->rowCount(), 2); // devicesChanged refreshes the list
    QCOMPARE(page.phoneModel()->onlineCount(), 0);
}

void TestDashboardPage::chartsCoverTheLastHour()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    DashboardPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QList<HourChart *> charts = page.findChildren<HourChart *>();
    QCOMPARE(charts.size(), 2);
    QLineSeries *sent = charts.first()->series(0);
    QVERIFY(sent);
    QCOMPARE(sent->count(), 60); // one point per minute
    QVERIFY(charts.last()->series(0)->count() >= 1); // queue depth sampled from the start
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
