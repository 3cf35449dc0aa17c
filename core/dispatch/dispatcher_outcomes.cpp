// SPDX-License-Identifier: GPL-3.0-or-later
// What a gateway's answer means for the message and the phone, and making it durable.
#include "dispatcher.h"
#include "healthpoller.h"
#include "metrics.h"
#include "senderpool.h"
#include "storereader.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace smsdesk {

void Dispatcher::onReply(quint64 tag, GatewayReply &&reply)
{
    if (m_state == State::Stopped || tag >= m_slots.size() || !m_slots[tag].inUse)
        return; // being destroyed: the lease expires and the message is recovered
    InFlightSend send = std::move(m_slots[tag]);
    m_slots[tag] = InFlightSend {};
    m_freeSlots.push_back(tag);
    --m_inFlight;
    DeviceRuntime *device = m_devices.find(send.deviceId);
    const bool abortedByStop = m_state == State::Stopping && !reply.timedOut
        && reply.networkError == QNetworkReply::OperationCanceledError;
    if (abortedByStop) {
        if (device)
            device->breaker.releaseProbe();
        // The gateway may have taken it: the resend carries the same client id, and a
        // gateway that does not refuse a known id is asked first.
        send.message.inDoubt = send.message.inDoubt || !send.lookup;
        release(send.message, 0, QStringLiteral("dispatcher stopped before the gateway answered"));
    } else if (send.lookup) {
        handleLookup(tag, std::move(send), device, reply);
    } else {
        reply.receivedAtMs = m_clock.nowMs(); // a Retry-After date counts from our clock
        handleResult(send, device, send.adapter->classifySend(reply), reply);
    }
    if (m_options.metrics)
        m_options.metrics->setGauge("smsdesk_dispatch_in_flight", {}, m_inFlight);
    pump();
    finishStopIfDone();
}

void Dispatcher::handleResult(InFlightSend &send, DeviceRuntime *device, const SendResult &result,
                              const GatewayReply &reply)
{
    switch (result.kind) {
    case SendResult::Kind::Accepted:
        handleAccepted(send, device, result);
        return;
    case SendResult::Kind::Transient:
        handleTransient(send, device, result, reply);
        return;
    case SendResult::Kind::AuthFailed:
        handleAuthFailed(send, device, result);
        return;
    case SendResult::Kind::DevicePaused:
        handleDevicePaused(send, device, result);
        return;
    case SendResult::Kind::Permanent: {
        if (device)
            device->breaker.recordSuccess(); // the phone answered; the message is what is wrong
        m_failover.remove(send.message.id);
        SendOutcome dead;
        dead.kind = SendOutcome::Kind::Dead;
        dead.id = send.message.id;
        dead.leaseId = send.message.leaseId;
        dead.deviceId = send.deviceId;
        dead.httpStatus = result.httpStatus;
        dead.error = result.error;
        if (m_options.metrics)
            m_options.metrics->increment("smsdesk_messages_failed_total");
        addOutcome(std::move(dead), send.message);
        return;
    }
    }
}

void Dispatcher::handleAccepted(InFlightSend &send, DeviceRuntime *device, const SendResult &result)
{
    send.message.gatewayMessageId = result.gatewayMessageId; // MySMSGate status is found by it
    const Message &message = send.message;
    if (device) {
        device->breaker.recordSuccess();
        device->offlineAlerted = false;
        if (m_health)
            m_health->trackSent(message, *device);
    }
    if (m_sticky.size() < 50'000)
        m_sticky.insert(message.to, send.deviceId);
    if (!m_failover.isEmpty())
        m_failover.remove(message.id);
    if (Metrics *metrics = m_options.metrics) {
        metrics->increment("smsdesk_messages_sent_total");
        metrics->observe("smsdesk_enqueue_to_sent_seconds",
                         double(m_clock.nowMs() - message.createdAtMs) / 1000.0);
        if (device) {
            metrics->increment("smsdesk_device_sent_total", device->metricLabels);
            metrics->setGauge("smsdesk_device_budget_left_today", device->metricLabels,
                              device->budget.leftToday());
        }
    }
    SendOutcome sent;
    sent.kind = SendOutcome::Kind::Sent;
    sent.id = message.id;
    sent.leaseId = message.leaseId;
    sent.deviceId = send.deviceId;
    sent.httpStatus = result.httpStatus;
    sent.gatewayMessageId = result.gatewayMessageId;
    addOutcome(std::move(sent), message);
}

// Retry later, possibly elsewhere. The store turns the retry into a dead letter when this
// was the last attempt (the claim counted it), keeping the reason.
void Dispatcher::handleTransient(InFlightSend &send, DeviceRuntime *device, const SendResult &result,
                                 const GatewayReply &reply)
{
    const Message &message = send.message;
    const qint64 now = m_clock.nowMs();
    if (device && result.deviceLevel) {
        noteBreakerFailure(*device, result.error);
        if (result.retryAfterMs > 0) // the gateway said when: nothing goes there before
            device->holdUntilMs = std::max(device->holdUntilMs, now + result.retryAfterMs);
        if (reply.networkError == QNetworkReply::ConnectionRefusedError)
            device->budget.giveBack(message.segments); // nothing reached the phone
        rememberFailover(message.id, send.deviceId);
    } else if (device) {
        device->breaker.recordSuccess(); // it answered: the phone is alive
    }
    const bool exhausted = message.attempts >= message.maxAttempts;
    if (exhausted)
        m_failover.remove(message.id);
    SendOutcome retry;
    retry.kind = SendOutcome::Kind::Retry;
    retry.id = message.id;
    retry.leaseId = message.leaseId;
    retry.deviceId = send.deviceId;
    retry.httpStatus = result.httpStatus;
    retry.error = result.error;
    retry.retryAtMs = now + m_options.retryPolicy.delayMs(std::max(1, message.attempts), result.retryAfterMs);
    retry.inDoubt = result.inDoubt;
    if (m_options.metrics)
        m_options.metrics->increment("smsdesk_messages_failed_total");
    addOutcome(std::move(retry), message); // the store turns it into a dead letter when it was the last
}

// Bad credentials concern every message of the phone: pause it and tell the user, and give
// the message back to the queue (another phone may take it) instead of burning it.
void Dispatcher::handleAuthFailed(InFlightSend &send, DeviceRuntime *device, const SendResult &result)
{
    if (device) {
        device->breaker.releaseProbe();
        device->budget.giveBack(send.message.segments);
        if (!device->paused()) {
            setPaused(*device, QString(kCredentialsRejected) + QStringLiteral(": ") + result.error);
            Q_EMIT deviceAlert(device->device.id,
                               QStringLiteral("%1 refused our credentials (HTTP %2). It is paused until "
                                              "you enter new ones; its messages stay queued.")
                                   .arg(device->device.name)
                                   .arg(result.httpStatus));
        }
    }
    release(send.message, 0, QStringLiteral("device %1: %2").arg(send.deviceId).arg(result.error));
}

// The gateway will not send for this phone or account until something changes (balance
// used up, phone removed from the cloud account): pause it with the gateway's reason, keep
// its messages queued (another phone may take them) and tell the user once.
void Dispatcher::handleDevicePaused(InFlightSend &send, DeviceRuntime *device, const SendResult &result)
{
    if (device) {
        device->breaker.releaseProbe();
        device->budget.giveBack(send.message.segments);
        if (!device->paused()) {
            const QString reason = QString(kGatewayRefused) + QStringLiteral(": ") + result.error;
            setPaused(*device, reason);
            QString text = QStringLiteral("%1 is paused: %2. Its messages stay queued.")
                               .arg(device->device.name, result.error);
            if (result.pauseForMs > 0) {
                // Nobody announces a topped-up balance: try again after a while.
                const qint64 deviceId = device->device.id;
                QTimer::singleShot(std::chrono::milliseconds(result.pauseForMs), this, [this, deviceId, reason] {
                    DeviceRuntime *d = m_devices.find(deviceId);
                    if (d && d->device.health.pausedReason == reason)
                        setPaused(*d, {});
                });
                text += QStringLiteral(" Smsdesk tries again in %1.").arg(DeviceRouter::formatWait(result.pauseForMs));
            } else {
                text += QStringLiteral(" Check the phone's settings; saving them tries again.");
            }
            Q_EMIT deviceAlert(device->device.id, text);
        }
    }
    release(send.message, 0, QStringLiteral("device %1: %2").arg(send.deviceId).arg(result.error));
}

void Dispatcher::handleLookup(quint64 tag, InFlightSend &&send, DeviceRuntime *device, const GatewayReply &reply)
{
    const Result<GatewayAdapter::SentLookup> candidates = send.adapter->sentCandidates(send.message, reply);
    if (!candidates) {
        // Not knowing is no licence to send twice: ask again later, the doubt kept.
        if (device) {
            device->breaker.releaseProbe();
            device->budget.giveBack(send.message.segments);
        }
        release(send.message, kLookupRetryMs,
                QStringLiteral("cannot check the gateway's sent history: %1").arg(candidates.errorString()));
        return;
    }
    // The first candidate that is not already another message's.
    std::optional<QString> found;
    for (const QString &id : candidates->candidates) {
        const Result<bool> taken = m_reader->gatewayIdTaken(id, send.message.id);
        if (taken && !taken.value()) {
            found = id;
            break;
        }
    }
    if (found) {
        if (device) {
            device->breaker.recordSuccess();
            device->budget.giveBack(send.message.segments); // nothing went out now
        }
        SendResult already;
        already.kind = SendResult::Kind::Accepted;
        already.httpStatus = reply.httpStatus;
        already.gatewayMessageId = *found;
        handleAccepted(send, device, already);
        return;
    }
    if (!device || !device->adapter) {
        release(send.message, 0, QStringLiteral("the phone went away during the history check"));
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
    if (!m_freeSlots.empty() && m_freeSlots.back() == tag)
        m_freeSlots.pop_back();
    else
        m_freeSlots.erase(std::remove(m_freeSlots.begin(), m_freeSlots.end(), tag), m_freeSlots.end());
    send.inUse = true;
    m_slots[tag] = std::move(send);
    ++m_inFlight;
    m_pool->send(tag, *request);
}

void Dispatcher::noteBreakerFailure(DeviceRuntime &device, const QString &error)
{
    const bool wasOpen = device.breaker.state() == CircuitBreaker::State::Open;
    device.breaker.recordFailure();
    if (wasOpen || device.breaker.state() != CircuitBreaker::State::Open || device.offlineAlerted)
        return;
    device.offlineAlerted = true;
    Q_EMIT deviceAlert(
        device.device.id,
        QStringLiteral("%1 is not answering (%2). Its messages go through other phones; "
                       "it is tried again in %3.")
            .arg(device.device.name, error, DeviceRouter::formatWait(device.breaker.msUntilRetry())));
}

void Dispatcher::setPaused(DeviceRuntime &device, const QString &reason)
{
    device.device.health.pausedReason = reason;
    m_options.store->updateDeviceHealth(device.device.id, device.device.health);
    if (reason.isEmpty())
        wake();
}

void Dispatcher::addOutcome(SendOutcome &&outcome, const Message &message)
{
    if (outcome.kind == SendOutcome::Kind::Retry || outcome.kind == SendOutcome::Kind::Release)
        outcome.inDoubt = outcome.inDoubt || message.inDoubt; // a doubt lasts until resolved
    m_outcomes.append(std::move(outcome));
    if (m_flushQueued || m_completesPending > 0)
        return; // the flush under way, or the commit's answer, takes these along
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            flushOutcomes();
        },
        Qt::QueuedConnection);
}

// One complete() per event-loop turn, and one at a time: outcomes that arrive while the
// store commits are batched into the next call, so the disk sees few large transactions.
void Dispatcher::flushOutcomes()
{
    if (m_outcomes.isEmpty() || m_completesPending > 0 || m_recordAgainTimer.isActive())
        return;
    QList<SendOutcome> batch;
    batch.swap(m_outcomes);
    qint64 earliestRetry = 0;
    for (const SendOutcome &o : std::as_const(batch)) {
        if (o.kind == SendOutcome::Kind::Retry || o.kind == SendOutcome::Kind::Release)
            earliestRetry = earliestRetry == 0 ? o.retryAtMs : std::min(earliestRetry, o.retryAtMs);
    }
    ++m_completesPending;
    m_options.store->complete(batch).then(
        this, [this, batch, earliestRetry](const Result<QList<Status>> &done) {
            --m_completesPending;
            onCompleted(batch, done);
            if (earliestRetry > 0) // those messages are queued again now: be there when they are due
                armTimer(earliestRetry - m_clock.nowMs());
            if (!m_outcomes.isEmpty())
                flushOutcomes();
            finishStopIfDone();
        });
}

void Dispatcher::onCompleted(const QList<SendOutcome> &batch, const Result<QList<Status>> &done)
{
    if (!done) {
        if (m_state == State::Running) {
            // Nothing was recorded (disk full, database locked by another program). Keep
            // the outcomes, ahead of newer ones, and try again: each is still guarded by its
            // lease, so a late record cannot overwrite a newer state, and a message that
            // reached the phone is not sent a second time when its lease runs out.
            if (m_recordFailures++ % 60 == 0)
                qCWarning(lcDispatch) << "cannot record" << batch.size()
                                      << "outcomes, trying again every second:" << done.errorString();
            m_outcomes = batch + m_outcomes;
            m_recordAgainTimer.start(int(kStoreTroubleRetryMs));
            return;
        }
        // Stopping: the leases expire and the messages are sent again (with the same
        // client id, which the gateway can deduplicate).
        qCWarning(lcDispatch) << "cannot record" << batch.size() << "outcomes:" << done.errorString();
        return;
    }
    if (m_recordFailures > 0) {
        qCInfo(lcDispatch) << "the store records outcomes again after" << m_recordFailures << "failed tries";
        m_recordFailures = 0;
    }
    const QList<Status> &statuses = done.value();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const bool applied = i < statuses.size() && statuses.at(i).ok();
        if (!applied && i < statuses.size())
            qCInfo(lcDispatch) << statuses.at(i).errorString();
    }
}

} // namespace smsdesk
