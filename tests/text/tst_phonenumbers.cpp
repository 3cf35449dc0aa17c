// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"
#include "testsupport.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using smsdesk::ErrorCode;
using smsdesk::PhoneNumbers;

// What people type into the "To" field, and what Smsdesk stores (E.164) or refuses.
class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void invalid_data();
    void invalid();
    void regionIsNormalized();
    void displayFormat();
    void regionForLocale();
    void regionOf();
    void concurrentUseFromManyThreads();
};

void TestPhoneNumbers::toE164_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");

    QTest::newRow("DE national landline")
        << QStringLiteral("DE") << QStringLiteral("030 1234567") << QStringLiteral("+49301234567");
    QTest::newRow("DE mobile with dashes")
        << QStringLiteral("DE") << QStringLiteral("0151-23456789") << QStringLiteral("+4915123456789");
    QTest::newRow("DE international 00 prefix")
        << QStringLiteral("DE") << QStringLiteral("0049 30 1234567") << QStringLiteral("+49301234567");
    QTest::newRow("DE given +1 number")
        << QStringLiteral("DE") << QStringLiteral("+1 650-253-0000") << QStringLiteral("+16502530000");
    QTest::newRow("US national") << QStringLiteral("US") << QStringLiteral("(650) 253-0000")
                                 << QStringLiteral("+16502530000");
    QTest::newRow("US with leading 1")
        << QStringLiteral("US") << QStringLiteral("1 650 253 0000") << QStringLiteral("+16502530000");
    QTest::newRow("US dots") << QStringLiteral("US") << QStringLiteral("650.253.0000")
                             << QStringLiteral("+16502530000");
    QTest::newRow("CA is +1 too") << QStringLiteral("US") << QStringLiteral("+1 416 555 0100")
                                  << QStringLiteral("+14165550100");
    QTest::newRow("already E.164") << QStringLiteral("US") << QStringLiteral("+49301234567")
                                   << QStringLiteral("+49301234567");
    QTest::newRow("surrounding spaces")
        << QStringLiteral("US") << QStringLiteral("  +44 20 7946 0958 ") << QStringLiteral("+442079460958");
    QTest::newRow("UK mobile national")
        << QStringLiteral("GB") << QStringLiteral("07911 123456") << QStringLiteral("+447911123456");
    QTest::newRow("FR national") << QStringLiteral("FR") << QStringLiteral("01 23 45 67 89")
                                 << QStringLiteral("+33123456789");
    QTest::newRow("DE slash") << QStringLiteral("DE") << QStringLiteral("030/1234567")
                              << QStringLiteral("+49301234567");
    QTest::newRow("DE (0) trunk prefix")
        << QStringLiteral("DE") << QStringLiteral("+49 (0)30 1234567") << QStringLiteral("+49301234567");
    QTest::newRow("fullwidth digits")
        << QStringLiteral("DE")
        << QStringLiteral("\uFF10\uFF13\uFF10 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17")
        << QStringLiteral("+49301234567");
    QTest::newRow("en dash") << QStringLiteral("US") << QStringLiteral("650\u2013253\u20130000")
                             << QStringLiteral("+16502530000");
}

void TestPhoneNumbers::toE164()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const PhoneNumbers numbers(region);
    const auto result = numbers.toE164(input);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result.value(), e164);
    QVERIFY(numbers.isValid(input));
}

void TestPhoneNumbers::invalid_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QStringLiteral("DE") << QStringLiteral("") << QStringLiteral("no number given");
    QTest::newRow("blank") << QStringLiteral("DE") << QStringLiteral("   ")
                           << QStringLiteral("no number given");
    QTest::newRow("words") << QStringLiteral("DE") << QStringLiteral("hello world")
                           << QStringLiteral("not a phone number");
    QTest::newRow("text before number")
        << QStringLiteral("DE") << QStringLiteral("call 030 1234567") << QStringLiteral("not a phone number");
    QTest::newRow("symbols") << QStringLiteral("DE") << QStringLiteral("+++---")
                             << QStringLiteral("not a phone number");
    QTest::newRow("too short") << QStringLiteral("DE") << QStringLiteral("1")
                               << QStringLiteral("not a phone number");
    QTest::newRow("US seven digits") << QStringLiteral("US") << QStringLiteral("650 253")
                                     << QStringLiteral("too short");
    QTest::newRow("country code and one digit")
        << QStringLiteral("DE") << QStringLiteral("+49 3") << QStringLiteral("too short");
    QTest::newRow("too long") << QStringLiteral("DE") << QStringLiteral("+49 30 12345678901234567890")
                              << QStringLiteral("too long");
    QTest::newRow("US invalid area code") << QStringLiteral("US") << QStringLiteral("(123) 456-7890")
                                          << QStringLiteral("not a valid number for US");
    QTest::newRow("DE invalid prefix") << QStringLiteral("DE") << QStringLiteral("+49 0 1234567")
                                       << QStringLiteral("not a valid number for DE");
    QTest::newRow("unknown country code")
        << QStringLiteral("DE") << QStringLiteral("+999 1234567") << QStringLiteral("unknown country code");
    QTest::newRow("no region, no +") << QStringLiteral("") << QStringLiteral("030 1234567")
                                     << QStringLiteral(
                                            "no country code: start the number with + and the country code");
    // libphonenumber alone would turn these into other, valid numbers (letters as keypad digits).
    QTest::newRow("note after number") << QStringLiteral("DE") << QStringLiteral("030 1234567 (office)")
                                       << QStringLiteral("unexpected \"o\" in the number");
    QTest::newRow("words after number") << QStringLiteral("DE") << QStringLiteral("030 1234567 call me")
                                        << QStringLiteral("unexpected \"c\" in the number");
    QTest::newRow("vanity letters") << QStringLiteral("US") << QStringLiteral("1-800-FLOWERS")
                                    << QStringLiteral("unexpected \"F\" in the number");
    QTest::newRow("two numbers") << QStringLiteral("DE") << QStringLiteral("030 1234567, 0151 23456789")
                                 << QStringLiteral("unexpected \",\" in the number");
    QTest::newRow("NUL inside") << QStringLiteral("DE")
                                << QString(QStringLiteral("030 1234567") + QChar(0) + QStringLiteral("1"))
                                << QStringLiteral("unexpected U+0000 in the number");
    QTest::newRow("extension") << QStringLiteral("US") << QStringLiteral("650 253 0000 ext. 12")
                               << QStringLiteral("extensions cannot receive SMS");
    QTest::newRow("huge input") << QStringLiteral("US") << QString(QStringLiteral("1").repeated(10'000))
                                << QStringLiteral("too long");
}

void TestPhoneNumbers::invalid()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const PhoneNumbers numbers(region);
    const auto result = numbers.toE164(input);
    QVERIFY2(!result.ok(), qPrintable(input));
    QCOMPARE(result.code(), ErrorCode::Invalid);
    QCOMPARE(result.errorString(), reason);
    QVERIFY(!numbers.isValid(input));
}

void TestPhoneNumbers::regionIsNormalized()
{
    const PhoneNumbers numbers(QStringLiteral(" de "));
    QCOMPARE(numbers.defaultRegion(), QStringLiteral("DE"));
    QCOMPARE(numbers.toE164(QStringLiteral("030 1234567")).value(), QStringLiteral("+49301234567"));
    QCOMPARE(PhoneNumbers().defaultRegion(), QStringLiteral("US"));
    QVERIFY(PhoneNumbers::isSupportedRegion(QStringLiteral("de")));
    QVERIFY(!PhoneNumbers::isSupportedRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isSupportedRegion(QStringLiteral("DEU")));
}

void TestPhoneNumbers::displayFormat()
{
    const PhoneNumbers numbers(QStringLiteral("US"));
    QCOMPARE(numbers.displayFormat(QStringLiteral("+49301234567")), QStringLiteral("+49 30 1234567"));
    QCOMPARE(numbers.displayFormat(QStringLiteral("+16502530000")), QStringLiteral("+1 650-253-0000"));
    QCOMPARE(numbers.displayFormat(QStringLiteral("not a number")), QStringLiteral("not a number"));
}

void TestPhoneNumbers::regionForLocale()
{
    QCOMPARE(PhoneNumbers::regionForLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("DE"));
    QCOMPARE(PhoneNumbers::regionForLocale(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("AT"));
    QCOMPARE(PhoneNumbers::regionForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("GB"));
    QCOMPARE(PhoneNumbers::regionForLocale(QLocale::c()), QStringLiteral("US"));
}

void TestPhoneNumbers::regionOf()
{
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+49301234567")), QStringLiteral("DE"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+14165550100")), QStringLiteral("CA"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("garbage")), QString());
}

// PhoneNumberUtil is a thread-safe singleton and PhoneNumbers holds only its region, so the
// API thread and the engine thread may normalize numbers at the same time. Run under
// SMSDESK_SANITIZE=thread this also checks for data races.
void TestPhoneNumbers::concurrentUseFromManyThreads()
{
    const PhoneNumbers numbers(QStringLiteral("DE"));
    std::atomic<int> wrong { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&numbers, &wrong, t] {
            for (int i = 0; i < 500; ++i) {
                const QString national = QStringLiteral("030 %1").arg(1'000'000 + t * 1000 + i);
                const auto result = numbers.toE164(national);
                if (!result.ok() || result.value() != QStringLiteral("+4930%1").arg(1'000'000 + t * 1000 + i))
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
