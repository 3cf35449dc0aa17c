// SPDX-License-Identifier: GPL-3.0-or-later
// The language chosen in Settings takes effect at once, in the window that is open: the
// Settings page speaks German after Apply, and English again after "System language".
#include "errorbanner.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "sidebar.h"
#include "translations.h"
#include "uienginefixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class SettingsLanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk); // the icons live in the static ui library
        Translations::install(QString()); // as main_gui.cpp does at start; LANG=C: English
    }
    void chosenLanguageReachesTheOpenWindow();
};

void SettingsLanguageTest::chosenLanguageReachesTheOpenWindow()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    MainWindow window(fixture.facade(), fixture.facade().readModel());
    auto *settings = new SettingsPage(fixture.facade(), fixture.facade().readModel());
    // The same wiring as the composition root (app/smsdesk/main_gui.cpp).
    connect(settings, &SettingsPage::languageChanged, &window,
            [](const QString &language) { Translations::install(language); });
    window.addPage(MainWindow::Place::Settings, settings);
    window.showPlace(MainWindow::Place::Settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(settings->applyButton()->text(), QStringLiteral("&Apply"));

    QComboBox *language = settings->languageBox();
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
    language->setCurrentIndex(german);
    QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QTRY_COMPARE(settings->applyButton()->text(), QStringLiteral("&Übernehmen"));
    // The frame follows too, without a restart: the sidebar names its places in German.
    QTRY_COMPARE(window.sidebar()->item(0)->text(), QStringLiteral("Übersicht"));
    // "Settings saved." was shown just before the switch: it is German now too (issue 15, point 7).
    const auto bannerText = [settings] {
        for (ErrorBanner *banner : settings->findChildren<ErrorBanner *>()) {
            if (!banner->text().isEmpty())
                return banner->text();
        }
        return QString();
    };
    QTRY_COMPARE(bannerText(), QStringLiteral("Einstellungen gespeichert."));
    // The window's title names the place it shows, in the new language as well.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Smsdesk — Einstellungen"));
    // The page may rebuild its form in the new language: ask for the picker again. It
    // still shows the choice.
    language = settings->languageBox();
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));

    language->setCurrentIndex(language->findData(QString()));
    QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QTRY_COMPARE(settings->applyButton()->text(), QStringLiteral("&Apply"));
    QTRY_COMPARE(window.sidebar()->item(0)->text(), QStringLiteral("Dashboard"));
    QTRY_COMPARE(bannerText(), QStringLiteral("Settings saved."));
    QCOMPARE(window.windowTitle(), QStringLiteral("Smsdesk — Settings"));
    QCOMPARE(settings->languageBox()->currentData().toString(), QString());
}

QTEST_MAIN(SettingsLanguageTest)
#include "tst_settingslanguage.moc"
