// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace smsdesk {

RateLimiter::RateLimiter(const Clock &clock, double ratePerSecond, int burst)
    : m_clock(clock)
    , m_rate(qMax(ratePerSecond, 0.001))
    , m_burst(qMax(burst, 1))
{ }

int RateLimiter::acquire(qint64 key)
{
    const qint64 now = m_clock.nowMs();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { m_burst, now });
    const double elapsedSeconds = double(qMax<qint64>(0, now - it->updatedAtMs)) / 1000.0;
    it->tokens = qMin(m_burst, it->tokens + elapsedSeconds * m_rate);
    it->updatedAtMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return qMax(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
}

} // namespace smsdesk
