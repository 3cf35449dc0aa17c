// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Saved texts (issue 14, point 2: "managed in Settings"): a text is checked as it
// is typed (an unclosed placeholder is said, Save waits), shown filled in for an example
// customer with its SMS count, saved, edited, refused under a name already taken, deleted
// after a question; a text saved elsewhere (the API, another desk) shows without a reload.
#include "errorbanner.h"
#include "savedtextssection.h"
#include "settingspage.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestSavedTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void writeCheckSaveEditDelete();
};

void TestSavedTexts::writeCheckSaveEditDelete()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    SettingsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *sections = page.findChild<QListWidget *>();
    const QList<QListWidgetItem *> items = sections->findItems(QStringLiteral("Saved texts"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    sections->setCurrentItem(items.first());
    SavedTextsSection *texts = page.savedTexts();
    QVERIFY(texts->isVisible());
    QCOMPARE(texts->list()->count(), 0);

    QTest::keyClicks(texts->nameField(), QStringLiteral("Order ready"));
    QTest::keyClicks(texts->textField(), QStringLiteral("Hi {first_name, your order"));
    QVERIFY2(texts->preview()->text().contains(QStringLiteral("{first_name")), qPrintable(texts->preview()->text()));
    QVERIFY(!texts->saveButton()->isEnabled());
    texts->textField()->setPlainText(QStringLiteral("Hi {first_name}, your order {order_no|} is ready."));
    QCOMPARE(texts->preview()->text(),
             QStringLiteral("For Ada Lovelace: “Hi Ada, your order  is ready.” — 1 SMS · 131 left · GSM-7"));
    QVERIFY(texts->saveButton()->isEnabled());
    QTest::mouseClick(texts->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(texts->list()->count(), 1);
    QCOMPARE(texts->list()->item(0)->text(), QStringLiteral("Order ready"));
    QVERIFY(texts->deleteButton()->isEnabled());
    const auto stored = [&] { return fixture.facade().readModel().templates().value(); };
    QCOMPARE(stored().size(), 1);

    // Edited in place: the same row, the new text.
    texts->textField()->setPlainText(QStringLiteral("Hi {first_name|there}, your order is ready."));
    QTest::mouseClick(texts->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().value(0).body, QStringLiteral("Hi {first_name|there}, your order is ready."));
    QCOMPARE(stored().size(), 1);

    // A second text under the same name: refused, said, nothing stored.
    QTest::mouseClick(texts->newButton(), Qt::LeftButton);
    QVERIFY(texts->nameField()->text().isEmpty());
    QTest::keyClicks(texts->nameField(), QStringLiteral("Order ready"));
    QTest::keyClicks(texts->textField(), QStringLiteral("Another text"));
    QTest::mouseClick(texts->saveButton(), Qt::LeftButton);
    auto *banner = page.findChild<ErrorBanner *>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("exists already")), qPrintable(banner->text()));
    QCOMPARE(stored().size(), 1);

    // Saved elsewhere (the API, another desk): the list follows.
    SavedTemplate other;
    other.name = QStringLiteral("Closed Monday");
    other.body = QStringLiteral("We are closed on Monday.");
    QVERIFY(await(fixture.facade().saveTemplate(other)).ok());
    QTRY_COMPARE(texts->list()->count(), 2);
    QCOMPARE(texts->nameField()->text(), QStringLiteral("Order ready")); // what was typed stays

    // Deleted after a question.
    texts->list()->setCurrentRow(0); // by name: "Closed Monday"
    QCOMPARE(texts->nameField()->text(), QStringLiteral("Closed Monday"));
    QTest::mouseClick(texts->deleteButton(), Qt::LeftButton);
    auto *box = texts->findChild<QMessageBox *>(QStringLiteral("confirmDeleteText"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_COMPARE(texts->list()->count(), 1);
    QCOMPARE(stored().value(0).name, QStringLiteral("Order ready"));
}

QTEST_MAIN(TestSavedTexts)
#include "tst_savedtexts.moc"
