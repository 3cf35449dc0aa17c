// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain data of the gateway simulator, shared by its parts and readable by tests.

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace smsdesk::sim {

// Which gateway API a message came through; decides its webhook format.
enum class Api { MySmsGate, SmsGateLocal, SmsGateCloud };

enum class MessageState { Pending, Sent, Delivered, Failed, Cancelled };
QString stateName(MessageState state); // SMSGate's names: "Pending", "Delivered", ...

// Counters behind GET /stats (DESIGN §6). Only the send endpoints count, so that
// requests = accepted + unavailable + throttled + rejected + 401s + 409s.
struct Stats
{
    qint64 requests = 0;
    qint64 accepted = 0;
    qint64 uniqueClientIds = 0;
    qint64 duplicates = 0;
    qint64 unavailable = 0;
    qint64 throttled = 0;
    qint64 rejected = 0;
    qint64 deliveredReports = 0;
    qint64 failedReports = 0;
};

// Webhook transport counters (not part of /stats, whose fields are a fixed contract).
struct WebhookStats
{
    qint64 posted = 0; // answered 2xx
    qint64 retried = 0; // attempts that failed and were tried again
    qint64 abandoned = 0; // gave up after the last attempt, or dropped from a full queue
};

// One accepted send, for budget checks measured at the simulator.
struct AcceptRecord
{
    qint64 atMs = 0;
    QString deviceKey; // see GatewaySimulator::acceptLog()
    QString clientId;
    int segments = 1;
};

struct SimMessage
{
    Api api = Api::MySmsGate;
    QString gatewayId; // SMSGate: the client "id" (or a generated one); MySMSGate: "msg_N"
    QString clientId;
    QString to;
    QString text;
    QString deviceKey;
    int sim = 0;
    int segments = 1;
    MessageState state = MessageState::Pending;
    qint64 acceptedAtMs = 0;
    qint64 finalAtMs = 0;
    QString error;
};

// SMS segments as a phone would send them: GSM-7 (extension table counts double)
// 160/153, else UCS-2 70/67 in UTF-16 units. Kept here so the simulator needs no
// other library.
int countSegments(const QString &text);

} // namespace smsdesk::sim
