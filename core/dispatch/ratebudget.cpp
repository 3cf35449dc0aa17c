// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratebudget.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace smsdesk {

namespace {

qint64 midnightMs(QDate date, const QTimeZone &zone)
{
    // Where a DST change skips midnight, Qt moves the time forward to the first valid instant.
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

RateBudget::RateBudget(const Clock &clock, Limits limits, QTimeZone zone)
    : m_clock(clock)
    , m_limits(limits)
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_minute(clock, limits.perMinute)
{
    rollOverIfNewDay();
}

void RateBudget::setLimits(Limits limits)
{
    m_limits = limits;
    m_minute.setRatePerMinute(limits.perMinute);
}

void RateBudget::rollOverIfNewDay() const
{
    const qint64 now = m_clock.nowMs();
    if (now >= m_dayStartMs && now < m_dayEndMs)
        return;
    // A clock stepping back across midnight keeps the count: better a day that ends early
    // than a phone that sends twice its daily limit.
    if (now >= m_dayEndMs)
        m_sentToday = 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
    m_dayStartMs = midnightMs(today, m_zone);
    m_dayEndMs = midnightMs(today.addDays(1), m_zone);
}

bool RateBudget::dayAllows(int segments) const
{
    if (m_limits.perDay <= 0)
        return true;
    rollOverIfNewDay();
    return m_sentToday + segments <= m_limits.perDay || (m_sentToday == 0 && segments > m_limits.perDay);
}

bool RateBudget::canTake(int segments) const
{
    return dayAllows(segments) && m_minute.canTake(segments);
}

bool RateBudget::tryTake(int segments)
{
    if (!dayAllows(segments) || !m_minute.tryTake(segments))
        return false;
    m_sentToday += segments; // counted even when unlimited, for the device page
    return true;
}

int RateBudget::availableNow() const
{
    return std::min(m_minute.available(), leftToday());
}

qint64 RateBudget::msUntilAvailable(int segments) const
{
    if (canTake(segments))
        return 0;
    // The minute keeps sliding while the day runs out, so the longer wait is the answer.
    const qint64 dayWait = dayAllows(segments) ? 0 : m_dayEndMs - m_clock.nowMs();
    return std::max(dayWait, m_minute.msUntil(segments));
}

int RateBudget::leftToday() const
{
    if (m_limits.perDay <= 0)
        return kUnlimited;
    rollOverIfNewDay();
    return std::max(0, m_limits.perDay - m_sentToday);
}

int RateBudget::sentToday() const
{
    rollOverIfNewDay();
    return m_sentToday;
}

void RateBudget::giveBack(int segments)
{
    m_minute.giveBack(segments);
    rollOverIfNewDay();
    m_sentToday = std::max(0, m_sentToday - segments);
}

void RateBudget::restore(int sentInLastMinute, int sentToday)
{
    m_minute.restore(sentInLastMinute);
    rollOverIfNewDay();
    m_sentToday = std::max(0, sentToday);
}

qint64 RateBudget::dayStartMs() const
{
    rollOverIfNewDay();
    return m_dayStartMs;
}

} // namespace smsdesk
