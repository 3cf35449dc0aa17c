// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <QtGlobal>

#include <functional>

namespace smsdesk {

// Exponential backoff with full jitter (DESIGN §3): the n-th retry waits a uniformly
// random time in [0, min(cap, base * factor^(n-1))], but never less than a gateway's
// Retry-After. The random source is injected (the composition root gives a seeded one;
// tests give a fixed one); without one there is no jitter: every wait is the ceiling.
class RetryPolicy
{
public:
    struct Settings
    {
        qint64 baseMs = 5'000;
        double factor = 2.0;
        qint64 capMs = 15 * 60'000;
        int maxAttempts = 8;
    };
    // Returns a number in [0, 1).
    using RandomSource = std::function<double()>;

    RetryPolicy(); // default settings, no jitter
    explicit RetryPolicy(Settings settings); // no jitter
    RetryPolicy(Settings settings, RandomSource random);
    // A source of its own, securely seeded: for a composition root. Each copy of the
    // policy carries its own generator state, so copies in other threads do not share one.
    static RandomSource seededRandom();

    const Settings &settings() const { return m_settings; }
    // The same random source with other settings (they changed while running).
    RetryPolicy withSettings(Settings settings) const { return RetryPolicy(settings, m_random); }
    // Upper bound of the wait before retry number `attempt` (1 = first retry).
    qint64 ceilingMs(int attempt) const;
    // The wait before retry `attempt`, honouring a Retry-After (ms, -1 when absent).
    qint64 delayMs(int attempt, qint64 retryAfterMs = -1) const;
    bool attemptsLeft(int attemptsMade) const { return attemptsMade < m_settings.maxAttempts; }

private:
    Settings m_settings;
    RandomSource m_random;
};

// How a dead letter whose attempts ran out says why (the store's words, in its history).
inline QString attemptsExhausted(const QString &lastError)
{
    return QStringLiteral("attempts exhausted: %1").arg(lastError);
}

} // namespace smsdesk
