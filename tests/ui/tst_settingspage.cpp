// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: tokens created (shown once) and revoked through the page, the token model
// with real data, this machine's settings written to AppSettings and the business's to the
// database (and from one desk to another on PostgreSQL), the language signal, webhook
// secrets shown, copied and rotated (and refused without a keychain).
#include "errorbanner.h"
#include "settingspage.h"
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "tokenmodel.h"
#include "tokenssection.h"
#include "uienginefixture.h"
#include "webhookssection.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk); // the icons live in the static ui library
    }
    void createAndRevokeToken();
    void applyWritesSettings();
    void settingsFromAnOlderVersionMoveIntoTheDatabase();
    void aSettingsChangeOnOneDeskShowsOnAnother();
    void webhookSecretShownAndRotated();
    void webhookSecretsWithoutKeychain();

private:
    static void answerRotate(QWidget *parent, QMessageBox::ButtonRole role);
    static void openWebhooks(SettingsPage &page);
};

void TestSettingsPage::openWebhooks(SettingsPage &page)
{
    auto *sections = page.findChild<QListWidget *>();
    const QList<QListWidgetItem *> items = sections->findItems(QStringLiteral("Webhooks"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    sections->setCurrentItem(items.first());
    QVERIFY(page.webhooks()->isVisible());
}

void TestSettingsPage::answerRotate(QWidget *parent, QMessageBox::ButtonRole role)
{
    auto *box = parent->findChild<QMessageBox *>(QStringLiteral("confirmRotate"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("refused")));
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no such button in the confirmation");
}

void TestSettingsPage::createAndRevokeToken()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TokensSection *tokens = page.tokens();
    QAbstractItemModelTester tester(tokens->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tokens->model()->rowCount(), 0);

    QTest::keyClicks(tokens->nameField(), QStringLiteral("Booking system"));
    QTest::mouseClick(tokens->createButton(), Qt::LeftButton);
    QTRY_VERIFY(!tokens->newTokenField()->text().isEmpty());
    QVERIFY(tokens->newTokenField()->isReadOnly());
    QCOMPARE(tokens->model()->rowCount(), 1);
    const QModelIndex row = tokens->model()->index(0, TokenModel::NameColumn);
    QCOMPARE(row.data(TokenModel::NameRole).toString(), QStringLiteral("Booking system"));
    QVERIFY(row.data(TokenModel::ActiveRole).toBool());
    // Only the hash is stored: the plain token is nowhere in the model.
    for (int c = 0; c < tokens->model()->columnCount(); ++c)
        QVERIFY(!tokens->model()->index(0, c).data().toString().contains(tokens->newTokenField()->text()));

    auto *view = tokens->findChild<QTableView *>();
    view->selectRow(0);
    QPushButton *revoke = nullptr;
    for (QPushButton *b : tokens->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("voke")))
            revoke = b;
    }
    QVERIFY(revoke && revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *box = tokens->findChild<QMessageBox *>(QStringLiteral("confirmRevoke"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_VERIFY(!tokens->model()->index(0, 0).data(TokenModel::ActiveRole).toBool());
}

void TestSettingsPage::applyWritesSettings()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(!page.applyButton()->isEnabled());
    const QList<QSpinBox *> attempts = page.findChildren<QSpinBox *>();
    QSpinBox *attemptBox = nullptr;
    for (QSpinBox *box : attempts) {
        if (box->accessibleName() == QStringLiteral("Attempts before giving up"))
            attemptBox = box;
    }
    QVERIFY(attemptBox);
    attemptBox->setValue(3);
    QVERIFY(page.applyButton()->isEnabled());
    QSignalSpy language(&page, &SettingsPage::languageChanged);
    // Index 0 follows the system; English (the source language) is always offered after it.
    QCOMPARE(page.languageBox()->itemData(1).toString(), QStringLiteral("en"));
    page.languageBox()->setCurrentIndex(1);
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    // The language is this machine's (settings.ini); the retries are the business's, in the
    // database, and a message queued afterwards has as many attempts.
    QCOMPARE(fixture.facade().settings().language(), QStringLiteral("en"));
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.first().first().toString(), QStringLiteral("en"));
    QTRY_COMPARE(fixture.facade().businessSettings().retry.maxAttempts, 3);
    QCOMPARE(fixture.store().settings().value(QStringLiteral("retry/max_attempts")), QStringLiteral("3"));
    QVERIFY(!QFile::exists(fixture.dataDir() + QStringLiteral("/settings.ini"))
            || !QSettings(fixture.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
                    .contains(QStringLiteral("retry/max_attempts")));
    const Result<Message> sent
        = await(fixture.facade().sendMessage(QStringLiteral("+4915112345678"), QStringLiteral("hi")));
    QVERIFY2(sent.ok(), qPrintable(sent.errorString()));
    QCOMPARE(sent->maxAttempts, 3);
}

// A data folder from before schema 6 kept the business settings in settings.ini: they move
// into the database at the first start and leave the file.
void TestSettingsPage::settingsFromAnOlderVersionMoveIntoTheDatabase()
{
    UiEngineFixture fixture;
    {
        QSettings ini(fixture.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("numbers/default_region"), QStringLiteral("fr"));
        ini.setValue(QStringLiteral("retry/max_attempts"), 4);
        ini.setValue(QStringLiteral("webhooks/mysmsgate_check"), QStringLiteral("token"));
        ini.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    }
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    const BusinessSettings &business = fixture.facade().businessSettings();
    QCOMPARE(business.defaultRegion, QStringLiteral("FR"));
    QCOMPARE(business.retry.maxAttempts, 4);
    QCOMPARE(business.retry.baseMs, RetryPolicy::Settings {}.baseMs);
    QCOMPARE(business.mySmsGateCheck, QStringLiteral("token"));
    QCOMPARE(fixture.facade().phoneNumbers().defaultRegion(), QStringLiteral("FR"));
    QCOMPARE(fixture.store().settings().value(QStringLiteral("retry/max_attempts")), QStringLiteral("4"));
    const QSettings ini(fixture.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(!ini.contains(QStringLiteral("retry/max_attempts")));
    QVERIFY(!ini.contains(QStringLiteral("numbers/default_region")));
    QCOMPARE(ini.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de")); // this machine's
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    QCOMPARE(page.regionBox()->currentData().toString(), QStringLiteral("FR"));
    QCOMPARE(page.retryAttemptsBox()->value(), 4);
}

// Two desks on one PostgreSQL database: what one applies, the other's open Settings page,
// number reader and queue use at once; an edit in progress there is not overwritten.
void TestSettingsPage::aSettingsChangeOnOneDeskShowsOnAnother()
{
    SMSDESK_POSTGRES_ONLY("desks share a PostgreSQL database");
    UiEngineFixture deskA;
    QVERIFY2(deskA.start(), qPrintable(deskA.startError()));
    UiEngineFixture deskB;
    deskB.setDatabaseUrl(deskA.databaseUrl());
    QVERIFY2(deskB.start(), qPrintable(deskB.startError()));
    SettingsPage pageA(deskA.facade(), deskA.facade().readModel());
    pageA.show();

    BusinessSettings changed = deskB.facade().businessSettings();
    changed.defaultRegion = QStringLiteral("DE");
    changed.retry.maxAttempts = 5;
    QElapsedTimer seen;
    seen.start();
    QVERIFY(await(deskB.facade().setBusinessSettings(changed)).ok());
    QTRY_COMPARE(pageA.retryAttemptsBox()->value(), 5);
    qInfo("a settings change applied on desk B showed on desk A's page after %lld ms", seen.elapsed());
    QCOMPARE(pageA.regionBox()->currentData().toString(), QStringLiteral("DE"));
    QVERIFY(!pageA.applyButton()->isEnabled());
    QCOMPARE(deskA.facade().phoneNumbers().defaultRegion(), QStringLiteral("DE"));
    // Desk A reads a national number as German now, and its store gives 5 attempts.
    const Result<Message> sent = await(deskA.facade().sendMessage(QStringLiteral("0151 12345678"), QStringLiteral("hi")));
    QVERIFY2(sent.ok(), qPrintable(sent.errorString()));
    QCOMPARE(sent->to, QStringLiteral("+4915112345678"));
    QCOMPARE(sent->maxAttempts, 5);

    // Desk A's user is editing: a further change from B is announced, not forced in.
    pageA.retryAttemptsBox()->setValue(7);
    QVERIFY(pageA.applyButton()->isEnabled());
    changed.retry.maxAttempts = 6;
    QVERIFY(await(deskB.facade().setBusinessSettings(changed)).ok());
    QTRY_COMPARE(deskA.facade().businessSettings().retry.maxAttempts, 6);
    QCOMPARE(pageA.retryAttemptsBox()->value(), 7);
    QVERIFY(pageA.applyButton()->isEnabled());
    QTest::mouseClick(pageA.applyButton(), Qt::LeftButton);
    QTRY_COMPARE(deskB.facade().businessSettings().retry.maxAttempts, 7);
}

void TestSettingsPage::webhookSecretShownAndRotated()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    credentials->answerDelayMs = 10; // the keychain answers a moment later
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    WebhooksSection *webhooks = page.webhooks();
    const QString adapter = QStringLiteral("smsgate");
    QLineEdit *secret = webhooks->secretField(adapter);
    QVERIFY(secret && secret->isReadOnly());
    QCOMPARE(secret->accessibleName(), QStringLiteral("Webhook secret for smsgate"));
    QVERIFY(secret->text().isEmpty()); // loaded when the page is shown, not before
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Visiting Settings leaves the keychain alone; opening the Webhooks section reads it.
    QTest::qWait(50);
    QVERIFY(!credentials->entries.contains(webhookSecretKey(adapter)));
    QVERIFY(secret->text().isEmpty());
    openWebhooks(page);

    // Loaded and hidden; the one that was made and stored.
    QTRY_VERIFY(!secret->text().isEmpty());
    const QString stored = credentials->entries.value(webhookSecretKey(adapter)).apiKey;
    QCOMPARE(secret->text(), stored);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTRY_COMPARE(webhooks->secretField(QStringLiteral("mysmsgate"))->text(),
                 credentials->entries.value(webhookSecretKey(QStringLiteral("mysmsgate"))).apiKey);

    QTest::mouseClick(webhooks->showButton(adapter), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(webhooks->showButton(adapter), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(webhooks->copyButton(adapter), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), stored);

    // Cancel keeps it.
    QPushButton *rotate = webhooks->rotateButton(adapter);
    QVERIFY(rotate->isEnabled());
    QTest::mouseClick(rotate, Qt::LeftButton);
    answerRotate(webhooks, QMessageBox::RejectRole);
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(50);
    QCOMPARE(secret->text(), stored);
    QCOMPARE(credentials->entries.value(webhookSecretKey(adapter)).apiKey, stored);

    // Rotate: a new secret, saved, shown so it can be read off and copied.
    QTest::mouseClick(rotate, Qt::LeftButton);
    answerRotate(webhooks, QMessageBox::DestructiveRole);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!secret->text().isEmpty() && secret->text() != stored);
    QCOMPARE(secret->text(), credentials->entries.value(webhookSecretKey(adapter)).apiKey);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(await(fixture.facade().webhookSecret(adapter)).value(), secret->text());
    auto *banner = page.findChild<ErrorBanner *>();
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Success);
    QVERIFY(rotate->isEnabled());
    // The other adapter's secret is untouched.
    QCOMPARE(webhooks->secretField(QStringLiteral("mysmsgate"))->text(),
             credentials->entries.value(webhookSecretKey(QStringLiteral("mysmsgate"))).apiKey);
}

void TestSettingsPage::webhookSecretsWithoutKeychain()
{
    auto credentials = std::make_shared<MemoryCredentialStore>(false);
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    openWebhooks(page);
    WebhooksSection *webhooks = page.webhooks();
    for (const QString &adapter : { QStringLiteral("smsgate"), QStringLiteral("mysmsgate") }) {
        QVERIFY(!webhooks->rotateButton(adapter)->isEnabled());
        QTRY_COMPARE(webhooks->secretField(adapter)->placeholderText(), QStringLiteral("Not available"));
        QVERIFY(webhooks->secretField(adapter)->text().isEmpty());
        QVERIFY(!webhooks->copyButton(adapter)->isEnabled());
    }
    // The page says why, next to the secrets.
    bool explained = false;
    for (QLabel *label : webhooks->findChildren<QLabel *>())
        explained |= label->isVisible() && label->text().contains(credentials->unavailableReason());
    QVERIFY2(explained, "the page must say why there is no secret and what to do");
    QVERIFY(credentials->entries.isEmpty());
    QCOMPARE(credentials->refusedWrites, 0);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
