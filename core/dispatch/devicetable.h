// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include "circuitbreaker.h"
#include "devicerouter.h"
#include "gatewayadapter.h"
#include "ratebudget.h"

#include <limits>
#include <map>
#include <memory>

namespace smsdesk {

class StoreReader;

// What the dispatcher knows about one phone between two sends: its settings, adapter,
// credentials, sending budget, circuit breaker and any hold the gateway asked for.
struct DeviceRuntime
{
    DeviceRuntime(const Clock &clock, const Device &device, CircuitBreaker::Settings breakerSettings,
                  const QTimeZone &zone);

    Device device;
    // Shared with the requests in flight, so a device removed mid-send can still classify
    // the answer it is waiting for.
    std::shared_ptr<const GatewayAdapter> adapter;
    Credentials credentials;
    bool credentialsReady = false; // the keychain answered (absent counts as an answer)
    bool credentialsWarned = false; // the user was told the keychain could not be read
    // This desk has the phone's credentials (or keeps none at all, as tests and a gateway
    // without secrets do). Where several dispatchers share the queue, only a desk that has
    // them holds the phone: credentials never go into the shared database.
    bool credentialsHere = false;
    RateBudget budget;
    CircuitBreaker breaker;
    qint64 holdUntilMs = 0; // Retry-After for the whole device: no request before it
    QByteArray metricLabels; // device="3"
    bool offlineAlerted = false;
    // The two halves of DeviceHealth::reportsVia: the inbox poller's ("polling every 3 s")
    // and the webhook registrar's ("webhooks registered at …"); reportsVia() joins them.
    QString inboxVia;
    QString webhooksVia;
    QString statusProblem; // the health poller's: status answers it cannot read
    // Until when this dispatcher may send through the phone: always, unless several
    // dispatchers share the queue (PostgreSQL); then while it holds the phone in the store
    // (QueueStore::holdPhones), so that the phone's budget is counted in one place.
    qint64 heldUntilMs = std::numeric_limits<qint64>::max();

    bool paused() const { return !device.health.pausedReason.isEmpty(); }
    QString reportsVia() const;
    // Could it be asked to send right now (ignoring the budget)?
    bool switchedOn(qint64 nowMs) const;
};

// The dispatcher's phones, keyed and ordered by id (so routing ties break the same way
// every run). Owned by the dispatcher's thread.
class DeviceTable final
{
public:
    // `zone`: where a phone's sending day starts (its daily limit).
    DeviceTable(const Clock &clock, CircuitBreaker::Settings breakerSettings, QTimeZone zone);

    // Takes the devices as stored: adds new ones (budgets restored from what the store says
    // they sent, so a restart does not hand out a fresh minute and day), updates settings,
    // forgets removed ones. Returns the ids whose credentials must be (re)read.
    QList<qint64> apply(const QList<Device> &devices, StoreReader &reader);

    // Several dispatchers share the queue: a phone is ours only while we hold it. Call
    // before the first apply(). hold() takes the store's answer: the ids we hold until
    // `untilMs`; a phone taken over from another dispatcher gets its budget restored from
    // what the store says it sent, by whoever sent it.
    void shareWithOtherDispatchers() { m_shared = true; }
    void hold(const QList<qint64> &ids, qint64 untilMs, StoreReader &reader);
    // The phones this dispatcher could send through if it held them: switched on, their
    // credentials here.
    QList<qint64> holdable() const;
    qint64 heldUntilMs() const { return m_heldUntilMs; } // of the last hold()

    DeviceRuntime *find(qint64 id);
    const std::map<qint64, std::unique_ptr<DeviceRuntime>> &all() const { return m_devices; }
    bool isEmpty() const { return m_devices.empty(); }

    // Candidates for a message of `segments`, for DeviceRouter.
    QList<DeviceCandidate> candidates(int segments) const;
    // How many single-segment messages could go right now over all usable phones: the claim
    // limit, so that a budget-starved queue is not claimed only to be released again.
    int capacityNow() const;
    // When capacityNow() will be above zero; -1 when it depends on no time (all paused).
    qint64 msUntilCapacity() const;
    // Why nothing can be sent, when capacityNow() is zero.
    DispatchStatus idleStatus() const;

private:
    void restoreBudget(DeviceRuntime &runtime, StoreReader &reader);
    bool held(const DeviceRuntime &runtime, qint64 nowMs) const { return runtime.heldUntilMs > nowMs; }

    const Clock &m_clock;
    CircuitBreaker::Settings m_breakerSettings;
    QTimeZone m_zone;
    std::map<qint64, std::unique_ptr<DeviceRuntime>> m_devices;
    bool m_shared = false;
    QList<qint64> m_held; // the last holdPhones answer
    qint64 m_heldUntilMs = 0;
};

} // namespace smsdesk
