// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"

#include <algorithm>

namespace smsdesk {

CircuitBreaker::CircuitBreaker(const Clock &clock)
    : CircuitBreaker(clock, Settings {})
{ }

CircuitBreaker::CircuitBreaker(const Clock &clock, Settings settings)
    : m_clock(clock)
    , m_settings(settings)
    , m_cooldownMs(settings.cooldownMs)
{
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
    m_settings.maxCooldownMs = std::max(m_settings.cooldownMs, m_settings.maxCooldownMs);
}

CircuitBreaker::State CircuitBreaker::state() const
{
    if (m_state == State::Open && m_clock.nowMs() >= m_openUntilMs)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::wouldAllow() const
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return !m_probeInFlight;
    }
    return false;
}

bool CircuitBreaker::allowRequest()
{
    if (!wouldAllow())
        return false;
    if (state() == State::HalfOpen) {
        m_state = State::HalfOpen;
        m_probeInFlight = true;
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_cooldownMs = m_settings.cooldownMs;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    switch (m_state) {
    case State::Closed:
        if (m_failures >= m_settings.failureThreshold)
            open(m_settings.cooldownMs);
        return;
    case State::HalfOpen:
        // The probe failed: the phone is still down, wait longer before the next one.
        open(std::min(m_cooldownMs * 2, m_settings.maxCooldownMs));
        return;
    case State::Open:
        // A reply to a request sent before the breaker opened: it is already down.
        return;
    }
}

void CircuitBreaker::releaseProbe()
{
    m_probeInFlight = false;
}

qint64 CircuitBreaker::msUntilRetry() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openUntilMs - m_clock.nowMs());
}

void CircuitBreaker::open(qint64 cooldownMs)
{
    m_state = State::Open;
    m_cooldownMs = cooldownMs;
    m_openUntilMs = m_clock.nowMs() + cooldownMs;
    m_probeInFlight = false;
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return {};
}

} // namespace smsdesk
