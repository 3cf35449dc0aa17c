// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesssettings.h"

#include <QStringList>

namespace smsdesk {

namespace {
const QString kRegion = QStringLiteral("numbers/default_region");
const QString kBase = QStringLiteral("retry/base_ms");
const QString kFactor = QStringLiteral("retry/factor");
const QString kCap = QStringLiteral("retry/cap_ms");
const QString kAttempts = QStringLiteral("retry/max_attempts");
const QString kMySmsGate = QStringLiteral("webhooks/mysmsgate_check");
const QString kOptOutReply = QStringLiteral("optout/reply"); // read by the store (ops_optouts.cpp)
const QString kOptInReply = QStringLiteral("optout/start_reply");

bool saneRetry(const RetryPolicy::Settings &s)
{
    return s.baseMs > 0 && s.factor >= 1.0 && s.factor <= 100.0 && s.capMs >= s.baseMs && s.maxAttempts >= 1
        && s.maxAttempts <= 100;
}
} // namespace

BusinessSettings BusinessSettings::fromValues(const QHash<QString, QString> &values)
{
    BusinessSettings s;
    const QString region = values.value(kRegion).trimmed().toUpper();
    if (region.size() == 2 && region.at(0).isLetter() && region.at(1).isLetter())
        s.defaultRegion = region;

    RetryPolicy::Settings retry = s.retry;
    bool ok = true;
    const auto number = [&](const QString &key, auto fallback) {
        if (!values.contains(key))
            return fallback;
        bool read = false;
        const double v = values.value(key).toDouble(&read);
        ok = ok && read;
        return read ? decltype(fallback)(v) : fallback;
    };
    retry.baseMs = number(kBase, retry.baseMs);
    retry.factor = number(kFactor, retry.factor);
    retry.capMs = number(kCap, retry.capMs);
    retry.maxAttempts = number(kAttempts, retry.maxAttempts);
    if (ok && saneRetry(retry))
        s.retry = retry;

    const QString check = values.value(kMySmsGate);
    if (check == QLatin1String("token") || check == QLatin1String("standard-webhooks"))
        s.mySmsGateCheck = check;
    s.optOutReply = values.value(kOptOutReply).trimmed();
    s.optInReply = values.value(kOptInReply).trimmed();
    s.quietHours = QuietHoursSettings::fromValues(values);
    return s;
}

QHash<QString, QString> BusinessSettings::values() const
{
    QHash<QString, QString> v;
    if (!defaultRegion.isEmpty())
        v.insert(kRegion, defaultRegion);
    v.insert(kBase, QString::number(retry.baseMs));
    v.insert(kFactor, QString::number(retry.factor));
    v.insert(kCap, QString::number(retry.capMs));
    v.insert(kAttempts, QString::number(retry.maxAttempts));
    v.insert(kMySmsGate, mySmsGateCheck);
    // "" rather than a null QString, which the store would bind as NULL.
    v.insert(kOptOutReply, optOutReply.isNull() ? QStringLiteral("") : optOutReply);
    v.insert(kOptInReply, optInReply.isNull() ? QStringLiteral("") : optInReply);
    quietHours.addValues(v);
    return v;
}

QStringList BusinessSettings::keys()
{
    return QStringList { kRegion, kBase, kFactor, kCap, kAttempts, kMySmsGate, kOptOutReply, kOptInReply }
        + QuietHoursSettings::keys();
}

bool BusinessSettings::operator==(const BusinessSettings &o) const
{
    return defaultRegion == o.defaultRegion && retry.baseMs == o.retry.baseMs && retry.factor == o.retry.factor
        && retry.capMs == o.retry.capMs && retry.maxAttempts == o.retry.maxAttempts
        && mySmsGateCheck == o.mySmsGateCheck && optOutReply == o.optOutReply && optInReply == o.optInReply
        && quietHours == o.quietHours;
}

} // namespace smsdesk
