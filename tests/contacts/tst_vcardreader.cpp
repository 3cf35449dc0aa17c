// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "vcardreader.h"

#include <QTemporaryDir>
#include <QTest>

using smsdesk::ErrorCode;
using smsdesk::VCard;
using smsdesk::VCardFile;
using smsdesk::VCardPhone;
using smsdesk::VCardReader;

namespace {

QString dataPath(const QString &name)
{
    return smsdesk::test::testDataPath(QStringLiteral("contacts/") + name);
}

// "+90 532 123 45 67 [cell,pref] preferred": one string per phone, so a table row reads
// like the card and a failure shows what differs.
QStringList describe(const QList<VCardPhone> &phones)
{
    QStringList out;
    for (const VCardPhone &phone : phones) {
        out.append(phone.number + QLatin1String(" [") + phone.types.join(u',') + QLatin1Char(']')
                   + (phone.preferred ? QLatin1String(" preferred") : QLatin1String()));
    }
    return out;
}

QStringList describe(const VCardFile &file)
{
    QStringList out;
    for (const auto &problem : file.problems)
        out.append(QString::number(problem.line) + QLatin1String(": ") + problem.reason);
    return out;
}

} // namespace

// vCards as Android, iPhone, Outlook and CardDAV clients export them, read card by card.
class TestVCardReader final : public QObject
{
    Q_OBJECT

private slots:
    void cards_data();
    void cards();
    void problems_data();
    void problems();
    void refused_data();
    void refused();
    void softLineBreakWinsOverWhatTheNextLineLooksLike();
    void bigPhotoIsPassedOver();
    void missingFileNamesThePath();
};

void TestVCardReader::cards_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("formattedName");
    QTest::addColumn<QString>("familyName");
    QTest::addColumn<QString>("givenName");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("phones");

    const QString android = QStringLiteral("android-2.1.vcf");
    // AOSP VCardBuilder.appendNamePropertiesV21 + encodeQuotedPrintable: N and FN as
    // CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE, each N component encoded on its own;
    // appendTelLine: bare CELL/HOME/WORK;FAX types, PREF for the primary number.
    QTest::newRow("android 2.1: QP names, three TELs")
        << android << 0 << 1 << QStringLiteral("2.1") << QStringLiteral("Şule Ünal") << QStringLiteral("Ünal")
        << QStringLiteral("Şule") << QString() << QStringLiteral("sule.unal@example.com.tr") << QString()
        << QStringList { QStringLiteral("+90 532 123 45 67 [cell,pref] preferred"),
                         QStringLiteral("+90 212 555 12 34 [home]"),
                         QStringLiteral("+90 212 555 12 35 [work,fax]") };
    // encodeQuotedPrintable breaks lines with "=\r\n" after 67 characters (FN over two lines;
    // ORG of exactly 23 bytes ends in a soft break and an empty line). AOSP
    // v21_complicated.vcf: a QP NOTE whose continuation starts with a space keeps the space.
    // PHOTO;ENCODING=BASE64 folded and followed by an empty line (appendPhotoLine).
    QTest::newRow("android 2.1: soft line breaks, photo")
        << android << 1 << 10 << QStringLiteral("2.1") << QStringLiteral("Hans-Jürgen Müller-Lüdenscheidt")
        << QStringLiteral("Müller-Lüdenscheidt") << QStringLiteral("Hans-Jürgen")
        << QStringLiteral("Bäckerei Lüdenscheidt") << QString()
        << QStringLiteral("Kommt immer mittwochs, bitte nicht vor 9 anrufen")
        << QStringList { QStringLiteral("0171 2345678 [cell]"),
                         QStringLiteral("0231 9876-0 [work,pref] preferred") };
    // VCardBuilder.escapeCharacters: 2.1 escapes ';' as "\;" (AOSP v21_backslash.vcf).
    QTest::newRow("android 2.1: ASCII, escaped ;")
        << android << 2 << 37 << QStringLiteral("2.1") << QStringLiteral("John Smith")
        << QStringLiteral("Smith") << QStringLiteral("John") << QStringLiteral("Smith; Sons Ltd.")
        << QString() << QString()
        << QStringList { QStringLiteral("+1 202-555-0143 [cell]"),
                         QStringLiteral("+1 202-555-0199 [voice]") };

    const QString iphone = QStringLiteral("iphone-3.0.vcf");
    // RFC 2426 §3.3.1 (type=pref); item1. groups (RFC 2425 §5.8.2, Apple's X-ABLabel);
    // a PHOTO folded at 75 (RFC 2426 §2.6) whose base64 ends in '=' right before a TEL.
    QTest::newRow("iphone 3.0: groups, photo")
        << iphone << 0 << 1 << QStringLiteral("3.0") << QStringLiteral("Åsa Lindqvist")
        << QStringLiteral("Lindqvist") << QStringLiteral("Åsa") << QStringLiteral("Café Nord AB")
        << QStringLiteral("asa@example.se") << QString()
        << QStringList { QStringLiteral("+46 70 123 45 67 [pref] preferred"),
                         QStringLiteral("+46 8 765 43 21 [home,voice]") };
    // RFC 2426 §4 (escaped-char: \, \; \n) and Apple's "\:" (AOSP VCardParserImpl_V30.unescapeText).
    QTest::newRow("iphone 3.0: escapes, repeated type=")
        << iphone << 1 << 43 << QStringLiteral("3.0") << QStringLiteral("Dr. Seán O'Brien")
        << QStringLiteral("O'Brien") << QStringLiteral("Seán") << QString() << QString()
        << QStringLiteral("Prefers texts, not calls.\nGate code 1234; ring twice. Door : blue")
        << QStringList { QStringLiteral("(617) 555-0123 [cell,voice,pref] preferred"),
                         QStringLiteral("(617) 555-0188 [work,voice]") };

    // AOSP v30_ios_613_multiline.vcf / VCardParserTests.testIosMultiline: "\r\r\n" line ends,
    // empty lines between a NOTE's and a PHOTO's folds. A CR and a CRLF are two lines, so the
    // second card starts at line 31.
    QTest::newRow("ios 6 \\r\\r\\n") << QStringLiteral("ios6-crcrlf.vcf") << 0 << 1 << QStringLiteral("3.0")
                                     << QStringLiteral("Bob Smith") << QStringLiteral("Smith")
                                     << QStringLiteral("Bob") << QStringLiteral("Smith Auto Repair")
                                     << QString()
                                     << QStringLiteral("Pick-up on Fridays, ask for Bob at the front desk")
                                     << QStringList { QStringLiteral(
                                            "(650) 555-1212 [cell,voice,pref] preferred") };
    QTest::newRow("ios 6 \\r\\r\\n, second card")
        << QStringLiteral("ios6-crcrlf.vcf") << 1 << 31 << QStringLiteral("3.0")
        << QStringLiteral("Alice Jones") << QString() << QString() << QString() << QString() << QString()
        << QStringList { QStringLiteral("(650) 555-3434 [work]") };

    // RFC 6350 §8's example card: TEL;VALUE=uri with a quoted TYPE list (§5.6), PREF=1
    // (§5.3), tel: URIs (§6.4.1, RFC 3966; the extension stays with the number).
    QTest::newRow("vcard 4.0: RFC 6350 §8")
        << QStringLiteral("vcard-4.0.vcf") << 0 << 1 << QStringLiteral("4.0")
        << QStringLiteral("Simon Perreault") << QStringLiteral("Perreault") << QStringLiteral("Simon")
        << QStringLiteral("Viagenie") << QStringLiteral("simon.perreault@viagenie.ca") << QString()
        << QStringList { QStringLiteral("+1-418-656-9254;ext=102 [work,voice] preferred"),
                         QStringLiteral("+1-418-262-6501 [work,cell,voice,video,text]") };
    // RFC 6350 §3.3: names of properties and parameters are case-insensitive; a URI scheme
    // too (RFC 3986 §3.1).
    QTest::newRow("vcard 4.0: all lower case")
        << QStringLiteral("vcard-4.0.vcf") << 1 << 10 << QStringLiteral("4.0") << QStringLiteral("Léa Martin")
        << QStringLiteral("Martin") << QStringLiteral("Léa") << QString() << QStringLiteral("lea@example.fr")
        << QString()
        << QStringList { QStringLiteral("+33 6 12 34 56 78 [cell] preferred"),
                         QStringLiteral("+33-1-23-45-67-89 [home]") };

    // RFC 6350 §3.2: CRLF (here LF) and one space or tab is removed, anywhere: inside a
    // word, between '\' and 'n' of an escape, inside a parameter, inside a number.
    QTest::newRow("folded lines") << QStringLiteral("folded.vcf") << 0 << 1 << QStringLiteral("3.0")
                                  << QStringLiteral("Maximilian Alexander von Hohenzollern-Sigmaringen")
                                  << QStringLiteral("von Hohenzollern-Sigmaringen")
                                  << QStringLiteral("Maximilian") << QString() << QString()
                                  << QStringLiteral("Erste Zeile\nzweite Zeile")
                                  << QStringList { QStringLiteral("+49 151 98765432 [cell]") };

    // Outlook's vCard 2.1 export: CHARSET=Windows-1252 with raw bytes; QUOTED-PRINTABLE in
    // that charset (=80 €, =96 –); a LABEL's soft line break onto a line without a colon.
    QTest::newRow("outlook 2.1, Windows-1252")
        << QStringLiteral("outlook-2.1.vcf") << 0 << 1 << QStringLiteral("2.1")
        << QStringLiteral("Jürgen Müller") << QStringLiteral("Müller") << QStringLiteral("Jürgen")
        << QStringLiteral("Bäckerei Müller GmbH") << QStringLiteral("j.mueller@example.de")
        << QStringLiteral("Stammkunde, 10 € Rabatt – immer freitags")
        << QStringList { QStringLiteral("0221 123456 [work,voice]"),
                         QStringLiteral("0151 2345678 [cell,voice]") };

    QTest::newRow("broken: first card")
        << QStringLiteral("broken.vcf") << 0 << 1 << QStringLiteral("3.0") << QStringLiteral("Anna Complete")
        << QString() << QString() << QString() << QString() << QString()
        << QStringList { QStringLiteral("+49 30 1111 []") };
    QTest::newRow("broken: card after an interrupted one")
        << QStringLiteral("broken.vcf") << 1 << 10 << QStringLiteral("3.0") << QStringLiteral("Clara Fine")
        << QString() << QString() << QString() << QString() << QString()
        << QStringList { QStringLiteral("+49 30 3333 []") };
}

void TestVCardReader::cards()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QString, version);
    QFETCH(QString, formattedName);
    QFETCH(QString, familyName);
    QFETCH(QString, givenName);
    QFETCH(QString, organization);
    QFETCH(QString, email);
    QFETCH(QString, note);
    QFETCH(QStringList, phones);

    const auto read = VCardReader::readFile(dataPath(file));
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY2(index < read->cards.size(), qPrintable(QString::number(read->cards.size())));
    const VCard &card = read->cards.at(index);
    QCOMPARE(card.line, line);
    QCOMPARE(card.version, version);
    QCOMPARE(card.formattedName, formattedName);
    QCOMPARE(card.familyName, familyName);
    QCOMPARE(card.givenName, givenName);
    QCOMPARE(card.organization, organization);
    QCOMPARE(card.email, email);
    QCOMPARE(card.note, note);
    QCOMPARE(describe(card.phones), phones);
}

void TestVCardReader::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cards");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("android") << QStringLiteral("android-2.1.vcf") << 3 << QStringList {};
    QTest::newRow("iphone") << QStringLiteral("iphone-3.0.vcf") << 2 << QStringList {};
    QTest::newRow("ios 6") << QStringLiteral("ios6-crcrlf.vcf") << 2 << QStringList {};
    QTest::newRow("4.0") << QStringLiteral("vcard-4.0.vcf") << 2 << QStringList {};
    QTest::newRow("folded") << QStringLiteral("folded.vcf") << 1 << QStringList {};
    QTest::newRow("outlook") << QStringLiteral("outlook-2.1.vcf") << 1 << QStringList {};
    // A card interrupted by the next BEGIN, a stray END, a last card the file ends inside
    // (a truncated download, two exports pasted together; AOSP v21_nest.vcf nests cards).
    QTest::newRow("broken") << QStringLiteral("broken.vcf") << 2
                            << QStringList {
                                   QStringLiteral("6: the card that begins at line 6 has no END:VCARD"),
                                   QStringLiteral("15: END:VCARD at line 15 has no BEGIN:VCARD before it"),
                                   QStringLiteral("16: the card that begins at line 16 has no END:VCARD"),
                               };
}

void TestVCardReader::problems()
{
    QFETCH(QString, file);
    QFETCH(int, cards);
    QFETCH(QStringList, problems);

    const auto read = VCardReader::readFile(dataPath(file));
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->cards.size(), cards);
    QCOMPARE(describe(read.value()), problems);
}

void TestVCardReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("blank lines") << QByteArray("\r\n \r\n\t\n") << QStringLiteral("the file is empty");
    QTest::newRow("a CSV picked by mistake")
        << QByteArray("Name,Phone\r\nAnna,+49 151 1\r\n")
        << QStringLiteral("this is not a vCard file: it has no BEGIN:VCARD line");
    QTest::newRow("binary") << QByteArray(
        "\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        16) << QStringLiteral("this is not a text file (it contains NUL bytes); save it as CSV or vCard");
    QTest::newRow("too large") << QByteArray(VCardReader::kMaxBytes + 1, ' ')
                               << QStringLiteral(
                                      "the file is 20.0 MB, more than the 20 MB a contact file may have");
}

void TestVCardReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);

    const auto read = VCardReader::parse(data);
    QVERIFY(!read.ok());
    QCOMPARE(read.code(), ErrorCode::Invalid);
    QCOMPARE(read.errorString(), message);
}

void TestVCardReader::softLineBreakWinsOverWhatTheNextLineLooksLike()
{
    // RFC 2045 §6.7 (5): "=" at the end of a QUOTED-PRINTABLE line joins the next line,
    // whatever it holds; AOSP v21_invalid_comment_line.vcf continues a QP NOTE on a line
    // starting with '#'. Here the continuation looks like a TEL: it must not become one.
    const auto read = VCardReader::parse("BEGIN:VCARD\r\n"
                                         "VERSION:2.1\r\n"
                                         "FN:Conference Call\r\n"
                                         "NOTE;QUOTED-PRINTABLE:Bitte nur abends anrufen=\r\n"
                                         "TEL: ab 18 Uhr\r\n"
                                         "TEL;VOICE:+49 89 1234567\r\n"
                                         "END:VCARD\r\n");
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->cards.size(), 1);
    QCOMPARE(read->cards.first().note, QStringLiteral("Bitte nur abends anrufenTEL: ab 18 Uhr"));
    QCOMPARE(describe(read->cards.first().phones), QStringList { QStringLiteral("+49 89 1234567 [voice]") });
}

void TestVCardReader::bigPhotoIsPassedOver()
{
    // A 3 MB photo folded over 40,000 lines, then what the importer needs.
    QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
    const QByteArray fold = " " + QByteArray(74, 'A') + "\r\n";
    data += "\r\n";
    for (int i = 0; i < 40'000; ++i)
        data += fold;
    data += "FN:After The Photo\r\nTEL;TYPE=cell:+44 7700 900123\r\nEND:VCARD\r\n";
    const auto read = VCardReader::parse(data);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->cards.size(), 1);
    QCOMPARE(read->cards.first().formattedName, QStringLiteral("After The Photo"));
    QCOMPARE(describe(read->cards.first().phones), QStringList { QStringLiteral("+44 7700 900123 [cell]") });
}

void TestVCardReader::missingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kontakte.vcf"));
    const auto read = VCardReader::readFile(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.code(), ErrorCode::Io);
    QVERIFY2(read.errorString().startsWith(QStringLiteral("cannot open ") + path + QLatin1String(": ")),
             qPrintable(read.errorString()));
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
