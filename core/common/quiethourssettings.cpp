// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiethourssettings.h"

#include <QRegularExpression>

namespace smsdesk {

namespace {
const QString kEnabled = QStringLiteral("quiet_hours/enabled");
const QString kFrom = QStringLiteral("quiet_hours/from");
const QString kTo = QStringLiteral("quiet_hours/to");
const QString kExempt = QStringLiteral("quiet_hours/exempt_reply_minutes");
} // namespace

int QuietHoursSettings::minuteOfDay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

QString QuietHoursSettings::timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString QuietHoursSettings::problem() const
{
    if (fromMinute < 0 || fromMinute >= 24 * 60 || toMinute < 0 || toMinute >= 24 * 60)
        return QStringLiteral("quiet hours need a start and an end time as HH:mm (00:00 to 23:59)");
    if (fromMinute == toMinute)
        return QStringLiteral("quiet hours need an end time other than their start time");
    if (exemptReplyMinutes < 0 || exemptReplyMinutes > kMaxExemptMinutes)
        return QStringLiteral("the reply exemption is 0 to %1 minutes").arg(kMaxExemptMinutes);
    return {};
}

QuietHoursSettings QuietHoursSettings::fromValues(const QHash<QString, QString> &values)
{
    QuietHoursSettings read;
    const QString enabled = values.value(kEnabled, QStringLiteral("0")).trimmed();
    bool ok = enabled == QLatin1String("0") || enabled == QLatin1String("1");
    read.enabled = enabled == QLatin1String("1");
    if (values.contains(kFrom))
        read.fromMinute = minuteOfDay(values.value(kFrom));
    if (values.contains(kTo))
        read.toMinute = minuteOfDay(values.value(kTo));
    if (values.contains(kExempt)) {
        bool number = false;
        read.exemptReplyMinutes = values.value(kExempt).trimmed().toInt(&number);
        ok = ok && number;
    }
    return ok && read.problem().isEmpty() ? read : QuietHoursSettings {};
}

void QuietHoursSettings::addValues(QHash<QString, QString> &values) const
{
    values.insert(kEnabled, enabled ? QStringLiteral("1") : QStringLiteral("0"));
    values.insert(kFrom, timeText(fromMinute));
    values.insert(kTo, timeText(toMinute));
    values.insert(kExempt, QString::number(exemptReplyMinutes));
}

QStringList QuietHoursSettings::keys()
{
    return { kEnabled, kFrom, kTo, kExempt };
}

} // namespace smsdesk
