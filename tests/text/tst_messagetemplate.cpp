// SPDX-License-Identifier: GPL-3.0-or-later
// The placeholder syntax ({name}, {name|default}, {{ and }}) and its problem messages are
// our own rules; the encoding and segment counts follow GSM 03.38 (3GPP TS 23.038), the
// same rules tst_smssegmenter checks against Twilio's calculator.
#include "messagetemplate.h"

#include <QTest>

#include <utility>

using smsdesk::ErrorCode;
using smsdesk::MessageTemplate;
using smsdesk::SegmentInfo;
using smsdesk::TemplateProblem;

using Fields = QHash<QString, QString>;

namespace {

QString aa(int n)
{
    return QStringLiteral("a").repeated(n);
}

MessageTemplate parsed(const QString &text)
{
    auto result = MessageTemplate::parse(text);
    if (!result.ok())
        qFatal("template should parse: %s", qPrintable(result.errorString()));
    return std::move(result).value();
}

const QString kGsm = QStringLiteral("GSM-7");
const QString kUcs2 = QStringLiteral("UCS-2");

} // namespace

// What a recipient receives for a template and a row of fields, and what the editor
// tells the shop owner about a template that cannot be sent.
class TestMessageTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void missingIsReplacedNotAppended();
    void placeholders_data();
    void placeholders();
    void unknownFields_data();
    void unknownFields();
    void segmentsFor_data();
    void segmentsFor();
    void problems_data();
    void problems();
    void validTextsHaveNoProblems_data();
    void validTextsHaveNoProblems();
    void isFieldName_data();
    void isFieldName();
    void longTemplate();
    void emptyTemplate();
    void standardFields();
    void standardFieldValues_data();
    void standardFieldValues();
};

void TestMessageTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    const QString ann = QStringLiteral("Ann");
    const Fields annLee { { QStringLiteral("first_name"), ann },
                          { QStringLiteral("last_name"), QStringLiteral("Lee") } };
    const Fields annOrder { { QStringLiteral("first_name"), ann },
                            { QStringLiteral("order_no"), QStringLiteral("1042") } };

    QTest::newRow("values") << QStringLiteral("Hi {first_name}, your order {order_no} is ready.") << annOrder
                            << QStringLiteral("Hi Ann, your order 1042 is ready.") << QStringList();
    QTest::newRow("value trimmed") << QStringLiteral("Hi {first_name}!")
                                   << Fields { { QStringLiteral("first_name"), QStringLiteral("  Ann \t") } }
                                   << QStringLiteral("Hi Ann!") << QStringList();
    QTest::newRow("value beats default")
        << QStringLiteral("Hi {first_name|there}!") << annLee << QStringLiteral("Hi Ann!") << QStringList();
    QTest::newRow("default when missing") << QStringLiteral("Hi {first_name|there}!") << Fields()
                                          << QStringLiteral("Hi there!") << QStringList();
    QTest::newRow("default when empty")
        << QStringLiteral("Hi {first_name|there}!") << Fields { { QStringLiteral("first_name"), QString() } }
        << QStringLiteral("Hi there!") << QStringList();
    QTest::newRow("default when only spaces")
        << QStringLiteral("Hi {first_name|there}!")
        << Fields { { QStringLiteral("first_name"), QStringLiteral("   ") } } << QStringLiteral("Hi there!")
        << QStringList();
    QTest::newRow("default with a space")
        << QStringLiteral("Hallo {first_name|lieber Kunde}, Ihr Paket ist da.") << Fields()
        << QStringLiteral("Hallo lieber Kunde, Ihr Paket ist da.") << QStringList();
    QTest::newRow("default with non-ASCII")
        << QStringLiteral("Bonjour {first_name|chère cliente} !") << Fields()
        << QStringLiteral("Bonjour chère cliente !") << QStringList();
    QTest::newRow("default taken as written") << QStringLiteral("Hi{first_name| there}!") << Fields()
                                              << QStringLiteral("Hi there!") << QStringList();
    QTest::newRow("default keeps a second bar")
        << QStringLiteral("{code|A|B}") << Fields() << QStringLiteral("A|B") << QStringList();
    QTest::newRow("missing without default")
        << QStringLiteral("Hi {first_name}, order {order_no}.")
        << Fields { { QStringLiteral("order_no"), QStringLiteral("7") } } << QStringLiteral("Hi , order 7.")
        << QStringList { QStringLiteral("first_name") };
    QTest::newRow("missing once each, in order of use")
        << QStringLiteral("{b}-{a}-{b}") << Fields() << QStringLiteral("--")
        << QStringList { QStringLiteral("b"), QStringLiteral("a") };
    QTest::newRow("empty default is not missing")
        << QStringLiteral("Hi {title|}{last_name}") << annLee << QStringLiteral("Hi Lee") << QStringList();
    QTest::newRow("names are case-insensitive") << QStringLiteral("{First_Name} {FIRST_NAME} {first_name}")
                                                << annLee << QStringLiteral("Ann Ann Ann") << QStringList();
    QTest::newRow("keys are case-insensitive")
        << QStringLiteral("Order {order_no}")
        << Fields { { QStringLiteral("Order_No"), QStringLiteral("5") } } << QStringLiteral("Order 5")
        << QStringList();
    QTest::newRow("doubled braces are literal") << QStringLiteral("Code {{VIP}} for {first_name}") << annLee
                                                << QStringLiteral("Code {VIP} for Ann") << QStringList();
    QTest::newRow("braces around a placeholder")
        << QStringLiteral("{{{first_name}}}") << annLee << QStringLiteral("{Ann}") << QStringList();
    QTest::newRow("escaped name is not a field")
        << QStringLiteral("{{first_name}}") << annLee << QStringLiteral("{first_name}") << QStringList();
    QTest::newRow("adjacent placeholders")
        << QStringLiteral("{first_name}{last_name}") << annLee << QStringLiteral("AnnLee") << QStringList();
    QTest::newRow("next to punctuation")
        << QStringLiteral("({order_no}).") << annOrder << QStringLiteral("(1042).") << QStringList();
    QTest::newRow("inside a word") << QStringLiteral("Ref T{order_no}b") << annOrder
                                   << QStringLiteral("Ref T1042b") << QStringList();
    // Values are sent as they are: a customer named "{last_name}" must not pull in a field.
    QTest::newRow("value is not a template")
        << QStringLiteral("Hi {first_name}")
        << Fields { { QStringLiteral("first_name"), QStringLiteral("{last_name}") },
                    { QStringLiteral("last_name"), QStringLiteral("Lee") } }
        << QStringLiteral("Hi {last_name}") << QStringList();
    QTest::newRow("over two lines") << QStringLiteral("Hi {first_name},\nsee you!") << annLee
                                    << QStringLiteral("Hi Ann,\nsee you!") << QStringList();
    QTest::newRow("digits and hyphen in names") << QStringLiteral("{line-2} {x_1}")
                                                << Fields { { QStringLiteral("line-2"), QStringLiteral("a") },
                                                            { QStringLiteral("x_1"), QStringLiteral("b") } }
                                                << QStringLiteral("a b") << QStringList();
    QTest::newRow("non-ASCII value") << QStringLiteral("Hi {first_name}!")
                                     << Fields { { QStringLiteral("first_name"), QStringLiteral("Zoë") } }
                                     << QStringLiteral("Hi Zoë!") << QStringList();
    QTest::newRow("no placeholders") << QStringLiteral("Closed today.") << annLee
                                     << QStringLiteral("Closed today.") << QStringList();
}

void TestMessageTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(Fields, fields);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);

    const MessageTemplate tpl = parsed(text);
    QStringList reported;
    QCOMPARE(tpl.render(fields, &reported), expected);
    QCOMPARE(reported, missing);
    QCOMPARE(tpl.render(fields), expected); // the same without asking for what is missing
    QCOMPARE(tpl.text(), text);
}

void TestMessageTemplate::missingIsReplacedNotAppended()
{
    // The preview reuses one list for every row: row 13 must not inherit row 12's gaps.
    const MessageTemplate tpl = parsed(QStringLiteral("Hi {first_name}"));
    QStringList missing { QStringLiteral("from row 12") };
    QCOMPARE(tpl.render(Fields { { QStringLiteral("first_name"), QStringLiteral("Ann") } }, &missing),
             QStringLiteral("Hi Ann"));
    QCOMPARE(missing, QStringList());
}

void TestMessageTemplate::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("order of first use, once, lower-case")
        << QStringLiteral("Hi {first_name}, {Order_No} {FIRST_NAME|x} {phone}")
        << QStringList { QStringLiteral("first_name"), QStringLiteral("order_no"), QStringLiteral("phone") };
    QTest::newRow("escaped braces are no placeholder")
        << QStringLiteral("{{vip}} {name}") << QStringList { QStringLiteral("name") };
    QTest::newRow("none") << QStringLiteral("Closed today.") << QStringList();
}

void TestMessageTemplate::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(parsed(text).placeholders(), expected);
}

void TestMessageTemplate::unknownFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("expected");

    const QStringList standard = smsdesk::standardTemplateFields();
    QTest::newRow("standard fields only") << QStringLiteral("Hi {first_name} {name}, {order_no} for {phone}")
                                          << standard << QStringList { QStringLiteral("order_no") };
    QTest::newRow("CSV column, other case")
        << QStringLiteral("Hi {first_name}, {order_no}")
        << (standard + QStringList { QStringLiteral("Order_No") }) << QStringList();
    // A default does not make a field known: "{frist_name|there}" would greet everyone "there".
    QTest::newRow("default does not excuse a typo") << QStringLiteral("Hi {frist_name|there}") << standard
                                                    << QStringList { QStringLiteral("frist_name") };
    QTest::newRow("order of first use") << QStringLiteral("{b}{a}{b}") << QStringList()
                                        << QStringList { QStringLiteral("b"), QStringLiteral("a") };
    QTest::newRow("no fields") << QStringLiteral("Closed {{today}}") << QStringList() << QStringList();
}

void TestMessageTemplate::unknownFields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, known);
    QFETCH(QStringList, expected);
    QCOMPARE(parsed(text).unknownFields(known), expected);
}

void TestMessageTemplate::segmentsFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("firstNonGsm");

    const QString name = QStringLiteral("first_name");
    // GSM 03.38 basic table has ü (0x7E): a German surname keeps the message GSM-7.
    QTest::newRow("Müller stays GSM-7")
        << QStringLiteral("Hallo {last_name}!")
        << Fields { { QStringLiteral("last_name"), QStringLiteral("Müller") } } << kGsm << 1 << 13
        << QString();
    // ë is not in GSM 03.38: the whole message goes UCS-2.
    QTest::newRow("Zoë forces UCS-2")
        << QStringLiteral("Hi {first_name}!") << Fields { { name, QStringLiteral("Zoë") } } << kUcs2 << 1 << 7
        << QStringLiteral("ë");
    // 72 characters: one GSM-7 segment (160), two UCS-2 segments (70, then 67 each).
    QTest::newRow("Zoe, 72 chars") << aa(68) + QStringLiteral(" {first_name}")
                                   << Fields { { name, QStringLiteral("Zoe") } } << kGsm << 1 << 72
                                   << QString();
    QTest::newRow("Zoë, 72 chars") << aa(68) + QStringLiteral(" {first_name}")
                                   << Fields { { name, QStringLiteral("Zoë") } } << kUcs2 << 2 << 72
                                   << QStringLiteral("ë");
    // Counted as sent: "{{VIP}}" is sent as "{VIP}", and { and } are GSM 03.38 extension
    // characters of two septets each: 2+3+2 + 1 + 3 = 11.
    QTest::newRow("escaped braces as sent")
        << QStringLiteral("{{VIP}} {first_name}") << Fields { { name, QStringLiteral("Ann") } } << kGsm << 1
        << 11 << QString();
    QTest::newRow("default counts, not its placeholder")
        << QStringLiteral("Hallo {first_name|lieber Kunde}") << Fields() << kGsm << 1 << 18 << QString();
    // An emoji is a surrogate pair: two UCS-2 units.
    QTest::newRow("emoji in a value")
        << QStringLiteral("Thanks {first_name}") << Fields { { name, QStringLiteral("Ann \U0001F600") } }
        << kUcs2 << 1 << 13 << QStringLiteral("\U0001F600");
    QTest::newRow("renders empty") << QStringLiteral("{first_name}") << Fields() << kGsm << 0 << 0
                                   << QString();
}

void TestMessageTemplate::segmentsFor()
{
    QFETCH(QString, text);
    QFETCH(Fields, fields);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, units);
    QFETCH(QString, firstNonGsm);

    const SegmentInfo info = parsed(text).segmentsFor(fields);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.units, units);
    QCOMPARE(info.firstNonGsm, firstNonGsm);
}

void TestMessageTemplate::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QList<int>>("lengths");
    QTest::addColumn<QStringList>("reasons");

    const QString unclosedFirstName = QStringLiteral(
        "\"{first_name\" is never closed: add } after the field name, or type {{ to show a brace.");
    const QString emptyBraces
        = QStringLiteral("\"{}\" has no field name: put one between the braces, like {first_name}.");
    const QString spaceInFirstName
        = QStringLiteral("\"{first name}\" has a space in the field name: use _ instead, like {first_name}.");

    QTest::newRow("unclosed") << QStringLiteral("Hello {first_name)") << QList<int> { 6 } << QList<int> { 11 }
                              << QStringList { unclosedFirstName };
    QTest::newRow("unclosed at the end") << QStringLiteral("Hello {first_name") << QList<int> { 6 }
                                         << QList<int> { 11 } << QStringList { unclosedFirstName };
    QTest::newRow("unclosed, lone brace")
        << QStringLiteral("Hi {") << QList<int> { 3 } << QList<int> { 1 }
        << QStringList { QStringLiteral("\"{\" is never closed: add } after the field name, or type "
                                        "{{ to show a brace.") };
    // The next "{" starts afresh, so {order_no} still counts as a field.
    QTest::newRow("unclosed before the next field")
        << QStringLiteral("Hi {first_name, order {order_no}") << QList<int> { 3 } << QList<int> { 11 }
        << QStringList { unclosedFirstName };
    // A line break ends the search for "}", so the "}" on the next line is stray.
    QTest::newRow("unclosed at a line break")
        << QStringLiteral("Hi {first_name\nThanks}") << QList<int> { 3, 21 } << QList<int> { 11, 1 }
        << QStringList { unclosedFirstName,
                         QStringLiteral(
                             "The \"}\" after \"Thanks\" has no \"{\" before it: type }} to show a brace.") };
    QTest::newRow("empty braces") << QStringLiteral("Hi {}!") << QList<int> { 3 } << QList<int> { 2 }
                                  << QStringList { emptyBraces };
    QTest::newRow("default without a name")
        << QStringLiteral("Hi {|there}") << QList<int> { 3 } << QList<int> { 8 }
        << QStringList { QStringLiteral(
               "\"{|there}\" has no field name: put one between the braces, like {first_name}.") };
    QTest::newRow("space in the name") << QStringLiteral("Hi {first name}") << QList<int> { 3 }
                                       << QList<int> { 12 } << QStringList { spaceInFirstName };
    QTest::newRow("accented letter")
        << QStringLiteral("{prénom}") << QList<int> { 0 } << QList<int> { 8 }
        << QStringList { QStringLiteral("\"{prénom}\" has \"é\" in the field name: use only the letters a "
                                        "to z, digits, _ and -.") };
    QTest::newRow("dot in the name")
        << QStringLiteral("No. {order.no}") << QList<int> { 4 } << QList<int> { 10 }
        << QStringList { QStringLiteral("\"{order.no}\" has \".\" in the field name: use only the letters a "
                                        "to z, digits, _ and -.") };
    QTest::newRow("long placeholder quoted short")
        << QStringLiteral("{this is not a field name at all}") << QList<int> { 0 } << QList<int> { 33 }
        << QStringList { QStringLiteral(
               "\"{this is not a field name at \u2026\" has a space in the field name: "
               "use _ instead, like {first_name}.") };
    // The quote is cut before the emoji, never between its two UTF-16 halves.
    QTest::newRow("quote cut before a surrogate pair")
        << QString(QStringLiteral("{") + aa(27) + QStringLiteral("\U0001F600}")) << QList<int> { 0 }
        << QList<int> { 31 }
        << QStringList { QString(
               QStringLiteral("\"{") + aa(27)
               + QStringLiteral("\u2026\" has \"\U0001F600\" in the field name: use only the "
                                "letters a to z, digits, _ and -.")) };
    QTest::newRow("stray at the start")
        << QStringLiteral("} Hi") << QList<int> { 0 } << QList<int> { 1 }
        << QStringList { QStringLiteral("A \"}\" at the start of a line has no \"{\" before it: type }} to "
                                        "show a brace.") };
    QTest::newRow("stray at the start, more lines")
        << QStringLiteral("} Hi\nsee you") << QList<int> { 0 } << QList<int> { 1 }
        << QStringList { QStringLiteral(
               "A \"}\" at the start of a line has no \"{\" before it: type }} to show a brace.") };
    QTest::newRow("stray starting the second line")
        << QStringLiteral("Hi\n}") << QList<int> { 3 } << QList<int> { 1 }
        << QStringList { QStringLiteral(
               "A \"}\" at the start of a line has no \"{\" before it: type }} to show a brace.") };
    QTest::newRow("stray after a name")
        << QStringLiteral("Hi Ann}") << QList<int> { 6 } << QList<int> { 1 }
        << QStringList { QStringLiteral("The \"}\" after \"Hi Ann\" has no \"{\" before it: type }} to show "
                                        "a brace.") };
    QTest::newRow("stray after a long line")
        << QStringLiteral("Your order is ready for pickup}") << QList<int> { 30 } << QList<int> { 1 }
        << QStringList { QStringLiteral(
               "The \"}\" after \"\u2026is ready for pickup\" has no \"{\" before it: "
               "type }} to show a brace.") };
    QTest::newRow("stray after a placeholder")
        << QStringLiteral("{first_name}}") << QList<int> { 12 } << QList<int> { 1 }
        << QStringList { QStringLiteral("The \"}\" after \"{first_name}\" has no \"{\" before it: "
                                        "type }} to show a brace.") };
    QTest::newRow("several at once")
        << QStringLiteral("Hi {first name}, {} and {order_no") << QList<int> { 3, 17, 24 }
        << QList<int> { 12, 2, 9 }
        << QStringList { spaceInFirstName, emptyBraces,
                         QStringLiteral(
                             "\"{order_no\" is never closed: add } after the field name, or type {{ "
                             "to show a brace.") };
}

void TestMessageTemplate::problems()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, lengths);
    QFETCH(QStringList, reasons);

    const QList<TemplateProblem> problems = MessageTemplate::check(text);
    QList<int> gotPositions;
    QList<int> gotLengths;
    QStringList gotReasons;
    for (const TemplateProblem &problem : problems) {
        gotPositions.append(problem.position);
        gotLengths.append(problem.length);
        gotReasons.append(problem.reason);
    }
    QCOMPARE(gotPositions, positions);
    QCOMPARE(gotLengths, lengths);
    QCOMPARE(gotReasons, reasons);

    // parse() refuses with the same problems, all of them, one per line.
    const auto result = MessageTemplate::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Invalid);
    QCOMPARE(result.errorString(), reasons.join(QLatin1Char('\n')));
}

void TestMessageTemplate::validTextsHaveNoProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rendered"); // with no fields at all

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("escaped pair") << QStringLiteral("{{}}") << QStringLiteral("{}");
    QTest::newRow("escaped name") << QStringLiteral("{{first_name}}") << QStringLiteral("{first_name}");
    QTest::newRow("closing before opening") << QStringLiteral("}}{{") << QStringLiteral("}{");
    QTest::newRow("name characters") << QStringLiteral("[{a-B_9|x}]") << QStringLiteral("[x]");
    QTest::newRow("braces elsewhere are plain text")
        << QStringLiteral("50% off (today) [VIP] <3 | ~") << QStringLiteral("50% off (today) [VIP] <3 | ~");
}

void TestMessageTemplate::validTextsHaveNoProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, rendered);
    QCOMPARE(MessageTemplate::check(text).size(), 0);
    QCOMPARE(parsed(text).render(Fields()), rendered);
}

void TestMessageTemplate::isFieldName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("snake case") << QStringLiteral("first_name") << true;
    QTest::newRow("mixed case, digit, hyphen") << QStringLiteral("Order-No2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("Order No") << false;
    QTest::newRow("accent") << QStringLiteral("prénom") << false;
    QTest::newRow("bar") << QStringLiteral("a|b") << false;
    QTest::newRow("braces") << QStringLiteral("{a}") << false;
}

void TestMessageTemplate::isFieldName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(MessageTemplate::isFieldName(name), valid);
}

void TestMessageTemplate::longTemplate()
{
    // Longer than ten segments' worth of text: the template takes it; the campaign's
    // segment limit is the segmenter's business, counted on the rendered text.
    const QString longLiteral = QStringLiteral("Hi {first_name}, ") + aa(1583);
    QCOMPARE(longLiteral.size(), 1600);
    const MessageTemplate one = parsed(longLiteral);
    const Fields ann { { QStringLiteral("first_name"), QStringLiteral("Ann") } };
    const QString sent = one.render(ann);
    QCOMPARE(sent.size(), 1591);
    QVERIFY(sent.startsWith(QStringLiteral("Hi Ann, aaa")));
    // 1591 septets in 153-septet segments: ten full ones (1530) and 61 in the eleventh.
    const SegmentInfo gsm = one.segmentsFor(ann);
    QCOMPARE(gsm.encoding, kGsm);
    QCOMPARE(gsm.segments, 11);
    QCOMPARE(gsm.unitsLeft, 153 - 61);

    const QString manyFields = QStringLiteral("{first_name} ").repeated(123) + QStringLiteral("!");
    QCOMPARE(manyFields.size(), 1600);
    const MessageTemplate many = parsed(manyFields);
    QCOMPARE(many.placeholders(), QStringList { QStringLiteral("first_name") });
    const Fields zoe { { QStringLiteral("first_name"), QStringLiteral("Zoë") } };
    QCOMPARE(many.render(zoe), QStringLiteral("Zoë ").repeated(123) + QStringLiteral("!"));
    // 493 UCS-2 units in 67-unit segments: seven full ones (469) and 24 in the eighth.
    const SegmentInfo ucs2 = many.segmentsFor(zoe);
    QCOMPARE(ucs2.encoding, kUcs2);
    QCOMPARE(ucs2.units, 493);
    QCOMPARE(ucs2.segments, 8);

    QStringList missing;
    QCOMPARE(many.render(Fields(), &missing), QStringLiteral(" ").repeated(123) + QStringLiteral("!"));
    QCOMPARE(missing, QStringList { QStringLiteral("first_name") });
}

void TestMessageTemplate::emptyTemplate()
{
    // A composer holds a MessageTemplate before the owner types anything.
    const MessageTemplate empty;
    QCOMPARE(empty.text(), QString());
    QCOMPARE(empty.placeholders(), QStringList());
    QCOMPARE(empty.render(Fields { { QStringLiteral("first_name"), QStringLiteral("Ann") } }), QString());
    QCOMPARE(empty.segmentsFor(Fields()).segments, 0);
}

void TestMessageTemplate::standardFields()
{
    const QStringList expected { QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("name"), QStringLiteral("phone") };
    QCOMPARE(smsdesk::standardTemplateFields(), expected);
    for (const QString &field : expected)
        QVERIFY2(MessageTemplate::isFieldName(field), qPrintable(field));
    // Every standard field has a value for a contact, so a template using only them is complete.
    const Fields values = smsdesk::standardFieldValues(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                                       QString(), QStringLiteral("+4915112345678"));
    QCOMPARE(values.size(), expected.size());
    for (const QString &field : expected)
        QVERIFY2(values.contains(field), qPrintable(field));
}

void TestMessageTemplate::standardFieldValues_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("name");

    QTest::newRow("first and last") << QStringLiteral("Ann") << QStringLiteral("Lee")
                                    << QStringLiteral("Annie") << QStringLiteral("Ann Lee");
    QTest::newRow("first only") << QStringLiteral("Ann") << QString() << QStringLiteral("Annie")
                                << QStringLiteral("Ann");
    QTest::newRow("last only") << QString() << QStringLiteral("Lee") << QString() << QStringLiteral("Lee");
    QTest::newRow("spaces trimmed") << QStringLiteral(" Ann ") << QStringLiteral(" Lee ") << QString()
                                    << QStringLiteral("Ann Lee");
    QTest::newRow("display name when no names")
        << QString() << QStringLiteral("  ") << QStringLiteral("Bäckerei Kühn")
        << QStringLiteral("Bäckerei Kühn");
    QTest::newRow("nothing at all") << QString() << QString() << QString() << QString();
}

void TestMessageTemplate::standardFieldValues()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, displayName);
    QFETCH(QString, name);

    const QString phone = QStringLiteral("+4915112345678");
    const Fields values = smsdesk::standardFieldValues(firstName, lastName, displayName, phone);
    QCOMPARE(values.value(QStringLiteral("name")), name);
    QCOMPARE(values.value(QStringLiteral("first_name")), firstName);
    QCOMPARE(values.value(QStringLiteral("last_name")), lastName);
    QCOMPARE(values.value(QStringLiteral("phone")), phone);
    // And what a greeting with a default makes of it.
    QCOMPARE(parsed(QStringLiteral("Hi {name|there}")).render(values),
             name.isEmpty() ? QStringLiteral("Hi there") : QString(QStringLiteral("Hi ") + name));
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
