// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/contacts/import over real sockets (issue 14): the files people really export
// (tests/data/contacts, see its README for the exporter each imitates) read with the
// business's region and stored all or nothing; a file that cannot be read whole, a wrong
// Content-Type, a body over the limit or an unknown parameter is refused with the reason and
// stores nothing, checked through a StoreReader of the test's own.
#include "apiharness.h"
#include "contactimportroute.h"
#include "storereader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kImport = QStringLiteral("/api/v1/contacts/import");

QByteArray contactFile(const QString &name)
{
    QFile file(testDataPath(QStringLiteral("contacts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << file.fileName();
    return file.readAll();
}

int number(const ApiResult &result, const char *key)
{
    return result.json.value(QLatin1String(key)).toInt(-1);
}

QList<int> rejectedLines(const ApiResult &result)
{
    QList<int> lines;
    for (const QJsonValue &entry : result.json.value(QLatin1String("rejected")).toArray())
        lines.append(entry.toObject().value(QLatin1String("row")).toInt());
    return lines;
}

QString problemType(const ApiResult &result)
{
    return result.json.value(QLatin1String("type")).toString().section(u'/', -1);
}

QString detail(const ApiResult &result)
{
    return result.json.value(QLatin1String("detail")).toString();
}

int statusOf(const QByteArray &rawResponse)
{
    return rawResponse.mid(9, 3).toInt();
}
} // namespace

class TestApiContactImport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<StoreReader> m_reader; // the test's own view of what was stored

    ApiResult import(const QByteArray &body, const QByteArray &contentType = "text/csv",
                     const QString &query = {})
    {
        return m_api->call("POST", kImport + query, body, { { "Content-Type", contentType } });
    }
    int storedContacts() { return m_reader->contactCount(ContactFilter {}).value(); }
    void startApi(const std::function<void(ApiServer::Options &)> &tune = {})
    {
        m_reader.reset();
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start(tune));
        m_reader = std::make_unique<StoreReader>(m_api->store->config());
        QVERIFY(m_reader->open().ok());
    }

private Q_SLOTS:
    void init() { startApi(); }
    void cleanup()
    {
        m_reader.reset();
        m_api.reset();
    }

    // Google Contacts' "Google CSV" export (README: 35 columns, " ::: " between values, a
    // quoted comma, a note with a line break) of a German user: 030 is Berlin in region DE.
    void googleCsvImportsThenMerges()
    {
        m_api->phoneNumbers.setDefaultRegion(QStringLiteral("DE"));
        const ApiResult first = import(contactFile(QStringLiteral("google-contacts.csv")));
        QCOMPARE(first.status, 200);
        QCOMPARE(number(first, "rows"), 3);
        QCOMPARE(number(first, "imported"), 3);
        QCOMPARE(number(first, "merged"), 0);
        QCOMPARE(number(first, "rejected_total"), 0);
        QCOMPARE(first.json.value(QLatin1String("rejected")).toArray(), QJsonArray());
        QCOMPARE(first.json.value(QLatin1String("dry_run")).toBool(true), false);
        QCOMPARE(storedContacts(), 3);
        const Result<Contact> anna = m_reader->contactByNumber(QStringLiteral("+49301234567"));
        QVERIFY(anna.ok());
        QCOMPARE(anna->numbers,
                 (QStringList { QStringLiteral("+4915123456789"), QStringLiteral("+491701112223"),
                                QStringLiteral("+49301234567") }));
        QCOMPARE(anna->groups, QStringList { QStringLiteral("Stammkunden") }); // not "myContacts"
        QVERIFY(m_reader->contactByNumber(QStringLiteral("+33142685300")).ok()); // Chloé, in France

        // The same file again: every row finds its contact by number, nothing is doubled.
        const ApiResult again = import(contactFile(QStringLiteral("google-contacts.csv")));
        QCOMPARE(again.status, 200);
        QCOMPARE(number(again, "imported"), 0);
        QCOMPARE(number(again, "merged"), 3);
        QCOMPARE(storedContacts(), 3);
    }

    void dryRunReadsTheFileAndStoresNothing()
    {
        m_api->phoneNumbers.setDefaultRegion(QStringLiteral("DE"));
        const ApiResult dry = import(contactFile(QStringLiteral("google-contacts.csv")), "text/csv",
                                     QStringLiteral("?dry_run=true"));
        QCOMPARE(dry.status, 200);
        QCOMPARE(dry.json.value(QLatin1String("dry_run")).toBool(), true);
        QCOMPARE(number(dry, "rows"), 3);
        QCOMPARE(number(dry, "contacts"), 3);
        QVERIFY(!dry.json.contains(QLatin1String("imported")));
        QCOMPARE(storedContacts(), 0);
    }

    void groupsFromTheQueryJoinEveryContact()
    {
        m_api->phoneNumbers.setDefaultRegion(QStringLiteral("DE"));
        const ApiResult done
            = import(contactFile(QStringLiteral("google-contacts.csv")), "text/csv",
                     QStringLiteral("?group=newsletter&group=Summer%202026&group=newsletter"));
        QCOMPARE(done.status, 200);
        QCOMPARE(number(done, "imported"), 3);
        for (const QString &group : { QStringLiteral("newsletter"), QStringLiteral("Summer%202026") }) {
            const ApiResult listed = m_api->get(QStringLiteral("/api/v1/contacts?group=") + group);
            QCOMPARE(listed.status, 200);
            QCOMPARE(listed.json.value(QLatin1String("total")).toInt(), 3);
        }
        // The file's own group stays beside them.
        const Result<Contact> anna = m_reader->contactByNumber(QStringLiteral("+4915123456789"));
        QVERIFY(anna.ok());
        QCOMPARE(anna->groups,
                 (QStringList { QStringLiteral("Stammkunden"), QStringLiteral("Summer 2026"),
                                QStringLiteral("newsletter") }));
    }

    // Outlook's export saved again by German Excel (README): ';', Windows-1252, an empty row
    // (";;;;;;;;;", line 3), a CRLF inside quotes. Read in region US, the German national numbers
    // of lines 2 and 4 are no numbers: said with their line, and the rest goes in. When the
    // business region becomes DE (what Engine::applyBusinessSettings does on the setting),
    // the same file brings the two left out.
    void windows1252RowsLeftOutAreSaidWithTheirLine()
    {
        const QByteArray outlook = contactFile(QStringLiteral("outlook-de-windows1252.csv"));
        const ApiResult us = import(outlook, "text/csv; charset=windows-1252");
        QCOMPARE(us.status, 200);
        QCOMPARE(number(us, "rows"), 3);
        QCOMPARE(number(us, "imported"), 1);
        QCOMPARE(rejectedLines(us), (QList<int> { 2, 2, 4 })); // two numbers on line 2, one on 4
        QCOMPARE(number(us, "rejected_total"), 3);
        const QString reason = us.json.value(QLatin1String("rejected"))
                                   .toArray()
                                   .at(2)
                                   .toObject()
                                   .value(QLatin1String("reason"))
                                   .toString();
        QVERIFY2(reason.startsWith(QStringLiteral("\"0211 987654\" is not a phone number")),
                 qPrintable(reason));
        QCOMPARE(storedContacts(), 1);
        const Result<Contact> oemer = m_reader->contactByNumber(QStringLiteral("+4917655512345"));
        QVERIFY(oemer.ok());
        QCOMPARE(oemer->lastName, QStringLiteral("Öztürk")); // 0xD6 0xFC in Windows-1252

        m_api->phoneNumbers.setDefaultRegion(QStringLiteral("DE"));
        const ApiResult de = import(outlook, "text/csv");
        QCOMPARE(de.status, 200);
        QCOMPARE(number(de, "imported"), 2);
        QCOMPARE(number(de, "merged"), 1);
        // 0151 takes eight digits after it (Bundesnetzagentur's numbering plan, as libphonenumber
        // has it): Jürgen's office number goes in, his mobile one is said.
        QCOMPARE(rejectedLines(de), QList<int> { 2 });
        QVERIFY(de.body.contains(R"(\"0151 2345678\" is not a phone number)"));
        const Result<Contact> zoe = m_reader->contactByNumber(QStringLiteral("+49211987654"));
        QVERIFY(zoe.ok());
        QCOMPARE(zoe->note, QStringLiteral("Liefert Mo–Fr\nTor 3 benutzen"));
    }

    // Other shapes as they are sent: RFC 6350 §8's example card and a lower-case one
    // (vcard-4.0.vcf), Excel's "Unicode Text" (UTF-16LE with BOM, tabs).
    void vCardsAndUtf16Import_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("someNumber");
        QTest::newRow("vCard 4.0") << QStringLiteral("vcard-4.0.vcf") << QByteArray("text/vcard")
                                   << QStringLiteral("+14182626501");
        QTest::newRow("vCard as octets")
            << QStringLiteral("vcard-4.0.vcf") << QByteArray("application/octet-stream")
            << QStringLiteral("+33612345678");
        QTest::newRow("UTF-16 text") << QStringLiteral("excel-unicode-text.txt") << QByteArray("text/plain")
                                     << QStringLiteral("+4520123456");
    }
    void vCardsAndUtf16Import()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, someNumber);
        const ApiResult done = import(contactFile(file), contentType);
        QCOMPARE(done.status, 200);
        QVERIFY(number(done, "imported") >= 2);
        QCOMPARE(number(done, "imported"), number(done, "rows"));
        QCOMPARE(storedContacts(), number(done, "imported"));
        QVERIFY(m_reader->contactByNumber(someNumber).ok());
    }

    // A file that cannot be read as a whole: one 422 with the reason, nothing stored, not
    // even the cards or rows before the problem.
    void unreadableFilesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reason");
        // broken.vcf (README): a card interrupted by the next BEGIN, a stray END, a file that
        // ends inside a card; Anna's and Clara's complete cards must not go in either.
        QTest::newRow("vCard without END") << contactFile(QStringLiteral("broken.vcf"))
                                           << QByteArray("text/x-vcard") << QStringLiteral("END:VCARD");
        QTest::newRow("no phone column") << QByteArray("Name,E-mail\r\nAda,ada@example.com\r\n")
                                         << QByteArray("text/csv") << QStringLiteral("Name, E-mail");
        QTest::newRow("unclosed quote") << contactFile(QStringLiteral("unclosed-quote.csv"))
                                        << QByteArray("text/csv") << QStringLiteral("line 4");
        QTest::newRow("a spreadsheet") << contactFile(QStringLiteral("contacts-really.xlsx"))
                                       << QByteArray("application/octet-stream") << QStringLiteral("NUL");
        QTest::newRow("empty") << QByteArray() << QByteArray("text/csv") << QStringLiteral("empty");
    }
    void unreadableFilesStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reason);
        m_api->phoneNumbers.setDefaultRegion(QStringLiteral("DE"));
        const ApiResult refused = import(body, contentType);
        QCOMPARE(refused.status, 422);
        QCOMPARE(problemType(refused), QStringLiteral("validation"));
        QVERIFY2(detail(refused).contains(reason), qPrintable(detail(refused)));
        QVERIFY2(detail(refused).endsWith(QStringLiteral("Nothing was imported.")),
                 qPrintable(detail(refused)));
        QCOMPARE(storedContacts(), 0);
    }

    // The store's own limits (core/store/ops_contacts.cpp: a name of at most 200 characters)
    // fail the one job: the good row before the long name is not stored either.
    void aRowTheStoreRefusesStoresNothing()
    {
        const QByteArray csv
            = "Name,Phone\r\nAda,+12025550142\r\n" + QByteArray(201, 'x') + ",+12025550143\r\n";
        const ApiResult refused = import(csv);
        QCOMPARE(refused.status, 422);
        QVERIFY2(detail(refused).startsWith(QStringLiteral("Nothing was imported: ")),
                 qPrintable(detail(refused)));
        QVERIFY2(detail(refused).contains(QStringLiteral("200 characters")), qPrintable(detail(refused)));
        QCOMPARE(storedContacts(), 0);
    }

    // A file of 100,000 bad rows must not make an answer larger than itself.
    void rejectedRowsAreListedUpToALimit()
    {
        QByteArray csv = "Name,Phone\r\n";
        const int rows = ContactImportRoute::kMaxRejectedListed + 500;
        for (int i = 0; i < rows; ++i)
            csv += "Row " + QByteArray::number(i) + ",12\r\n";
        const ApiResult done = import(csv);
        QCOMPARE(done.status, 200);
        QCOMPARE(number(done, "rows"), rows);
        QCOMPARE(number(done, "imported"), 0);
        QCOMPARE(number(done, "rejected_total"), rows);
        const QList<int> lines = rejectedLines(done);
        QCOMPARE(lines.size(), ContactImportRoute::kMaxRejectedListed);
        QCOMPARE(lines.first(), 2);
        QCOMPARE(lines.last(), ContactImportRoute::kMaxRejectedListed + 1);
    }

    void onlyFileTypesAreAccepted()
    {
        const QByteArray csv = "Name,Phone\r\nAda,+12025550142\r\n";
        for (const QByteArray &type : { QByteArray("application/json"), QByteArray("multipart/form-data"),
                                        QByteArray("application/x-www-form-urlencoded") }) {
            const ApiResult refused = import(csv, type);
            QCOMPARE(refused.status, 415);
            QVERIFY2(detail(refused).contains(QStringLiteral("text/csv, text/vcard")),
                     qPrintable(detail(refused)));
        }
        const ApiResult none = m_api->call("POST", kImport, csv, {}); // curl -d without -H
        QCOMPARE(none.status, 415);
        // The other routes still take JSON only.
        QCOMPARE(
            m_api->call("POST", QStringLiteral("/api/v1/contacts"), csv, { { "Content-Type", "text/csv" } })
                .status,
            415);
        QCOMPARE(storedContacts(), 0);
        QCOMPARE(import(csv, "Text/CSV; charset=utf-8").status, 200);
    }

    void badQueryParametersAreNamed()
    {
        const QByteArray csv = "Name,Phone\r\nAda,+12025550142\r\n";
        ApiResult refused = import(csv, "text/csv", QStringLiteral("?dryrun=true&groups=a"));
        QCOMPARE(refused.status, 422);
        QStringList fields;
        for (const QJsonValue &error : refused.json.value(QLatin1String("errors")).toArray())
            fields.append(error.toObject().value(QLatin1String("field")).toString());
        QCOMPARE(fields, (QStringList { QStringLiteral("dryrun"), QStringLiteral("groups") }));
        const QStringList bad { QStringLiteral("?dry_run=yes"), QStringLiteral("?dry_run=true&dry_run=false"),
                                QStringLiteral("?group="), QStringLiteral("?group=") + QString(201, u'x') };
        for (const QString &query : bad) {
            refused = import(csv, "text/csv", query);
            QCOMPARE(refused.status, 422);
        }
        QCOMPARE(storedContacts(), 0);
    }

    // Refused from the head, before the body is buffered (tst_apilimits does the same for 64 KiB).
    void bodyOverTheImportLimitIs413()
    {
        const auto head = [this](qint64 length) -> QByteArray { // not a QStringBuilder of temporaries
            return "POST /api/v1/contacts/import HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
                + "\r\nAuthorization: Bearer " + m_api->token
                + "\r\nContent-Type: text/csv\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
        };
        const QByteArray response = m_api->raw(head(20 * 1024 * 1024 + 1));
        QCOMPARE(statusOf(response), 413);
        QVERIFY(response.contains("payload-too-large"));
        QVERIFY(response.contains("20 MiB"));

        // A file over the 64 KiB of JSON bodies passes on this path.
        QByteArray csv = "Name,Phone\r\n";
        for (int i = 0; i < 2500; ++i)
            csv += "Customer " + QByteArray::number(i) + ",+49 151 " + QByteArray::number(10'000'000 + i)
                + "\r\n";
        QVERIFY(csv.size() > 64 * 1024);
        const ApiResult big = import(csv);
        QCOMPARE(big.status, 200);
        QCOMPARE(number(big, "imported"), 2500);

        // The limit is the server's option.
        startApi([](ApiServer::Options &options) { options.maxImportBodyBytes = 32 * 1024; });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_api->raw(head(32 * 1024 + 1)).contains("at most 32 KiB"));
        QCOMPARE(import(csv).status, 413);
        QCOMPARE(storedContacts(), 0);
    }
};

QTEST_MAIN(TestApiContactImport)
#include "tst_apicontactimport.moc"
