// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace smsdesk {

namespace {
// Just under 1: the wait is the ceiling (the jittered value never reaches 1 either).
constexpr double kNoJitter = 1.0 - 1e-9;
} // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings {})
{ }

RetryPolicy::RetryPolicy(Settings settings)
    : RetryPolicy(settings, [] { return kNoJitter; })
{ }

RetryPolicy::RandomSource RetryPolicy::seededRandom()
{
    return [generator = QRandomGenerator::securelySeeded()]() mutable { return generator.generateDouble(); };
}

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{ }

qint64 RetryPolicy::ceilingMs(int attempt) const
{
    const double exponent = std::max(0, attempt - 1);
    const double ceiling = double(m_settings.baseMs) * std::pow(m_settings.factor, exponent);
    return qint64(std::min(ceiling, double(m_settings.capMs)));
}

qint64 RetryPolicy::delayMs(int attempt, qint64 retryAfterMs) const
{
    const auto jittered = qint64(m_random() * double(ceilingMs(attempt)));
    return std::max(jittered, retryAfterMs);
}

} // namespace smsdesk
