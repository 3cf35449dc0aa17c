// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts out to CSV (issue 14, point 1, "export to CSV"): a file spreadsheets open right
// and that the import reads back to the same contacts, numbers, groups, note and custom fields
// included; a name a spreadsheet would run as a formula stays text.
#include "contactexport.h"
#include "contactimport.h"
#include "csvreader.h"
#include "phonenumbers.h"

#include <QTest>

using namespace smsdesk;

class TestContactExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReadsTheExportBack();
    void headerAndCells();
    void noContactsIsAHeaderOnly();
};

namespace {
Contact contact(const QString &first, const QString &last, const QStringList &numbers, const QStringList &groups = {},
                const QMap<QString, QString> &fields = {}, const QString &note = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.name = QString(first + QLatin1Char(' ') + last).trimmed();
    c.numbers = numbers;
    c.groups = groups;
    c.fields = fields;
    c.note = note;
    return c;
}
} // namespace

void TestContactExport::importReadsTheExportBack()
{
    const QList<Contact> out {
        contact(QStringLiteral("Jürgen"), QStringLiteral("Weiß"), { QStringLiteral("+4915112345678"), QStringLiteral("+49221123456") },
                { QStringLiteral("regulars"), QStringLiteral("newsletter") }, { { QStringLiteral("order_no"), QStringLiteral("A-17") } },
                QStringLiteral("Tisch am Fenster,\nbitte \"ruhig\"")),
        contact(QStringLiteral("Ana"), QStringLiteral("López"), { QStringLiteral("+34612345678") }, {},
                { { QStringLiteral("table"), QStringLiteral("4") } }),
    };
    const PhoneNumbers numbers(QStringLiteral("DE"));
    const Result<ImportPlan> back = ContactImport::fromData(ContactExport::toCsv(out), numbers);
    QVERIFY2(back, qPrintable(back.errorString()));
    QVERIFY(back->rejected.isEmpty());
    QCOMPARE(back->contacts.size(), out.size());
    for (int i = 0; i < out.size(); ++i) {
        const Contact &a = out.at(i), &b = back->contacts.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.firstName, a.firstName);
        QCOMPARE(b.lastName, a.lastName);
        QCOMPARE(b.numbers, a.numbers);
        QCOMPARE(b.groups, a.groups);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.fields, a.fields);
    }
}

void TestContactExport::headerAndCells()
{
    const QByteArray csv = ContactExport::toCsv({ contact(QStringLiteral("Ana"), QStringLiteral("López"),
                                                          { QStringLiteral("+34612345678") },
                                                          { QStringLiteral("a"), QStringLiteral("b") },
                                                          { { QStringLiteral("zeta"), QStringLiteral("1") },
                                                            { QStringLiteral("alpha"), QStringLiteral("2") } }),
                                                  contact(QStringLiteral("=HYPERLINK(\"x\")"), {},
                                                          { QStringLiteral("+4915112345678"), QStringLiteral("+4930123456") }) });
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM: Excel reads the accents right
    const Result<CsvTable> table = CsvReader::parse(csv);
    QVERIFY(table);
    QCOMPARE(table->header,
             (QStringList { QStringLiteral("Name"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                            QStringLiteral("Phone 1"), QStringLiteral("Phone 2"), QStringLiteral("Groups"),
                            QStringLiteral("Note"), QStringLiteral("alpha"), QStringLiteral("zeta") }));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).at(5), QStringLiteral("a; b"));
    QCOMPARE(table->rows.at(0).at(7), QStringLiteral("2"));
    QCOMPARE(table->rows.at(0).at(4), QString()); // one number: Phone 2 empty
    QCOMPARE(table->rows.at(1).at(1), QStringLiteral("'=HYPERLINK(\"x\")")); // never run as a formula
    QCOMPARE(table->rows.at(1).at(4), QStringLiteral("+4930123456")); // a number stays a number
}

void TestContactExport::noContactsIsAHeaderOnly()
{
    const Result<CsvTable> table = CsvReader::parse(ContactExport::toCsv({}));
    QVERIFY(table);
    QCOMPARE(table->header.size(), 6);
    QVERIFY(table->rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestContactExport)
#include "tst_contactexport.moc"
