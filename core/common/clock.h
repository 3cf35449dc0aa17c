// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace smsdesk {

// Wall-clock time in milliseconds since the Unix epoch (UTC). Injected everywhere time
// matters (backoff, leases, rate limits, schedules) so tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // Shared instance for the composition root; pass it on, never look it up from deep code.
    static const Clock &instance();
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000 /* 2026-01-01T00:00:00Z */)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace smsdesk
