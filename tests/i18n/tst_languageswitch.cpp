// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time: the embedded catalogues load, real widgets from
// smsdesk_ui show the chosen language, and every widget hears about the switch.
#include "composer.h"
#include "errorbanner.h"
#include "timeformat.h"
#include "translations.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace smsdesk;

namespace {

// Counts the QEvent::LanguageChange a widget receives, as a page's changeEvent() would.
class LanguageProbe final : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QString sendButtonText()
{
    Composer composer;
    return composer.sendButton()->text();
}

} // namespace

class LanguageSwitchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void catalogues_are_embedded();
    void available_lists_english_first_with_native_names();
    void switching_changes_visible_labels();
    void switching_notifies_existing_widgets();
    void a_banner_shown_before_the_switch_is_worded_again();
    void plurals_read_naturally_in_every_language();
    void unknown_language_follows_the_system();
};

void LanguageSwitchTest::catalogues_are_embedded()
{
    for (const char *code : { "de", "es", "fr" }) {
        const QString qm = QStringLiteral(":/i18n/smsdesk_%1.qm").arg(QLatin1String(code));
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not in smsdesk_ui's resources")));
    }
}

void LanguageSwitchTest::available_lists_english_first_with_native_names()
{
    QStringList codes, names;
    for (const auto &language : Translations::available()) {
        codes << language.code;
        names << language.nativeName;
    }
    QCOMPARE(codes.value(0), QStringLiteral("en"));
    QVERIFY2(codes.contains(QStringLiteral("de")) && codes.contains(QStringLiteral("es"))
                 && codes.contains(QStringLiteral("fr")),
             qPrintable(codes.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("Deutsch")));
    QVERIFY(names.contains(QStringLiteral("Español")));
    QVERIFY(names.contains(QStringLiteral("Français")));
}

void LanguageSwitchTest::switching_changes_visible_labels()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(sendButtonText(), QStringLiteral("Send"));
    QCOMPARE(timefmt::dayLabel(now, now, QLocale()), QStringLiteral("Today"));

    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(sendButtonText(), QStringLiteral("Senden"));
    QCOMPARE(timefmt::dayLabel(now, now, QLocale()), QStringLiteral("Heute"));
    // Dates follow the chosen language too, not only the texts.
    QCOMPARE(QLocale().language(), QLocale::German);

    // A second switch replaces German instead of stacking on top of it.
    QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(sendButtonText(), QStringLiteral("Envoyer"));
    QCOMPARE(timefmt::dayLabel(now, now, QLocale()), QStringLiteral("Aujourd’hui"));

    QCOMPARE(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(sendButtonText(), QStringLiteral("Enviar"));

    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(sendButtonText(), QStringLiteral("Send"));
    QCOMPARE(timefmt::dayLabel(now, now, QLocale()), QStringLiteral("Today"));
}

void LanguageSwitchTest::switching_notifies_existing_widgets()
{
    LanguageProbe window;
    auto *child = new LanguageProbe;
    child->setParent(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = child->changes;

    Translations::install(QStringLiteral("de"));
    // QApplication posts the event to each window, which passes it down to its children.
    QTRY_VERIFY(child->changes > before);
    QVERIFY(window.changes > 0);
}

// Issue 15, point 7: Apply in Settings says "Settings saved." and then switches the
// language; the banner must not stay in the old one. It asks its wording again; a text
// given as it is (an error from the engine) stays as given.
void LanguageSwitchTest::a_banner_shown_before_the_switch_is_worded_again()
{
    QWidget window;
    auto *banner = new ErrorBanner(&window);
    bool acted = false;
    banner->showMessage([] { return QCoreApplication::translate("smsdesk::SettingsPage", "Settings saved."); },
                        ErrorBanner::Kind::Success,
                        [] { return QCoreApplication::translate("smsdesk::MainWindow", "Open Devices"); },
                        [&acted] { acted = true; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(banner->text(), QStringLiteral("Settings saved."));
    auto *action = banner->findChild<QPushButton *>();
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Open Devices"));

    Translations::install(QStringLiteral("de"));
    QTRY_COMPARE(banner->text(), QStringLiteral("Einstellungen gespeichert."));
    QCOMPARE(action->text(), QStringLiteral("Geräte öffnen"));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Hinweis"));
    action->click();
    QVERIFY(acted); // the action survives the rewording

    Translations::install(QStringLiteral("fr"));
    QTRY_COMPARE(banner->text(), QStringLiteral("Paramètres enregistrés."));

    // Fixed text stays as it was given; a new message replaces the wording of the old one.
    banner->showMessage(QStringLiteral("disk full"));
    Translations::install(QStringLiteral("en"));
    QTRY_COMPARE(banner->accessibleName(), QStringLiteral("Notice"));
    QCOMPARE(banner->text(), QStringLiteral("disk full"));
    QVERIFY(!action->isVisible());
}

void LanguageSwitchTest::plurals_read_naturally_in_every_language()
{
    const auto deleted = [](int n) {
        return QCoreApplication::translate("smsdesk::DeadLettersPage", "%n message(s) deleted.", nullptr, n);
    };
    Translations::install(QStringLiteral("en"));
    QCOMPARE(deleted(1), QStringLiteral("1 message deleted."));
    QCOMPARE(deleted(3), QStringLiteral("3 messages deleted."));
    Translations::install(QStringLiteral("de"));
    QCOMPARE(deleted(1), QStringLiteral("1 Nachricht gelöscht."));
    QCOMPARE(deleted(3), QStringLiteral("3 Nachrichten gelöscht."));
    Translations::install(QStringLiteral("fr"));
    QCOMPARE(deleted(0), QStringLiteral("0 message supprimé.")); // French: 0 is singular
    QCOMPARE(deleted(2), QStringLiteral("2 messages supprimés."));
}

void LanguageSwitchTest::unknown_language_follows_the_system()
{
    // The tests run with LANG=C.UTF-8: no shipped language matches, so English.
    QCOMPARE(Translations::resolve(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QString()), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(Translations::install(QString()), QStringLiteral("en"));
    QCOMPARE(sendButtonText(), QStringLiteral("Send"));
}

QTEST_MAIN(LanguageSwitchTest)
#include "tst_languageswitch.moc"
