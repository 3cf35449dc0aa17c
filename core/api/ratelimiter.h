// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QHash>

namespace smsdesk {

// Token buckets per API token: `rate` requests per second on average, bursts up to `burst`.
// Time comes from the injected Clock, so tests step it instead of sleeping.
class RateLimiter final
{
public:
    RateLimiter(const Clock &clock, double ratePerSecond, int burst);

    // 0 when the request may go ahead; otherwise the seconds to wait (for Retry-After).
    int acquire(qint64 key);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedAtMs = 0;
    };
    const Clock &m_clock;
    double m_rate;
    double m_burst;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace smsdesk
