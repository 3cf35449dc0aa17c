// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "healthpoller.h"
#include "inboxpoller.h"
#include "metrics.h"
#include "senderpool.h"
#include "storereader.h"
#include "webhookregistrar.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDispatch, "smsdesk.dispatch")

namespace smsdesk {

namespace {

constexpr int kConnectionsPerManager = 6; // Qt 6.4's fixed HTTP/1.1 limit per host
constexpr qint64 kDefaultLeaseMarginMs = 15'000;
// A due message that a claim did not return is a race with a concurrent writer; look
// again soon, but never spin.
constexpr qint64 kRaceRetryMs = 100;
// A wait for budget of at most this long is a per-minute refill: the phones send at their
// pace (Throttled). A longer one is a daily limit: nothing goes until midnight (paused).
constexpr qint64 kPerMinuteMs = 60'000;
// How long Throttled holds after the phones were last all at their limit. A phone allowed
// one message a minute gets its next token a minute after it was used up, and the refill
// timer may fire a moment late: a hold of exactly a minute would flip to Sending each time.
constexpr qint64 kThrottleHoldMs = kPerMinuteMs + 5'000;

void describeMetrics(Metrics &m)
{
    m.describe("smsdesk_dispatch_in_flight", "gauge", "Send requests on the wire");
    m.describe("smsdesk_messages_sent_total", "counter", "Messages accepted by a gateway");
    m.describe("smsdesk_messages_failed_total", "counter", "Send attempts that failed (retried or dead)");
    m.describe("smsdesk_messages_dead_total", "counter", "Messages moved to the dead letters");
    m.describe("smsdesk_device_sent_total", "counter", "Messages accepted per phone");
    m.describe("smsdesk_device_budget_left", "gauge", "SMS segments a phone may still send now");
    m.describe("smsdesk_device_budget_left_today", "gauge", "SMS segments a phone may still send today");
    m.defineHistogram("smsdesk_enqueue_to_sent_seconds",
                      { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300 },
                      "Time from enqueue to the gateway accepting the message");
}

} // namespace

Dispatcher::Dispatcher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : SystemClock::instance())
    , m_devices(m_clock, m_options.breaker)
    , m_throttleHold(new QTimer(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // budget refills are due to the millisecond
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerAtMs = 0;
        checkLeases();
        m_drained = false;
        pump();
    });
    m_recordAgainTimer.setSingleShot(true);
    connect(&m_recordAgainTimer, &QTimer::timeout, this, &Dispatcher::flushOutcomes);
    m_throttleHold->setObjectName(QStringLiteral("throttleHold"));
    m_throttleHold->setSingleShot(true);
    connect(m_throttleHold, &QTimer::timeout, this, &Dispatcher::updateDispatchState);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_pool)
            m_pool->abortAll(); // their handlers release the messages
    });
    if (m_options.metrics)
        describeMetrics(*m_options.metrics);
}

Dispatcher::~Dispatcher()
{
    // Replies aborted now must not reach a half-destroyed dispatcher; their leases expire
    // and the messages are recovered by the next start.
    m_state = State::Stopped;
    m_webhooks.reset();
    m_inbox.reset();
    m_health.reset();
    m_pool.reset();
}

qint64 Dispatcher::leaseMs() const
{
    return m_options.leaseMs > 0 ? m_options.leaseMs : m_options.httpTimeoutMs + kDefaultLeaseMarginMs;
}

Status Dispatcher::start()
{
    if (m_state == State::Running)
        return {};
    if (!m_options.store || m_options.owner.isEmpty() || m_options.inFlightCap < 1)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("dispatcher needs a store, an owner and a cap"));
    if (leaseMs() <= m_options.httpTimeoutMs)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("the lease (%1 ms) must outlive the HTTP timeout (%2 ms)")
                                   .arg(leaseMs())
                                   .arg(m_options.httpTimeoutMs));
    m_reader = std::make_unique<StoreReader>(m_options.storeConfig);
    if (Status s = m_reader->open(); !s)
        return s;
    const int managers = m_options.managers > 0
        ? m_options.managers
        : (m_options.inFlightCap + kConnectionsPerManager - 1) / kConnectionsPerManager;
    m_pool = std::make_unique<SenderPool>(
        managers, m_options.httpTimeoutMs,
        [this](quint64 tag, GatewayReply &&reply) { onReply(tag, std::move(reply)); });
    m_health = std::make_unique<HealthPoller>(
        HealthPoller::Options { m_options.store, &m_clock, m_options.healthIntervalMs,
                                m_options.statusPollIntervalMs, m_options.httpTimeoutMs },
        m_devices);
    connect(m_health.get(), &HealthPoller::deviceAlert, this, &Dispatcher::deviceAlert);
    connect(m_health.get(), &HealthPoller::healthChanged, this, &Dispatcher::wake);
    InboxPoller::Options inbox;
    inbox.store = m_options.store;
    inbox.clock = &m_clock;
    inbox.intervalMs = m_options.inboxPollIntervalMs;
    inbox.timeoutMs = m_options.httpTimeoutMs;
    inbox.normalize = m_options.normalizeNumber;
    m_inbox = std::make_unique<InboxPoller>(inbox, m_devices, *m_reader);
    connect(m_health.get(), &HealthPoller::statusProblemChanged, this, [this](qint64 deviceId, const QString &text) {
        if (DeviceRuntime *device = m_devices.find(deviceId)) {
            device->statusProblem = text;
            updateReportsVia(deviceId);
        }
    });
    connect(m_inbox.get(), &InboxPoller::reportsViaChanged, this, [this](qint64 deviceId, const QString &text) {
        if (DeviceRuntime *device = m_devices.find(deviceId)) {
            device->inboxVia = text;
            updateReportsVia(deviceId);
        }
    });
    WebhookRegistrar::Options webhooks;
    webhooks.clock = &m_clock;
    webhooks.gatewayUrl = m_options.gatewayUrl;
    webhooks.smsGateSecret = m_options.smsGateWebhookSecret;
    webhooks.timeoutMs = m_options.httpTimeoutMs;
    m_webhooks = std::make_unique<WebhookRegistrar>(webhooks, m_devices);
    connect(m_webhooks.get(), &WebhookRegistrar::stateChanged, this, [this](qint64 deviceId, const QString &text) {
        if (DeviceRuntime *device = m_devices.find(deviceId)) {
            device->webhooksVia = text;
            updateReportsVia(deviceId);
        }
    });
    connect(m_options.store, &QueueStore::devicesChanged, this, &Dispatcher::reloadDevices);
    connect(m_options.store, &QueueStore::messagesRequeued, this, &Dispatcher::wake);
    if (Metrics *metrics = m_options.metrics) // the store decides and announces dead letters
        connect(m_options.store, &QueueStore::messageDied, this,
                [metrics] { metrics->increment("smsdesk_messages_dead_total"); });
    m_state = State::Running;
    reloadDevices();
    m_health->start();
    m_inbox->start();
    QTimer::singleShot(0, this, [this] { resumeStatusPolling(); });
    recoverLeases();
    return {};
}

void Dispatcher::reloadDevices()
{
    if (!m_reader)
        return;
    Result<QList<Device>> devices = m_reader->devices();
    if (!devices) {
        qCWarning(lcDispatch) << "cannot read the phones:" << devices.errorString();
        armTimer(kStoreTroubleRetryMs);
        return;
    }
    // A phone at a new address is probed at once (new phones are probed once their
    // credentials are read), so its state shows now, not at the next health round.
    bool addressesChanged = false;
    QList<qint64> resettled; // settings the gateway refused were changed: try them
    for (const Device &device : devices.value()) {
        const DeviceRuntime *known = m_devices.find(device.id);
        addressesChanged = addressesChanged || (known && known->device.baseUrl != device.baseUrl);
        if (known
            && (known->device.baseUrl != device.baseUrl || known->device.remoteId != device.remoteId
                || known->device.adapter != device.adapter)
            && device.health.pausedReason.startsWith(kGatewayRefused))
            resettled.append(device.id);
    }
    const QList<qint64> reread = m_devices.apply(devices.value(), *m_reader);
    for (qint64 id : std::as_const(resettled)) {
        if (DeviceRuntime *device = m_devices.find(id))
            setPaused(*device, {});
    }
    m_devicesLoadedAtMs = m_clock.nowMs();
    for (qint64 id : reread)
        loadCredentials(id);
    if (addressesChanged && m_health)
        QTimer::singleShot(0, m_health.get(), &HealthPoller::pollHealthNow);
    if (m_webhooks)
        m_webhooks->refresh();
    wake();
}

void Dispatcher::setWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    if (adapter != QLatin1String("smsgate"))
        return;
    m_options.smsGateWebhookSecret = secret;
    if (m_webhooks)
        m_webhooks->setSmsGateSecret(secret);
}

void Dispatcher::updateReportsVia(qint64 deviceId)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device)
        return;
    const QString text = device->reportsVia();
    if (device->device.health.reportsVia == text)
        return;
    device->device.health.reportsVia = text;
    m_options.store->updateDeviceHealth(deviceId, device->device.health);
}

// Messages sent before a restart through a phone that reports by polling only would
// otherwise stay `sent` for ever: poll them again (newest first, a bounded number).
void Dispatcher::resumeStatusPolling(qint64 afterSeq, int pagesLeft)
{
    if (m_options.statusPollIntervalMs <= 0 || m_state != State::Running || pagesLeft <= 0)
        return;
    MessageFilter filter;
    filter.status = MessageStatus::Sent;
    filter.limit = 500;
    filter.afterSeq = afterSeq;
    const Result<MessagePage> sent = m_reader->messages(filter);
    if (!sent)
        return;
    for (const Message &message : sent->messages) {
        if (const DeviceRuntime *device = m_devices.find(message.sentDeviceId))
            m_health->trackSent(message, *device);
    }
    if (const qint64 next = sent->nextCursor; next != 0)
        QTimer::singleShot(0, this, [this, next, pagesLeft] { resumeStatusPolling(next, pagesLeft - 1); });
}

void Dispatcher::wake()
{
    if (m_state != State::Running)
        return;
    m_drained = false;
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
    const int cap = m_options.inFlightCap;
    const int want = 2 * cap - m_inFlight - int(m_ready.size());
    // A transaction for a handful is not worth it while plenty is on the wire.
    if (want <= 0 || (want < cap / 4 && m_inFlight + int(m_ready.size()) > cap / 2))
        return; // the next reply pumps
    const int capacity = m_devices.capacityNow() - int(m_ready.size());
    updateDispatchState();
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
    m_options.store->claimDue(m_options.owner, limit, leaseMs())
        .then(this, [this, limit](const Result<QList<Message>> &claimed) {
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
        // Nothing more is due: the phones' pace holds nothing back any more.
        m_limitedAtMs = 0;
        updateDispatchState();
        scheduleNextWake();
    }
}

void Dispatcher::sendReady()
{
    while (m_inFlight < m_options.inFlightCap && !m_ready.empty()) {
        Message message = std::move(m_ready.front());
        m_ready.pop_front();
        dispatchMessage(std::move(message));
    }
}

void Dispatcher::releaseReady(const QString &reason)
{
    while (!m_ready.empty()) {
        release(m_ready.front(), 0, reason);
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
    if (m_state != State::Running || !m_reader)
        return;
    const qint64 now = m_clock.nowMs();
    checkLeases();
    const Result<qint64> dueAt = m_reader->nextDueAtMs();
    if (!dueAt) {
        armTimer(kStoreTroubleRetryMs);
        return;
    }
    if (dueAt.value() <= 0)
        return; // nothing queued: enqueue wakes us
    const bool slotsFree = m_inFlight < m_options.inFlightCap;
    if (m_devices.capacityNow() > 0) {
        if (dueAt.value() > now)
            armTimer(dueAt.value() - now);
        else if (slotsFree)
            armTimer(kRaceRetryMs);
        return;
    }
    const qint64 capacityIn = m_devices.msUntilCapacity();
    if (capacityIn >= 0)
        armTimer(std::max(capacityIn, dueAt.value() - now));
    // else: every phone is paused or probing; a device change or a probe's answer wakes us.
}

// A lease of a crashed dispatcher (or one of ours that outlived its request, which the
// timeout rules out) returns its message to the queue once it expires.
void Dispatcher::checkLeases()
{
    const Result<qint64> leaseAt = m_reader->nextLeaseExpiryMs();
    if (!leaseAt || leaseAt.value() <= 0)
        return;
    const qint64 now = m_clock.nowMs();
    if (leaseAt.value() < now)
        recoverLeases();
    else
        armTimer(leaseAt.value() - now + 1);
}

void Dispatcher::updateDispatchState()
{
    if (m_state != State::Running)
        return;
    const qint64 now = m_clock.nowMs();
    DispatchStatus status;
    if (m_devices.capacityNow() > 0) {
        // A token that refilled a moment ago is the phones' pace, not the end of the limit.
        const bool held = m_limitedAtMs > 0 && now - m_limitedAtMs < kThrottleHoldMs;
        status.kind = held ? DispatchStatus::Kind::Throttled : DispatchStatus::Kind::Sending;
        status.phones = int(m_devices.all().size());
    } else {
        status = m_devices.idleStatus();
        if (status.kind == DispatchStatus::Kind::AllAtLimit && status.resumeAtMs > 0
            && status.resumeAtMs - now <= kPerMinuteMs) {
            status.kind = DispatchStatus::Kind::Throttled;
            status.resumeAtMs = 0; // each refill moves it: not news
            m_limitedAtMs = now;
        }
    }
    if (status.kind == DispatchStatus::Kind::Throttled)
        m_throttleHold->start(
            int(std::clamp<qint64>(m_limitedAtMs + kThrottleHoldMs - now, 0, kThrottleHoldMs)));
    else
        m_throttleHold->stop();
    // A resume time that only moved by under a second is the same news.
    const bool sameNews = status.kind == m_status.kind && status.phones == m_status.phones
        && std::abs(status.resumeAtMs - m_status.resumeAtMs) < 1000;
    if (m_statusSent && sameNews)
        return;
    m_status = status;
    m_statusSent = true;
    Q_EMIT dispatchStatusChanged(m_status);
}

void Dispatcher::recoverLeases()
{
    m_options.store->recoverExpiredLeases().then(this, [this](const Result<int> &recovered) {
        if (!recovered)
            qCWarning(lcDispatch) << "lease recovery failed:" << recovered.errorString();
        else if (recovered.value() > 0)
            qCInfo(lcDispatch) << "recovered" << recovered.value() << "messages with expired leases";
        wake();
    });
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
    m_throttleHold->stop();
    if (m_recordAgainTimer.isActive()) {
        m_recordAgainTimer.stop();
        flushOutcomes(); // one last try; what the store still refuses is left to the leases
    }
    releaseReady(QStringLiteral("dispatcher stopping"));
    if (m_health)
        m_health->stop();
    if (m_inbox)
        m_inbox->stop();
    if (m_webhooks)
        m_webhooks->stop();
    if (m_inFlight > 0)
        m_graceTimer.start(int(std::clamp<qint64>(graceMs, 0, 3600'000)));
    finishStopIfDone();
}

void Dispatcher::finishStopIfDone()
{
    if (m_state != State::Stopping || m_inFlight > 0 || m_claimPending || !m_outcomes.isEmpty()
        || m_completesPending > 0)
        return;
    m_graceTimer.stop();
    m_state = State::Stopped;
    m_status = DispatchStatus {};
    m_status.kind = DispatchStatus::Kind::Stopped;
    Q_EMIT dispatchStatusChanged(m_status);
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
