// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include <QList>
#include <QSet>
#include <QString>

namespace smsdesk {

class CircuitBreaker;
class RateBudget;

// One phone as the router sees it at this instant, for one message.
struct DeviceCandidate
{
    qint64 id = 0;
    bool enabled = true;
    bool paused = false; // by the user or after 401/403
    bool breakerAllows = true; // CircuitBreaker::wouldAllow()
    qint64 msUntilBreakerRetry = 0; // when the breaker refuses: -1 = waiting for a probe's outcome
    bool budgetAvailable = true; // RateBudget::canTake(this message's segments)
    qint64 msUntilBudget = 0; // when the budget refuses
    int availableNow = 0; // segments it could send right now (secondary tie-breaker)
    int leftToday = 0; // RateBudget::leftToday() (kUnlimited without a daily limit)

    static DeviceCandidate from(qint64 id, bool enabled, bool paused, const CircuitBreaker &breaker,
                                const RateBudget &budget, int segments);
};

struct RouteRequest
{
    qint64 explicitDeviceId = 0; // chosen by the sender; 0 = any
    qint64 stickyDeviceId = 0; // last device that talked with this number; 0 = none
    QSet<qint64> exclude; // e.g. the device that just failed, for failover
};

struct RouteDecision
{
    enum class Outcome {
        Routed, // deviceId is the one to use now
        Wait, // nothing can take it now; try again in retryInMs (-1: after a state change or backoff)
        Blocked, // needs the user: its chosen phone or every phone is disabled or paused
        UnknownDevice, // the explicit device does not exist
    };
    enum class Via { None, Explicit, Sticky, MostBudget };

    Outcome outcome = Outcome::Wait;
    Via via = Via::None;
    qint64 deviceId = 0;
    qint64 retryInMs = -1;
    QString reason; // for the message history and the logs
    // When no phone can take it: which of the dispatcher's idle states this is.
    DispatchStatus::Kind idle = DispatchStatus::Kind::NoneNow;

    bool routed() const { return outcome == Outcome::Routed; }
};

// Picks the phone for a message (DESIGN §4): the explicit device; else the sticky device
// for this number if it can send now; else the enabled, healthy phone with the most budget
// left today (then the most available now, then the lowest id, so runs are repeatable).
// An explicit choice is never replaced: the message waits for that phone. A sticky one is
// only a preference: when it cannot send, another phone takes over. Pure.
class DeviceRouter final
{
public:
    static RouteDecision route(const RouteRequest &request, const QList<DeviceCandidate> &candidates);
    // "12 s", "4 min", "2 h 5 min": how long a message waits, for reasons people read.
    static QString formatWait(qint64 ms);
};

} // namespace smsdesk
