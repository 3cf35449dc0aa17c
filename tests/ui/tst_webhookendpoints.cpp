// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Outgoing webhooks (issue 16, point 4) on a real engine, posting to a real HTTP
// receiver on 127.0.0.1: the user adds an endpoint and sees its signing secret once, an
// opt-out is posted and refused (HTTP 500), the delivery log shows the failed attempt and
// the body, Resend posts it again and it is delivered; removing the endpoint forgets its
// secret. SQLite, and PostgreSQL as tst_webhookendpoints_postgres.
#include "enginefacade.h"
#include "errorbanner.h"
#include "settingspage.h"
#include "storereader.h"
#include "testsupport.h"
#include "uienginefixture.h"
#include "webhookreceiver.h"
#include "webhookdeliveriesdialog.h"
#include "webhookendpointdialog.h"
#include "webhookendpointroutes.h"
#include "webhookendpointssection.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kNumber = QStringLiteral("+4915123456789");

// A user's app: answers every post with HTTP 500 until told to accept, then 204.
struct Receiver : WebhookReceiver
{
    Receiver() { status = 500; }
};

// The endpoints in the engine's database, read with a reader of the test's own (-1: unreadable).
int storedEndpoints(UiEngineFixture &fixture)
{
    StoreReader reader(fixture.engine().storeConfig());
    if (!reader.open())
        return -1;
    const Result<QList<WebhookEndpoint>> endpoints = reader.webhookEndpoints();
    return endpoints ? int(endpoints->size()) : -1;
}

QStringList columnTexts(const QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(column);
    return texts;
}

// Every text on screen in `root`, to show the secret is nowhere once its dialog is closed.
QStringList shownTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << columnTexts(tree, c);
    }
    return texts;
}

// A failed check returns from the test function; whatever dialog it left open is closed,
// so no window outlives its test (the dialogs are window-modal, not run in a loop of their own).
auto closeDialogsOnExit(QWidget *root)
{
    return qScopeGuard([root = QPointer<QWidget>(root)] {
        if (!root)
            return;
        for (QDialog *dialog : root->findChildren<QDialog *>()) {
            if (dialog->isVisible())
                dialog->reject();
        }
    });
}

} // namespace

class TestWebhookEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void facadeRefusesWhatCannotWork();
    void addPostResendRemove();
    void shots();
};

void TestWebhookEndpoints::facadeRefusesWhatCannotWork()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    EngineFacade &facade = fixture.facade();
    for (const QString &url : { QString(), QStringLiteral("ftp://example.com/x"), QStringLiteral("https://"),
                                QStringLiteral("https://user:pw@example.com/hooks") }) {
        const auto refused = await(facade.addWebhookEndpoint(url, WebhookEvents::kAll, QString()));
        QVERIFY2(!refused, qPrintable(url));
        QCOMPARE(refused.code(), ErrorCode::Invalid);
        QVERIFY(!facade.webhookUrlProblem(url).isEmpty());
    }
    const auto noEvents
        = await(facade.addWebhookEndpoint(QStringLiteral("https://example.com/hooks"), 0, QString()));
    QVERIFY(!noEvents);
    QCOMPARE(noEvents.code(), ErrorCode::Invalid);
    QCOMPARE(storedEndpoints(fixture), 0);
    QVERIFY(credentials->entries.isEmpty()); // nothing kept for what was refused

    UiEngineFixture noKeychain(std::make_shared<MemoryCredentialStore>(false));
    QVERIFY2(noKeychain.start(), qPrintable(noKeychain.startError()));
    const auto unavailable = await(noKeychain.facade().addWebhookEndpoint(
        QStringLiteral("https://example.com/hooks"), WebhookEvents::kAll, {}));
    QVERIFY(!unavailable);
    QCOMPARE(unavailable.code(), ErrorCode::Unavailable);
    QCOMPARE(storedEndpoints(noKeychain), 0);
}

void TestWebhookEndpoints::addPostResendRemove()
{
    Receiver app;
    QVERIFY(app.isListening());
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    SettingsPage settings(fixture.facade(), fixture.facade().readModel());
    const auto guard = closeDialogsOnExit(&settings);
    settings.resize(1000, 640);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *section = settings.findChild<WebhookEndpointsSection *>();
    QVERIFY(section);
    settings.showSection(section);
    QTRY_VERIFY(section->isVisible());
    QCOMPARE(section->list()->topLevelItemCount(), 0);
    QVERIFY(section->summary()->text().startsWith(QLatin1String("No endpoints yet")));
    QVERIFY(!section->logButton()->isEnabled());
    QVERIFY(!section->removeButton()->isEnabled());

    // Add…: every event ticked at first; OK only for a usable address and at least one event.
    QTest::mouseClick(section->addButton(), Qt::LeftButton);
    QPointer<WebhookEndpointDialog> dialog = section->findChild<WebhookEndpointDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    for (WebhookEvents::Type type : WebhookEvents::all())
        QVERIFY(dialog->eventBox(type)->isChecked());
    QCOMPARE(dialog->events(), WebhookEvents::kAll);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->reasonLabel()->text().isEmpty());
    QTest::keyClicks(dialog->urlField(), QStringLiteral("ftp://example.com/hooks"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->reasonLabel()->text().contains(QLatin1String("http://")));
    dialog->urlField()->clear();
    QTest::keyClicks(dialog->urlField(), app.url());
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->reasonLabel()->isHidden());
    for (WebhookEvents::Type type : WebhookEvents::all())
        dialog->eventBox(type)->setChecked(false);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->reasonLabel()->text().contains(QLatin1String("event")));
    dialog->eventBox(WebhookEvents::OptedOut)->setChecked(true);
    dialog->eventBox(WebhookEvents::Dead)->setChecked(true);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->descriptionField(), QStringLiteral("Shop system"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // The secret, this once: whsec_ and 32 bytes of base64, the one kept for the endpoint.
    QTRY_VERIFY(!dialog->secretField()->text().isEmpty());
    const QString secret = dialog->secretField()->text();
    QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
    QCOMPARE(StandardWebhooks::keyOf(secret).value_or(QByteArray()).size(), 32);
    QVERIFY(dialog->secretField()->isReadOnly());
    QVERIFY(dialog->secretField()->isVisible());
    QVERIFY(dialog->copyButton()->isVisible());
    QVERIFY(!dialog->okButton()->isVisible());
    QVERIFY(shownTexts(dialog).join(u' ').contains(QLatin1String("will not be shown again")));
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    QTRY_COMPARE(section->list()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = section->list()->topLevelItem(0);
    QCOMPARE(row->text(WebhookEndpointsSection::UrlColumn), app.url());
    QCOMPARE(row->text(WebhookEndpointsSection::EventsColumn), QStringLiteral("Dead letter, Opted out"));
    QCOMPARE(row->text(WebhookEndpointsSection::DescriptionColumn), QStringLiteral("Shop system"));
    const QList<WebhookEndpoint> endpoints = fixture.facade().readModel().webhookEndpoints().value();
    QCOMPARE(endpoints.size(), 1);
    const WebhookEndpoint endpoint = endpoints.first();
    QCOMPARE(endpoint.events, quint32(WebhookEvents::Dead | WebhookEvents::OptedOut));
    QCOMPARE(credentials->entries.value(webhookEndpointSecretKey(endpoint.id)).apiKey, secret);
    QVERIFY(!shownTexts(&settings).join(u'\n').contains(secret)); // never on screen again
    QCOMPARE(settings.findChild<ErrorBanner *>()->kind(), ErrorBanner::Kind::Success);

    // An event the endpoint wants: the app refuses it, signed with the secret it was shown.
    QVERIFY(await(fixture.facade().addOptOut(kNumber, QStringLiteral("asked on the phone"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!app.requests.isEmpty(), 15'000);
    const Receiver::Request first = app.requests.first();
    QCOMPARE(first.answered, 500);
    QCOMPARE(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("number.opted_out"));
    const QByteArray eventId = first.headers.value("webhook-id");
    QVERIFY(!eventId.isEmpty());
    QCOMPARE(first.headers.value("webhook-signature"),
             StandardWebhooks::signature(StandardWebhooks::keyOf(secret).value(), eventId,
                                         first.headers.value("webhook-timestamp"), first.body));

    // The delivery log: the failed attempt, the body posted.
    section->list()->setCurrentItem(section->list()->topLevelItem(0));
    QVERIFY(section->logButton()->isEnabled());
    QTest::mouseClick(section->logButton(), Qt::LeftButton);
    QPointer<WebhookDeliveriesDialog> log = section->findChild<WebhookDeliveriesDialog *>();
    QVERIFY(log);
    QTRY_VERIFY(log->isVisible());
    QTRY_COMPARE(log->deliveries()->topLevelItemCount(), 1);
    QTreeWidgetItem *delivery = log->deliveries()->topLevelItem(0);
    QCOMPARE(delivery->text(WebhookDeliveriesDialog::EventColumn), QStringLiteral("Opted out"));
    QCOMPARE(delivery->text(WebhookDeliveriesDialog::NumberColumn),
             fixture.facade().phoneNumbers().displayFormat(kNumber));
    QTRY_VERIFY(columnTexts(log->attempts(), 1).contains(QStringLiteral("HTTP 500: Internal Server Error")));
    QTRY_COMPARE(log->deliveries()->topLevelItem(0)->text(WebhookDeliveriesDialog::StateColumn),
                 QStringLiteral("Retrying"));
    QVERIFY(log->deliveries()
                ->topLevelItem(0)
                ->text(WebhookDeliveriesDialog::AnswerColumn)
                .startsWith(QLatin1String("HTTP 500")));
    QVERIFY(log->payload()->toPlainText().contains(QLatin1String("\"type\": \"number.opted_out\"")));
    QVERIFY(log->payload()->toPlainText().contains(kNumber));
    QVERIFY(log->resendButton()->isEnabled());

    // The app is fixed; Resend posts it now, its attempts counted from one again (a retry
    // of its own would have been its second or later attempt).
    app.status = 204;
    QTest::mouseClick(log->resendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(log->deliveries()->topLevelItem(0)->text(WebhookDeliveriesDialog::StateColumn),
                              QStringLiteral("Delivered"), 15'000);
    QCOMPARE(log->deliveries()->topLevelItem(0)->text(WebhookDeliveriesDialog::AttemptsColumn),
             QStringLiteral("1"));
    QCOMPARE(log->deliveries()->topLevelItem(0)->text(WebhookDeliveriesDialog::NextColumn),
             QStringLiteral("—"));
    QTRY_VERIFY(columnTexts(log->attempts(), 1).contains(QStringLiteral("HTTP 204")));
    QCOMPARE(app.requests.last().answered, 204);
    QCOMPARE(app.requests.last().headers.value("webhook-id"), eventId); // the same event, posted again
    QCOMPARE(app.requests.last().body, first.body);
    log->reject();
    QTRY_VERIFY(!log);
    QTRY_COMPARE(section->list()->topLevelItem(0)->text(WebhookEndpointsSection::DeliveredColumn),
                 QStringLiteral("1"));

    // Remove…: asks, then the endpoint and its secret are gone.
    section->list()->setCurrentItem(section->list()->topLevelItem(0));
    QTest::mouseClick(section->removeButton(), Qt::LeftButton);
    auto *box = section->findChild<QMessageBox *>(QStringLiteral("confirmRemoveWebhookEndpoint"));
    QVERIFY(box);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE(section->list()->topLevelItemCount(), 0);
    QCOMPARE(storedEndpoints(fixture), 0);
    QTRY_VERIFY(!credentials->entries.contains(webhookEndpointSecretKey(endpoint.id)));
}

// Not a check: the shots for the docs (Settings → Outgoing webhooks and a delivery log),
// taken when asked for with SMSDESK_WEBHOOK_SHOTS=DIR (scripts/screenshots.sh).
void TestWebhookEndpoints::shots()
{
    const QString dir = qEnvironmentVariable("SMSDESK_WEBHOOK_SHOTS");
    if (dir.isEmpty())
        QSKIP("SMSDESK_WEBHOOK_SHOTS is not set");
    Receiver app;
    QVERIFY(app.isListening());
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    EngineFacade &facade = fixture.facade();
    QVERIFY(await(facade.addWebhookEndpoint(app.url(), WebhookEvents::kAll, QStringLiteral("Shop system"))));
    QVERIFY(await(facade.addWebhookEndpoint(
        QStringLiteral("https://crm.example.com/smsdesk/events"),
        WebhookEvents::Delivered | WebhookEvents::Dead | WebhookEvents::Received, QStringLiteral("CRM"))));
    QTest::qWait(500); // the sender reads the new secrets
    QVERIFY(await(facade.addOptOut(kNumber, QStringLiteral("asked on the phone"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!app.requests.isEmpty(), 15'000);
    app.status = 204;
    QVERIFY(await(facade.addOptOut(QStringLiteral("+4917012345678"), QString())).ok());
    QTRY_VERIFY_WITH_TIMEOUT(app.requests.size() >= 2, 15'000);

    SettingsPage settings(facade, facade.readModel());
    const auto guard = closeDialogsOnExit(&settings);
    settings.resize(1060, 640);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *section = settings.findChild<WebhookEndpointsSection *>();
    settings.showSection(section);
    QTRY_COMPARE(section->list()->topLevelItemCount(), 2);
    QTest::qWait(300);
    QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("settings-outgoing-webhooks.png"))));

    section->list()->setCurrentItem(section->list()->topLevelItem(0));
    WebhookDeliveriesDialog *log = section->showLog();
    QVERIFY(log);
    QTRY_COMPARE(log->deliveries()->topLevelItemCount(), 2);
    log->selectDelivery(log->deliveries()->topLevelItem(1)->data(0, Qt::UserRole).toLongLong());
    QTest::qWait(300);
    QVERIFY(log->grab().save(QDir(dir).filePath(QStringLiteral("settings-outgoing-webhooks-log.png"))));
}

QTEST_MAIN(TestWebhookEndpoints)
#include "tst_webhookendpoints.moc"
