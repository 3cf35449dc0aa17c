// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicetable.h"

#include "storereader.h"

#include <algorithm>

namespace smsdesk {

namespace {

// How soon a phone another dispatcher holds may be ours: the next holding round.
constexpr qint64 kHoldRetryMs = 1'000;

RateBudget::Limits limitsOf(const Device &device)
{
    return RateBudget::Limits { device.ratePerMinute, device.ratePerDay };
}

} // namespace

DeviceRuntime::DeviceRuntime(const Clock &clock, const Device &device, CircuitBreaker::Settings breakerSettings,
                             const QTimeZone &zone)
    : device(device)
    , adapter(createAdapter(device.adapter))
    , budget(clock, limitsOf(device), zone)
    , breaker(clock, breakerSettings)
    , metricLabels(QByteArrayLiteral("device=\"") + QByteArray::number(device.id) + '"')
{ }

bool DeviceRuntime::switchedOn(qint64 nowMs) const
{
    return device.enabled && !paused() && adapter && credentialsReady && holdUntilMs <= nowMs
        && heldUntilMs > nowMs && breaker.wouldAllow();
}

DeviceTable::DeviceTable(const Clock &clock, CircuitBreaker::Settings breakerSettings, QTimeZone zone)
    : m_clock(clock)
    , m_breakerSettings(breakerSettings)
    , m_zone(std::move(zone))
{ }

// One line for the phone's status: how reports reach us. Webhooks first when they are
// registered, polling then being the fallback for what a webhook misses.
QString DeviceRuntime::reportsVia() const
{
    QString via;
    if (webhooksVia.isEmpty()) {
        via = inboxVia;
    } else if (inboxVia.isEmpty()) {
        via = webhooksVia;
    } else {
        const bool registered = webhooksVia.startsWith(QLatin1String("webhooks registered"));
        const bool polling = inboxVia.startsWith(QLatin1String("polling"));
        via = webhooksVia + QStringLiteral("; ") + inboxVia
            + (registered && polling ? QStringLiteral(" as a fallback") : QString());
    }
    if (!statusProblem.isEmpty())
        via += (via.isEmpty() ? QString() : QStringLiteral("; ")) + statusProblem;
    return via;
}

QList<qint64> DeviceTable::apply(const QList<Device> &devices, StoreReader &reader)
{
    QList<qint64> changedCredentials;
    std::map<qint64, std::unique_ptr<DeviceRuntime>> next;
    for (const Device &device : devices) {
        auto it = m_devices.find(device.id);
        if (it == m_devices.end()) {
            auto runtime = std::make_unique<DeviceRuntime>(m_clock, device, m_breakerSettings, m_zone);
            if (m_shared)
                runtime->heldUntilMs = m_held.contains(device.id) ? m_heldUntilMs : 0;
            restoreBudget(*runtime, reader);
            next.emplace(device.id, std::move(runtime));
            changedCredentials.append(device.id);
            continue;
        }
        std::unique_ptr<DeviceRuntime> runtime = std::move(it->second);
        if (runtime->device.adapter != device.adapter)
            runtime->adapter = createAdapter(device.adapter);
        const RateBudget::Limits limits = limitsOf(device);
        if (limits.perMinute != runtime->budget.limits().perMinute
            || limits.perDay != runtime->budget.limits().perDay)
            runtime->budget.setLimits(limits);
        // Credentials are re-read on every change: the user may just have fixed them.
        changedCredentials.append(device.id);
        runtime->device = device;
        next.emplace(device.id, std::move(runtime));
    }
    m_devices = std::move(next);
    return changedCredentials;
}

QList<qint64> DeviceTable::holdable() const
{
    QList<qint64> ids;
    for (const auto &[id, runtime] : m_devices) {
        if (runtime->device.enabled && runtime->credentialsReady && runtime->credentialsHere && runtime->adapter)
            ids.append(id);
    }
    return ids;
}

void DeviceTable::hold(const QList<qint64> &ids, qint64 untilMs, StoreReader &reader)
{
    const qint64 now = m_clock.nowMs();
    m_held = ids;
    m_heldUntilMs = untilMs;
    for (auto &[id, runtime] : m_devices) {
        const bool wasHeld = held(*runtime, now);
        const bool isHeld = ids.contains(id);
        if (isHeld && !wasHeld)
            restoreBudget(*runtime, reader); // what another dispatcher sent through it counts
        runtime->heldUntilMs = isHeld ? untilMs : 0;
    }
}

void DeviceTable::restoreBudget(DeviceRuntime &runtime, StoreReader &reader)
{
    const qint64 now = m_clock.nowMs();
    const Result<int> lastMinute = reader.segmentsSentSince(runtime.device.id, now - 60'000);
    const Result<int> today = reader.segmentsSentSince(runtime.device.id, runtime.budget.dayStartMs());
    // Unreadable history: assume the worst for the minute (a full minute spent) rather
    // than risk tripping the phone's own limit right after a restart.
    const int minute = lastMinute ? lastMinute.value() : runtime.device.ratePerMinute;
    runtime.budget.restore(minute, today ? today.value() : 0);
}

DeviceRuntime *DeviceTable::find(qint64 id)
{
    const auto it = m_devices.find(id);
    return it == m_devices.end() ? nullptr : it->second.get();
}

QList<DeviceCandidate> DeviceTable::candidates(int segments) const
{
    const qint64 now = m_clock.nowMs();
    QList<DeviceCandidate> out;
    out.reserve(qsizetype(m_devices.size()));
    for (const auto &[id, runtime] : m_devices) {
        const DeviceRuntime &r = *runtime;
        // Not yet usable for reasons the router does not model (no adapter, credentials
        // still loading) count as paused: the message waits instead of dying.
        const bool unusable = r.paused() || !r.adapter || !r.credentialsReady;
        DeviceCandidate c
            = DeviceCandidate::from(id, r.device.enabled, unusable, r.breaker, r.budget, segments);
        if (r.holdUntilMs > now && c.breakerAllows) {
            c.breakerAllows = false; // the gateway said when to come back: model it as the breaker
            c.msUntilBreakerRetry = r.holdUntilMs - now;
        }
        if (!held(r, now) && c.breakerAllows) {
            c.breakerAllows = false; // another dispatcher sends through it: ask again soon
            c.msUntilBreakerRetry = kHoldRetryMs;
        }
        out.append(c);
    }
    return out;
}

int DeviceTable::capacityNow() const
{
    const qint64 now = m_clock.nowMs();
    qint64 total = 0;
    for (const auto &[id, runtime] : m_devices) {
        if (runtime->switchedOn(now))
            total += std::max(0, runtime->budget.availableNow());
        if (total >= std::numeric_limits<int>::max())
            break;
    }
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

qint64 DeviceTable::msUntilCapacity() const
{
    const qint64 now = m_clock.nowMs();
    qint64 soonest = -1;
    for (const auto &[id, runtime] : m_devices) {
        const DeviceRuntime &r = *runtime;
        if (!r.device.enabled || r.paused() || !r.adapter || !r.credentialsReady)
            continue;
        qint64 wait = std::max<qint64>(r.budget.msUntilAvailable(1), r.holdUntilMs - now);
        if (!held(r, now))
            wait = std::max(wait, kHoldRetryMs);
        if (!r.breaker.wouldAllow()) {
            const qint64 breakerWait = r.breaker.msUntilRetry();
            if (breakerWait <= 0)
                continue; // a probe is out: its answer wakes us
            wait = std::max(wait, breakerWait);
        }
        wait = std::max<qint64>(wait, 0);
        if (soonest < 0 || wait < soonest)
            soonest = wait;
    }
    return soonest;
}

DispatchStatus DeviceTable::idleStatus() const
{
    DispatchStatus status;
    status.phones = int(m_devices.size());
    if (m_devices.empty()) {
        status.kind = DispatchStatus::Kind::NoPhones;
        return status;
    }
    const RouteDecision decision = DeviceRouter::route(RouteRequest {}, candidates(1));
    status.kind = decision.routed() ? DispatchStatus::Kind::NoneNow : decision.idle;
    if (decision.retryInMs >= 0)
        status.resumeAtMs = m_clock.nowMs() + decision.retryInMs;
    return status;
}

} // namespace smsdesk
