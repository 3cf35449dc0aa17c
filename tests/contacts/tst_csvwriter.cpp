// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

using smsdesk::CsvReader;
using smsdesk::CsvWriter;
using Rows = QList<QStringList>;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

// CSV for Excel: accents intact, quoting right, formulas defused, read back by CsvReader.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void cell_data();
    void cell();
    void wholeFile();
    void roundTrip();
};

void TestCsvWriter::cell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QStringLiteral("Anna") << QByteArray("Anna");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("accents in UTF-8") << QStringLiteral("Zoë Weiß") << QByteArray("Zo\xC3\xAB Wei\xC3\x9F");
    // RFC 4180 §2.6: comma, quote and line breaks need quotes; §2.7: a quote is doubled.
    QTest::newRow("comma") << QStringLiteral("Müller, Jürgen")
                           << QByteArray("\"M\xC3\xBCller, J\xC3\xBCrgen\"");
    QTest::newRow("quote") << QStringLiteral("5\" floppy") << QByteArray("\"5\"\" floppy\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return inside") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    // Readers trim unquoted cells; quoted, the blanks survive.
    QTest::newRow("leading space") << QStringLiteral(" x") << QByteArray("\" x\"");
    QTest::newRow("trailing space") << QStringLiteral("x ") << QByteArray("\"x \"");
    // A reader that guesses the delimiter (CsvReader, Excel with "sep=") must not take these for it.
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
    QTest::newRow("pipe") << QStringLiteral("a|b") << QByteArray("\"a|b\"");
    // OWASP "CSV Injection": cells starting with = + - @ tab CR run as formulas in Excel,
    // LibreOffice and Google Sheets; a leading ' makes them text.
    QTest::newRow("formula =") << QStringLiteral("=SUM(A1:A9)") << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("formula with quotes and commas")
        << QStringLiteral("=HYPERLINK(\"http://x.example\",\"Rabatt\")")
        << QByteArray("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Rabatt\"\")\"");
    QTest::newRow("formula @") << QStringLiteral("@SUM(1+1)") << QByteArray("'@SUM(1+1)");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("formula +") << QStringLiteral("+1+cmd") << QByteArray("'+1+cmd");
    QTest::newRow("a lone +") << QStringLiteral("+") << QByteArray("'+");
    QTest::newRow("tab first") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    // The exception: an international number is data, and this file is full of them.
    QTest::newRow("E.164 number") << QStringLiteral("+4915112345678") << QByteArray("+4915112345678");
    QTest::newRow("number as people type it")
        << QStringLiteral("+49 (151) 123-45678") << QByteArray("+49 (151) 123-45678");
    QTest::newRow("number and words")
        << QStringLiteral("+49 151 1234 abends") << QByteArray("'+49 151 1234 abends");
    QTest::newRow("= later in the cell is harmless") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestCsvWriter::cell()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);

    QCOMPARE(CsvWriter::write({ cell }, {}), kBom + written + "\r\n");
}

void TestCsvWriter::wholeFile()
{
    const QByteArray data = CsvWriter::write(
        { QStringLiteral("Name"), QStringLiteral("Mobil"), QStringLiteral("Notiz") },
        { { QStringLiteral("Jürgen"), QStringLiteral("+49 151 1234567"), QStringLiteral("=1+1") },
          { QStringLiteral("Zoë"), QString(), QStringLiteral("Tor 3, hinten") } });
    QCOMPARE(data,
             QByteArray("\xEF\xBB\xBF"
                        "Name,Mobil,Notiz\r\n"
                        "J\xC3\xBCrgen,+49 151 1234567,'=1+1\r\n"
                        "Zo\xC3\xAB,,\"Tor 3, hinten\"\r\n"));
}

void TestCsvWriter::roundTrip()
{
    const QStringList header { QStringLiteral("Name"), QStringLiteral("Telefon"),
                               QStringLiteral("Notiz; intern") };
    const Rows rows {
        { QStringLiteral("Müller, Jürgen"), QStringLiteral("+49 151 1234567"),
          QStringLiteral("sagt \"hallo\"\r\nzweimal") },
        { QStringLiteral(" Zoë "), QStringLiteral("+4930123456"), QString() },
        { QStringLiteral("Łukasz 🎂"), QStringLiteral("0151|2"), QStringLiteral("a\tb") },
        { QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("-5"), QStringLiteral("@x") },
    };
    const auto table = CsvReader::parse(CsvWriter::write(header, rows));
    QVERIFY2(table.ok(), qPrintable(table.errorString()));
    QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(table->delimiter, QChar(u','));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.mid(0, 3), rows.mid(0, 3));
    // Formulas come back defused: the ' stays, which is the point.
    QCOMPARE(table->rows.at(3),
             (QStringList { QStringLiteral("'=cmd|' /C calc'!A0"), QStringLiteral("'-5"),
                            QStringLiteral("'@x") }));
    QCOMPARE(table->lines, (QList<int> { 2, 4, 5, 6 }));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
