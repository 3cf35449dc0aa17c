// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenbucket.h"

#include <algorithm>
#include <limits>

namespace smsdesk {

TokenBucket::TokenBucket(const Clock &clock, int perMinute)
    : m_clock(clock)
    , m_perMinute(std::max(0, perMinute))
    , m_level(capacityUnits())
    , m_levelAtMs(clock.nowMs())
{ }

void TokenBucket::setRatePerMinute(int perMinute)
{
    settle();
    const bool wasUnlimited = isUnlimited();
    m_perMinute = std::max(0, perMinute);
    // A lower limit takes effect at once; a higher one fills up at the new rate; a first
    // limit starts with a full bucket, as a new device does.
    m_level = wasUnlimited ? capacityUnits() : std::min(m_level, capacityUnits());
}

qint64 TokenBucket::levelNow() const
{
    // The wall clock may step back (NTP); treat that as no time passing rather than
    // draining the bucket.
    const qint64 elapsed = std::clamp<qint64>(m_clock.nowMs() - m_levelAtMs, 0, 24 * 3600 * 1000);
    return std::min(capacityUnits(), m_level + elapsed * m_perMinute);
}

void TokenBucket::settle()
{
    m_level = levelNow();
    m_levelAtMs = m_clock.nowMs();
}

qint64 TokenBucket::needUnits(int tokens) const
{
    // A message bigger than the whole bucket would otherwise wait forever: it may go when
    // the bucket is full and leaves it in debt, so the long-run rate still holds.
    return qint64(std::min(tokens, m_perMinute)) * kScale;
}

int TokenBucket::available() const
{
    if (isUnlimited())
        return std::numeric_limits<int>::max();
    return int(std::max<qint64>(0, levelNow()) / kScale);
}

bool TokenBucket::canTake(int tokens) const
{
    return isUnlimited() || levelNow() >= needUnits(tokens);
}

bool TokenBucket::tryTake(int tokens)
{
    if (isUnlimited())
        return true;
    settle();
    if (m_level < needUnits(tokens))
        return false;
    m_level -= qint64(tokens) * kScale;
    return true;
}

qint64 TokenBucket::msUntil(int tokens) const
{
    if (canTake(tokens))
        return 0;
    const qint64 missing = needUnits(tokens) - levelNow();
    return (missing + m_perMinute - 1) / m_perMinute; // round up: early wake-ups find nothing
}

void TokenBucket::giveBack(int tokens)
{
    if (isUnlimited())
        return;
    settle();
    m_level = std::min(capacityUnits(), m_level + qint64(tokens) * kScale);
}

void TokenBucket::restore(int taken)
{
    m_level = capacityUnits() - qint64(std::max(0, taken)) * kScale;
    m_levelAtMs = m_clock.nowMs();
}

} // namespace smsdesk
