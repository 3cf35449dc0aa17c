// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutewindow.h"

#include <algorithm>
#include <limits>

namespace smsdesk {

MinuteWindow::MinuteWindow(const Clock &clock, int perMinute)
    : m_clock(clock)
    , m_perMinute(std::max(0, perMinute))
{ }

void MinuteWindow::setRatePerMinute(int perMinute)
{
    m_perMinute = std::max(0, perMinute);
}

void MinuteWindow::prune() const
{
    const qint64 now = m_clock.nowMs();
    // The wall clock may step back (NTP): a send "in the future" counts as sent now, so it
    // leaves the window a minute from now rather than a minute after the old time.
    if (!m_sends.empty() && m_sends.back().atMs > now) {
        for (Send &s : m_sends)
            s.atMs = std::min(s.atMs, now);
    }
    while (!m_sends.empty() && m_sends.front().atMs <= now - kWindowMs) {
        m_total -= m_sends.front().segments;
        m_sends.pop_front();
    }
}

int MinuteWindow::inWindow() const
{
    prune();
    return m_total;
}

int MinuteWindow::available() const
{
    if (isUnlimited())
        return std::numeric_limits<int>::max();
    return std::max(0, m_perMinute - inWindow());
}

bool MinuteWindow::canTake(int segments) const
{
    if (isUnlimited())
        return true;
    const int used = inWindow();
    return segments > m_perMinute ? used == 0 : used + segments <= m_perMinute;
}

bool MinuteWindow::tryTake(int segments)
{
    if (!canTake(segments))
        return false;
    if (!isUnlimited() && segments > 0) {
        m_sends.push_back({ m_clock.nowMs(), segments });
        m_total += segments;
    }
    return true;
}

qint64 MinuteWindow::msUntil(int segments) const
{
    if (canTake(segments))
        return 0;
    // Walk the sends oldest first: the moment enough of them have left the window.
    const int allowed = segments > m_perMinute ? 0 : m_perMinute - segments;
    int used = inWindow();
    const qint64 now = m_clock.nowMs();
    for (const Send &s : m_sends) {
        used -= s.segments;
        if (used <= allowed)
            return std::max<qint64>(1, s.atMs + kWindowMs - now);
    }
    return kWindowMs; // not reached: the window empties within a minute
}

void MinuteWindow::giveBack(int segments)
{
    while (segments > 0 && !m_sends.empty()) {
        Send &newest = m_sends.back();
        const int back = std::min(segments, newest.segments);
        newest.segments -= back;
        m_total -= back;
        segments -= back;
        if (newest.segments == 0)
            m_sends.pop_back();
    }
}

void MinuteWindow::restore(int sent)
{
    m_sends.clear();
    m_total = 0;
    if (sent > 0) {
        m_sends.push_back({ m_clock.nowMs(), sent });
        m_total = sent;
    }
}

} // namespace smsdesk
