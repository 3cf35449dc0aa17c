// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace smsdesk {

// Quiet hours (issue 15, point 2), a business setting: messages not marked urgent wait
// while it is night where the recipient lives (QuietHours, core/text, decides; the
// dispatcher holds them). Part of BusinessSettings, stored in the database's settings table.
struct QuietHoursSettings
{
    bool enabled = false;
    int fromMinute = 21 * 60; // minutes after local midnight the window starts (21:00)
    int toMinute = 8 * 60; // ... and ends (08:00); a window may cross midnight
    // A reply written within this many minutes of the customer's own message is sent at
    // once; 0 = no exemption.
    int exemptReplyMinutes = 0;

    static constexpr int kMaxExemptMinutes = 24 * 60;

    // "21:00" → 1260; -1 for what does not read as HH:mm (00:00 to 23:59).
    static int minuteOfDay(const QString &text);
    static QString timeText(int minute); // 1260 → "21:00"
    // Empty when the settings can be used, else why not (English; the Settings page words
    // its own). from == to is refused: a window of no length or of the whole day.
    QString problem() const;

    // The stored rows. A value that does not read falls back to the default, all four
    // together (as the retry settings), so a bad row never stops dispatching.
    static QuietHoursSettings fromValues(const QHash<QString, QString> &values);
    void addValues(QHash<QString, QString> &values) const;
    static QStringList keys();

    bool operator==(const QuietHoursSettings &o) const
    {
        return enabled == o.enabled && fromMinute == o.fromMinute && toMinute == o.toMinute
            && exemptReplyMinutes == o.exemptReplyMinutes;
    }
    bool operator!=(const QuietHoursSettings &o) const { return !(*this == o); }
};

} // namespace smsdesk
