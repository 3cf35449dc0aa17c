// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include <QLocale>
#include <QTimeZone>

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>
#include <utility>

namespace smsdesk {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    // Thread-safe singleton owned by libphonenumber; all the methods used here are const.
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(const QString &s)
{
    return s.toStdString(); // UTF-8, what libphonenumber expects
}

// The reasons are marked for lupdate (QT_TRANSLATE_NOOP, context "PhoneNumbers", in the
// UI's catalogues) and translated only for the desktop's own fields.
QString say(const char *reason, PhoneNumbers::Wording wording)
{
    return wording == PhoneNumbers::Wording::UserLanguage
        ? QCoreApplication::translate("PhoneNumbers", reason)
        : QString::fromLatin1(reason);
}

const char *parseError(PhoneNumberUtil::ErrorType error, const QString &region)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return region.isEmpty() || !PhoneNumbers::isSupportedRegion(region)
            ? QT_TRANSLATE_NOOP("PhoneNumbers",
                                "no country code: start the number with + and the country code")
            : QT_TRANSLATE_NOOP("PhoneNumbers", "unknown country code");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QT_TRANSLATE_NOOP("PhoneNumbers", "not a phone number");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QT_TRANSLATE_NOOP("PhoneNumbers", "too short");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QT_TRANSLATE_NOOP("PhoneNumbers", "too long");
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return QT_TRANSLATE_NOOP("PhoneNumbers", "not a phone number");
}

Result<QString> invalid(QString reason)
{
    return Result<QString>::failure(ErrorCode::Invalid, std::move(reason));
}

Result<QString> invalid(const char *reason, PhoneNumbers::Wording wording)
{
    return invalid(say(reason, wording));
}

QString regionOfNumber(const PhoneNumber &number)
{
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        util().GetRegionCodeForCountryCode(number.country_code(), &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

// Why a number that parsed is still not a number anyone can text.
QString invalidNumberText(const PhoneNumber &number, PhoneNumbers::Wording wording)
{
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        return say(QT_TRANSLATE_NOOP("PhoneNumbers", "too short"), wording);
    case PhoneNumberUtil::TOO_LONG:
        return say(QT_TRANSLATE_NOOP("PhoneNumbers", "too long"), wording);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return say(QT_TRANSLATE_NOOP("PhoneNumbers", "unknown country code"), wording);
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return say(QT_TRANSLATE_NOOP("PhoneNumbers", "local number only: add the area code"), wording);
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    const QString region = regionOfNumber(number);
    return region.isEmpty()
        ? say(QT_TRANSLATE_NOOP("PhoneNumbers", "not a valid number"), wording)
        : say(QT_TRANSLATE_NOOP("PhoneNumbers", "not a valid number for %1"), wording).arg(region);
}

// The start must look like a number: libphonenumber would otherwise skip leading text.
bool startsLikeANumber(const QString &trimmed)
{
    const QChar first = trimmed.front();
    return first.isDigit() || first == QLatin1Char('+') || first == QLatin1Char('(')
        || first == QChar(0xFF0B) /* fullwidth plus */;
}

bool belongsInNumber(QChar c)
{
    return c.isDigit() || c.isSpace() || c.category() == QChar::Punctuation_Dash
        || QStringView(u"+./()\uFF0B").contains(c);
}

// The first character that has no place in a phone number, if any. libphonenumber reads
// letters as keypad digits (vanity numbers) and keeps going: "030 1234567 (office)" would
// become a different, valid German number, so anything but digits and the usual
// punctuation is refused. Vanity numbers are toll-free landlines that get no SMS anyway.
// A character as a person can read it in an error: "x" or, when invisible, U+0000.
QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QLatin1Char('"') + c + QLatin1Char('"');
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

std::optional<QChar> firstStrayCharacter(const QString &trimmed)
{
    for (const QChar c : trimmed) {
        if (!belongsInNumber(c))
            return c;
    }
    return std::nullopt;
}

} // namespace

PhoneNumbers::PhoneNumbers(QString defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper())
{ }

QString PhoneNumbers::defaultRegion() const
{
    const QMutexLocker lock(&m_mutex);
    return m_defaultRegion;
}

void PhoneNumbers::setDefaultRegion(const QString &region)
{
    const QMutexLocker lock(&m_mutex);
    m_defaultRegion = region.trimmed().toUpper();
}

Result<QString> PhoneNumbers::toE164(const QString &input, Wording wording) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("PhoneNumbers", "no number given"), wording);
    if (trimmed.size() > kMaxInputLength)
        return invalid(QT_TRANSLATE_NOOP("PhoneNumbers", "too long"), wording);
    if (!startsLikeANumber(trimmed))
        return invalid(QT_TRANSLATE_NOOP("PhoneNumbers", "not a phone number"), wording);

    const QString region = defaultRegion();
    PhoneNumber number;
    const auto error = util().Parse(toStd(trimmed), toStd(region), &number);
    // An SMS cannot reach an extension: refuse rather than silently drop it.
    if (error == PhoneNumberUtil::NO_PARSING_ERROR && number.has_extension())
        return invalid(QT_TRANSLATE_NOOP("PhoneNumbers", "extensions cannot receive SMS"), wording);
    if (const auto stray = firstStrayCharacter(trimmed))
        return invalid(say(QT_TRANSLATE_NOOP("PhoneNumbers", "unexpected %1 in the number"), wording)
                           .arg(describe(*stray)));
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return invalid(parseError(error, region), wording);
    if (!util().IsValidNumber(number))
        return invalid(invalidNumberText(number, wording));

    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

bool PhoneNumbers::isValid(const QString &input) const
{
    return toE164(input).ok();
}

QString PhoneNumbers::displayFormat(const QString &e164) const
{
    PhoneNumber number;
    if (e164.size() > kMaxInputLength
        || util().Parse(toStd(e164), toStd(defaultRegion()), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QList<QByteArray> PhoneNumbers::timeZonesOf(const QString &e164)
{
    const QString region = regionOf(e164);
    if (region.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QTimeZone::availableTimeZoneIds(territory);
}

QString PhoneNumbers::regionOf(const QString &e164)
{
    PhoneNumber number;
    if (e164.size() > kMaxInputLength
        || util().Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    return regionOfNumber(number);
}

QString PhoneNumbers::regionForLocale(const QLocale &locale)
{
    // The C locale and language-only locales have no territory: fall back to US, like
    // libphonenumber's own examples, rather than guessing from the language.
    const QString region = QLocale::territoryToCode(locale.territory());
    return isSupportedRegion(region) ? region : QStringLiteral("US");
}

bool PhoneNumbers::isSupportedRegion(const QString &region)
{
    if (region.size() != 2)
        return false;
    return util().GetCountryCodeForRegion(toStd(region.toUpper())) != 0;
}

} // namespace smsdesk
