// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "clock.h"
#include "deviceroster.h"
#include "dispatchstatustracker.h"
#include "metrics.h"
#include "outcomerecorder.h"
#include "phoneholder.h"
#include "queuestore.h"
#include "quiethours.h"
#include "replyjudge.h"
#include "routememory.h"
#include "senderpool.h"
#include "storereader.h"

#include <QEventLoop>
#include <QSet>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDispatch, "smsdesk.dispatch")

namespace smsdesk {

namespace {

constexpr qint64 kDefaultLeaseMarginMs = 15'000;
// A due message that a claim did not return is a race with a concurrent writer; look
// again soon, but never spin.
constexpr qint64 kRaceRetryMs = 100;
// How long to wait before asking a failing store again.
constexpr qint64 kStoreTroubleRetryMs = 1'000;
// "Wait, but nobody knows until when" (a probe is out, nobody else to fail over to): look
// again after a short while; the probe's answer also wakes the dispatcher.
constexpr qint64 kUnknownWaitMs = 5'000;
// Every usable phone is switched off: the user has to act, and a device change wakes us.
constexpr qint64 kBlockedWaitMs = 60'000;
// How long an in-doubt message waits when the gateway's sent history cannot be read.
constexpr qint64 kLookupRetryMs = 30'000;
// History pages searched for one in-doubt message (200 rows each at MySMSGate): 20,000
// sends newer than it, which several dispatchers sharing one account reach quickly.
constexpr int kMaxLookupPages = 100;
// What a lease must still have, beyond one whole request, for the outcome to be recorded.
constexpr qint64 kOutcomeMarginMs = 250;

} // namespace

Dispatcher::Dispatcher(Settings settings, Parts parts, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_store(parts.store)
    , m_reader(parts.reader)
    , m_roster(parts.roster)
    , m_pool(parts.pool)
    , m_judge(parts.judge)
    , m_memory(parts.memory)
    , m_recorder(parts.recorder)
    , m_holder(parts.holder)
    , m_status(parts.status)
    , m_metrics(parts.metrics)
    , m_clock(parts.clock)
    , m_quiet(parts.quiet)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // budget refills are due to the millisecond
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerAtMs = 0;
        checkLeases();
        m_drained = false;
        pump();
    });
    connect(&m_renewTimer, &QTimer::timeout, this, &Dispatcher::renewHeldLeases);
    connect(&m_holder, &PhoneHolder::held, this, &Dispatcher::wake);
    connect(&m_holder, &PhoneHolder::othersLeasesExpired, this, &Dispatcher::recoverLeases);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        m_pool.abortAll(); // their handlers release the messages
    });
    m_pool.setReplyHandler([this](quint64 tag, GatewayReply &&reply) { onReply(tag, std::move(reply)); });
    // Retries and releases are queued again once durable: be there when they are due.
    connect(&m_recorder, &OutcomeRecorder::recorded, this, [this](bool requeued) {
        if (requeued)
            wake();
    });
    connect(&m_recorder, &OutcomeRecorder::idle, this, &Dispatcher::finishStopIfDone);
    connect(&m_store, &QueueStore::messagesRequeued, this, &Dispatcher::wake);
    connect(&m_roster, &DeviceRoster::changed, this, &Dispatcher::wake);
}

Dispatcher::~Dispatcher()
{
    // Replies aborted now must not reach a half-destroyed dispatcher; their leases expire
    // and the messages are recovered by the next start.
    m_state = State::Stopped;
    m_pool.setReplyHandler({});
}

qint64 Dispatcher::leaseMs() const
{
    return m_settings.leaseMs > 0 ? m_settings.leaseMs : m_settings.httpTimeoutMs + kDefaultLeaseMarginMs;
}

bool Dispatcher::isQuiescent() const
{
    return !m_claimPending && m_ready.empty() && m_inFlight == 0 && m_recorder.isIdle();
}

Status Dispatcher::start()
{
    if (m_state == State::Running)
        return {};
    if (m_settings.owner.isEmpty() || m_settings.inFlightCap < 1)
        return Status::failure(ErrorCode::Invalid, QStringLiteral("dispatcher needs an owner and a cap"));
    const qint64 spareMs = leaseMs() - m_settings.httpTimeoutMs - kOutcomeMarginMs;
    if (spareMs <= 0)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("the lease (%1 ms) must outlive the HTTP timeout (%2 ms) by more than %3 ms")
                                   .arg(leaseMs())
                                   .arg(m_settings.httpTimeoutMs)
                                   .arg(kOutcomeMarginMs));
    m_state = State::Running;
    // Renewed twice per spare time, what we hold always covers a request and the record of
    // its outcome (leaseCoversARequest), unless the store itself is stuck.
    m_renewTimer.start(int(std::clamp<qint64>(spareMs / 2, 10, 3600'000)));
    m_holder.start(m_settings.owner, leaseMs());
    recoverLeases();
    return {};
}

void Dispatcher::wake()
{
    if (m_state != State::Running)
        return;
    m_drained = false;
    m_holder.renewIfRunningOut();
    if (m_claimPending) {
        m_wakeAgain = true;
        return;
    }
    pump();
}

// Sends what is claimed while slots are free, then claims ahead: up to a full cap on the
// wire plus a full cap waiting. The claim's commit (~2-10 ms of fsync) then overlaps the
// HTTP exchanges instead of adding to each message's cycle; without it 64 in flight
// against a 50 ms gateway give 64 / (50 + commit) ms, short of 90 % of 64 / 50 ms.
void Dispatcher::pump()
{
    if (m_state != State::Running)
        return;
    sendReady();
    if (m_claimPending)
        return; // its answer pumps again
    if (m_drained)
        return; // the last claim found nothing more: wake(), the timer or a commit resumes
    const int cap = m_settings.inFlightCap;
    const int want = 2 * cap - m_inFlight - int(m_ready.size());
    // A transaction for a handful is not worth it while plenty is on the wire.
    if (want <= 0 || (want < cap / 4 && m_inFlight + int(m_ready.size()) > cap / 2))
        return; // the next reply pumps
    const int capacity = m_roster.table().capacityNow() - int(m_ready.size());
    m_status.update();
    if (capacity <= 0) {
        if (m_ready.empty())
            scheduleNextWake();
        return;
    }
    claim(std::min(want, capacity));
}

void Dispatcher::claim(int limit)
{
    m_claimPending = true;
    m_wakeAgain = false;
    m_store.claimDue(m_settings.owner, limit, leaseMs()).then(this, [this, limit](const Result<QList<Message>> &claimed) {
        m_claimPending = false;
        if (!claimed) {
            qCWarning(lcDispatch) << "claim failed:" << claimed.errorString();
            armTimer(kStoreTroubleRetryMs);
            finishStopIfDone();
            return;
        }
        onClaimed(claimed.value(), limit);
    });
}

void Dispatcher::onClaimed(const QList<Message> &messages, int limit)
{
    for (const Message &message : messages)
        m_ready.push_back(message);
    if (m_state != State::Running) {
        releaseReady(QStringLiteral("dispatcher stopping"));
        finishStopIfDone();
        return;
    }
    const bool drained = messages.size() < limit && !m_wakeAgain;
    m_drained = drained;
    pump();
    if (drained) {
        m_status.drained();
        scheduleNextWake();
    }
}

void Dispatcher::sendReady()
{
    while (m_inFlight < m_settings.inFlightCap && !m_ready.empty()) {
        Message message = std::move(m_ready.front());
        m_ready.pop_front();
        dispatchMessage(std::move(message));
    }
}

void Dispatcher::releaseReady(const QString &reason)
{
    while (!m_ready.empty()) {
        m_judge.release(m_ready.front(), 0, reason);
        m_ready.pop_front();
    }
}

void Dispatcher::armTimer(qint64 delayMs)
{
    if (m_state != State::Running)
        return;
    delayMs = std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000);
    const qint64 now = m_clock.nowMs();
    const qint64 at = now + delayMs;
    if (m_timer.isActive() && m_timerAtMs > now && m_timerAtMs <= at)
        return; // an earlier wake-up is already armed (an overdue one is re-armed)
    m_timerAtMs = at;
    m_timer.start(int(delayMs));
}

// Arms the single timer at the earliest of: the next due message (when a phone can take
// it), the next budget refill or breaker probe, the next lease expiry.
void Dispatcher::scheduleNextWake()
{
    if (m_state != State::Running)
        return;
    const qint64 now = m_clock.nowMs();
    checkLeases();
    const Result<qint64> dueAt = m_reader.nextDueAtMs();
    if (!dueAt) {
        armTimer(kStoreTroubleRetryMs);
        return;
    }
    if (dueAt.value() <= 0)
        return; // nothing queued: enqueue wakes us
    const DeviceTable &devices = m_roster.table();
    const bool slotsFree = m_inFlight < m_settings.inFlightCap;
    if (devices.capacityNow() > 0) {
        if (dueAt.value() > now)
            armTimer(dueAt.value() - now);
        else if (slotsFree)
            armTimer(kRaceRetryMs);
        return;
    }
    const qint64 capacityIn = devices.msUntilCapacity();
    if (capacityIn >= 0)
        armTimer(std::max(capacityIn, dueAt.value() - now));
    // else: every phone is paused or probing; a device change or a probe's answer wakes us.
}

// A lease of a crashed dispatcher (or one of ours that outlived its request, which the
// timeout rules out) returns its message to the queue once it expires.
void Dispatcher::checkLeases()
{
    const Result<qint64> leaseAt = m_reader.nextLeaseExpiryMs();
    if (!leaseAt || leaseAt.value() <= 0)
        return;
    const qint64 now = m_clock.nowMs();
    if (leaseAt.value() < now)
        recoverLeases();
    else
        armTimer(leaseAt.value() - now + 1);
}

void Dispatcher::recoverLeases()
{
    m_store.recoverExpiredLeases().then(this, [this](const Result<int> &recovered) {
        if (!recovered)
            qCWarning(lcDispatch) << "lease recovery failed:" << recovered.errorString();
        else if (recovered.value() > 0)
            qCInfo(lcDispatch) << "recovered" << recovered.value() << "messages with expired leases";
        wake();
    });
}

// A live dispatcher renews the leases of everything it holds (claimed and waiting, on the
// wire, or between the pages of a history lookup), so only a dead or paused one's leases
// expire. Renewed are only the messages the store says are still ours: one recovered
// while we were paused is not renewed in memory either, and leaseCoversARequest then
// keeps us from sending it.
void Dispatcher::renewHeldLeases()
{
    if (m_renewPending || m_state == State::Stopped)
        return;
    QList<qint64> leaseIds;
    const auto note = [&leaseIds](const Message &m) {
        if (m.leaseId != 0 && !leaseIds.contains(m.leaseId))
            leaseIds.append(m.leaseId); // a handful: one per claim held
    };
    for (const Message &m : m_ready)
        note(m);
    for (const InFlightSend &send : m_slots) {
        if (send.inUse)
            note(send.message);
    }
    if (leaseIds.isEmpty())
        return;
    m_renewPending = true;
    m_store.renewLeases(m_settings.owner, leaseIds, leaseMs()).then(this, [this](const Result<LeaseRenewal> &r) {
        m_renewPending = false;
        if (!r) {
            qCWarning(lcDispatch) << "lease renewal failed:" << r.errorString();
            return; // the next tick tries again; what runs short is released, not sent
        }
        onLeasesRenewed(r.value());
    });
}

void Dispatcher::onLeasesRenewed(const LeaseRenewal &renewal)
{
    if (renewal.seqs.isEmpty())
        return;
    const QSet<qint64> renewed(renewal.seqs.cbegin(), renewal.seqs.cend());
    const auto update = [&](Message &m) {
        if (renewed.contains(m.seq))
            m.leaseExpiresAtMs = std::max(m.leaseExpiresAtMs, renewal.expiresAtMs);
    };
    for (Message &m : m_ready)
        update(m);
    for (InFlightSend &send : m_slots) {
        if (send.inUse)
            update(send.message);
    }
}

// A request goes out only while the message's lease outlives it and the record of its
// outcome. A message held too long (waiting for a slot, or behind a history lookup) goes
// back to the queue instead: were its lease to expire with the request on the wire, the
// message would be recovered and sent a second time while the first was still going out.
bool Dispatcher::leaseCoversARequest(const Message &message) const
{
    return message.leaseExpiresAtMs - m_clock.nowMs() >= m_settings.httpTimeoutMs + kOutcomeMarginMs;
}

void Dispatcher::dispatchMessage(Message &&message)
{
    if (m_state != State::Running) {
        m_judge.release(message, 0, QStringLiteral("dispatcher stopping"));
        return;
    }
    if (!leaseCoversARequest(message)) {
        m_judge.release(message, 0, QStringLiteral("held too long to send within its lease"));
        return;
    }
    if (m_quiet.active() && !message.urgent && heldForQuietHours(message))
        return; // one flag test per message while quiet hours are off
    DeviceTable &devices = m_roster.table();
    RouteRequest request;
    request.explicitDeviceId = message.deviceId;
    if (message.deviceId == 0)
        request.stickyDeviceId = m_memory.stickyDevice(message.to);
    request.exclude = m_memory.failedDevices(message.id);
    const QList<DeviceCandidate> candidates = devices.candidates(message.segments);
    RouteDecision decision = DeviceRouter::route(request, candidates);
    if (decision.outcome == RouteDecision::Outcome::Wait && decision.retryInMs < 0 && !request.exclude.isEmpty()) {
        // No other phone to fail over to: the one that failed beats waiting for nobody.
        request.exclude.clear();
        decision = DeviceRouter::route(request, candidates);
    }
    switch (decision.outcome) {
    case RouteDecision::Outcome::Routed:
        if (DeviceRuntime *device = devices.find(decision.deviceId); device && sendTo(*device, message))
            return;
        m_judge.release(message, 0, QStringLiteral("device %1 could not take it after all").arg(decision.deviceId));
        return;
    case RouteDecision::Outcome::Wait:
        m_judge.release(message, decision.retryInMs >= 0 ? decision.retryInMs : kUnknownWaitMs, decision.reason);
        return;
    case RouteDecision::Outcome::Blocked:
        m_judge.release(message, kBlockedWaitMs, decision.reason);
        return;
    case RouteDecision::Outcome::UnknownDevice:
        if (message.createdAtMs >= m_roster.loadedAtMs()) {
            // Enqueued after we last read the phones: it may name one just added.
            QMetaObject::invokeMethod(&m_roster, &DeviceRoster::reload, Qt::QueuedConnection);
            m_judge.release(message, 1'000, decision.reason);
            return;
        }
        m_judge.dead(message, decision.reason);
        return;
    }
}

// Inside the recipient's quiet hours: back to the queue until the window opens, not an
// attempt. Its next_attempt_at keeps it from the claims and sets the next-due timer, so
// nothing looks at it again until then. The reply exemption reads the inbound index only
// for a message that would be held.
bool Dispatcher::heldForQuietHours(const Message &message)
{
    const QuietDecision d = m_quiet.decide(message.to, m_clock.nowMs(), message.createdAtMs, [&](qint64 before) {
        const Result<qint64> wrote = m_reader.customerWroteAtMs(message.to, before);
        return wrote ? wrote.value() : 0; // not knowing: no exemption, the message waits
    });
    if (!d.hold)
        return false;
    m_judge.holdForQuietHours(message, d.untilMs, QString::fromLatin1(d.zone), int(d.basis),
                              QuietDecision::reason(d.basis, d.zone));
    return true;
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
    // ask its sent history first (onLookup sends it only if it is not there).
    std::optional<GatewayRequest> lookup;
    if (message.inDoubt && !device.adapter->refusesKnownIds())
        lookup = device.adapter->sentLookupRequest(device.device, device.credentials, 0);
    const GatewayRequest request
        = lookup ? *lookup : device.adapter->sendRequest(message, device.device, device.credentials);
    InFlightSend send;
    send.deviceId = device.device.id;
    send.adapter = device.adapter;
    send.message = std::move(message);
    send.lookup = lookup.has_value();
    putOnWire(takeSlot(), std::move(send), request);
    m_metrics.setGauge("smsdesk_device_budget_left", device.metricLabels, device.budget.availableNow());
    return true;
}

void Dispatcher::putOnWire(quint64 tag, InFlightSend &&send, const GatewayRequest &request)
{
    send.inUse = true;
    m_slots[tag] = std::move(send);
    ++m_inFlight;
    m_pool.send(tag, request);
    m_metrics.setGauge("smsdesk_dispatch_in_flight", {}, m_inFlight);
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

void Dispatcher::onReply(quint64 tag, GatewayReply &&reply)
{
    if (m_state == State::Stopped || tag >= m_slots.size() || !m_slots[tag].inUse)
        return; // being destroyed: the lease expires and the message is recovered
    InFlightSend send = std::move(m_slots[tag]);
    m_slots[tag] = InFlightSend {};
    m_freeSlots.push_back(tag);
    --m_inFlight;
    DeviceRuntime *device = m_roster.table().find(send.deviceId);
    const bool abortedByStop = m_state == State::Stopping && !reply.timedOut
        && reply.networkError == QNetworkReply::OperationCanceledError;
    if (abortedByStop) {
        if (device)
            device->breaker.releaseProbe();
        // The gateway may have taken it: the resend carries the same client id, and a
        // gateway that does not refuse a known id is asked first.
        send.message.inDoubt = send.message.inDoubt || !send.lookup;
        m_judge.release(send.message, 0, QStringLiteral("dispatcher stopped before the gateway answered"));
    } else if (send.lookup) {
        onLookup(tag, std::move(send), device, reply);
    } else {
        reply.receivedAtMs = m_clock.nowMs(); // a Retry-After date counts from our clock
        m_judge.judge(send.message, send.deviceId, device, send.adapter->classifySend(reply), reply);
    }
    m_metrics.setGauge("smsdesk_dispatch_in_flight", {}, m_inFlight);
    pump();
    finishStopIfDone();
}

void Dispatcher::onLookup(quint64 tag, InFlightSend &&send, DeviceRuntime *device, const GatewayReply &reply)
{
    const Result<GatewayAdapter::SentLookup> candidates = send.adapter->sentCandidates(send.message, reply);
    if (!candidates) {
        // Not knowing is no licence to send twice: ask again later, the doubt kept.
        if (device) {
            device->breaker.releaseProbe();
            device->budget.giveBack(send.message.segments);
        }
        m_judge.release(send.message, kLookupRetryMs,
                        QStringLiteral("cannot check the gateway's sent history: %1").arg(candidates.errorString()));
        return;
    }
    // The first candidate that is not already another message's.
    for (const QString &id : candidates->candidates) {
        const Result<bool> taken = m_reader.gatewayIdTaken(id, send.message.id);
        if (taken && !taken.value()) {
            if (device)
                device->budget.giveBack(send.message.segments); // nothing went out now
            m_judge.accepted(send.message, send.deviceId, device, reply.httpStatus, id);
            return;
        }
    }
    if (!device || !device->adapter) {
        m_judge.release(send.message, 0, QStringLiteral("the phone went away during the history check"));
        return;
    }
    if (!leaseCoversARequest(send.message)) {
        // Not found yet, but no time left to ask further or to send: the doubt stays, and
        // the next claim asks again.
        device->breaker.releaseProbe();
        device->budget.giveBack(send.message.segments);
        m_judge.release(send.message, 0, QStringLiteral("the history check took the lease's time"));
        return;
    }
    std::optional<GatewayRequest> request;
    if (candidates->searchOlder && send.lookupPage + 1 < kMaxLookupPages) {
        // Newer sends pushed it down the history: look one page further.
        request = device->adapter->sentLookupRequest(device->device, device->credentials, ++send.lookupPage);
    }
    if (!request) {
        // Not in the history: the earlier attempt never reached the gateway. Send it now,
        // with the budget and breaker slot taken for it.
        send.message.inDoubt = false;
        send.lookup = false;
        request = device->adapter->sendRequest(send.message, device->device, device->credentials);
    }
    // The same slot, still this message's.
    if (!m_freeSlots.empty() && m_freeSlots.back() == tag)
        m_freeSlots.pop_back();
    else
        m_freeSlots.erase(std::remove(m_freeSlots.begin(), m_freeSlots.end(), tag), m_freeSlots.end());
    putOnWire(tag, std::move(send), *request);
}

void Dispatcher::stop(qint64 graceMs)
{
    if (m_state != State::Running) {
        if (m_state == State::Idle) {
            m_state = State::Stopped;
            Q_EMIT stopped();
        }
        return;
    }
    m_state = State::Stopping;
    m_timer.stop();
    m_status.pause();
    m_recorder.stop();
    releaseReady(QStringLiteral("dispatcher stopping"));
    if (m_inFlight > 0)
        m_graceTimer.start(int(std::clamp<qint64>(graceMs, 0, 3600'000)));
    finishStopIfDone();
}

void Dispatcher::finishStopIfDone()
{
    if (m_state != State::Stopping || m_inFlight > 0 || m_claimPending || !m_recorder.isIdle())
        return;
    m_graceTimer.stop();
    m_renewTimer.stop();
    m_holder.stop();
    m_state = State::Stopped;
    m_status.stop();
    Q_EMIT stopped();
}

bool Dispatcher::waitForStopped(int timeoutMs)
{
    if (m_state == State::Stopped || m_state == State::Idle)
        return true;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &Dispatcher::stopped, &loop, &QEventLoop::quit);
    limit.start(timeoutMs);
    loop.exec();
    return m_state == State::Stopped;
}

} // namespace smsdesk
