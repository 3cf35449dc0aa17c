// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "gatewayadapter.h"

#include <QObject>

namespace smsdesk {

class Clock;
class DeviceRoster;
class Metrics;
class OutcomeRecorder;
class RouteMemory;
struct DeviceRuntime;

// What a gateway's answer to a send means for the message and for the phone: the outcome
// to record (sent, retry, dead, or released untouched), the phone's breaker, budget, hold
// and pauses, the routing hints, the metrics and the alerts. How long a retry waits and
// when attempts are exhausted is the store's decision; this only says what happened.
class ReplyJudge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyJudge)

public:
    ReplyJudge(DeviceRoster &roster, RouteMemory &memory, OutcomeRecorder &recorder, const Clock &clock,
               Metrics &metrics, QObject *parent = nullptr);

    // `device` is null when the phone was removed while the request was out.
    void judge(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result,
               const GatewayReply &reply);
    // The gateway has the message (its answer, or its sent history after a crash).
    void accepted(Message message, qint64 deviceId, DeviceRuntime *device, int httpStatus,
                  const QString &gatewayMessageId);
    // Back to the queue without counting an attempt: no phone could take it now.
    void release(const Message &message, qint64 retryInMs, const QString &reason);
    // Not sent for quiet hours (issue 15, point 2): back to the queue until the window
    // opens, the zone it was read in kept on the message; the attempt is not counted.
    void holdForQuietHours(const Message &message, qint64 untilMs, const QString &zone, int basis,
                           const QString &reason);
    void dead(const Message &message, const QString &reason);

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text);
    // The gateway accepted it: polling follows it to its final state where the phone
    // reports that way.
    void messageAccepted(const smsdesk::Message &message, qint64 deviceId);

private:
    void transient(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result,
                   const GatewayReply &reply);
    void permanent(const Message &message, qint64 deviceId, DeviceRuntime *device, const SendResult &result);
    void noteBreakerFailure(DeviceRuntime &device, const QString &error);

    DeviceRoster &m_roster;
    RouteMemory &m_memory;
    OutcomeRecorder &m_recorder;
    const Clock &m_clock;
    Metrics &m_metrics;
};

} // namespace smsdesk
