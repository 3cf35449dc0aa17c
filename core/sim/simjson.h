// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulator's wire formats: answers, SMSGate message objects, health, devices,
// inbox rows, webhook bodies, MySMSGate history rows. Each names the upstream file
// whose shape it copies.

#include "simhooks.h"
#include "simtypes.h"
#include "webhooksender.h"

#include <QJsonArray>
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
SimReply jsonReply(int status, const QJsonArray &array);
SimReply emptyReply(int status);
// {"message": "..."}: the app's ktor StatusPages and the server's fiber error handler.
SimReply errorReply(int status, const QString &message);
// {"success": false, "error": "..."}: what MySMSGate integrations read (mysmsgate notes §1).
SimReply mySmsGateError(int status, const QString &error);

// Gson's "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" (extensions/GsonBuilder.kt) in UTC: "...:00.000Z".
QString isoTime(qint64 ms, bool withMs = true);
// A date-time as Gson reads one (ISO 8601, the zone is mandatory); nullopt if unreadable.
std::optional<qint64> parseGsonDate(const QString &text);
// helpers/DateTimeParser.kt: "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX".
std::optional<qint64> parseStrictIsoDate(const QString &text);

// NanoIdUtils.randomNanoId() (the app) / the server's idgen: 21 characters of A-Za-z0-9_-.
QString newNanoId();

// Loose E.164-ish check: optional '+', 3–15 digits.
bool plausibleNumber(QStringView number);

// localserver/domain/messages/Message.kt as Gson writes it (nulls left out): id, deviceId,
// state, isHashed, isEncrypted, textMessage (with content), recipients, states, scheduleAt.
// statesKnown false: "states": {} as in the 202 answer (MessagesRoutes.kt post).
QJsonObject smsGateMessageJson(const SimMessage &message, bool includeContent, bool statesKnown = true);
// client-go smsgateway.MessageState (server handlers/converters/messages.go).
QJsonObject cloudMessageJson(const SimMessage &message, bool includeContent);

struct HealthInput
{
    int batteryPercent = 0;
    bool charging = false;
    bool connected = true;
    int failedLastHour = 0;
    int processedLastHour = 0;
};
// domain/HealthResponse.kt with modules/health checks (HealthService, BatteryMonitor,
// ConnectionService, MessagesService.healthCheck).
QJsonObject healthJson(const HealthInput &input);

// localserver/domain/Device.kt / client-go smsgateway.Device.
QJsonObject deviceJson(const QString &id, const QString &name, qint64 createdMs, qint64 nowMs,
                       const QList<SimCard> &cards);
// localserver/routes/InboxRoutes.kt InboxMessage.
QJsonObject inboxItemJson(const InboundSms &sms, const QList<SimCard> &cards);
// WebHookDTO as the phone answers (id, url, event, source) or client-go smsgateway.Webhook
// (id, deviceId, url, event) as the server does.
QJsonObject webhookJson(const WebhookRegistration &registration);

// modules/webhooks/domain/WebHookEventDTO.kt: {"deviceId","event","id","payload","webhookId"}.
QByteArray smsGateEventBody(const QString &deviceId, const QString &event, const QString &eventId,
                            const QJsonObject &payload, const QString &webhookId);
// modules/webhooks/payload/SmsEventPayload.kt (SmsSent/SmsDelivered/SmsFailed/SmsCancelled)
// for one recipient; `sender` is the SIM's number, empty when the SIM is unknown.
QJsonObject smsGateStatusPayload(const SimMessage &message, const QString &event, const QString &recipient,
                                 const QString &sender, qint64 atMs);
// SmsEventPayload.SmsReceived; `recipient` is the receiving SIM's number.
QJsonObject smsGateReceivedPayload(const InboundSms &sms, const QString &recipient);

// MySMSGate delivery webhook (blog post; signing undocumented, an assumption):
// {"message_id","client_message_id","status","to","text","timestamp"}.
QByteArray mySmsGateStatusBody(const SimMessage &message, qint64 atMs);
// MySMSGate inbound webhook (undocumented upstream, an assumption):
// {"message_id","direction":"INBOUND","status":"RECEIVED","from","text","device_id","timestamp"}.
QByteArray mySmsGateInboundBody(const InboundSms &sms);
// MySMSGate history rows (KabQue reconcile_sms_logs.py, Pharmacy FortmedSmsService.php).
QJsonObject mySmsGateOutRow(const SimMessage &message);
QJsonObject mySmsGateInRow(const InboundSms &sms);

} // namespace smsdesk::sim
