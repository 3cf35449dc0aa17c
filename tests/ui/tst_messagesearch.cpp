// SPDX-License-Identifier: GPL-3.0-or-later
// Search and history in the desktop app (issue 15, point 4): the Conversations search finds
// every message of both directions, not only the last of each conversation, with the words
// marked; choosing a hit opens its conversation at that message, however deep in the
// history, and marks it; a conversation or a period goes to CSV with progress and Cancel,
// and a file that cannot be written is said and leaves nothing. A real engine and store
// (SQLite, and PostgreSQL as tst_messagesearch_postgres).
#include "chatmodel.h"
#include "chatview.h"
#include "conversationspage.h"
#include "errorbanner.h"
#include "historyexportdialog.h"
#include "messagesearchlist.h"
#include "messagesearchmodel.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kAnna = QStringLiteral("+4915123456789");
const QString kBen = QStringLiteral("+4915199999999");

InboundMessage from(const QString &number, const QString &text)
{
    InboundMessage m;
    m.from = number;
    m.text = text;
    return m;
}

// `count` messages to `to`, one request; the one at `special` says `specialText`.
bool enqueueMany(UiEngineFixture &fixture, const QString &to, int count, int special = -1,
                 const QString &specialText = {})
{
    EnqueueRequest request;
    for (int i = 0; i < count; ++i) {
        NewMessage m;
        m.to = to;
        m.text = i == special ? specialText : QStringLiteral("Order %1 is on its way").arg(i);
        m.sendAtMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000; // stays queued
        request.messages.append(m);
    }
    return await(fixture.store().enqueue(request)).ok();
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QChar(0xFEFF));
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}
} // namespace

class TestMessageSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void findsEveryMessageAndOpensAtIt();
    void longAndOddSearches();
    void exportsAConversationAndAPeriod();
    void exportThatCannotBeWrittenLeavesNothing();
    void shots();
};

void TestMessageSearch::findsEveryMessageAndOpensAtIt()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    Contact anna;
    anna.name = QStringLiteral("Anna Miller");
    anna.numbers = { kAnna };
    QVERIFY(await(fixture.store().saveContact(anna)).ok());
    // Anna's old message about the invoice is 395 messages deep: far below the first page.
    QVERIFY(enqueueMany(fixture, kAnna, 400, 4, QStringLiteral("Your invoice 4711 is attached")));
    QVERIFY(await(fixture.store().addInbound(from(kBen, QStringLiteral("Where is my INVOICE?")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(kBen, QStringLiteral("Thanks, all good")))).ok());

    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MessageSearchList *results = page.messageSearch();
    QVERIFY(!results->isVisible());

    // Neither conversation's last message holds the word; both are found.
    page.searchField()->setText(QStringLiteral("invoice"));
    QTRY_VERIFY(results->isVisible()); // after the pause in typing
    MessageSearchModel *model = results->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data(MessageSearchModel::NumberRole).toString(), kBen); // newest first
    QCOMPARE(model->index(0).data(MessageSearchModel::OutgoingRole).toBool(), false);
    QCOMPARE(model->index(1).data(MessageSearchModel::PeerRole).toString(), QStringLiteral("Anna Miller"));
    const QString snippet = model->index(1).data(MessageSearchModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QString(QChar(search::kMarkStart)) + QStringLiteral("invoice")
                              + QChar(search::kMarkEnd)),
             qPrintable(snippet));
    QVERIFY(model->index(1).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("To Anna Miller")));
    QVERIFY2(results->header()->text().contains(QLatin1String("2")), qPrintable(results->header()->text()));

    // Choosing Anna's hit opens her conversation at that old message, marked.
    results->view()->setCurrentIndex(model->index(1));
    Q_EMIT results->view()->activated(model->index(1));
    QCOMPARE(page.currentNumber(), kAnna);
    ChatModel *chat = page.chatModel();
    QVERIFY2(chat->rowCount() > ChatModel::kPageSize, "older pages loaded to reach the hit");
    int found = -1;
    for (int row = 0; row < chat->rowCount(); ++row) {
        if (chat->index(row).data(ChatModel::FoundRole).toBool()) {
            QVERIFY2(found < 0, "one message is marked");
            found = row;
        }
    }
    QVERIFY(found >= 0);
    QCOMPARE(chat->index(found).data(ChatModel::TextRole).toString(), QStringLiteral("Your invoice 4711 is attached"));
    QCOMPARE(chat->index(found).data(ChatModel::FoundWordsRole).toStringList(), QStringList { QStringLiteral("invoice") });
    QTRY_COMPARE(page.chatView()->currentIndex().row(), found);
    const QRect shown = page.chatView()->visualRect(chat->index(found));
    QVERIFY2(page.chatView()->viewport()->rect().intersects(shown), "scrolled to the message");

    // Clearing the search hides the messages again.
    page.searchField()->clear();
    QVERIFY(!results->isVisible());
    QCOMPARE(model->rowCount(), 0);
}

void TestMessageSearch::longAndOddSearches()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(enqueueMany(fixture, kAnna, 3, 1, QStringLiteral("Meet at \"Café Müller\" (NEAR the station) -- ok?")));
    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    MessageSearchList *results = page.messageSearch();
    // Engine syntax typed by a person is searched as words.
    page.searchField()->setText(QStringLiteral("\"cafe* NEAR(station\" -"));
    results->searchNow();
    QCOMPARE(results->model()->rowCount(), 1);
    // 10,000 characters: searched by their start, and the header says so.
    page.searchField()->setText(QString(10'000, QLatin1Char('x')));
    results->searchNow();
    QCOMPARE(results->model()->rowCount(), 0);
    QVERIFY(results->model()->cut());
    QVERIFY2(results->header()->text().contains(QLatin1String("only its start")), qPrintable(results->header()->text()));
    QVERIFY(!page.banner()->isVisible()); // not an error
    // Nothing matches: said in the list, not as an error.
    page.searchField()->setText(QStringLiteral("zebra"));
    results->searchNow();
    QVERIFY(results->header()->text().contains(QStringLiteral("“zebra”")));
    QVERIFY(!results->view()->isVisible());
}

void TestMessageSearch::exportsAConversationAndAPeriod()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    // More than one page of the export (1,000 rows) in Anna's conversation.
    QVERIFY(enqueueMany(fixture, kAnna, 1'500));
    QVERIFY(await(fixture.store().addInbound(from(kAnna, QStringLiteral("Got it, thanks")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(kBen, QStringLiteral("Hello")))).ok());
    QTemporaryDir dir;

    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    page.openThread(kAnna);
    QVERIFY(page.exportThreadButton()->isVisible());

    // This conversation, all time: every message of both directions, and only hers.
    HistoryExportDialog anna(fixture.facade().readModel(), kAnna, QStringLiteral("Anna"), &page);
    QVERIFY(anna.suggestedFileName().startsWith(QLatin1String("messages-4915123456789")));
    const QString annaPath = dir.filePath(QStringLiteral("anna.csv"));
    QSignalSpy done(&anna, &HistoryExportDialog::exported);
    anna.exportTo(annaPath);
    QVERIFY(anna.isRunning()); // a page per turn of the event loop
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toLongLong(), 1'501);
    const QStringList lines = csvLines(annaPath);
    QCOMPARE(lines.size(), 1 + 1'501);
    QCOMPARE(lines.first(), QStringLiteral("time,direction,number,contact,text,status,device"));
    QCOMPARE(lines.filter(kBen).size(), 0);
    QCOMPARE(lines.filter(QStringLiteral(",in,")).size(), 1);

    // Every conversation, today: Ben too.
    HistoryExportDialog everyone(fixture.facade().readModel(), QString(), QString(), &page);
    everyone.setPeriod(HistoryExportDialog::Today);
    const HistoryFilter today = everyone.filter(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(today.number.isEmpty());
    QCOMPARE(today.toMs - today.fromMs >= 23 * 3'600'000, true);
    const QString allPath = dir.filePath(QStringLiteral("today.csv"));
    QSignalSpy doneAll(&everyone, &HistoryExportDialog::exported);
    everyone.exportTo(allPath);
    QTRY_COMPARE(doneAll.size(), 1);
    QCOMPARE(csvLines(allPath).size(), 1 + 1'502);

    // A period with nothing in it: the header only. One that ends before it starts: refused.
    const QDate longAgo(2001, 1, 1);
    everyone.setRange(longAgo, longAgo.addDays(3));
    everyone.exportTo(dir.filePath(QStringLiteral("2001.csv")));
    QTRY_COMPARE(doneAll.size(), 2);
    QCOMPARE(csvLines(dir.filePath(QStringLiteral("2001.csv"))).size(), 1);
    everyone.setRange(longAgo, longAgo.addDays(-1));
    QVERIFY(!everyone.problemLabel()->isHidden());
    QVERIFY(everyone.problemLabel()->text().contains(QLatin1String("ends before it starts")));

    // Cancelled while writing: no file, and the dialog says so.
    HistoryExportDialog cancelled(fixture.facade().readModel(), kAnna, QStringLiteral("Anna"), &page);
    cancelled.show();
    const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
    cancelled.exportTo(cancelledPath);
    QVERIFY(cancelled.isRunning());
    cancelled.reject(); // Cancel or Esc while running stops the export, not the dialog
    QTRY_VERIFY(!cancelled.isRunning());
    QVERIFY(cancelled.isVisible());
    QVERIFY(cancelled.problemLabel()->text().contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(cancelledPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // no temporary file left either
}

void TestMessageSearch::exportThatCannotBeWrittenLeavesNothing()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(enqueueMany(fixture, kAnna, 3));
    QTemporaryDir dir;
    // A folder that does not exist stands for one without write access (root writes anywhere).
    const QString path = dir.filePath(QStringLiteral("missing/folder/messages.csv"));
    HistoryExportDialog dialog(fixture.facade().readModel(), kAnna, QStringLiteral("Anna"));
    dialog.show();
    QSignalSpy done(&dialog, &HistoryExportDialog::exported);
    dialog.exportTo(path);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(done.size(), 0);
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY2(dialog.problemLabel()->text().contains(path) && dialog.problemLabel()->text().contains(QLatin1String("Nothing was exported")),
             qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!QFile::exists(path));
}

// Not a check: the shots for the docs (a search with its message hits, a conversation
// opened at one), taken when asked for with SMSDESK_SEARCH_SHOTS=DIR (scripts/screenshots.sh).
void TestMessageSearch::shots()
{
    const QString dir = qEnvironmentVariable("SMSDESK_SEARCH_SHOTS");
    if (dir.isEmpty())
        QSKIP("SMSDESK_SEARCH_SHOTS is not set");
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    Contact anna;
    anna.name = QStringLiteral("Anna Miller");
    anna.numbers = { kAnna };
    QVERIFY(await(fixture.store().saveContact(anna)).ok());
    QVERIFY(enqueueMany(fixture, kAnna, 60, 3,
                        QStringLiteral("Hi Anna, your invoice for the spring order is attached. Thank you!")));
    QVERIFY(await(fixture.store().addInbound(from(kBen, QStringLiteral("Could you send the invoice again? "
                                                                      "The first one went to my old address.")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(QStringLiteral("+4917012345678"),
                                                  QStringLiteral("Invoiced amount looks right, paid today")))).ok());
    QVERIFY(await(fixture.store().addInbound(from(kBen, QStringLiteral("Thanks!")))).ok());

    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1060, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.searchField()->setText(QStringLiteral("invoice"));
    page.messageSearch()->searchNow();
    MessageSearchModel *model = page.messageSearch()->model();
    QCOMPARE(model->rowCount(), 3);
    page.openMessage(kAnna, model->index(2).data(MessageSearchModel::KeyRole).toString(),
                     model->index(2).data(MessageSearchModel::AtRole).toLongLong(), model->words());
    page.messageSearch()->view()->setCurrentIndex(model->index(2));
    QTest::qWait(400);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("conversation-search.png"))));

    HistoryExportDialog dialog(fixture.facade().readModel(), kAnna, QStringLiteral("Anna Miller"), &page);
    dialog.setPeriod(HistoryExportDialog::Last30Days);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-messages.png"))));
}

QTEST_MAIN(TestMessageSearch)
#include "tst_messagesearch.moc"
