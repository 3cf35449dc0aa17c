// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace smsdesk {

// How many requests an API token may send (issue 15, point 5): a token bucket of `burst`
// requests refilled at `ratePerSecond`, or no limit at all when the user chose so
// (`unlimited`, stated, never a huge number). The machine's default is a setting
// (AppSettings: api/token_rate_per_second, api/token_burst); a token may have its own
// (api_tokens.rate_per_second, rate_burst, rate_unlimited).
struct TokenLimit
{
    static constexpr double kDefaultRatePerSecond = 500;
    static constexpr int kDefaultBurst = 1000;
    // Beyond these the numbers are typing mistakes, not limits.
    static constexpr double kMaxRatePerSecond = 1'000'000;
    static constexpr int kMaxBurst = 1'000'000;

    bool unlimited = false;
    double ratePerSecond = kDefaultRatePerSecond;
    int burst = kDefaultBurst;

    static TokenLimit none(); // unlimited
    // A limit from numbers: Invalid, in words naming `rateName`/`burstName`, for a rate that
    // is not above 0 (or above kMaxRatePerSecond) or a burst below 1 (or above kMaxBurst).
    static Result<TokenLimit> of(double ratePerSecond, int burst, const QString &rateName = QStringLiteral("The rate"),
                                 const QString &burstName = QStringLiteral("The burst"));
    // The same from text (command line, settings file): a number, a whole number.
    static Result<TokenLimit> parse(const QString &rate, const QString &burst,
                                    const QString &rateName = QStringLiteral("The rate"),
                                    const QString &burstName = QStringLiteral("The burst"));

    // "500/s, burst 1,000" or "unlimited" (English: the command line's words).
    QString describe() const;
    // The rate as the settings file and the command line write it: "500", "0.5".
    QString rateText() const;

    friend bool operator==(const TokenLimit &a, const TokenLimit &b)
    {
        return a.unlimited == b.unlimited && (a.unlimited || (a.ratePerSecond == b.ratePerSecond && a.burst == b.burst));
    }
    friend bool operator!=(const TokenLimit &a, const TokenLimit &b) { return !(a == b); }
};

} // namespace smsdesk
