// SPDX-License-Identifier: GPL-3.0-or-later
// The Conversations page follows a language switch at once, without a restart: with the
// German catalogue the app ships installed, its fixed texts (placeholders, tooltips,
// accessible names, the empty state, the header) read German; English again once removed.
#include "chatview.h"
#include "composer.h"
#include "conversationspage.h"
#include "emptystate.h"
#include "errorbanner.h"
#include "newconversationbar.h"
#include "uienginefixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

QString buttonTexts(const QWidget *parent)
{
    QStringList texts;
    for (const QPushButton *button : parent->findChildren<QPushButton *>())
        texts << button->text();
    texts.sort();
    return texts.join(QStringLiteral(" | "));
}

// The page's fixed texts, one "where: text" line each, so a failure names the one that lags.
QStringList fixedTexts(const ConversationsPage &page)
{
    return {
        QStringLiteral("page: ") + page.accessibleName(),
        QStringLiteral("empty state: ") + page.emptyState()->title(),
        QStringLiteral("empty state buttons: ") + buttonTexts(page.emptyState()),
        QStringLiteral("search: ") + page.searchField()->placeholderText(),
        QStringLiteral("compose: ") + page.composeButton()->toolTip(),
        QStringLiteral("thread list: ") + page.threadView()->accessibleName(),
        QStringLiteral("chat: ") + page.chatView()->accessibleName(),
        QStringLiteral("editor: ") + page.composer()->editor()->placeholderText(),
        QStringLiteral("send: ") + page.composer()->sendButton()->text(),
        QStringLiteral("phone picker: ") + page.composer()->phonePicker()->itemText(0),
        QStringLiteral("new number: ") + page.newConversationBar()->field()->placeholderText(),
        QStringLiteral("banner: ") + page.banner()->accessibleName(),
    };
}

const QStringList kEnglish = {
    QStringLiteral("page: Conversations"),
    QStringLiteral("empty state: No phones yet"),
    QStringLiteral("empty state buttons: Add a phone | Try demo mode"),
    QStringLiteral("search: Search number or text (Ctrl+F)"),
    QStringLiteral("compose: New conversation (Ctrl+N)"),
    QStringLiteral("thread list: Conversation list"),
    QStringLiteral("chat: Messages"),
    QStringLiteral("editor: Write a message…"),
    QStringLiteral("send: Send"),
    QStringLiteral("phone picker: Any phone"),
    QStringLiteral("new number: Phone number, e.g. +49 30 1234567"),
    QStringLiteral("banner: Notice"),
};

const QStringList kGerman = {
    QStringLiteral("page: Unterhaltungen"),
    QStringLiteral("empty state: Noch keine Telefone"),
    QStringLiteral("empty state buttons: Demomodus ausprobieren | Telefon hinzufügen"),
    QStringLiteral("search: Nummer oder Text suchen (Strg+F)"),
    QStringLiteral("compose: Neue Unterhaltung (Strg+N)"),
    QStringLiteral("thread list: Liste der Unterhaltungen"),
    QStringLiteral("chat: Nachrichten"),
    QStringLiteral("editor: Nachricht schreiben…"),
    QStringLiteral("send: Senden"),
    QStringLiteral("phone picker: Beliebiges Telefon"),
    QStringLiteral("new number: Telefonnummer, z. B. +49 30 1234567"),
    QStringLiteral("banner: Hinweis"),
};

} // namespace

class ConversationsLanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk); // the icons live in the static ui library
    }
    void fixedTextsFollowTheLanguage();
};

void ConversationsLanguageTest::fixedTextsFollowTheLanguage()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // No phones yet: the empty state offers the next steps.
    QCOMPARE(fixedTexts(page), kEnglish);

    // The catalogue the app embeds and loads (ui/i18n/translations.cpp); installing a
    // translator sends every widget QEvent::LanguageChange.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/smsdesk_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QTRY_COMPARE(fixedTexts(page), kGerman);
    QVERIFY(QCoreApplication::removeTranslator(&german));
    QTRY_COMPARE(fixedTexts(page), kEnglish);

    // A new conversation is open: its header and bar switch too.
    page.startNewConversation();
    QCOMPARE(page.headerSubtitle()->text(), QStringLiteral("Type the number above and press Enter."));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QTRY_COMPARE(page.headerSubtitle()->text(),
                 QStringLiteral("Geben Sie oben die Nummer ein und drücken Sie Enter."));
    QCOMPARE(page.newConversationBar()->hint()->text(),
             QStringLiteral("Nummern ohne Ländervorwahl gelten als Nummern in %1.")
                 .arg(fixture.facade().phoneNumbers().defaultRegion()));
    // The number check's reason comes from core (PhoneNumbers) in the user's language,
    // while the API keeps answering in English.
    page.newConversationBar()->field()->setText(QStringLiteral("+49 30 12"));
    QCOMPARE(page.newConversationBar()->hint()->text(), QStringLiteral("keine gültige Nummer für DE"));
    QCOMPARE(fixture.facade().phoneNumbers().toE164(QStringLiteral("+49 30 12")).errorString(),
             QStringLiteral("not a valid number for DE"));
    QVERIFY(QCoreApplication::removeTranslator(&german));
    QTRY_COMPARE(page.headerSubtitle()->text(), QStringLiteral("Type the number above and press Enter."));
}

QTEST_MAIN(ConversationsLanguageTest)
#include "tst_conversationslanguage.moc"
