// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace smsdesk {

// Locale-aware wording of times and durations, shared by the devices, dead letters,
// dashboard and settings pages so the same moment reads the same everywhere.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(smsdesk::DisplayFormat)

public:
    // "14:02" today, "Yesterday 14:02", else the locale's short date and time. Empty for 0.
    static QString dateTime(qint64 ms);
    // "just now", "5 min ago", "3 h ago", then dateTime(). "never" for 0.
    static QString ago(qint64 ms, qint64 nowMs);
    // "850 ms", "12 s", "3 min 20 s", "2 h 5 min".
    static QString duration(qint64 ms);
    // Local midnight today, in ms since the epoch: "today" for counters.
    static qint64 startOfToday();
};

} // namespace smsdesk
