// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: tokens created (shown once) and revoked through the page, the token model
// with real data, settings written to AppSettings, the language signal.
#include "settingspage.h"
#include "storereader.h"
#include "testsupport.h"
#include "tokenmodel.h"
#include "tokenssection.h"
#include "uienginefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
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
};

void TestSettingsPage::createAndRevokeToken()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade());
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
    SettingsPage page(fixture.facade());
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

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
