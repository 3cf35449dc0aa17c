// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns page and the new-campaign dialog (issue 14, point 3): the preview says who is
// left out and why (an invalid number, a duplicate) before anything is queued, a placeholder no
// recipient has is said under the text and nothing can be queued; a queued campaign shows its
// counts, pauses, resumes and is cancelled after a question; its report is saved (and a folder
// that cannot be written is said); a group's contacts get their first names; the counts follow
// the queue live while the selection stays. A real engine (UiEngineFixture) without a
// dispatcher: the test sends messages through the store itself. On SQLite and, as
// tst_campaignspage_postgres, on PostgreSQL. With SMSDESK_CAMPAIGN_SHOTS=DIR, shots() writes
// campaign-new.png and campaigns.png there.
#include "campaigndetailpane.h"
#include "campaignlistmodel.h"
#include "campaignmessagemodel.h"
#include "campaignpreviewmodel.h"
#include "campaignspage.h"
#include "emptystate.h"
#include "errorbanner.h"
#include "newcampaigndialog.h"
#include "queuestore.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestCampaignsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void previewLeavesOutWithReasons();
    void queuePauseResumeCancelAndReport();
    void aGroupGetsFirstNamesAndProgressIsLive();
    void shots();

private:
    static NewCampaignDialog *openDialog(CampaignsPage &page);
    static Campaign shown(CampaignsPage &page) { return page.detail()->campaign(); }
    // Claims up to `count` due messages and lets the phone take them (or fail, `dead`).
    static int send(UiEngineFixture &fixture, qint64 deviceId, int count, bool dead = false);
};

namespace {

const QString kPasted = QStringLiteral("+4915123456781\nhello\n+4915123456782, +4915123456781\n+4915123456783\n");
constexpr int kIncluded = 3;

} // namespace

NewCampaignDialog *TestCampaignsPage::openDialog(CampaignsPage &page)
{
    NewCampaignDialog *dialog = page.newCampaign();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

int TestCampaignsPage::send(UiEngineFixture &fixture, qint64 deviceId, int count, bool dead)
{
    auto claimed = await(fixture.store().claimDue(QStringLiteral("ui-test"), count, 60'000));
    if (!claimed)
        return -1;
    QList<SendOutcome> outcomes;
    for (const Message &m : claimed.value()) {
        SendOutcome outcome;
        outcome.kind = dead ? SendOutcome::Kind::Dead : SendOutcome::Kind::Sent;
        outcome.id = m.id;
        outcome.leaseId = m.leaseId;
        outcome.deviceId = deviceId;
        outcome.httpStatus = dead ? 400 : 202;
        outcome.error = dead ? QStringLiteral("HTTP 400: invalid number") : QString();
        outcomes.append(outcome);
    }
    if (!await(fixture.store().complete(outcomes)))
        return -1;
    return int(outcomes.size());
}

void TestCampaignsPage::previewLeavesOutWithReasons()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    CampaignsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.emptyState()->isVisible()); // says what a campaign is and offers one
    NewCampaignDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->source(), NewCampaignDialog::Source::Pasted); // no groups yet
    QVERIFY(!dialog->queueButton()->isEnabled());

    dialog->nameField()->setText(QStringLiteral("Spring sale"));
    dialog->pastedField()->setPlainText(kPasted);
    dialog->textField()->setPlainText(QStringLiteral("Spring sale: 20% off everything until Sunday."));
    CampaignPreviewModel *preview = dialog->previewModel();
    QTRY_COMPARE(preview->rowCount(), 5); // every number given, in order, after the pause in typing
    QCOMPARE(preview->preview().included, kIncluded);
    const auto kind = [preview](int row) { return preview->index(row, 0).data(CampaignPreviewModel::LeftOutKindRole).toInt(); };
    QCOMPARE(kind(0), -1);
    QCOMPARE(kind(1), int(CampaignText::LeftOut::InvalidNumber));
    QCOMPARE(kind(2), -1);
    QCOMPARE(kind(3), int(CampaignText::LeftOut::Duplicate));
    QCOMPARE(kind(4), -1);
    const QString duplicate = preview->index(3, CampaignPreviewModel::LeftOutColumn).data().toString();
    QVERIFY2(duplicate.contains(QStringLiteral("line 1")), qPrintable(duplicate));
    QCOMPARE(preview->index(1, CampaignPreviewModel::NumberColumn).data().toString(), QStringLiteral("hello"));
    QVERIFY(!preview->index(1, CampaignPreviewModel::LeftOutColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(preview->index(0, CampaignPreviewModel::LeftOutColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(preview->index(0, CampaignPreviewModel::TextColumn).data().toString(),
             QStringLiteral("Spring sale: 20% off everything until Sunday."));
    QCOMPARE(preview->index(0, CampaignPreviewModel::SegmentsColumn).data().toInt(), 1);
    QCOMPARE(preview->index(0, CampaignPreviewModel::EncodingColumn).data().toString(), QStringLiteral("GSM-7"));
    // Plurals come from the English translation the application installs; here the source shows.
    const QString summary = dialog->summary()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("3 message(s), 3 segment(s); 2 left out: 1 invalid number(s), 1 duplicate(s)")),
             qPrintable(summary));
    QVERIFY(dialog->queueButton()->isEnabled());
    QVERIFY(!dialog->textError()->isVisible());

    // A field no recipient has: said under the text, nothing to queue.
    dialog->textField()->setPlainText(QStringLiteral("Hi {nickname}, 20% off until Sunday."));
    QTRY_VERIFY(dialog->textError()->isVisible());
    QVERIFY2(dialog->textError()->text().contains(QStringLiteral("{nickname}")), qPrintable(dialog->textError()->text()));
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog->queueButton()->isEnabled());
    // A default makes it fine again; a name is needed before queueing.
    dialog->textField()->setPlainText(QStringLiteral("Hi {first_name|there}, 20% off until Sunday."));
    QTRY_VERIFY(dialog->queueButton()->isEnabled());
    QVERIFY(!dialog->textError()->isVisible());
    QCOMPARE(preview->index(0, CampaignPreviewModel::TextColumn).data().toString(),
             QStringLiteral("Hi there, 20% off until Sunday."));
    dialog->nameField()->clear();
    QVERIFY(!dialog->queueButton()->isEnabled());
    dialog->reject();
    QCOMPARE(fixture.facade().readModel().campaigns(10).value().size(), 0); // nothing queued
}

void TestCampaignsPage::queuePauseResumeCancelAndReport()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    CampaignsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester listTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester messageTester(page.detail()->messageModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    NewCampaignDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    dialog->nameField()->setText(QStringLiteral("Spring sale"));
    dialog->pastedField()->setPlainText(kPasted);
    dialog->textField()->setPlainText(QStringLiteral("Spring sale: 20% off everything until Sunday."));
    dialog->paceField()->setValue(0);
    QTRY_VERIFY(dialog->queueButton()->isEnabled());
    QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<NewCampaignDialog *>() == nullptr);

    // Listed and shown, every included number queued.
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.view()->isVisible());
    QVERIFY2(page.banner()->text().contains(QStringLiteral("Spring sale")), qPrintable(page.banner()->text()));
    const qint64 id = page.model()->campaignAt(0).id;
    QCOMPARE(page.currentCampaignId(), id);
    QCOMPARE(shown(page).counts.queued, kIncluded);
    QCOMPARE(shown(page).source, QStringLiteral("pasted numbers"));
    QCOMPARE(page.detail()->countLabel(CampaignDetailPane::Count::Queued)->text(), QStringLiteral("3"));
    QCOMPARE(page.detail()->nameLabel()->text(), QStringLiteral("Spring sale"));
    QTRY_COMPARE(page.detail()->messageModel()->rowCount(), kIncluded);
    QCOMPARE(page.detail()->messageModel()->messageAt(0).to, QStringLiteral("+4915123456781"));

    // Pause, resume.
    QVERIFY(page.detail()->pauseButton()->isVisible());
    QTest::mouseClick(page.detail()->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE(shown(page).state, Campaign::State::Paused);
    QCOMPARE(page.detail()->stateLabel()->text(), QStringLiteral("Paused"));
    QVERIFY(!page.detail()->pauseButton()->isVisible());
    QVERIFY(page.detail()->resumeButton()->isVisible());
    QTest::mouseClick(page.detail()->resumeButton(), Qt::LeftButton);
    QTRY_COMPARE(shown(page).state, Campaign::State::Active);
    QCOMPARE(page.detail()->stateLabel()->text(), QStringLiteral("Sending"));

    // Cancel asks first; "Keep sending" keeps it.
    QTest::mouseClick(page.detail()->cancelButton(), Qt::LeftButton);
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmCancelCampaign"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Spring sale")));
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::RejectRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_VERIFY(page.findChild<QMessageBox *>(QStringLiteral("confirmCancelCampaign")) == nullptr);
    QCOMPARE(fixture.facade().readModel().campaign(id).value().counts.queued, kIncluded);
    QTest::mouseClick(page.detail()->cancelButton(), Qt::LeftButton);
    box = page.findChild<QMessageBox *>(QStringLiteral("confirmCancelCampaign"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_COMPARE(shown(page).counts.cancelled, kIncluded);
    QCOMPARE(shown(page).counts.queued, 0);
    QCOMPARE(shown(page).state, Campaign::State::Cancelled);
    QCOMPARE(page.detail()->countLabel(CampaignDetailPane::Count::Cancelled)->text(), QStringLiteral("3"));
    QVERIFY(!page.detail()->cancelButton()->isEnabled());
    QTRY_COMPARE(page.detail()->messageModel()->messageAt(0).status, MessageStatus::Cancelled);

    // The report: a header and a line a message; a folder that cannot be written is said.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("spring.csv"));
    page.saveReportTo(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), kIncluded + 1);
    QVERIFY(csv.contains("+4915123456783"));
    QVERIFY2(page.banner()->text().contains(QStringLiteral("Report saved")), qPrintable(page.banner()->text()));
    page.saveReportTo(QStringLiteral("/proc/no-such-folder/report.csv"));
    QVERIFY2(page.banner()->text().contains(QStringLiteral("No report was saved")), qPrintable(page.banner()->text()));
    QCOMPARE(page.banner()->kind(), ErrorBanner::Kind::Error);
}

void TestCampaignsPage::aGroupGetsFirstNamesAndProgressIsLive()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    const Device phone = fixture.addDevice(QStringLiteral("Shop phone"));
    for (const auto &[first, number] : { std::pair { QStringLiteral("Ada"), QStringLiteral("+4915123456791") },
                                         std::pair { QStringLiteral("Grace"), QStringLiteral("+4915123456792") } }) {
        Contact c;
        c.firstName = first;
        c.lastName = QStringLiteral("Test");
        c.numbers = { number };
        c.groups = { QStringLiteral("regulars") };
        QVERIFY(await(fixture.facade().saveContact(c)).ok());
    }
    CampaignsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // A first campaign from pasted numbers, to be selected while the second one moves.
    NewCampaignDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    dialog->setSource(NewCampaignDialog::Source::Pasted);
    dialog->nameField()->setText(QStringLiteral("Later"));
    dialog->pastedField()->setPlainText(QStringLiteral("+4915123456781"));
    dialog->textField()->setPlainText(QStringLiteral("See you next week."));
    dialog->startAtButton()->setChecked(true); // at the time in the field: in an hour
    QTRY_VERIFY(dialog->queueButton()->isEnabled());
    QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    const qint64 later = page.model()->campaignAt(0).id;
    QCOMPARE(page.detail()->stateLabel()->text(), QStringLiteral("Scheduled"));

    // The group: each contact's first name filled in.
    dialog = openDialog(page);
    QVERIFY(dialog);
    QCOMPARE(dialog->source(), NewCampaignDialog::Source::Group);
    QCOMPARE(dialog->groupPicker()->currentData().toString(), QStringLiteral("regulars"));
    dialog->nameField()->setText(QStringLiteral("Regulars"));
    dialog->paceField()->setValue(0);
    dialog->savedTextPicker()->setCurrentIndex(0);
    dialog->textField()->setPlainText(QStringLiteral("Hi {first_name}, your table is ready."));
    QTRY_COMPARE(dialog->previewModel()->rowCount(), 2);
    QCOMPARE(dialog->previewModel()->index(0, CampaignPreviewModel::TextColumn).data().toString(),
             QStringLiteral("Hi Ada, your table is ready."));
    QCOMPARE(dialog->previewModel()->index(0, CampaignPreviewModel::NameColumn).data().toString(),
             QStringLiteral("Ada Test"));
    QCOMPARE(dialog->previewModel()->index(1, CampaignPreviewModel::TextColumn).data().toString(),
             QStringLiteral("Hi Grace, your table is ready."));
    QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    const qint64 regulars = page.model()->campaignAt(0).id; // newest first
    QTRY_COMPARE(page.currentCampaignId(), regulars); // the new one is shown
    QCOMPARE(shown(page).counts.queued, 2);
    QCOMPARE(shown(page).source, QStringLiteral("group regulars"));

    // Another one selected while the phone sends the group's: the counts follow, the selection stays.
    page.view()->selectRow(page.model()->rowOfId(later));
    QCOMPARE(page.currentCampaignId(), later);
    QCOMPARE(send(fixture, phone.id, 1), 1); // "Later" is not due: the group's first
    QTRY_COMPARE(page.model()->campaignAt(page.model()->rowOfId(regulars)).counts.sent, 1);
    QCOMPARE(page.currentCampaignId(), later);
    QCOMPARE(page.view()->selectionModel()->currentIndex().row(), page.model()->rowOfId(later));
    page.view()->selectRow(page.model()->rowOfId(regulars));
    QCOMPARE(page.detail()->countLabel(CampaignDetailPane::Count::Sent)->text(), QStringLiteral("1"));
    QCOMPARE(send(fixture, phone.id, 1, true), 1);
    QTRY_COMPARE(page.detail()->countLabel(CampaignDetailPane::Count::Dead)->text(), QStringLiteral("1"));
    QTRY_COMPARE(page.detail()->stateLabel()->text(), QStringLiteral("Finished"));
    CampaignMessageModel *messages = page.detail()->messageModel();
    QTRY_VERIFY(messages->messageAt(0).status == MessageStatus::Dead || messages->messageAt(1).status == MessageStatus::Dead);
}

// Not a check: the two shots for the docs, taken when asked for.
void TestCampaignsPage::shots()
{
    const QString dir = qEnvironmentVariable("SMSDESK_CAMPAIGN_SHOTS");
    if (dir.isEmpty())
        QSKIP("SMSDESK_CAMPAIGN_SHOTS is not set");
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    const Device phone = fixture.addDevice(QStringLiteral("Shop phone"));
    const QStringList firsts = { QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus"),
                                 QStringLiteral("Margaret"), QStringLiteral("Jürgen") };
    for (int i = 0; i < firsts.size(); ++i) {
        Contact c;
        c.firstName = firsts.at(i);
        c.lastName = QStringLiteral("Miller");
        c.numbers = { QStringLiteral("+491512345678%1").arg(i + 1) };
        QVERIFY(await(fixture.facade().saveContact(c)).ok());
    }
    CampaignsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    NewCampaignDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    dialog->nameField()->setText(QStringLiteral("Spring sale"));
    dialog->pastedField()->setPlainText(QStringLiteral(
        "+4915123456781\n+4915123456782\n0151 2345\n+4915123456783, +4915123456781\n+4915123456784\n"
        "+4915123456785\n+4915123456786\n+4915123456787\n"));
    dialog->textField()->setPlainText(
        QStringLiteral("Hi {first_name|there}, spring is here: 20% off everything until Sunday. Show this SMS at "
                       "the till. Reply STOP to opt out."));
    QTRY_COMPARE(dialog->previewModel()->rowCount(), 9);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("campaign-new.png"))));
    dialog->paceField()->setValue(0); // all due now, so the shot shows some sent and one dead
    QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(send(fixture, phone.id, 3), 3);
    QCOMPARE(send(fixture, phone.id, 1, true), 1);
    QTRY_COMPARE(shown(page).counts.sent, 3);
    QTRY_COMPARE(shown(page).counts.dead, 1);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("campaigns.png"))));
}

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
