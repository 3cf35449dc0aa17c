// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlimit.h"

#include <QLocale>

#include <cmath>

namespace smsdesk {

namespace {

QString english(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 0);
}

Result<TokenLimit> invalidRate(const QString &rateName, const QString &got)
{
    return Result<TokenLimit>::failure(
        ErrorCode::Invalid, QStringLiteral("%1 must be a number of requests per second above 0 and at most %2, "
                                           "e.g. 500 or 0.5; got \"%3\".")
                                .arg(rateName, english(TokenLimit::kMaxRatePerSecond), got.left(40)));
}

Result<TokenLimit> invalidBurst(const QString &burstName, const QString &got)
{
    return Result<TokenLimit>::failure(
        ErrorCode::Invalid, QStringLiteral("%1 must be a whole number of requests from 1 to %2, e.g. 1000; "
                                           "got \"%3\".")
                                .arg(burstName, english(TokenLimit::kMaxBurst), got.left(40)));
}

} // namespace

TokenLimit TokenLimit::none()
{
    TokenLimit limit;
    limit.unlimited = true;
    return limit;
}

Result<TokenLimit> TokenLimit::of(double ratePerSecond, int burst, const QString &rateName, const QString &burstName)
{
    if (!std::isfinite(ratePerSecond) || ratePerSecond <= 0 || ratePerSecond > kMaxRatePerSecond)
        return invalidRate(rateName, QLocale::c().toString(ratePerSecond, 'g', 15));
    if (burst < 1 || burst > kMaxBurst)
        return invalidBurst(burstName, QString::number(burst));
    TokenLimit limit;
    limit.ratePerSecond = ratePerSecond;
    limit.burst = burst;
    return limit;
}

Result<TokenLimit> TokenLimit::parse(const QString &rate, const QString &burst, const QString &rateName,
                                     const QString &burstName)
{
    bool rateOk = false;
    const double r = QLocale::c().toDouble(rate.trimmed(), &rateOk);
    if (!rateOk || !std::isfinite(r) || r <= 0 || r > kMaxRatePerSecond)
        return invalidRate(rateName, rate);
    bool burstOk = false;
    const qlonglong b = QLocale::c().toLongLong(burst.trimmed(), &burstOk);
    if (!burstOk || b < 1 || b > kMaxBurst)
        return invalidBurst(burstName, burst);
    return of(r, int(b), rateName, burstName);
}

QString TokenLimit::describe() const
{
    if (unlimited)
        return QStringLiteral("unlimited");
    return QStringLiteral("%1/s, burst %2").arg(rateText(), QLocale(QLocale::English).toString(burst));
}

QString TokenLimit::rateText() const
{
    return QLocale::c().toString(ratePerSecond, 'g', 15);
}

} // namespace smsdesk
