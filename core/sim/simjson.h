// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulator's wire formats: answers, SMSGate message objects, health, webhook bodies.

#include "simtypes.h"
#include "webhooksender.h"

#include <QJsonObject>

namespace smsdesk::sim {

// An answer before it is written (possibly later, after the simulated latency).
struct SimReply
{
    int status = 200;
    QByteArray body;
    HeaderPairs headers; // besides Content-Type: application/json
};

SimReply jsonReply(int status, const QJsonObject &object);
SimReply errorReply(int status, const QString &message);

// RFC 3339 in UTC: "2026-03-14T10:30:00.000Z" (or without milliseconds).
QString isoTime(qint64 ms, bool withMs = true);

// Loose E.164-ish check, like the phone app's validation: optional '+', 3–15 digits.
bool plausibleNumber(QStringView number);

QJsonObject smsGateMessageJson(const SimMessage &message, const QString &deviceId);

struct HealthInput
{
    int batteryPercent = 0;
    bool connected = true;
    int failedLastHour = 0;
};
QJsonObject healthJson(const HealthInput &input);

// SMSGate webhook: {"deviceId","event","id","payload","webhookId"}.
QByteArray smsGateEventBody(const QString &deviceId, QLatin1String event, const QString &eventId,
                            const QJsonObject &payload, const QString &webhookId);
QJsonObject smsGateStatusPayload(const SimMessage &message, QLatin1String event, qint64 atMs);
// MySMSGate delivery webhook: {"message_id","client_message_id","status","to","text","timestamp"}.
QByteArray mySmsGateStatusBody(const SimMessage &message, qint64 atMs);
// MySMSGate inbound webhook (assumed, undocumented upstream):
// {"message_id","direction":"INBOUND","status":"RECEIVED","from","text","device_id","timestamp"}.
QByteArray mySmsGateInboundBody(const QString &messageId, const QString &from, const QString &text,
                                const QString &deviceId, qint64 atMs);

} // namespace smsdesk::sim
