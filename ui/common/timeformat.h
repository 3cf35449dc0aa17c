// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace smsdesk::timefmt {

// Thread list times (UI.md): "14:02" today, "Yesterday", "Mon" within the week, "12 Nov"
// this year, "12 Nov 2024" before. Local time; the locale decides names and order.
QString listTime(qint64 atMs, qint64 nowMs, const QLocale &locale = QLocale());
// Day separators in a conversation: "Today", "Yesterday", "Monday", "12 November 2024".
QString dayLabel(qint64 atMs, qint64 nowMs, const QLocale &locale = QLocale());
// "14:02" under a bubble.
QString clockTime(qint64 atMs, const QLocale &locale = QLocale());
// Days since the epoch in local time: equal values mean the same calendar day.
qint64 localDay(qint64 atMs);

} // namespace smsdesk::timefmt
