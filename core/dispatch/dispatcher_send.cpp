// SPDX-License-Identifier: GPL-3.0-or-later
// Routing a claimed message to a phone and putting it on the wire.
#include "credentialstore.h"
#include "dispatcher.h"
#include "healthpoller.h"
#include "metrics.h"
#include "senderpool.h"
#include "storereader.h"
#include "webhookregistrar.h"

#include <QTimer>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace smsdesk {

namespace {

// "Wait, but nobody knows until when" (a probe is out, nobody else to fail over to): look
// again after a short while; the probe's answer also wakes the dispatcher.
constexpr qint64 kUnknownWaitMs = 5'000;
// Every usable phone is switched off: the user has to act, and a device change wakes us.
constexpr qint64 kBlockedWaitMs = 60'000;
constexpr qsizetype kMaxStickyCache = 50'000;
constexpr qsizetype kMaxFailoverEntries = 100'000;

} // namespace

void Dispatcher::dispatchMessage(Message &&message)
{
    if (m_state != State::Running) {
        release(message, 0, QStringLiteral("dispatcher stopping"));
        return;
    }
    RouteRequest request;
    request.explicitDeviceId = message.deviceId;
    if (message.deviceId == 0)
        request.stickyDeviceId = stickyDeviceFor(message.to);
    if (!m_failover.isEmpty())
        request.exclude = m_failover.value(message.id);
    const QList<DeviceCandidate> candidates = m_devices.candidates(message.segments);
    RouteDecision decision = DeviceRouter::route(request, candidates);
    if (decision.outcome == RouteDecision::Outcome::Wait && decision.retryInMs < 0
        && !request.exclude.isEmpty()) {
        // No other phone to fail over to: the one that failed beats waiting for nobody.
        request.exclude.clear();
        decision = DeviceRouter::route(request, candidates);
    }
    switch (decision.outcome) {
    case RouteDecision::Outcome::Routed:
        if (DeviceRuntime *device = m_devices.find(decision.deviceId); device && sendTo(*device, message))
            return;
        release(message, 0, QStringLiteral("device %1 could not take it after all").arg(decision.deviceId));
        return;
    case RouteDecision::Outcome::Wait:
        release(message, decision.retryInMs >= 0 ? decision.retryInMs : kUnknownWaitMs, decision.reason);
        return;
    case RouteDecision::Outcome::Blocked:
        release(message, kBlockedWaitMs, decision.reason);
        return;
    case RouteDecision::Outcome::UnknownDevice:
        if (message.createdAtMs >= m_devicesLoadedAtMs) {
            // Enqueued after we last read the phones: it may name one just added.
            QMetaObject::invokeMethod(this, &Dispatcher::reloadDevices, Qt::QueuedConnection);
            release(message, 1'000, decision.reason);
            return;
        }
        SendOutcome dead;
        dead.kind = SendOutcome::Kind::Dead;
        dead.id = message.id;
        dead.leaseId = message.leaseId;
        dead.error = decision.reason;
        addOutcome(std::move(dead), message);
        return;
    }
}

// Takes the breaker's slot and the budget, then sends. False (nothing taken) when the
// phone cannot take it after all.
bool Dispatcher::sendTo(DeviceRuntime &device, Message &message)
{
    if (!device.adapter || !device.breaker.allowRequest())
        return false;
    if (!device.budget.tryTake(message.segments)) {
        device.breaker.releaseProbe();
        return false;
    }
    // The last attempt may have reached a gateway that would take a resend as a second SMS:
    // ask its sent history first (handleLookup sends it only if it is not there).
    std::optional<GatewayRequest> lookup;
    if (message.inDoubt && !device.adapter->refusesKnownIds())
        lookup = device.adapter->sentLookupRequest(device.device, device.credentials, 0);
    const GatewayRequest request
        = lookup ? *lookup : device.adapter->sendRequest(message, device.device, device.credentials);
    const quint64 tag = takeSlot();
    InFlightSend &slot = m_slots[tag];
    slot.deviceId = device.device.id;
    slot.adapter = device.adapter;
    slot.message = std::move(message);
    slot.inUse = true;
    slot.lookup = lookup.has_value();
    ++m_inFlight;
    m_pool->send(tag, request);
    if (Metrics *metrics = m_options.metrics) {
        metrics->setGauge("smsdesk_dispatch_in_flight", {}, m_inFlight);
        metrics->setGauge("smsdesk_device_budget_left", device.metricLabels, device.budget.availableNow());
    }
    return true;
}

quint64 Dispatcher::takeSlot()
{
    if (!m_freeSlots.empty()) {
        const quint64 tag = m_freeSlots.back();
        m_freeSlots.pop_back();
        return tag;
    }
    m_slots.emplace_back();
    return m_slots.size() - 1;
}

// Back to the queue without counting an attempt: no phone could take it now.
void Dispatcher::release(const Message &message, qint64 retryInMs, const QString &reason)
{
    SendOutcome outcome;
    outcome.kind = SendOutcome::Kind::Release;
    outcome.id = message.id;
    outcome.leaseId = message.leaseId;
    outcome.error = reason;
    outcome.retryAtMs = m_clock.nowMs() + std::max<qint64>(0, retryInMs);
    addOutcome(std::move(outcome), message);
}

// The store knows who last talked with a number; a cache keeps that query off the hot
// path. Our own sends keep it current; another dispatcher's may make it stale, which only
// costs the preference, never correctness.
qint64 Dispatcher::stickyDeviceFor(const QString &number)
{
    const auto it = m_sticky.constFind(number);
    if (it != m_sticky.cend())
        return *it;
    const Result<qint64> device = m_reader->stickyDevice(number);
    if (!device)
        return 0;
    if (m_sticky.size() >= kMaxStickyCache)
        m_sticky.clear();
    m_sticky.insert(number, device.value());
    return device.value();
}

void Dispatcher::rememberFailover(const QUuid &id, qint64 deviceId)
{
    if (m_failover.size() >= kMaxFailoverEntries)
        m_failover.clear(); // a lost hint only costs one more try on the failing phone
    m_failover[id].insert(deviceId);
}

void Dispatcher::loadCredentials(qint64 deviceId)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device)
        return;
    if (!m_options.credentials) {
        device->credentialsReady = true;
        if (m_health)
            QTimer::singleShot(0, m_health.get(), &HealthPoller::pollHealthNow);
        return;
    }
    m_options.credentials->read(deviceCredentialsKey(deviceId))
        .then(this, [this, deviceId](const Result<Credentials> &read) {
            DeviceRuntime *device = m_devices.find(deviceId);
            if (!device)
                return;
            if (!read && read.code() != ErrorCode::NotFound && !device->credentialsWarned) {
                device->credentialsWarned = true; // once, not on every reload of the phones
                // No keychain (e.g. a headless server without --credentials-file): a
                // gateway that asks for no credentials still works; one that does answers
                // 401 and the device is paused with that reason. Say why either way.
                Q_EMIT deviceAlert(
                    deviceId,
                    QStringLiteral("Cannot read the credentials of %1 (%2); sending without them")
                        .arg(device->device.name, read.errorString()));
            }
            const Credentials credentials = read ? read.value() : Credentials {};
            const bool changed = credentials.user != device->credentials.user
                || credentials.password != device->credentials.password
                || credentials.apiKey != device->credentials.apiKey;
            device->credentials = credentials;
            const bool firstTime = !device->credentialsReady;
            device->credentialsReady = true;
            if (changed && device->device.health.pausedReason.startsWith(kCredentialsRejected))
                setPaused(*device, {}); // new credentials: give them a chance
            // Health is probed only once credentials are known: do it now for a new phone.
            if (firstTime && m_health)
                m_health->pollHealthNow();
            if (m_webhooks)
                m_webhooks->refresh(); // registered with the credentials now known
            wake();
        });
}

} // namespace smsdesk
