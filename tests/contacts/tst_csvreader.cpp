// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "testsupport.h"
#include "textfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using smsdesk::CsvReader;
using smsdesk::CsvTable;
using smsdesk::ErrorCode;
using smsdesk::TextFile;
using Rows = QList<QStringList>;
using Lines = QList<int>;

namespace {

QString dataPath(const char *name)
{
    return smsdesk::test::testDataPath(QStringLiteral("contacts/") + QLatin1String(name));
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// The shape the exporter gives its files: 1-based lines of each row, cells per row.
QList<int> cellsPerRow(const CsvTable &table)
{
    QList<int> sizes;
    for (const QStringList &row : table.rows)
        sizes.append(int(row.size()));
    return sizes;
}

} // namespace

// The CSV files people export from Google, Outlook and Excel, read cell by cell.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void exportShapes_data();
    void exportShapes();
    void exportCells_data();
    void exportCells();
    void wholeTables_data();
    void wholeTables();
    void refused_data();
    void refused();
    void windows1252TableMatchesPython();
    void missingFileNamesThePath();
    void oversizedFileIsRefusedBeforeReading();
    void oversizedDataIsRefused();
    void tenThousandRowsKeepTheirLines();
};

void TestCsvReader::exportShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("firstColumn");
    QTest::addColumn<QString>("lastColumn");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QList<int>>("cells");

    // Google Contacts "Google CSV" export header (as written by contacts.google.com and
    // imitated by the many tools that produce it); a note with a line break spans lines 3–4.
    QTest::newRow("google contacts") << dataPath("google-contacts.csv") << QStringLiteral("UTF-8")
                                     << QChar(u',') << QStringLiteral("Name")
                                     << QStringLiteral("Phone 2 - Value") << 35 << Lines { 2, 3, 5 }
                                     << QList<int> { 35, 35, 35 };
    // German Excel saves with the list separator ';' in Windows-1252 and writes ";;;;;;;;;"
    // for the empty row at line 3; the note at line 4 holds a CRLF inside quotes.
    QTest::newRow("outlook via german excel")
        << dataPath("outlook-de-windows1252.csv") << QStringLiteral("Windows-1252") << QChar(u';')
        << QStringLiteral("Anrede") << QStringLiteral("Notizen") << 10 << Lines { 2, 4, 6 }
        << QList<int> { 10, 10, 10 };
    // Excel "Unicode Text" (.txt): UTF-16LE with BOM, tab-separated.
    QTest::newRow("excel unicode text") << dataPath("excel-unicode-text.txt") << QStringLiteral("UTF-16LE")
                                        << QChar(u'\t') << QStringLiteral("Name") << QStringLiteral("Notiz")
                                        << 3 << Lines { 2, 3, 5 } << QList<int> { 3, 3, 3 };
    QTest::newRow("header only") << dataPath("header-only.csv") << QStringLiteral("UTF-8") << QChar(u',')
                                 << QStringLiteral("Vorname") << QStringLiteral("Mobil") << 3 << Lines {}
                                 << QList<int> {};
}

void TestCsvReader::exportShapes()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QString, firstColumn);
    QFETCH(QString, lastColumn);
    QFETCH(int, columns);
    QFETCH(Lines, lines);
    QFETCH(QList<int>, cells);

    const auto table = CsvReader::readFile(file);
    QVERIFY2(table.ok(), qPrintable(table.errorString()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->header.size(), columns);
    QCOMPARE(table->header.first(), firstColumn);
    QCOMPARE(table->header.last(), lastColumn);
    QCOMPARE(table->lines, lines);
    QCOMPARE(cellsPerRow(table.value()), cells);
}

void TestCsvReader::exportCells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");

    const QString google = dataPath("google-contacts.csv");
    // Google's export joins several values of one field with " ::: "; splitting them is the
    // importer's business.
    QTest::newRow("google: two mobiles in one cell")
        << google << 0 << QStringLiteral("Phone 1 - Value")
        << QStringLiteral("+49 151 23456789 ::: +49 170 1112223");
    QTest::newRow("google: groups") << google << 0 << QStringLiteral("Group Membership")
                                    << QStringLiteral("* myContacts ::: Stammkunden");
    // RFC 4180 §2.6: a field with a comma is quoted.
    QTest::newRow("google: comma in quoted name")
        << google << 1 << QStringLiteral("Name") << QStringLiteral("Müller, Jürgen");
    // RFC 4180 §2.6: line breaks inside quotes belong to the field.
    QTest::newRow("google: note with line break")
        << google << 1 << QStringLiteral("Notes") << QStringLiteral("Rabatt 10%\nnur freitags");
    // RFC 4180 §2.7: "" inside a quoted field is one quote.
    QTest::newRow("google: doubled quotes")
        << google << 2 << QStringLiteral("Name") << QStringLiteral("Chloé \"Coco\" Dubois");
    QTest::newRow("google: empty cell") << google << 2 << QStringLiteral("Notes") << QString();

    const QString outlook = dataPath("outlook-de-windows1252.csv");
    QTest::newRow("outlook: umlaut header")
        << outlook << 0 << QStringLiteral("Straße geschäftlich") << QStringLiteral("Hauptstraße 5");
    // 0x80 €, 0x96 –, 0x84 „ and 0x93 “ exist only in Windows-1252, not in Latin-1.
    QTest::newRow("outlook: euro and curly quotes")
        << outlook << 0 << QStringLiteral("Notizen")
        << QStringLiteral("Stammkunde, 10 € Rabatt – „immer freitags“");
    QTest::newRow("outlook: delimiter inside quotes")
        << outlook << 1 << QStringLiteral("Firma") << QStringLiteral("Weiß & Söhne; Getränke");
    QTest::newRow("outlook: CRLF kept inside quotes")
        << outlook << 1 << QStringLiteral("Notizen") << QStringLiteral("Liefert Mo–Fr\r\nTor 3 benutzen");
    QTest::newRow("outlook: row after an empty row")
        << outlook << 2 << QStringLiteral("Mobiltelefon") << QStringLiteral("+49 176 55512345");

    const QString excel = dataPath("excel-unicode-text.txt");
    QTest::newRow("utf-16: polish and an emoji")
        << excel << 0 << QStringLiteral("Notiz") << QStringLiteral("zamówienie 🎂");
    QTest::newRow("utf-16: greek") << excel << 1 << QStringLiteral("Name")
                                   << QStringLiteral("Νίκος Παπαδόπουλος");
    QTest::newRow("utf-16: quoted line break")
        << excel << 1 << QStringLiteral("Notiz") << QStringLiteral("Zwei Zeilen:\nGeburtstag 12.3.");
    QTest::newRow("utf-16: trailing empty cell") << excel << 2 << QStringLiteral("Notiz") << QString();
}

void TestCsvReader::exportCells()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, value);

    const auto table = CsvReader::readFile(file);
    QVERIFY2(table.ok(), qPrintable(table.errorString()));
    const qsizetype index = table->header.indexOf(column);
    QVERIFY2(index >= 0, qPrintable(column));
    QVERIFY(row < table->rows.size());
    QCOMPARE(table->rows.at(row).value(index), value);
}

void TestCsvReader::wholeTables_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    auto file = [](const char *name) {
        QFile f(dataPath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // BOM; CRLF, LF and a lone CR; "" escapes and a CRLF in quotes (RFC 4180 §2.6–2.7);
    // an empty line and a row of blanks skipped; a short row, and a long one with a trailing
    // delimiter, kept as written; blanks around an unquoted cell kept (RFC 4180 §2.4).
    QTest::newRow("quoted-newlines.csv")
        << file("quoted-newlines.csv") << QChar(u',')
        << QStringList { QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Note") }
        << Rows { { QStringLiteral("Doe, Jane"), QStringLiteral("+1 555 0100"),
                    QStringLiteral("She said \"call me\"\r\nafter 6pm") },
                  { QStringLiteral("Bob"), QStringLiteral("+1 555 0101"), QString() },
                  { QStringLiteral("Carol"), QStringLiteral("+1 555 0102") },
                  { QStringLiteral("Dave"), QStringLiteral("+1 555 0103"), QStringLiteral("note"),
                    QStringLiteral("extra"), QString() },
                  { QStringLiteral("Eve"), QStringLiteral("  +1 555 0104 "),
                    QStringLiteral("multi\nline\nnote") },
                  { QStringLiteral("Frank"), QStringLiteral("+1 555 0105") } }
        << Lines { 2, 5, 6, 7, 9, 12 };
    QTest::newRow("no-final-newline.csv")
        << file("no-final-newline.csv") << QChar(u';')
        << QStringList { QStringLiteral("Name"), QStringLiteral("Mobile") }
        << Rows { { QStringLiteral("Anna"), QStringLiteral("0151 1111111") },
                  { QStringLiteral("Bernd"), QStringLiteral("0151 2222222") } }
        << Lines { 2, 3 };
    // Excel writes and honours a first line "sep=;" naming the delimiter; the header is the
    // line after it.
    QTest::newRow("excel sep= line") << utf8("sep=;\r\nName;Phone, mobile\r\nAnna;0151 1\r\n") << QChar(u';')
                                     << QStringList { QStringLiteral("Name"),
                                                      QStringLiteral("Phone, mobile") }
                                     << Rows { { QStringLiteral("Anna"), QStringLiteral("0151 1") } }
                                     << Lines { 3 };
    QTest::newRow("pipe") << utf8("name|phone\nA|+1 555 0100\n") << QChar(u'|')
                          << QStringList { QStringLiteral("name"), QStringLiteral("phone") }
                          << Rows { { QStringLiteral("A"), QStringLiteral("+1 555 0100") } } << Lines { 2 };
    QTest::newRow("a tie goes to the comma")
        << utf8("a,b;c\n1,2;3\n") << QChar(u',') << QStringList { QStringLiteral("a"), QStringLiteral("b;c") }
        << Rows { { QStringLiteral("1"), QStringLiteral("2;3") } } << Lines { 2 };
    QTest::newRow("delimiters in quotes do not count")
        << utf8("\"Name, full, really\";Phone\nX;1\n") << QChar(u';')
        << QStringList { QStringLiteral("Name, full, really"), QStringLiteral("Phone") }
        << Rows { { QStringLiteral("X"), QStringLiteral("1") } } << Lines { 2 };
    // Excel 2011 for Mac and older wrote "CSV (Macintosh)" with CR line ends.
    QTest::newRow("lone CR line ends") << utf8("Name,Phone\rAnna,1\rBob,2") << QChar(u',')
                                       << QStringList { QStringLiteral("Name"), QStringLiteral("Phone") }
                                       << Rows { { QStringLiteral("Anna"), QStringLiteral("1") },
                                                 { QStringLiteral("Bob"), QStringLiteral("2") } }
                                       << Lines { 2, 3 };
    QTest::newRow("UTF-16BE with BOM")
        << QByteArray::fromHex("FEFF"
                               "004E002C0050000A"
                               "0141002C0031")
        << QChar(u',') << QStringList { QStringLiteral("N"), QStringLiteral("P") }
        << Rows { { QStringLiteral("Ł"), QStringLiteral("1") } } << Lines { 2 };
    QTest::newRow("header trimmed, cells not")
        << utf8(" Name , Phone \n A , 1 \n") << QChar(u',')
        << QStringList { QStringLiteral("Name"), QStringLiteral("Phone") }
        << Rows { { QStringLiteral(" A "), QStringLiteral(" 1 ") } } << Lines { 2 };
    // Not RFC 4180, but what Excel makes of it: text after a closing quote, a quote inside
    // an unquoted cell.
    QTest::newRow("stray quotes kept")
        << utf8("N,P\n\"Smith\" Jr,5\" floppy\n") << QChar(u',')
        << QStringList { QStringLiteral("N"), QStringLiteral("P") }
        << Rows { { QStringLiteral("Smith Jr"), QStringLiteral("5\" floppy") } } << Lines { 2 };
    QTest::newRow("one column") << utf8("Phone\n+4915112345678\n") << QChar(u',')
                                << QStringList { QStringLiteral("Phone") }
                                << Rows { { QStringLiteral("+4915112345678") } } << Lines { 2 };
    QTest::newRow("empty rows above the header")
        << utf8("\n;;;\nName;Phone\nA;1") << QChar(u';')
        << QStringList { QStringLiteral("Name"), QStringLiteral("Phone") }
        << Rows { { QStringLiteral("A"), QStringLiteral("1") } } << Lines { 4 };
    QTest::newRow("CRLF in quotes is one line") << utf8("N,Note\n\"a\r\nb\",x\nB,y\n") << QChar(u',')
                                                << QStringList { QStringLiteral("N"), QStringLiteral("Note") }
                                                << Rows { { QStringLiteral("a\r\nb"), QStringLiteral("x") },
                                                          { QStringLiteral("B"), QStringLiteral("y") } }
                                                << Lines { 2, 4 };
}

void TestCsvReader::wholeTables()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    QVERIFY(!data.isEmpty());
    const auto table = CsvReader::parse(data);
    QVERIFY2(table.ok(), qPrintable(table.errorString()));
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->lines, lines);
}

void TestCsvReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    auto file = [](const char *name) {
        QFile f(dataPath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(1, 'x');
    };
    QTest::newRow("unclosed-quote.csv")
        << file("unclosed-quote.csv")
        << QStringLiteral("the row starting at line 4 has a quote that is never closed");
    QTest::newRow("unclosed quote in the header")
        << utf8("Name,\"Phone\nA,1\n")
        << QStringLiteral("the row starting at line 1 has a quote that is never closed");
    QTest::newRow("empty-lines.csv") << file("empty-lines.csv") << QStringLiteral("the file is empty");
    QTest::newRow("nothing at all") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("a BOM and nothing else") << utf8("\xEF\xBB\xBF") << QStringLiteral("the file is empty");
    QTest::newRow("an .xlsx renamed")
        << file("contacts-really.xlsx")
        << QStringLiteral("this is not a text file (it contains NUL bytes); save it as CSV or vCard");
}

void TestCsvReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);

    const auto table = CsvReader::parse(data);
    QVERIFY(!table.ok());
    QCOMPARE(table.code(), ErrorCode::Invalid);
    QCOMPARE(table.errorString(), message);
}

void TestCsvReader::windows1252TableMatchesPython()
{
    QFile bytes(dataPath("cp1252-all-bytes.bin"));
    QFile oracle(dataPath("cp1252-all-bytes.utf8"));
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    QVERIFY(oracle.open(QIODevice::ReadOnly));
    const auto decoded = TextFile::decode(bytes.readAll(), CsvReader::kMaxBytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded->encoding, QStringLiteral("Windows-1252"));
    const QString expected = QString::fromUtf8(oracle.readAll());
    QCOMPARE(expected.size(), 95 + 128); // guards against an empty oracle
    QCOMPARE(decoded->text, expected);
}

void TestCsvReader::missingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kunden.csv"));
    const auto table = CsvReader::readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.code(), ErrorCode::Io);
    QVERIFY2(table.errorString().startsWith(QStringLiteral("cannot open ") + path + QLatin1String(": ")),
             qPrintable(table.errorString()));
}

void TestCsvReader::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(25 * 1024 * 1024)); // sparse: nothing is written, nothing need be read
    file.close();
    const auto table = CsvReader::readFile(file.fileName());
    QVERIFY(!table.ok());
    QCOMPARE(table.code(), ErrorCode::Invalid);
    QCOMPARE(table.errorString(),
             QStringLiteral("the file is 25.0 MB, more than the 20 MB a contact file may have"));
}

void TestCsvReader::oversizedDataIsRefused()
{
    const auto table = CsvReader::parse(QByteArray(CsvReader::kMaxBytes + 1, 'a'));
    QVERIFY(!table.ok());
    QCOMPARE(table.errorString(),
             QStringLiteral("the file is 20.0 MB, more than the 20 MB a contact file may have"));
}

void TestCsvReader::tenThousandRowsKeepTheirLines()
{
    QByteArray data = "Vorname;Nachname;Mobil;Notiz\r\n";
    for (int i = 0; i < 10'000; ++i) {
        data += "Kunde " + QByteArray::number(i) + ";M\xC3\xBCller;+49 151 "
            + QByteArray::number(10'000'000 + i);
        data += i % 100 == 0 ? ";\"zwei\r\nZeilen\"\r\n" : ";\"\"\"zitiert\"\"\"\r\n";
    }
    const auto table = CsvReader::parse(data);
    QVERIFY2(table.ok(), qPrintable(table.errorString()));
    QCOMPARE(table->rows.size(), 10'000);
    QCOMPARE(table->lines.first(), 2);
    // 100 rows of two lines before the last: 10,000 + 1 (header) + 100.
    QCOMPARE(table->lines.last(), 10'101);
    QCOMPARE(table->rows.last(),
             (QStringList { QStringLiteral("Kunde 9999"), QStringLiteral("Müller"),
                            QStringLiteral("+49 151 10009999"), QStringLiteral("\"zitiert\"") }));
    QCOMPARE(table->rows.at(100).at(3), QStringLiteral("zwei\r\nZeilen"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
