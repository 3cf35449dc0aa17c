// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "tokenlimit.h"

#include <QHash>

namespace smsdesk {

// Token buckets per API token, each with the limit its token has now: `ratePerSecond` requests
// per second on average, bursts up to `burst`. A bucket whose limit changed starts again, full
// at the new burst, so a change applies to the next request. Time comes from the injected
// Clock, so tests step it instead of sleeping.
class RateLimiter final
{
public:
    explicit RateLimiter(const Clock &clock);

    // 0 when the request may go ahead; otherwise the seconds to wait (for Retry-After).
    // An unlimited `limit` lets every request go ahead.
    int acquire(qint64 key, const TokenLimit &limit);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedAtMs = 0;
        TokenLimit limit;
    };
    const Clock &m_clock;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace smsdesk
