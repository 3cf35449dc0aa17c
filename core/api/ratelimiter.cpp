// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace smsdesk {

RateLimiter::RateLimiter(const Clock &clock)
    : m_clock(clock)
{ }

int RateLimiter::acquire(qint64 key, const TokenLimit &limit)
{
    if (limit.unlimited) {
        m_buckets.remove(key);
        return 0;
    }
    const double rate = qMax(limit.ratePerSecond, 0.001);
    const double burst = qMax(limit.burst, 1);
    const qint64 now = m_clock.nowMs();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end() || it->limit != limit)
        it = m_buckets.insert(key, Bucket { burst, now, limit });
    const double elapsedSeconds = double(qMax<qint64>(0, now - it->updatedAtMs)) / 1000.0;
    it->tokens = qMin(burst, it->tokens + elapsedSeconds * rate);
    it->updatedAtMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return qMax(1, int(std::ceil((1.0 - it->tokens) / rate)));
}

} // namespace smsdesk
