// SPDX-License-Identifier: GPL-3.0-or-later
// From the files people have to contacts (issue 14, point 1): columns guessed from the
// headers exporters write, numbers read as E.164 with the business's region, rows without a
// usable number left out with their line and reason, a vCard file with a broken card refused
// whole. The files are tests/data/contacts (see its README for the exporter each imitates).
#include "contactimport.h"
#include "phonenumbers.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace smsdesk;

namespace {
QByteArray file(const QString &name)
{
    QFile f(test::testDataPath(QStringLiteral("contacts/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

const Contact *withNumber(const ImportPlan &plan, const QString &number)
{
    for (const Contact &c : plan.contacts) {
        if (c.numbers.contains(number))
            return &c;
    }
    return nullptr;
}
} // namespace

class TestContactImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Other columns become fields for saved texts; their names from the header as people
    // write it: accents dropped, ß as ss (Outlook's German export: "Straße geschäftlich").
    void fieldNamesFromHeaders()
    {
        QCOMPARE(ColumnMapping::fieldNameFor(QStringLiteral("Order No.")), QStringLiteral("order_no"));
        QCOMPARE(ColumnMapping::fieldNameFor(QStringLiteral("Straße geschäftlich")), QStringLiteral("strasse_geschaftlich"));
        QCOMPARE(ColumnMapping::fieldNameFor(QStringLiteral("Prénom du père")), QStringLiteral("prenom_du_pere"));
        QCOMPARE(ColumnMapping::fieldNameFor(QStringLiteral("  Table #")), QStringLiteral("table"));
        QCOMPARE(ColumnMapping::fieldNameFor(QStringLiteral("電話")), QString());
        QCOMPARE(ColumnMapping::fieldNameFor(QString()), QString());
    }
    // Google Contacts' "Google CSV" header (support.google.com/contacts, answer 1069522, as
    // exported): Name / Given Name / Family Name, "Phone N - Value" with " ::: " between
    // several numbers, "Group Membership" with Google's own "* myContacts".
    void googleExport()
    {
        const PhoneNumbers numbers(QStringLiteral("DE"));
        const Result<ImportPlan> plan = ContactImport::fromData(file(QStringLiteral("google-contacts.csv")), numbers);
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QCOMPARE(plan->rows, 3);
        QCOMPARE(plan->contacts.size(), 3);
        QVERIFY(plan->rejected.isEmpty());
        const Contact *anna = withNumber(plan.value(), QStringLiteral("+4915123456789"));
        QVERIFY(anna);
        QCOMPARE(anna->name, QStringLiteral("Anna Schmidt"));
        QCOMPARE(anna->firstName, QStringLiteral("Anna"));
        QCOMPARE(anna->lastName, QStringLiteral("Schmidt"));
        QCOMPARE(anna->numbers, (QStringList { QStringLiteral("+4915123456789"), QStringLiteral("+491701112223"),
                                               QStringLiteral("+49301234567") }));
        QCOMPARE(anna->groups, QStringList { QStringLiteral("Stammkunden") });
        QCOMPARE(anna->fields.value(QStringLiteral("e_mail_1_value")), QStringLiteral("anna.schmidt@example.de"));
        QVERIFY(!anna->fields.contains(QStringLiteral("phone_1_type"))); // a label, not a value
        const Contact *juergen = withNumber(plan.value(), QStringLiteral("+491719876543"));
        QVERIFY(juergen);
        QCOMPARE(juergen->name, QStringLiteral("Müller, Jürgen"));
        QCOMPARE(juergen->note, QStringLiteral("Rabatt 10%\nnur freitags"));
        QVERIFY(juergen->groups.isEmpty());
        const Contact *chloe = withNumber(plan.value(), QStringLiteral("+33142685300"));
        QVERIFY(chloe);
        QCOMPARE(chloe->fields.value(QStringLiteral("nickname")), QStringLiteral("Coco"));
    }

    // Outlook's export saved again by German Excel: ';', Windows-1252, German headers.
    void outlookGermanExcel()
    {
        const PhoneNumbers numbers(QStringLiteral("DE"));
        const Result<ImportPlan> plan
            = ContactImport::fromData(file(QStringLiteral("outlook-de-windows1252.csv")), numbers);
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        const Contact *zoe = withNumber(plan.value(), QStringLiteral("+49211987654"));
        QVERIFY(zoe);
        QCOMPARE(zoe->firstName, QStringLiteral("Zoë"));
        QCOMPARE(zoe->lastName, QStringLiteral("Weiß"));
        QCOMPARE(zoe->fields.value(QStringLiteral("firma")), QStringLiteral("Weiß & Söhne; Getränke"));
        QCOMPARE(zoe->note, QStringLiteral("Liefert Mo–Fr\nTor 3 benutzen"));
        const Contact *oemer = withNumber(plan.value(), QStringLiteral("+4917655512345"));
        QVERIFY(oemer);
        QCOMPARE(oemer->lastName, QStringLiteral("Öztürk"));
        const Contact *juergen = withNumber(plan.value(), QStringLiteral("+49221123456"));
        QVERIFY(juergen);
        QCOMPARE(juergen->note, QStringLiteral("Stammkunde, 10 € Rabatt – „immer freitags“"));
        QCOMPARE(plan->contacts.size(), 3);
    }

    // What a row without a usable number becomes: left out, with its line and why; a number
    // that does not read beside one that does: the row goes in, the bad number is said.
    void rowsWithoutAUsableNumber()
    {
        const PhoneNumbers numbers(QStringLiteral("DE"));
        const QByteArray csv = "Name,Phone,Phone 2\r\nAda,+4915112345678,\r\nBob,,\r\nCy,12,\r\n"
                               "Dee,0151 12345679,not a number\r\n";
        const Result<ImportPlan> plan = ContactImport::fromData(csv, numbers, { QStringLiteral("imported") });
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QCOMPARE(plan->rows, 4);
        QCOMPARE(plan->contacts.size(), 2);
        QCOMPARE(plan->contacts.at(1).numbers, QStringList { QStringLiteral("+4915112345679") });
        QCOMPARE(plan->contacts.at(0).groups, QStringList { QStringLiteral("imported") });
        QCOMPARE(plan->rejected.size(), 3);
        QCOMPARE(plan->rejected.at(0).line, 3);
        QCOMPARE(plan->rejected.at(0).reason, QStringLiteral("no phone number"));
        QCOMPARE(plan->rejected.at(1).line, 4);
        QVERIFY2(plan->rejected.at(1).reason.startsWith(QStringLiteral("\"12\" is not a phone number")),
                 qPrintable(plan->rejected.at(1).reason));
        QCOMPARE(plan->rejected.at(2).line, 5);
        QVERIFY(plan->rejected.at(2).reason.contains(QStringLiteral("not a number")));
    }

    void aFileWithoutAPhoneColumnIsRefused()
    {
        const PhoneNumbers numbers(QStringLiteral("DE"));
        const Result<ImportPlan> plan = ContactImport::fromData("Name;City\nAda;London\n", numbers);
        QCOMPARE(plan.code(), ErrorCode::Invalid);
        QVERIFY2(plan.errorString().contains(QStringLiteral("no column holds phone numbers"))
                     && plan.errorString().contains(QStringLiteral("Name, City")),
                 qPrintable(plan.errorString()));
        QCOMPARE(ContactImport::fromData(file(QStringLiteral("unclosed-quote.csv")), numbers).code(),
                 ErrorCode::Invalid);
        QCOMPARE(ContactImport::fromData(file(QStringLiteral("contacts-really.xlsx")), numbers).code(),
                 ErrorCode::Invalid);
    }

    // AOSP's VCardBuilder 2.1 (QUOTED-PRINTABLE names, TEL;CELL;PREF), iOS's 3.0 and RFC 6350's
    // 4.0 example: every card with a number becomes a contact, numbers in E.164.
    void vCardsAsPhonesExportThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("region");
        QTest::newRow("android 2.1") << QStringLiteral("android-2.1.vcf") << QStringLiteral("DE");
        QTest::newRow("iphone 3.0") << QStringLiteral("iphone-3.0.vcf") << QStringLiteral("DE");
        QTest::newRow("rfc 6350 4.0") << QStringLiteral("vcard-4.0.vcf") << QStringLiteral("US");
        QTest::newRow("outlook 2.1") << QStringLiteral("outlook-2.1.vcf") << QStringLiteral("DE");
    }
    void vCardsAsPhonesExportThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, region);
        const PhoneNumbers numbers(region);
        const Result<ImportPlan> plan = ContactImport::fromData(file(name), numbers);
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QVERIFY(!plan->contacts.isEmpty());
        for (const Contact &c : plan->contacts) {
            QVERIFY2(!c.name.isEmpty() || !c.firstName.isEmpty() || !c.lastName.isEmpty(), qPrintable(name));
            for (const QString &number : c.numbers)
                QVERIFY2(number.startsWith(u'+'), qPrintable(number));
        }
        for (const ImportProblem &p : plan->rejected)
            qInfo("%s line %d: %s", qPrintable(name), p.line, qPrintable(p.reason));
    }

    // A card cut off (no END:VCARD) refuses the whole file, so nothing is imported half-read.
    void aBrokenVCardFileIsRefusedWhole()
    {
        const PhoneNumbers numbers(QStringLiteral("DE"));
        const Result<ImportPlan> plan = ContactImport::fromData(file(QStringLiteral("broken.vcf")), numbers);
        QCOMPARE(plan.code(), ErrorCode::Invalid);
        QVERIFY2(plan.errorString().contains(QStringLiteral("END:VCARD")), qPrintable(plan.errorString()));
    }

    void headersAreGuessedInFourLanguages()
    {
        const ColumnMapping m = ColumnMapping::guess({ QStringLiteral("Prénom"), QStringLiteral("Nom de famille"),
                                                       QStringLiteral("Téléphone portable"), QStringLiteral("Groupe"),
                                                       QStringLiteral("Order No."), QStringLiteral("Apellidos") });
        QCOMPARE(m.firstName, 0);
        QCOMPARE(m.lastName, 1);
        QCOMPARE(m.numbers, QList<int> { 2 });
        QCOMPARE(m.groups, 3);
        QCOMPARE(m.fields.value(4), QStringLiteral("order_no"));
        // A second last-name column is not lost: it is kept as a field.
        QCOMPARE(m.fields.value(5), QStringLiteral("apellidos"));
    }

    // A German shop system's list: "Mobil" holds the numbers; "Bestellnummer" (order number)
    // has "tel" inside it but is a field, while "Tel." and "Tel 2" are numbers.
    void anOrderNumberIsNotAPhoneNumber()
    {
        const ColumnMapping m = ColumnMapping::guess({ QStringLiteral("Mobil"), QStringLiteral("Vorname"),
                                                       QStringLiteral("Bestellnummer"), QStringLiteral("Tel."),
                                                       QStringLiteral("Tel 2"), QStringLiteral("Hotel") });
        QCOMPARE(m.numbers, (QList<int> { 0, 3, 4 }));
        QCOMPARE(m.fields.value(2), QStringLiteral("bestellnummer"));
        QCOMPARE(m.fields.value(5), QStringLiteral("hotel"));
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
