// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: tokens created (shown once) and revoked through the page, the token model
// with real data, settings written to AppSettings, the language signal, webhook secrets
// shown, copied and rotated (and refused without a keychain).
#include "errorbanner.h"
#include "settingspage.h"
#include "storereader.h"
#include "testsupport.h"
#include "tokenmodel.h"
#include "tokenssection.h"
#include "uienginefixture.h"
#include "webhookssection.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
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
    QCOMPARE(fixture.facade().settings().retrySettings().maxAttempts, 3);
    QCOMPARE(fixture.facade().settings().language(), QStringLiteral("en"));
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.first().first().toString(), QStringLiteral("en"));
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
