// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QString>

namespace smsdesk {

// Stops sending through a phone that keeps failing, then probes it with one message
// (DESIGN §3/§4, issue 3): closed → open after N consecutive device-level failures; open
// for a cooldown that doubles on every failed probe up to a cap; then half-open, letting
// exactly ONE request through; its success closes the breaker, its failure reopens it.
// Pure and clock-driven, no timers. Not thread-safe: owned by the dispatcher's thread.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };
    struct Settings
    {
        int failureThreshold = 5;
        qint64 cooldownMs = 30'000;
        qint64 maxCooldownMs = 10 * 60'000;
    };

    explicit CircuitBreaker(const Clock &clock);
    CircuitBreaker(const Clock &clock, Settings settings);

    // Effective state now: Open turns HalfOpen by itself once the cooldown has passed.
    State state() const;
    // Would a request be let through now? A question only: takes no probe. For routing.
    bool wouldAllow() const;
    // Lets a request through, and in half-open state takes the single probe slot. Call it
    // only for a request that is about to be sent, then report its outcome.
    bool allowRequest();
    void recordSuccess();
    // A device-level failure (connection refused, timeout, 5xx): not a rejected number.
    void recordFailure();
    // The allowed request was not sent after all (no budget, lease lost): frees the probe.
    void releaseProbe();
    // While open: time until the probe may go. 0 when closed or half-open.
    qint64 msUntilRetry() const;
    int consecutiveFailures() const { return m_failures; }
    qint64 currentCooldownMs() const { return m_cooldownMs; }

    static QString stateName(State state); // "closed", "open", "half-open"

private:
    void open(qint64 cooldownMs);

    const Clock &m_clock;
    Settings m_settings;
    State m_state = State::Closed; // Open stays stored as Open until a probe is taken
    int m_failures = 0;
    qint64 m_cooldownMs = 0;
    qint64 m_openUntilMs = 0;
    bool m_probeInFlight = false;
};

} // namespace smsdesk
