// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts page (issue 14, point 1): import a file as people have them (Google's and
// Outlook's CSV exports, tests/data/contacts/README names each exporter) through the preview —
// columns mapped, rows left out with their line and reason, nothing stored before Import and
// nothing at all from a broken file — then search, filter by group, export to CSV (and a folder
// that cannot be written is said) and delete after a question. A real engine (UiEngineFixture),
// on SQLite and, as tst_contactspage_postgres, on PostgreSQL.
#include "contactimportdialog.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "errorbanner.h"
#include "storetestsupport.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace smsdesk;
using namespace smsdesk::test;

class TestContactsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
    }
    void importSearchExportDelete();
    void aBrokenFileImportsNothing();

private:
    static ContactImportDialog *openImport(ContactsPage &page, const QString &file);
    static QAbstractButton *importButton(ContactImportDialog *dialog);
};

ContactImportDialog *TestContactsPage::openImport(ContactsPage &page, const QString &file)
{
    page.importFile(testDataPath(QStringLiteral("contacts/") + file));
    return page.findChild<ContactImportDialog *>();
}

QAbstractButton *TestContactsPage::importButton(ContactImportDialog *dialog)
{
    for (QAbstractButton *button : dialog->buttons()->buttons()) {
        if (dialog->buttons()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return button;
    }
    return nullptr;
}

void TestContactsPage::importSearchExportDelete()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    BusinessSettings business = fixture.facade().businessSettings();
    business.defaultRegion = QStringLiteral("DE"); // the Outlook file's numbers are German
    QVERIFY(await(fixture.facade().setBusinessSettings(business)).ok());
    QTRY_COMPARE(fixture.facade().businessSettings().defaultRegion, QStringLiteral("DE"));
    ContactsPage page(fixture.facade(), fixture.facade().readModel());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!page.view()->isVisible()); // the empty state says what to do
    // Plural forms come from the English translation, which the application installs; here
    // the source text shows: "contact(s)".
    QVERIFY2(page.countLabel()->text().startsWith(QStringLiteral("0 contact")), qPrintable(page.countLabel()->text()));

    // Google's export: 35 columns guessed, three contacts, nothing stored until Import.
    ContactImportDialog *dialog = openImport(page, QStringLiteral("google-contacts.csv"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->summary()->text().startsWith(QStringLiteral("3 contact(s) from 3 rows")),
             qPrintable(dialog->summary()->text()));
    QVERIFY(dialog->columnPickers().size() >= 30);
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(fixture.facade().readModel().contactCount({}).value(), 0);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(fixture.facade().readModel().contactCount({}).value(), 3);
    QTRY_VERIFY(page.findChild<ContactImportDialog *>() == nullptr);
    QVERIFY2(page.banner()->text().contains(QStringLiteral("Imported 3 new contact")), qPrintable(page.banner()->text()));
    QTRY_COMPARE(page.model()->rowCount(), 3);
    QVERIFY(page.view()->isVisible());

    // Outlook's export saved by German Excel: a row left out with its line; the column of
    // numbers set to "Ignore" leaves nothing to import; a group for every contact.
    dialog = openImport(page, QStringLiteral("outlook-de-windows1252.csv"));
    QVERIFY(dialog);
    QVERIFY(dialog->problems()->count() >= 1);
    QVERIFY2(dialog->problems()->item(0)->text().startsWith(QStringLiteral("Line 2: \"0151 2345678\"")),
             qPrintable(dialog->problems()->item(0)->text()));
    QList<QComboBox *> numbers;
    for (QComboBox *picker : dialog->columnPickers()) {
        if (picker->currentData().toInt() == int(ContactImportDialog::Use::Number))
            numbers.append(picker);
    }
    QVERIFY(!numbers.isEmpty());
    for (QComboBox *picker : numbers)
        picker->setCurrentIndex(picker->findData(int(ContactImportDialog::Use::Ignore)));
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("phone numbers")), qPrintable(dialog->summary()->text()));
    QVERIFY(!importButton(dialog)->isEnabled());
    for (QComboBox *picker : numbers)
        picker->setCurrentIndex(picker->findData(int(ContactImportDialog::Use::Number)));
    QVERIFY(importButton(dialog)->isEnabled());
    dialog->groupsField()->setText(QStringLiteral("Kunden"));
    QMetaObject::invokeMethod(dialog->groupsField(), "editingFinished");
    QVERIFY(dialog->preview()->item(0, 2)->text().contains(QStringLiteral("Kunden")));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<ContactImportDialog *>() == nullptr);
    QTRY_VERIFY(page.groupPicker()->findData(QStringLiteral("Kunden")) >= 0);

    // Search and group, in the store.
    page.searchField()->setText(QStringLiteral("Öztürk"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.searchField()->clear();
    page.groupPicker()->setCurrentIndex(page.groupPicker()->findData(QStringLiteral("Kunden")));
    QTRY_COMPARE(page.model()->rowCount(), 3);
    QVERIFY2(page.countLabel()->text().startsWith(QStringLiteral("3 contact")), qPrintable(page.countLabel()->text()));

    // Export (the group chosen), and a folder that cannot be written.
    QTemporaryDir out;
    page.exportTo(out.filePath(QStringLiteral("kunden.csv")));
    QFile file(out.filePath(QStringLiteral("kunden.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains("Jürgen"));
    QCOMPARE(csv.count("\r\n"), 4); // the header and three contacts
    page.exportTo(QStringLiteral("/proc/no-such-folder/contacts.csv"));
    QVERIFY2(page.banner()->text().contains(QStringLiteral("Nothing was exported")), qPrintable(page.banner()->text()));

    // Delete after a question.
    page.groupPicker()->setCurrentIndex(0);
    QTRY_COMPARE(page.model()->rowCount(), 6);
    page.view()->selectRow(0);
    const QString first = page.model()->contactAt(0).name;
    QVERIFY(page.removeButton()->isEnabled());
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmDeleteContact"));
    QVERIFY(box);
    QVERIFY(box->text().contains(first));
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_COMPARE(page.model()->rowCount(), 5);
}

void TestContactsPage::aBrokenFileImportsNothing()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    ContactsPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const QString &name : { QStringLiteral("broken.vcf"), QStringLiteral("unclosed-quote.csv"),
                                 QStringLiteral("contacts-really.xlsx") }) {
        ContactImportDialog *dialog = openImport(page, name);
        QVERIFY(dialog);
        QVERIFY2(dialog->summary()->text().contains(QStringLiteral("Nothing was imported"))
                     || dialog->summary()->text().contains(QStringLiteral("phone numbers")),
                 qPrintable(name + QStringLiteral(": ") + dialog->summary()->text()));
        QVERIFY(!importButton(dialog)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(page.findChild<ContactImportDialog *>() == nullptr);
    }
    page.importFile(QStringLiteral("/no/such/file.csv"));
    ContactImportDialog *dialog = page.findChild<ContactImportDialog *>();
    QVERIFY(dialog && dialog->summary()->text().contains(QStringLiteral("Cannot open")));
    dialog->reject();
    QCOMPARE(fixture.facade().readModel().contactCount({}).value(), 0);
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
