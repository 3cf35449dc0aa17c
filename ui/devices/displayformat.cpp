// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace smsdesk {

QString DisplayFormat::dateTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date() == today)
        return time;
    if (when.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return locale.toString(when, QLocale::ShortFormat);
}

QString DisplayFormat::ago(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return tr("never");
    const qint64 seconds = (nowMs - ms) / 1000;
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 6 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return dateTime(ms);
}

QString DisplayFormat::duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', s < 10 ? 1 : 0));
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString((s % 3600) / 60));
}

qint64 DisplayFormat::startOfToday()
{
    return QDate::currentDate().startOfDay().toMSecsSinceEpoch();
}

} // namespace smsdesk
