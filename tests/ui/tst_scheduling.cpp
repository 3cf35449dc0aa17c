// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling in the desktop app (issue 14, point 4): "Later…" in the composer asks for a date
// and time, shows the recipient's own time, and queues the message for then; the bubble says
// "Scheduled for …" with Edit and Cancel; the list of everything scheduled opens, edits and
// cancels. A real engine and store (SQLite, and PostgreSQL as tst_scheduling_postgres).
#include "chatmodel.h"
#include "composer.h"
#include "conversationspage.h"
#include "bubbledelegate.h"
#include "scheduledialog.h"
#include "scheduledlistdialog.h"
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kNumber = QStringLiteral("+4915123456789");

// Runs `fn` on the dialog the next exec() opens, once it is there. Nothing may leave a modal
// window open behind it, or exec() never returns and the test hangs until ctest kills it
// without a word: a dialog that does not come, a dialog `fn` did not close (its OK button
// disabled, say) or a message box that opens after it each fail the test with what they
// showed, and are closed.
void failAndClose(QWidget *modal, const QString &why)
{
    QString shown = modal->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(modal))
        shown += QStringLiteral(": ") + box->text();
    for (const QLabel *label : modal->findChildren<QLabel *>())
        shown += QStringLiteral(" | ") + label->text();
    QTest::qFail(qPrintable(why + QStringLiteral(" (") + shown + u')'), __FILE__, __LINE__);
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

void closeWhatStaysOpen(QPointer<QDialog> dialog, int checksLeft)
{
    QTimer::singleShot(1000, qApp, [dialog, checksLeft] {
        if (dialog && dialog->isVisible())
            failAndClose(dialog, QStringLiteral("the dialog stayed open"));
        else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            failAndClose(box, QStringLiteral("a message box opened"));
        else if (checksLeft > 1)
            closeWhatStaysOpen(dialog, checksLeft - 1);
    });
}

template<typename Dialog, typename Fn> void whenOpen(Fn fn)
{
    QTimer::singleShot(0, qApp, [fn] {
        QDeadlineTimer deadline(10'000);
        while (!qobject_cast<Dialog *>(QApplication::activeModalWidget()) && !deadline.hasExpired())
            QTest::qWait(20);
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTest::qFail("the dialog did not open", __FILE__, __LINE__);
            if (QWidget *other = QApplication::activeModalWidget())
                failAndClose(other, QStringLiteral("another modal window is open"));
            return;
        }
        fn(dialog);
        closeWhatStaysOpen(dialog, 5);
    });
}
} // namespace

class TestScheduling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void theDialogShowsTheRecipientsTimeAndWaitsForTheFuture();
    void scheduleFromTheComposerThenEditAndCancel();
};

void TestScheduling::theDialogShowsTheRecipientsTimeAndWaitsForTheFuture()
{
    ScheduleDialog dialog(kNumber, 0, {}, false);
    QVERIFY(dialog.sendAtMs() > QDateTime::currentMSecsSinceEpoch()); // the next full hour
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(dialog.recipientTime()->text().contains(QLatin1String("Europe/Berlin")),
             qPrintable(dialog.recipientTime()->text()));
    dialog.timeEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.recipientTime()->text().contains(QLatin1String("minute from now")));
    // A country of several zones says so; a number of no known country says nothing.
    QVERIFY(ScheduleDialog::recipientTimeText(QStringLiteral("+12025550123"), QDateTime::currentMSecsSinceEpoch())
                .contains(QLatin1String("several time zones")));
    QCOMPARE(ScheduleDialog::recipientTimeText(QStringLiteral("12"), 0), QString());

    ScheduleDialog edit(kNumber, QDateTime::currentMSecsSinceEpoch() + 7'200'000, QStringLiteral("Hi"), true);
    QVERIFY(edit.textEdit());
    edit.textEdit()->clear();
    QVERIFY(!edit.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // nothing to send
}

void TestScheduling::scheduleFromTheComposerThenEditAndCancel()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    ConversationsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openThread(kNumber);
    Composer *composer = page.composer();
    QVERIFY(!composer->scheduleButton()->isEnabled()); // nothing written yet
    QTest::keyClicks(composer->editor(), QStringLiteral("Your table is ready at 8"));
    QVERIFY(composer->scheduleButton()->isEnabled());

    const QDateTime when = QDateTime::currentDateTime().addSecs(2 * 3600);
    const QDateTime whenMinute(when.date(), QTime(when.time().hour(), when.time().minute()));
    whenOpen<ScheduleDialog>([&](ScheduleDialog *dialog) {
        dialog->timeEdit()->setDateTime(whenMinute);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(composer->scheduleButton(), Qt::LeftButton);

    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QList<Message> scheduled;
    QTRY_COMPARE((scheduled = reader.scheduledMessages(QDateTime::currentMSecsSinceEpoch(), 10).value()).size(), 1);
    QCOMPARE(scheduled.first().to, kNumber);
    QCOMPARE(scheduled.first().sendAtMs, whenMinute.toMSecsSinceEpoch());
    QCOMPARE(scheduled.first().status, MessageStatus::Queued);
    QTRY_VERIFY(composer->text().isEmpty());

    // The bubble says it waits, and for when.
    ChatModel *chat = page.chatModel();
    QTRY_COMPARE(chat->rowCount(), 1);
    const QModelIndex bubble = chat->index(0, 0);
    QVERIFY(BubbleDelegate::isScheduled(bubble));
    QVERIFY(BubbleDelegate::scheduledText(bubble).startsWith(QLatin1String("Scheduled for")));

    // The list of everything scheduled: edit its text and time, then cancel it.
    ScheduledListDialog list(fixture.facade(), fixture.facade().readModel());
    QCOMPARE(list.table()->rowCount(), 1);
    QCOMPARE(list.table()->item(0, 2)->text(), QStringLiteral("Your table is ready at 8"));
    list.table()->selectRow(0);
    QVERIFY(list.editButton()->isEnabled());
    const QDateTime later = whenMinute.addSecs(3600);
    whenOpen<ScheduleDialog>([&](ScheduleDialog *dialog) {
        dialog->textEdit()->setPlainText(QStringLiteral("Your table is ready at 9"));
        dialog->timeEdit()->setDateTime(later);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    list.editSelected();
    QTRY_COMPARE(reader.scheduledMessages(0, 10).value().value(0).text, QStringLiteral("Your table is ready at 9"));
    QCOMPARE(reader.scheduledMessages(0, 10).value().value(0).sendAtMs, later.toMSecsSinceEpoch());
    QTRY_COMPARE(list.table()->item(0, 2)->text(), QStringLiteral("Your table is ready at 9"));

    list.table()->selectRow(0);
    list.cancelSelected(false);
    QTRY_COMPARE(reader.scheduledMessages(0, 10).value().size(), 0);
    QTRY_COMPARE(list.table()->rowCount(), 0);
    QCOMPARE(reader.message(scheduled.first().id)->status, MessageStatus::Cancelled);
}

QTEST_MAIN(TestScheduling)
#include "tst_scheduling.moc"
