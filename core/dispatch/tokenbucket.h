// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QtGlobal>

namespace smsdesk {

// A per-minute allowance that refills continuously (capacity = rate per minute, one token
// every 60/rate seconds), so a phone sends in a steady trickle instead of a burst at the top
// of each minute. Counted in SMS segments. Time comes from the injected clock; no timers.
// Not thread-safe: owned by the dispatcher's thread.
class TokenBucket final
{
public:
    // perMinute <= 0 means unlimited.
    TokenBucket(const Clock &clock, int perMinute);

    void setRatePerMinute(int perMinute);
    int ratePerMinute() const { return m_perMinute; }
    bool isUnlimited() const { return m_perMinute <= 0; }

    // Whole tokens available now (0 while repaying an oversized message).
    int available() const;
    bool canTake(int tokens) const;
    bool tryTake(int tokens);
    // 0 when canTake(tokens); otherwise how long until it will be (for the refill timer).
    qint64 msUntil(int tokens) const;
    // For a send that certainly did not go out (connection refused): the phone sent nothing.
    void giveBack(int tokens);
    // After a restart: `taken` tokens were spent within the last minute. Conservative, as if
    // all of them had been spent just now.
    void restore(int taken);

private:
    static constexpr qint64 kScale = 60'000; // one token in sub-units: refill is `perMinute` sub-units per ms
    qint64 levelNow() const; // in sub-units, may be negative (debt)
    qint64 capacityUnits() const { return qint64(m_perMinute) * kScale; }
    qint64 needUnits(int tokens) const;
    void settle();

    const Clock &m_clock;
    int m_perMinute = 0;
    qint64 m_level = 0; // sub-units at m_levelAtMs
    qint64 m_levelAtMs = 0;
};

} // namespace smsdesk
