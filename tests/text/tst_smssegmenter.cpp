// SPDX-License-Identifier: GPL-3.0-or-later
#include "smssegmenter.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using smsdesk::SegmentInfo;
using smsdesk::SmsSegmenter;

namespace {

QString repeated(const QString &s, int times)
{
    return s.repeated(times);
}

QString aa(int n)
{
    return repeated(QStringLiteral("a"), n);
}

} // namespace

// Segment counts the way carriers bill them, checked against an independent oracle.
class TestSmsSegmenter final : public QObject
{
    Q_OBJECT

private slots:
    void oracle_data();
    void oracle();
    void realCases_data();
    void realCases();
    void emptyText();
    void unitsLeftCountsDownInLastSegment();
    void escapePairIsNeverSplit();
    void surrogatePairIsNeverSplit();
    void firstNonGsmIsWholeSurrogatePair();
    void loneSurrogateForcesUcs2();
    void everyBasicTableCharacterIsGsm();
};

void TestSmsSegmenter::oracle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");

    QFile file(smsdesk::test::testDataPath(QStringLiteral("sms-segments.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray cases = doc.object().value(QLatin1String("cases")).toArray();
    // Guards against a truncated or renamed file turning this test into a no-op.
    QVERIFY(cases.size() >= 40);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
            << c.value(QLatin1String("text")).toString() << c.value(QLatin1String("encoding")).toString()
            << c.value(QLatin1String("segments")).toInt();
    }
}

void TestSmsSegmenter::oracle()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.segments, segments);
}

void TestSmsSegmenter::realCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("perSegment");

    const QString gsm = QStringLiteral("GSM-7");
    const QString ucs = QStringLiteral("UCS-2");
    const QString zh = QStringLiteral("\u4F60"); // 你, one UTF-16 unit
    const QString emoji = QStringLiteral("\U0001F600"); // 😀, a surrogate pair
    const QString euro = QStringLiteral("\u20AC");

    QTest::newRow("appointment reminder")
        << QStringLiteral("Your appointment is on Friday at 10:30. Reply STOP to opt out.") << gsm << 1 << 62
        << 160;
    QTest::newRow("gsm 160") << aa(160) << gsm << 1 << 160 << 160;
    QTest::newRow("gsm 161") << aa(161) << gsm << 2 << 161 << 153;
    QTest::newRow("gsm 306") << aa(306) << gsm << 2 << 306 << 153;
    QTest::newRow("gsm 307") << aa(307) << gsm << 3 << 307 << 153;
    QTest::newRow("ucs2 70") << repeated(zh, 70) << ucs << 1 << 70 << 70;
    QTest::newRow("ucs2 71") << repeated(zh, 71) << ucs << 2 << 71 << 67;
    QTest::newRow("ucs2 134") << repeated(zh, 134) << ucs << 2 << 134 << 67;
    QTest::newRow("ucs2 135") << repeated(zh, 135) << ucs << 3 << 135 << 67;
    QTest::newRow("euro costs two septets") << euro << gsm << 1 << 2 << 160;
    QTest::newRow("all extension chars") << QStringLiteral("{}[]~\\^|\u20AC\f") << gsm << 1 << 20 << 160;
    QTest::newRow("euro at 159 overflows") << aa(159) + euro << gsm << 2 << 161 << 153;
    QTest::newRow("euro at 158 fits") << aa(158) + euro << gsm << 1 << 160 << 160;
    // 152 + '{' cannot split the escape pair: '{' opens segment 2 (152 | 2+7 = 9).
    QTest::newRow("brace at multipart border")
        << aa(152) + QStringLiteral("{") + aa(7) << gsm << 2 << 161 << 153;
    // Without the rule it would be 306 septets = 2 segments; with it, 152 | 153 | 1.
    QTest::newRow("escape split costs a segment") << aa(152) + euro + aa(152) << gsm << 3 << 306 << 153;
    QTest::newRow("one emoji") << emoji << ucs << 1 << 2 << 70;
    QTest::newRow("35 emoji") << repeated(emoji, 35) << ucs << 1 << 70 << 70;
    QTest::newRow("36 emoji") << repeated(emoji, 36) << ucs << 2 << 72 << 67;
    // 66 + 2 units: the pair moves to segment 2 whole; 33 emoji per segment, not 33.5.
    QTest::newRow("67 emoji") << repeated(emoji, 67) << ucs << 3 << 134 << 67;
    QTest::newRow("German sentence") << QStringLiteral("Grüße aus München – bis bald") << ucs << 1 << 28
                                     << 70;
    QTest::newRow("German without dash")
        << QStringLiteral("Grüße aus München, bis bald") << gsm << 1 << 27 << 160;
    QTest::newRow("lowercase ç") << QStringLiteral("ça") << ucs << 1 << 2 << 70;
    QTest::newRow("capital Ç") << QStringLiteral("Ça") << gsm << 1 << 2 << 160;
    QTest::newRow("ó not GSM") << QStringLiteral("Adiós") << ucs << 1 << 5 << 70;
    QTest::newRow("smart apostrophe") << QStringLiteral("it\u2019s") << ucs << 1 << 4 << 70;
    QTest::newRow("straight apostrophe") << QStringLiteral("it's") << gsm << 1 << 4 << 160;
    QTest::newRow("backslash") << QStringLiteral("C:\\") << gsm << 1 << 4 << 160;
    QTest::newRow("1530 gsm is ten") << aa(1530) << gsm << SmsSegmenter::kDefaultMaxSegments << 1530 << 153;
}

void TestSmsSegmenter::realCases()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, units);
    QFETCH(int, perSegment);
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.units, units);
    QCOMPARE(info.perSegment, perSegment);
    QCOMPARE(info.firstNonGsm.isEmpty(), encoding == QLatin1String("GSM-7"));
    QCOMPARE(info.isUcs2(), encoding == QLatin1String("UCS-2"));
}

void TestSmsSegmenter::emptyText()
{
    const SegmentInfo info = SmsSegmenter::analyze(QStringView());
    QCOMPARE(info.encoding, QStringLiteral("GSM-7"));
    QCOMPARE(info.segments, 0);
    QCOMPARE(info.units, 0);
    QCOMPARE(info.unitsLeft, 160);
    QVERIFY(info.firstNonGsm.isEmpty());
}

void TestSmsSegmenter::unitsLeftCountsDownInLastSegment()
{
    QCOMPARE(SmsSegmenter::analyze(aa(1)).unitsLeft, 159);
    QCOMPARE(SmsSegmenter::analyze(aa(160)).unitsLeft, 0);
    QCOMPARE(SmsSegmenter::analyze(aa(161)).unitsLeft, 153 * 2 - 161);
    QCOMPARE(SmsSegmenter::analyze(aa(306)).unitsLeft, 0);
    QCOMPARE(SmsSegmenter::analyze(QStringLiteral("\u00F3")).unitsLeft, 69);
    QCOMPARE(SmsSegmenter::analyze(QStringLiteral("\u00F3").repeated(71)).unitsLeft, 67 * 2 - 71);
    // 152 septets leave one slot in segment 1 that the escape pair cannot use.
    const QString text = aa(152) + QStringLiteral("\u20AC") + aa(9);
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.unitsLeft, 153 - 11);
}

void TestSmsSegmenter::escapePairIsNeverSplit()
{
    // 153 + 153 septets would fit 306 exactly; with '~' at position 153 it cannot.
    const QString text = aa(152) + QStringLiteral("~") + aa(152);
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.units, 306);
    QCOMPARE(info.segments, 3);
    QCOMPARE(info.unitsLeft, 153 - 1);
}

void TestSmsSegmenter::surrogatePairIsNeverSplit()
{
    // 66 units + an emoji + 3 units = 71: multipart. The emoji cannot take the 67th unit of
    // segment 1, so segment 2 holds 2 + 3 units (a split pair would leave 67 | 4).
    const QString text = QStringLiteral("\u4F60").repeated(66) + QStringLiteral("\U0001F44D")
        + QStringLiteral("\u4F60").repeated(3);
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.units, 71);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.unitsLeft, 67 - 5);
}

void TestSmsSegmenter::firstNonGsmIsWholeSurrogatePair()
{
    const SegmentInfo info = SmsSegmenter::analyze(QStringLiteral("Thanks! \U0001F44D and \u00F3"));
    QCOMPARE(info.encoding, QStringLiteral("UCS-2"));
    QCOMPARE(info.firstNonGsm, QStringLiteral("\U0001F44D"));
    QCOMPARE(SmsSegmenter::analyze(QStringLiteral("na\u00EFve")).firstNonGsm, QStringLiteral("\u00EF"));
    QCOMPARE(SmsSegmenter::analyze(QStringLiteral("a`b")).firstNonGsm, QStringLiteral("`"));
}

void TestSmsSegmenter::loneSurrogateForcesUcs2()
{
    QString text = QStringLiteral("ab");
    text.insert(1, QChar(0xD83D)); // high surrogate with no partner
    const SegmentInfo info = SmsSegmenter::analyze(text);
    QCOMPARE(info.encoding, QStringLiteral("UCS-2"));
    QCOMPARE(info.units, 3);
    QCOMPARE(info.firstNonGsm, QString(QChar(0xD83D)));
}

void TestSmsSegmenter::everyBasicTableCharacterIsGsm()
{
    // The 128 code points of the GSM 03.38 basic table (escape 0x1B omitted), in table order.
    const QString basic = QStringLiteral(
        "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
        "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6\u00DF\u00C9"
        " !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
        "\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
        "\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0");
    QCOMPARE(basic.size(), 127);
    const SegmentInfo info = SmsSegmenter::analyze(basic);
    QCOMPARE(info.encoding, QStringLiteral("GSM-7"));
    QCOMPARE(info.units, 127);
    // Neighbours that are not in the table.
    for (const char16_t c : { u'`', u'\t', u'\u00E7', u'\u00E1', u'\u00F3', u'\u00A0', u'\u2019', u'\u201C',
                              u'\u2014', u'\u03B1', u'\u00A2', u'\u00C0' }) {
        QCOMPARE(SmsSegmenter::analyze(QString(QChar(c))).encoding, QStringLiteral("UCS-2"));
    }
}

QTEST_GUILESS_MAIN(TestSmsSegmenter)
#include "tst_smssegmenter.moc"
