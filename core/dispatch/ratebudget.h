// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "minutewindow.h"

#include <QTimeZone>

#include <limits>

namespace smsdesk {

// One phone's sending budget in SMS segments (DESIGN §4): a per-minute sliding window and a
// per-day allowance. Pure and clock-driven: the dispatcher asks msUntilAvailable() and
// arms its own timer. Not thread-safe: owned by the dispatcher's thread.
//
// The day is the calendar day in local time, reset at midnight, not a rolling 24 h
// window: owners read "how many left today" on the device page and compare it with a
// carrier plan or the phone's own daily counter, both of which restart at midnight. A
// rolling window would also hand back budget at odd hours, which nobody can predict.
class RateBudget final
{
public:
    struct Limits
    {
        int perMinute = 10; // 0 = unlimited
        int perDay = 0; // 0 = unlimited
    };
    static constexpr int kUnlimited = std::numeric_limits<int>::max();

    // `zone`: where the day starts (the business's time zone, from the composition root);
    // an invalid zone counts days in UTC.
    RateBudget(const Clock &clock, Limits limits, QTimeZone zone);

    Limits limits() const { return m_limits; }
    void setLimits(Limits limits);

    // True when a message of `segments` may go now. A message bigger than a whole budget
    // still goes, alone, once that budget is untouched (nothing sent in the last minute, nothing today).
    bool canTake(int segments) const;
    bool tryTake(int segments);
    // Segments that could go right now (kUnlimited when neither limit is set).
    int availableNow() const;
    // 0 when canTake(segments); else the wait until it will be, for the dispatcher's timer.
    qint64 msUntilAvailable(int segments) const;
    int leftToday() const; // kUnlimited when there is no daily limit
    int sentToday() const;
    // A send that certainly never reached the phone (connection refused) costs nothing.
    void giveBack(int segments);
    // After a restart, from the store: segments sent in the last minute and since dayStartMs().
    void restore(int sentInLastMinute, int sentToday);
    // Midnight that began the current day, in the budget's time zone (ms since the epoch).
    qint64 dayStartMs() const;

private:
    void rollOverIfNewDay() const;
    bool dayAllows(int segments) const;

    const Clock &m_clock;
    Limits m_limits;
    QTimeZone m_zone;
    MinuteWindow m_minute;
    // The day counter rolls over lazily on the first look after midnight.
    mutable int m_sentToday = 0;
    mutable qint64 m_dayStartMs = 0;
    mutable qint64 m_dayEndMs = 0;
};

} // namespace smsdesk
