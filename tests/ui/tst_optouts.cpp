// SPDX-License-Identifier: GPL-3.0-or-later
// Opt-outs in the desktop app (issue 15, point 1): a customer's STOP shows in the
// conversation (why and since when), the composer is closed to them and what waited is
// cancelled; staff lift it or put a number on the list by hand, from the conversation and
// from Settings → Opt-outs, which lists, searches and exports the list and keeps the
// answers to STOP and START. A real engine and store (SQLite, and PostgreSQL as
// tst_optouts_postgres).
#include "composer.h"
#include "conversationspage.h"
#include "errorbanner.h"
#include "optoutbar.h"
#include "optoutssection.h"
#include "settingspage.h"
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QApplication>
#include <QDir>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kNumber = QStringLiteral("+4915123456789");

// Answers the next modal box: Yes for a question, or the text (then OK) for an input dialog.
void answerNextBox(const QString &text = {})
{
    QTimer::singleShot(0, qApp, [text] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->button(QMessageBox::Yes)->click();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(text);
            input->accept();
        }
    });
}

InboundMessage from(const QString &number, const QString &text)
{
    InboundMessage m;
    m.from = number;
    m.text = text;
    return m;
}
} // namespace

class TestOptOuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void aStopShowsInTheConversationAndClosesTheComposer();
    void settingsListsExportsAndKeepsTheAnswers();
    void shots();
};

void TestOptOuts::aStopShowsInTheConversationAndClosesTheComposer()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openThread(kNumber);
    OptOutBar *bar = page.optOutBar();
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->headerButton()->isVisible()); // "Opt out…" by hand
    QVERIFY(page.composer()->isEnabled());

    // A reminder waits for tomorrow; the customer writes STOP.
    const Result<Message> waiting
        = await(fixture.facade().sendMessage(kNumber, QStringLiteral("Reminder: your visit tomorrow"), 0, 0,
                                             QDateTime::currentMSecsSinceEpoch() + 86'400'000));
    QVERIFY(waiting.ok());
    QVERIFY(await(fixture.store().addInbound(from(kNumber, QStringLiteral("Stop")))).ok());
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text()->text().contains(QStringLiteral("“Stop”")), qPrintable(bar->text()->text()));
    QVERIFY(bar->text()->text().contains(QLatin1String("START")));
    QVERIFY(!page.composer()->isEnabled());
    QVERIFY(!bar->headerButton()->isVisible());
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QTRY_COMPARE(reader.message(waiting->id)->status, MessageStatus::Cancelled);
    // Sent anyway (a page that did not hear yet): refused with a reason a person can read.
    const Result<Message> refused = await(fixture.facade().sendMessage(kNumber, QStringLiteral("hi")));
    QCOMPARE(refused.code(), ErrorCode::OptedOut);

    // Lifted by staff: the composer opens again.
    answerNextBox();
    bar->liftButton()->click();
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(page.composer()->isEnabled());
    QCOMPARE(reader.optOut(kNumber).code(), ErrorCode::NotFound);

    // And put back by hand, with a note.
    answerNextBox(QStringLiteral("asked on the phone"));
    bar->headerButton()->click();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->text()->text().contains(QLatin1String("asked on the phone")));
    QCOMPARE(reader.optOut(kNumber)->source, OptOut::Source::Staff);
}

void TestOptOuts::settingsListsExportsAndKeepsTheAnswers()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    Contact anna;
    anna.name = QStringLiteral("Anna Miller");
    anna.numbers = { kNumber };
    QVERIFY(await(fixture.store().saveContact(anna)).ok());
    QVERIFY(await(fixture.store().addInbound(from(kNumber, QStringLiteral("ARRÊT")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(QStringLiteral("+4915199999999"), QStringLiteral("unsubscribe")))).ok());

    SettingsPage settings(fixture.facade(), fixture.facade().readModel());
    settings.show();
    OptOutsSection *section = settings.optOuts();
    QTRY_COMPARE(section->list()->topLevelItemCount(), 2);
    QVERIFY(section->summary()->text().contains(QLatin1String("2")));
    section->searchField()->setText(QStringLiteral("miller"));
    QTRY_COMPARE(section->list()->topLevelItemCount(), 1);
    QCOMPARE(section->list()->topLevelItem(0)->text(1), QStringLiteral("Anna Miller"));
    QVERIFY(section->list()->topLevelItem(0)->text(3).contains(QStringLiteral("ARRÊT")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("opt-outs.csv"));
    section->exportTo(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QLatin1String("+4915123456789,Anna Miller,")));
    QVERIFY(csv.contains(QLatin1String("+4915199999999")));
    // A folder without write access: said, and nothing half-written.
    QTemporaryDir locked;
    QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString denied = locked.filePath(QStringLiteral("opt-outs.csv"));
    section->exportTo(denied);
    QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFile::exists(denied)) // root may write anywhere; the point holds for everyone else
        QVERIFY(settings.findChild<ErrorBanner *>()->isVisible());

    // The answers to STOP and START: off by default, kept for every desk once saved.
    QVERIFY(!section->stopReplyOn()->isChecked());
    QVERIFY(!section->stopReply()->isEnabled());
    section->stopReplyOn()->setChecked(true);
    section->stopReply()->setText(QStringLiteral("No more messages. Reply START to resume."));
    section->saveRepliesButton()->click();
    QTRY_COMPARE(fixture.facade().businessSettings().optOutReply, QStringLiteral("No more messages. Reply START to resume."));
    QCOMPARE(fixture.facade().businessSettings().optInReply, QString());

    // Lift from the list.
    section->searchField()->clear();
    QTRY_COMPARE(section->list()->topLevelItemCount(), 2);
    section->list()->setCurrentItem(section->list()->topLevelItem(0));
    answerNextBox();
    QVERIFY(section->liftButton()->isEnabled());
    section->liftButton()->click();
    QTRY_COMPARE(section->list()->topLevelItemCount(), 1);
}

// Not a check: the shots for the docs (a conversation after STOP, Settings → Opt-outs), taken
// when asked for with SMSDESK_OPTOUT_SHOTS=DIR (scripts/screenshots.sh).
void TestOptOuts::shots()
{
    const QString dir = qEnvironmentVariable("SMSDESK_OPTOUT_SHOTS");
    if (dir.isEmpty())
        QSKIP("SMSDESK_OPTOUT_SHOTS is not set");
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    Contact anna;
    anna.name = QStringLiteral("Anna Miller");
    anna.firstName = QStringLiteral("Anna");
    anna.numbers = { kNumber };
    QVERIFY(await(fixture.store().saveContact(anna)).ok());
    QVERIFY(await(fixture.facade().sendMessage(kNumber, QStringLiteral("Hi Anna, our spring menu is out: 10% off "
                                                                       "this week with this SMS!")))
                .ok());
    QVERIFY(await(fixture.store().addInbound(from(kNumber, QStringLiteral("Stop")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(QStringLiteral("+4915199999999"), QStringLiteral("ARRÊT")))).ok());
    QVERIFY(await(fixture.facade().addOptOut(QStringLiteral("+4917012345678"), QStringLiteral("asked on the phone"))).ok());

    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1060, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openThread(kNumber);
    QTRY_VERIFY(page.optOutBar()->isVisible());
    QTest::qWait(300);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("conversation-opted-out.png"))));

    SettingsPage settings(fixture.facade(), fixture.facade().readModel());
    settings.resize(1060, 640);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    settings.showSection(settings.optOuts());
    QTRY_COMPARE(settings.optOuts()->list()->topLevelItemCount(), 3);
    QTest::qWait(300);
    QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("settings-opt-outs.png"))));
}

QTEST_MAIN(TestOptOuts)
#include "tst_optouts.moc"
