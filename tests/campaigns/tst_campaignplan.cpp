// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign's preview (issue 14, point 3): recipients from pasted numbers, a group's
// contacts or a CSV file as exporters write it (tests/data/contacts: Google Contacts,
// Outlook's German Windows-1252 export), every row's final text with its segments and
// encoding, and the rows left out, each with its line and reason. Nothing here is queued.
#include "campaignplan.h"
#include "campaignreport.h"
#include "csvreader.h"
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

Contact contact(const QString &first, const QString &number, const QMap<QString, QString> &fields = {})
{
    Contact c;
    c.firstName = first;
    c.name = first;
    c.numbers = { number };
    c.fields = fields;
    return c;
}

QList<CampaignRecipient> csvRecipients(const QString &name, int column = -1)
{
    const Result<CsvTable> table = CsvReader::parse(file(name));
    if (!table)
        qFatal("%s: %s", qPrintable(name), qPrintable(table.errorString()));
    return CampaignRecipients::fromCsv(table.value(), column).value();
}
} // namespace

class tst_CampaignPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedNumbersWithDuplicatesAndMistakes();
    void aGroupsContactsGetTheirOwnFields();
    void googleContactsCsv();
    void outlookGermanCsvTakesTheMobileColumn();
    void aCsvWithoutNumbersIsRefused();
    void badTextsAreRefusedBeforeAnyRow();
    void optedOutNumbersAreLeftOut();
    void theReportListsEveryMessage();
};

void tst_CampaignPlan::pastedNumbersWithDuplicatesAndMistakes()
{
    const QList<CampaignRecipient> pasted = CampaignRecipients::fromPasted(
        QStringLiteral("+49 151 23456789, 0171 9876543\r\n\n  not a number ;+4915123456789\t0170 1112223\n"));
    QCOMPARE(pasted.size(), 5);
    QCOMPARE(pasted.at(1).input, QStringLiteral("0171 9876543")); // spaces inside a number stay
    QCOMPARE(pasted.at(2).line, 3);

    const PhoneNumbers de(QStringLiteral("DE"));
    const Result<CampaignPreview> preview = CampaignPlanner(de, {}).preview(pasted, QStringLiteral("Closed on Monday"));
    QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
    QCOMPARE(preview->rows.size(), 5);
    QCOMPARE(preview->rows.at(0).number, QStringLiteral("+4915123456789"));
    QCOMPARE(preview->rows.at(1).number, QStringLiteral("+491719876543"));
    QVERIFY(preview->rows.at(2).leftOut.startsWith(QLatin1String("invalid number")));
    QCOMPARE(preview->rows.at(3).leftOut, QStringLiteral("same number as line 1"));
    QVERIFY(preview->rows.at(4).included());
    QCOMPARE(preview->included, 3);
    QCOMPARE(preview->leftOut, 2);
    QCOMPARE(preview->segments, 3);
    QCOMPARE(preview->ucs2, 0);
    const QList<NewMessage> messages = preview->messages();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(2).to, QStringLiteral("+491701112223"));
    QCOMPARE(messages.at(2).encoding, QStringLiteral("GSM-7"));
}

void tst_CampaignPlan::aGroupsContactsGetTheirOwnFields()
{
    const QList<Contact> group { contact(QStringLiteral("Ada"), QStringLiteral("+4915110000001"),
                                         { { QStringLiteral("table"), QStringLiteral("7") } }),
                                 contact(QStringLiteral("Bob"), QStringLiteral("+4915110000002")),
                                 contact(QStringLiteral("Zoë"), QStringLiteral("+4915110000003"),
                                         { { QStringLiteral("table"), QStringLiteral("2") } }) };
    const QList<CampaignRecipient> recipients = CampaignRecipients::fromContacts(group);
    QCOMPARE(recipients.size(), 3);
    const CampaignPlanner planner(PhoneNumbers(QStringLiteral("DE")), group);

    // Bob has no table: left out, said so; with a default he is not.
    Result<CampaignPreview> preview = planner.preview(recipients, QStringLiteral("Hi {first_name}, table {table} is yours"));
    QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
    QCOMPARE(preview->rows.at(0).text, QStringLiteral("Hi Ada, table 7 is yours"));
    QCOMPARE(preview->rows.at(0).name, QStringLiteral("Ada"));
    QCOMPARE(preview->rows.at(1).leftOut, QStringLiteral("no value for {table}"));
    QCOMPARE(preview->rows.at(2).encoding, QStringLiteral("UCS-2")); // "Zoë": ë is not in GSM 03.38
    QCOMPARE(preview->ucs2, 1);
    QCOMPARE(preview->included, 2);

    preview = planner.preview(recipients, QStringLiteral("Hi {first_name}, table {table|by the window} is yours"));
    QCOMPARE(preview->included, 3);
    QCOMPARE(preview->rows.at(1).text, QStringLiteral("Hi Bob, table by the window is yours"));

    // A field that makes one recipient's text longer than ten SMS leaves that recipient out.
    QList<Contact> chatty = group;
    chatty[0].fields.insert(QStringLiteral("table"), QString(1'600, QLatin1Char('7')));
    preview = CampaignPlanner(PhoneNumbers(QStringLiteral("DE")), chatty)
                  .preview(recipients, QStringLiteral("Hi {first_name}, table {table} is yours"));
    QVERIFY2(preview->rows.at(0).leftOut.contains(QLatin1String("at most 10")), qPrintable(preview->rows.at(0).leftOut));
    QCOMPARE(preview->rows.at(2).leftOut, QString());
}

void tst_CampaignPlan::googleContactsCsv()
{
    const QList<CampaignRecipient> recipients = csvRecipients(QStringLiteral("google-contacts.csv"));
    QCOMPARE(recipients.size(), 3);
    // "Phone 1 - Value" holds two numbers in one cell, " ::: " apart: the first is texted.
    QCOMPARE(recipients.at(0).input, QStringLiteral("+49 151 23456789"));
    QCOMPARE(recipients.at(0).line, 2);
    QCOMPARE(recipients.at(0).fields.value(QStringLiteral("first_name")), QStringLiteral("Anna")); // "Given Name"
    const Result<CampaignPreview> preview = CampaignPlanner(PhoneNumbers(QStringLiteral("DE")), {})
                                                .preview(recipients, QStringLiteral("Hallo {first_name}!"));
    QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
    QCOMPARE(preview->included, 3);
    QCOMPARE(preview->rows.at(1).text, QStringLiteral("Hallo Jürgen!"));
    QCOMPARE(preview->rows.at(1).encoding, QStringLiteral("GSM-7")); // ü is in GSM 03.38
    QCOMPARE(preview->rows.at(2).number, QStringLiteral("+33142685300"));
    QCOMPARE(preview->rows.at(2).text, QStringLiteral("Hallo Chloé!"));
    QCOMPARE(preview->rows.at(2).encoding, QStringLiteral("GSM-7")); // é is in GSM 03.38 too
}

void tst_CampaignPlan::outlookGermanCsvTakesTheMobileColumn()
{
    const QList<CampaignRecipient> recipients = csvRecipients(QStringLiteral("outlook-de-windows1252.csv"));
    QCOMPARE(recipients.size(), 3); // the row of semicolons only is no recipient
    QCOMPARE(recipients.at(0).input, QStringLiteral("0151 2345678")); // "Mobiltelefon", not the landline
    QCOMPARE(recipients.at(0).fields.value(QStringLiteral("ort_geschaftlich")), QStringLiteral("Köln"));
    const Result<CampaignPreview> preview
        = CampaignPlanner(PhoneNumbers(QStringLiteral("DE")), {})
              .preview(recipients, QStringLiteral("Guten Tag {first_name} {last_name}, Ihre Bestellung ist da."));
    QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
    // Jürgen's mobile number in the file is a digit short for a German mobile: said, not sent.
    QCOMPARE(preview->rows.at(0).line, 2);
    QVERIFY2(preview->rows.at(0).leftOut.startsWith(QLatin1String("invalid number")), qPrintable(preview->rows.at(0).leftOut));
    QCOMPARE(preview->rows.at(1).line, 4); // Zoë: no mobile number
    QVERIFY(preview->rows.at(1).leftOut.startsWith(QLatin1String("invalid number")));
    QCOMPARE(preview->rows.at(2).number, QStringLiteral("+4917655512345"));
    QCOMPARE(preview->rows.at(2).text, QStringLiteral("Guten Tag Ömer Öztürk, Ihre Bestellung ist da."));
    QCOMPARE(preview->rows.at(2).encoding, QStringLiteral("GSM-7"));
    QCOMPARE(preview->included, 1);

    // The user picks the business number column instead.
    const QList<CampaignRecipient> landlines = csvRecipients(QStringLiteral("outlook-de-windows1252.csv"), 6);
    QCOMPARE(landlines.at(0).input, QStringLiteral("0221 123456"));
    QCOMPARE(landlines.at(0).fields.value(QStringLiteral("mobiltelefon")), QStringLiteral("0151 2345678"));
}

void tst_CampaignPlan::aCsvWithoutNumbersIsRefused()
{
    const Result<CsvTable> table = CsvReader::parse(QByteArrayLiteral("Name,Order\nAda,A-17\n"));
    QVERIFY(table.ok());
    const Result<QList<CampaignRecipient>> recipients = CampaignRecipients::fromCsv(table.value());
    QCOMPARE(recipients.code(), ErrorCode::Invalid);
    QVERIFY2(recipients.errorString().contains(QLatin1String("Name, Order")), qPrintable(recipients.errorString()));
    QCOMPARE(CampaignRecipients::fromCsv(table.value(), 7).code(), ErrorCode::Invalid);
}

void tst_CampaignPlan::badTextsAreRefusedBeforeAnyRow()
{
    const CampaignPlanner planner(PhoneNumbers(QStringLiteral("DE")), {});
    const QList<CampaignRecipient> one = CampaignRecipients::fromPasted(QStringLiteral("+4915123456789"));
    QCOMPARE(planner.preview(one, QStringLiteral("  \n")).code(), ErrorCode::Invalid);
    const Result<CampaignPreview> unclosed = planner.preview(one, QStringLiteral("Hi {first_name, see you"));
    QCOMPARE(unclosed.code(), ErrorCode::Invalid);
    QVERIFY2(unclosed.errorString().contains(QLatin1String("{first_name")), qPrintable(unclosed.errorString()));
    const Result<CampaignPreview> unknown = planner.preview(one, QStringLiteral("Your order {order_no} is ready"));
    QCOMPARE(unknown.code(), ErrorCode::Invalid);
    QVERIFY2(unknown.errorString().contains(QLatin1String("{order_no}")), qPrintable(unknown.errorString()));
}

void tst_CampaignPlan::optedOutNumbersAreLeftOut()
{
    const CampaignPlanner planner(PhoneNumbers(QStringLiteral("DE")), {}, { QStringLiteral("+4915123456789") });
    const Result<CampaignPreview> preview = planner.preview(
        CampaignRecipients::fromPasted(QStringLiteral("0151 23456789\n0170 1112223")), QStringLiteral("Sale!"));
    QCOMPARE(preview->rows.at(0).leftOut, QStringLiteral("opted out"));
    QCOMPARE(preview->included, 1);
}

void tst_CampaignPlan::theReportListsEveryMessage()
{
    CampaignMessage m;
    m.id = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    m.to = QStringLiteral("+4915123456789");
    m.contactName = QStringLiteral("Müller, Jürgen");
    m.text = QStringLiteral("=1+1 is not a formula here");
    m.status = MessageStatus::Delivered;
    m.attempts = 1;
    m.sentAtMs = 1'700'000'000'000;
    const Result<CsvTable> back = CsvReader::parse(CampaignReport::toCsv({ m, m }));
    QVERIFY(back.ok());
    QCOMPARE(back->header.first(), QStringLiteral("number"));
    QCOMPARE(back->rows.size(), 2);
    QCOMPARE(back->rows.at(0).at(1), QStringLiteral("Müller, Jürgen"));
    QCOMPARE(back->rows.at(0).at(2), QStringLiteral("delivered"));
    QCOMPARE(back->rows.at(0).at(5), QStringLiteral("2023-11-14T22:13:20Z"));
    QCOMPARE(back->rows.at(0).at(8), QStringLiteral("'=1+1 is not a formula here")); // CsvWriter's guard
}

QTEST_GUILESS_MAIN(tst_CampaignPlan)
#include "tst_campaignplan.moc"
