// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicerouter.h"

#include "circuitbreaker.h"
#include "ratebudget.h"

#include <algorithm>

namespace smsdesk {

namespace {

using Outcome = RouteDecision::Outcome;
using Via = RouteDecision::Via;

const DeviceCandidate *findDevice(const QList<DeviceCandidate> &candidates, qint64 id)
{
    const auto it = std::find_if(candidates.cbegin(), candidates.cend(),
                                 [id](const DeviceCandidate &c) { return c.id == id; });
    return it == candidates.cend() ? nullptr : &*it;
}

bool isSwitchedOff(const DeviceCandidate &c)
{
    return !c.enabled || c.paused;
}

bool canSendNow(const DeviceCandidate &c, const QSet<qint64> &exclude)
{
    return !isSwitchedOff(c) && c.breakerAllows && c.budgetAvailable && !exclude.contains(c.id);
}

// How long until a switched-on, not excluded device can send: -1 when unknown.
qint64 waitFor(const DeviceCandidate &c)
{
    const qint64 breaker = c.breakerAllows ? 0 : c.msUntilBreakerRetry;
    const qint64 budget = c.budgetAvailable ? 0 : c.msUntilBudget;
    if (breaker < 0 || budget < 0)
        return -1;
    return std::max(breaker, budget);
}

// Why a device cannot take the message now, completing "device 3 ...".
QString whyNot(const DeviceCandidate &c, const QSet<qint64> &exclude)
{
    if (!c.enabled)
        return QStringLiteral("is disabled");
    if (c.paused)
        return QStringLiteral("is paused");
    if (exclude.contains(c.id))
        return QStringLiteral("just failed");
    if (!c.breakerAllows)
        return c.msUntilBreakerRetry < 0 ? QStringLiteral("is failing; a test message is under way")
                                         : QStringLiteral("is failing; next try in %1")
                                               .arg(DeviceRouter::formatWait(c.msUntilBreakerRetry));
    return QStringLiteral("is at its limit; next budget in %1")
        .arg(DeviceRouter::formatWait(c.msUntilBudget));
}

qint64 breakerWait(const CircuitBreaker &breaker)
{
    if (breaker.wouldAllow())
        return 0;
    // Half-open with its probe out: the wait ends with the probe's outcome, not at a time.
    return breaker.state() == CircuitBreaker::State::Open ? breaker.msUntilRetry() : -1;
}

RouteDecision decide(Outcome outcome, Via via, qint64 deviceId, qint64 retryInMs, QString reason)
{
    return RouteDecision {
        outcome, via, deviceId, retryInMs, std::move(reason), DispatchStatus::Kind::NoneNow
    };
}

// No phone can take the message: the decision and the dispatcher's idle state it means.
RouteDecision idle(Outcome outcome, DispatchStatus::Kind kind, qint64 retryInMs, QString reason)
{
    RouteDecision decision = decide(outcome, Via::None, 0, retryInMs, std::move(reason));
    decision.idle = kind;
    return decision;
}

// No failover for an explicit choice: a sender who picked a phone wants that number shown.
RouteDecision routeExplicit(const RouteRequest &request, const QList<DeviceCandidate> &candidates)
{
    const qint64 id = request.explicitDeviceId;
    const DeviceCandidate *device = findDevice(candidates, id);
    if (!device)
        return decide(Outcome::UnknownDevice, Via::Explicit, id, -1,
                      QStringLiteral("explicit device %1 does not exist").arg(id));
    if (canSendNow(*device, request.exclude))
        return decide(Outcome::Routed, Via::Explicit, id, 0, QStringLiteral("explicit device %1").arg(id));
    const QString reason
        = QStringLiteral("explicit device %1 %2").arg(id).arg(whyNot(*device, request.exclude));
    if (isSwitchedOff(*device))
        return decide(Outcome::Blocked, Via::Explicit, id, -1, reason);
    const qint64 wait = request.exclude.contains(id) ? -1 : waitFor(*device);
    return decide(Outcome::Wait, Via::Explicit, id, wait, reason);
}

bool hasMoreBudget(const DeviceCandidate &a, const DeviceCandidate &b)
{
    if (a.leftToday != b.leftToday)
        return a.leftToday > b.leftToday;
    if (a.availableNow != b.availableNow)
        return a.availableNow > b.availableNow;
    return a.id < b.id;
}

const DeviceCandidate *bestNow(const QList<DeviceCandidate> &candidates, const QSet<qint64> &exclude)
{
    const DeviceCandidate *best = nullptr;
    for (const DeviceCandidate &c : candidates) {
        if (canSendNow(c, exclude) && (!best || hasMoreBudget(c, *best)))
            best = &c;
    }
    return best;
}

// Nobody can send now: say when somebody will, and why.
RouteDecision waitDecision(const QList<DeviceCandidate> &candidates, const QSet<qint64> &exclude)
{
    qint64 soonest = -1;
    bool budgetBound = false;
    bool breakerBound = false;
    bool anyExcluded = false;
    for (const DeviceCandidate &c : candidates) {
        if (isSwitchedOff(c))
            continue;
        if (exclude.contains(c.id)) {
            anyExcluded = true;
            continue;
        }
        budgetBound |= !c.budgetAvailable;
        breakerBound |= !c.breakerAllows;
        const qint64 wait = waitFor(c);
        if (wait >= 0 && (soonest < 0 || wait < soonest))
            soonest = wait;
    }
    using Kind = DispatchStatus::Kind;
    if (candidates.isEmpty())
        return idle(Outcome::Blocked, Kind::NoPhones, -1, QStringLiteral("no phones set up"));
    if (!budgetBound && !breakerBound) {
        if (anyExcluded)
            return idle(Outcome::Wait, Kind::AllUnavailable, -1,
                        QStringLiteral("no other phone to fail over to"));
        return idle(Outcome::Blocked, Kind::AllUnavailable, -1,
                    QStringLiteral("all phones are disabled or paused"));
    }
    if (soonest < 0)
        return idle(Outcome::Wait, Kind::AllProbing, -1,
                    QStringLiteral("all phones are failing; test messages under way"));
    const QString when = DeviceRouter::formatWait(soonest);
    if (!breakerBound)
        return idle(Outcome::Wait, Kind::AllAtLimit, soonest,
                    QStringLiteral("all phones at their limit; next budget in %1").arg(when));
    if (!budgetBound)
        return idle(Outcome::Wait, Kind::AllFailing, soonest,
                    QStringLiteral("all phones are failing; next try in %1").arg(when));
    return idle(Outcome::Wait, Kind::NoneNow, soonest,
                QStringLiteral("no phone can send now; next chance in %1").arg(when));
}

} // namespace

DeviceCandidate DeviceCandidate::from(qint64 id, bool enabled, bool paused, const CircuitBreaker &breaker,
                                      const RateBudget &budget, int segments)
{
    DeviceCandidate c;
    c.id = id;
    c.enabled = enabled;
    c.paused = paused;
    c.breakerAllows = breaker.wouldAllow();
    c.msUntilBreakerRetry = breakerWait(breaker);
    c.budgetAvailable = budget.canTake(segments);
    c.msUntilBudget = budget.msUntilAvailable(segments);
    c.availableNow = budget.availableNow();
    c.leftToday = budget.leftToday();
    return c;
}

RouteDecision DeviceRouter::route(const RouteRequest &request, const QList<DeviceCandidate> &candidates)
{
    if (request.explicitDeviceId != 0)
        return routeExplicit(request, candidates);

    QString stickyNote;
    if (request.stickyDeviceId != 0) {
        const qint64 id = request.stickyDeviceId;
        const DeviceCandidate *sticky = findDevice(candidates, id);
        if (sticky && canSendNow(*sticky, request.exclude))
            return decide(Outcome::Routed, Via::Sticky, id, 0,
                          QStringLiteral("device %1 last talked with this number").arg(id));
        stickyNote = sticky ? QStringLiteral(" (device %1 %2)").arg(id).arg(whyNot(*sticky, request.exclude))
                            : QStringLiteral(" (device %1 no longer exists)").arg(id);
    }

    if (const DeviceCandidate *best = bestNow(candidates, request.exclude))
        return decide(Outcome::Routed, Via::MostBudget, best->id, 0,
                      QStringLiteral("device %1 has the most budget left").arg(best->id) + stickyNote);
    RouteDecision wait = waitDecision(candidates, request.exclude);
    wait.reason += stickyNote;
    return wait;
}

QString DeviceRouter::formatWait(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000; // never say "0 s" while waiting
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(std::max<qint64>(1, seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace smsdesk
