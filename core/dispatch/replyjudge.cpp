// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyjudge.h"

#include "clock.h"
#include "devicerouter.h"
#include "deviceroster.h"
#include "metrics.h"
#include "outcomerecorder.h"
#include "routememory.h"

namespace smsdesk {

namespace {

// What became of `message` (held under its lease), through `deviceId` (0: none).
SendOutcome outcomeOf(SendOutcome::Kind kind, const Message &message, qint64 deviceId, int httpStatus,
                      const QString &error)
{
    SendOutcome o;
    o.kind = kind;
    o.id = message.id;
    o.leaseId = message.leaseId;
    o.deviceId = deviceId;
    o.httpStatus = httpStatus;
    o.error = error;
    return o;
}

} // namespace

ReplyJudge::ReplyJudge(DeviceRoster &roster, RouteMemory &memory, OutcomeRecorder &recorder, const Clock &clock,
                       Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_roster(roster)
    , m_memory(memory)
    , m_recorder(recorder)
    , m_clock(clock)
    , m_metrics(metrics)
{ }

void ReplyJudge::judge(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result,
                       const GatewayReply &reply)
{
    switch (result.kind) {
    case SendResult::Kind::Accepted:
        accepted(message, deviceId, device, result.httpStatus, result.gatewayMessageId);
        return;
    case SendResult::Kind::Transient:
        transient(message, deviceId, device, result, reply);
        return;
    case SendResult::Kind::AuthFailed:
    case SendResult::Kind::DevicePaused:
        // Bad credentials, or a gateway that will not send for this phone or account until
        // something changes, concern every message of the phone: pause it, and give the
        // message back to the queue (another phone may take it) instead of burning it.
        if (device) {
            device->breaker.releaseProbe();
            device->budget.giveBack(message.segments);
            if (result.kind == SendResult::Kind::AuthFailed)
                m_roster.pauseForCredentials(*device, result.httpStatus, result.error);
            else
                m_roster.pauseRefused(*device, result.error, result.pauseForMs);
        }
        release(message, 0, QStringLiteral("device %1: %2").arg(deviceId).arg(result.error));
        return;
    case SendResult::Kind::Permanent:
        permanent(message, deviceId, device, result);
        return;
    }
}

void ReplyJudge::accepted(Message message, qint64 deviceId, DeviceRuntime *device, int httpStatus,
                          const QString &gatewayMessageId)
{
    message.gatewayMessageId = gatewayMessageId; // MySMSGate status is found by it
    if (device) {
        device->breaker.recordSuccess();
        device->offlineAlerted = false;
    }
    m_memory.sentThrough(message.to, message.id, deviceId);
    m_metrics.increment("smsdesk_messages_sent_total");
    m_metrics.observe("smsdesk_enqueue_to_sent_seconds", double(m_clock.nowMs() - message.createdAtMs) / 1000.0);
    if (device) {
        m_metrics.increment("smsdesk_device_sent_total", device->metricLabels);
        m_metrics.setGauge("smsdesk_device_budget_left_today", device->metricLabels, device->budget.leftToday());
    }
    SendOutcome sent = outcomeOf(SendOutcome::Kind::Sent, message, deviceId, httpStatus, {});
    sent.gatewayMessageId = gatewayMessageId;
    m_recorder.add(std::move(sent), message);
    if (device)
        Q_EMIT messageAccepted(message, deviceId);
}

// Retry later, possibly elsewhere. The store decides how much later, and turns the retry
// into a dead letter when this was the last attempt (the claim counted it).
void ReplyJudge::transient(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result,
                           const GatewayReply &reply)
{
    if (device && result.deviceLevel) {
        noteBreakerFailure(*device, result.error);
        if (result.retryAfterMs > 0) // the gateway said when: nothing goes there before
            device->holdUntilMs = std::max(device->holdUntilMs, m_clock.nowMs() + result.retryAfterMs);
        if (reply.networkError == QNetworkReply::ConnectionRefusedError)
            device->budget.giveBack(message.segments); // nothing reached the phone
        m_memory.failedOn(message.id, deviceId);
    } else if (device) {
        device->breaker.recordSuccess(); // it answered: the phone is alive
    }
    if (message.attempts >= message.maxAttempts)
        m_memory.forget(message.id);
    SendOutcome retry = outcomeOf(SendOutcome::Kind::Retry, message, deviceId, result.httpStatus, result.error);
    retry.attempt = message.attempts;
    retry.retryAfterMs = result.retryAfterMs;
    retry.inDoubt = result.inDoubt;
    m_metrics.increment("smsdesk_messages_failed_total");
    m_recorder.add(std::move(retry), message);
}

void ReplyJudge::permanent(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result)
{
    if (device)
        device->breaker.recordSuccess(); // the phone answered; the message is what is wrong
    m_memory.forget(message.id);
    m_metrics.increment("smsdesk_messages_failed_total");
    m_recorder.add(outcomeOf(SendOutcome::Kind::Dead, message, deviceId, result.httpStatus, result.error), message);
}

void ReplyJudge::release(const Message &message, qint64 retryInMs, const QString &reason)
{
    SendOutcome outcome = outcomeOf(SendOutcome::Kind::Release, message, 0, 0, reason);
    outcome.retryAtMs = m_clock.nowMs() + std::max<qint64>(0, retryInMs);
    m_recorder.add(std::move(outcome), message);
}

void ReplyJudge::holdForQuietHours(const Message &message, qint64 untilMs, const QString &zone, int basis,
                                   const QString &reason)
{
    SendOutcome outcome = outcomeOf(SendOutcome::Kind::Release, message, 0, 0, reason);
    outcome.retryAtMs = untilMs;
    outcome.quietHours = true;
    outcome.quietZone = zone;
    outcome.quietBasis = basis;
    m_metrics.increment("smsdesk_messages_quiet_held_total");
    m_recorder.add(std::move(outcome), message);
}

void ReplyJudge::dead(const Message &message, const QString &reason)
{
    m_recorder.add(outcomeOf(SendOutcome::Kind::Dead, message, 0, 0, reason), message);
}

void ReplyJudge::noteBreakerFailure(DeviceRuntime &device, const QString &error)
{
    const bool wasOpen = device.breaker.state() == CircuitBreaker::State::Open;
    device.breaker.recordFailure();
    if (wasOpen || device.breaker.state() != CircuitBreaker::State::Open || device.offlineAlerted)
        return;
    device.offlineAlerted = true;
    Q_EMIT deviceAlert(device.device.id,
                       QStringLiteral("%1 is not answering (%2). Its messages go through other phones; it is tried "
                                      "again in %3.")
                           .arg(device.device.name, error, DeviceRouter::formatWait(device.breaker.msUntilRetry())));
}

} // namespace smsdesk
