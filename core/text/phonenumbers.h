// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QMutex>
#include <QString>

namespace smsdesk {

// Turns what people type into E.164 ("+49301234567"), the only form Smsdesk stores,
// using libphonenumber's metadata. Numbers without a country code are read in the
// default region (a setting). Holds only the region: cheap to copy, and every const
// method may run on any thread (PhoneNumberUtil is a thread-safe, immutable singleton).
class PhoneNumbers final
{
public:
    explicit PhoneNumbers(QString defaultRegion = QStringLiteral("US")); // ISO 3166 region, e.g. "DE"
    // The region numbers without a country code are read in. A business setting that any
    // desk may change while the API and the UI read numbers: both are safe from any thread.
    QString defaultRegion() const;
    void setDefaultRegion(const QString &region);

    // Who reads the reason of a refusal: logs and HTTP clients get English; the desktop
    // application's own fields get it in the user's language (the installed translators).
    enum class Wording { English, UserLanguage };
    // ErrorCode::Invalid with a reason a person can act on ("not a valid number for DE", "too short").
    Result<QString> toE164(const QString &input, Wording wording = Wording::English) const;
    bool isValid(const QString &input) const;
    // International format for showing ("+49 30 1234567"); the input unchanged if it does not parse.
    QString displayFormat(const QString &e164) const;
    // The region a number belongs to ("DE"), empty when unknown.
    static QString regionOf(const QString &e164);
    // The IANA time zones of the number's region ("Europe/Berlin"); several for a country
    // that spans them (US), none when the region is unknown. From the region alone:
    // Debian's libphonenumber has no time-zone mapper for C++.
    static QList<QByteArray> timeZonesOf(const QString &e164);

    static QString
    regionForLocale(const QLocale &locale); // default region from the system locale, "US" fallback
    static bool isSupportedRegion(const QString &region);

    // Longer input is refused before parsing (libphonenumber's own limit, too).
    static constexpr int kMaxInputLength = 250;

private:
    mutable QMutex m_mutex;
    QString m_defaultRegion;
};

} // namespace smsdesk
