// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace smsdesk::timefmt {

namespace {

QDate localDate(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).date();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("smsdesk::timefmt", text);
}

} // namespace

qint64 localDay(qint64 atMs)
{
    return localDate(atMs).toJulianDay();
}

QString clockTime(qint64 atMs, const QLocale &locale)
{
    // Some locales (C among them) put seconds in their short format; a chat shows "14:02".
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(QDateTime::fromMSecsSinceEpoch(atMs).time(), format.trimmed());
}

QString listTime(qint64 atMs, qint64 nowMs, const QLocale &locale)
{
    const QDate date = localDate(atMs);
    const QDate today = localDate(nowMs);
    const qint64 daysAgo = date.daysTo(today);
    if (daysAgo <= 0)
        return clockTime(atMs, locale);
    if (daysAgo == 1)
        return tr("Yesterday");
    if (daysAgo < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (date.year() == today.year())
        return locale.toString(date, QStringLiteral("d MMM"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString dayLabel(qint64 atMs, qint64 nowMs, const QLocale &locale)
{
    const QDate date = localDate(atMs);
    const qint64 daysAgo = date.daysTo(localDate(nowMs));
    if (daysAgo <= 0)
        return tr("Today");
    if (daysAgo == 1)
        return tr("Yesterday");
    if (daysAgo < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
    return locale.toString(date, QLocale::LongFormat);
}

} // namespace smsdesk::timefmt
