// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <deque>
#include <QtGlobal>

namespace smsdesk {

// A phone's per-minute allowance in SMS segments, held in every sliding minute: the
// segments sent in the 60 s before any moment never exceed the rate (issue 15, point 6).
// Android itself counts an app's sends over a period that slides (SmsUsageMonitor keeps the
// times of the recent ones), and some builds block an app above 30 a minute; a token bucket
// that refills while idle allowed twice the rate across the edge of an idle minute. So the sends of
// the last minute are kept (at most one entry per send) and a new one goes when the oldest
// have left the window. Time comes from the injected clock; no timers. Not thread-safe:
// owned by the dispatcher's thread.
class MinuteWindow final
{
public:
    static constexpr qint64 kWindowMs = 60'000;

    // perMinute <= 0 means unlimited.
    MinuteWindow(const Clock &clock, int perMinute);

    void setRatePerMinute(int perMinute); // what was sent in the last minute still counts
    int ratePerMinute() const { return m_perMinute; }
    bool isUnlimited() const { return m_perMinute <= 0; }

    // Segments that could go now.
    int available() const;
    // A message bigger than the whole rate goes alone, once the window is empty.
    bool canTake(int segments) const;
    bool tryTake(int segments);
    // 0 when canTake(segments); otherwise how long until it will be (for the dispatcher's timer).
    qint64 msUntil(int segments) const;
    // For a send that certainly did not go out (connection refused): the newest are taken back.
    void giveBack(int segments);
    // After a restart: `sent` segments went out within the last minute. Conservative, as if
    // all of them had gone just now.
    void restore(int sent);

private:
    struct Send
    {
        qint64 atMs = 0;
        int segments = 0;
    };
    void prune() const; // drops what left the window; a clock that stepped back counts as now
    int inWindow() const; // amortised O(1): each send is added and dropped once

    const Clock &m_clock;
    int m_perMinute = 0;
    mutable std::deque<Send> m_sends; // oldest first, all within the window after prune()
    mutable int m_total = 0; // their segments
};

} // namespace smsdesk
