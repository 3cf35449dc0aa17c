// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Quiet hours (issue 15, point 2): what the section shows is what is stored (in
// the database, for every desk), a time that does not read is refused with a clear error
// and nothing is written; and the conversation's bubble says until when a held message waits.
#include "bubbledelegate.h"
#include "chatmodel.h"
#include "errorbanner.h"
#include "quiethourssection.h"
#include "settingspage.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestQuietHoursSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }

    void applyStoresQuietHoursForEveryDesk()
    {
        UiEngineFixture fixture;
        QVERIFY(fixture.start());
        SettingsPage page(fixture.facade(), fixture.facade().readModel());
        page.show();
        QuietHoursSection *quiet = page.quietHours();
        QVERIFY(quiet);
        QVERIFY(!quiet->enabledBox()->isChecked()); // off until someone turns it on
        QVERIFY(!quiet->fromEdit()->isEnabled());
        quiet->enabledBox()->setChecked(true);
        QVERIFY(quiet->fromEdit()->isEnabled());
        quiet->fromEdit()->setText(QString());
        QTest::keyClicks(quiet->fromEdit(), QStringLiteral("22:30"));
        quiet->exemptBox()->setValue(20);
        QVERIFY(page.applyButton()->isEnabled());
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        const auto bannerText = [&page] {
            QStringList texts;
            for (QLabel *label : page.findChild<ErrorBanner *>()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(QLatin1Char(' '));
        };
        QTRY_VERIFY2(fixture.facade().businessSettings().quietHours.enabled, qPrintable(bannerText()));
        const QuietHoursSettings stored = fixture.facade().businessSettings().quietHours;
        QCOMPARE(stored.fromMinute, 22 * 60 + 30);
        QCOMPARE(stored.toMinute, 8 * 60);
        QCOMPARE(stored.exemptReplyMinutes, 20);
        QCOMPARE(fixture.store().settings().value(QStringLiteral("quiet_hours/from")), QStringLiteral("22:30"));

        // Shown again as stored (a second page, as after a restart).
        SettingsPage again(fixture.facade(), fixture.facade().readModel());
        QVERIFY(again.quietHours()->enabledBox()->isChecked());
        QCOMPARE(again.quietHours()->fromEdit()->text(), QStringLiteral("22:30"));
        QCOMPARE(again.quietHours()->exemptBox()->value(), 20);
    }

    void aTimeThatDoesNotReadIsRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("said");
        QTest::newRow("words") << "9pm" << "08:00" << "“9pm” is not a time";
        QTest::newRow("25 o'clock") << "21:00" << "25:00" << "“25:00” is not a time";
        QTest::newRow("empty") << "" << "08:00" << "is not a time";
        QTest::newRow("no length") << "08:00" << "08:00" << "the end must differ from the start";
    }

    void aTimeThatDoesNotReadIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, said);
        UiEngineFixture fixture;
        QVERIFY(fixture.start());
        SettingsPage page(fixture.facade(), fixture.facade().readModel());
        page.show();
        QuietHoursSection *quiet = page.quietHours();
        quiet->enabledBox()->setChecked(true);
        quiet->fromEdit()->setText(from);
        quiet->toEdit()->setText(to);
        Q_EMIT quiet->changed();
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        auto *banner = page.findChild<ErrorBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        bool found = false;
        for (QLabel *label : banner->findChildren<QLabel *>())
            found = found || label->text().contains(said);
        QVERIFY2(found, qPrintable(said));
        // Nothing written, the edits kept, Apply still offered.
        QVERIFY(!fixture.facade().businessSettings().quietHours.enabled);
        QVERIFY(!fixture.store().settings().contains(QStringLiteral("quiet_hours/enabled")));
        QCOMPARE(quiet->fromEdit()->text(), from);
        QVERIFY(page.applyButton()->isEnabled());
    }

    void theBubbleSaysUntilWhen()
    {
        UiEngineFixture fixture;
        QVERIFY(fixture.start());
        ChatModel model(fixture.facade().readModel());
        model.setNumber(QStringLiteral("+4930901820"));
        ChatItem held;
        held.outgoing = true;
        held.id = QUuid::createUuid();
        held.text = QStringLiteral("Our winter sale starts");
        held.atMs = QDateTime::fromString(QStringLiteral("2026-12-04T22:00:00+01:00"), Qt::ISODate).toMSecsSinceEpoch();
        held.seq = 1;
        held.quietUntilMs
            = QDateTime::fromString(QStringLiteral("2026-12-05T08:00:00+01:00"), Qt::ISODate).toMSecsSinceEpoch();
        held.quietZone = QStringLiteral("Europe/Berlin");
        ChatItem urgent = held;
        urgent.id = QUuid::createUuid();
        urgent.seq = 2;
        urgent.quietUntilMs = 0;
        urgent.quietZone.clear();
        urgent.urgent = true;
        model.upsert(held);
        model.upsert(urgent);
        const QModelIndex heldIndex = model.index(model.rowOfKey(ChatModel::keyOf(held)), 0);
        const QModelIndex urgentIndex = model.index(model.rowOfKey(ChatModel::keyOf(urgent)), 0);
        QVERIFY(heldIndex.isValid() && urgentIndex.isValid());
        QVERIFY(BubbleDelegate::isHeldForQuietHours(heldIndex));
        // 08:00 in Berlin, written as this computer's locale writes a time.
        QCOMPARE(BubbleDelegate::quietText(heldIndex),
                 QStringLiteral("Held until %1 recipient time").arg(QLocale().toString(QTime(8, 0), QLocale::ShortFormat)));
        QVERIFY(BubbleDelegate::toolTipFor(heldIndex).contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(!BubbleDelegate::isHeldForQuietHours(urgentIndex));
        QVERIFY(BubbleDelegate::toolTipFor(urgentIndex).contains(QStringLiteral("Urgent")));
    }
};

QTEST_MAIN(TestQuietHoursSettings)
#include "tst_quiethourssettings.moc"
