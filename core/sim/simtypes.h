// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain data of the gateway simulator, shared by its parts and readable by tests.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>

#include <array>
#include <optional>

namespace smsdesk::sim {

// Which gateway API a message came through; decides its webhook format.
enum class Api { MySmsGate, SmsGateLocal, SmsGateCloud };

// capcom6/android-sms-gateway domain/ProcessingState.kt, in its order.
enum class MessageState { Pending, Cancelling, Cancelled, Processed, Sent, Delivered, Failed };
constexpr int kStateCount = 7;
QString stateName(MessageState state); // SMSGate's names: "Pending", "Delivered", ...
// Kotlin's ProcessingState.valueOf: exact, case-sensitive.
std::optional<MessageState> stateFromName(QStringView name);
// The lower-case words MySMSGate integrations read from its history: pending, sending,
// sent, delivered, failed (/tmp/upstream-mysmsgate.md §5).
QString mySmsGateStatus(MessageState state);

// Counters behind GET /stats (DESIGN §6). Only the send endpoints count, so that
// requests = accepted + unavailable + throttled + rejected + 401s + 402s + 409s + 500s.
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
    int sim = 0; // SIM asked for (1-based; MySMSGate slot + 1); 0: the phone chooses
};

struct SimMessage
{
    Api api = Api::MySmsGate;
    QString gatewayId; // SMSGate: the client "id" (or a generated one); MySMSGate: "sms_id"
    QString clientId; // SMSGate "id"; MySMSGate our extra "client_message_id"
    QString to; // the first recipient
    QStringList recipients; // all of "phoneNumbers" (MySMSGate: just "to")
    QString text;
    QString deviceKey; // the phone that sends it
    int sim = 0; // asked for, 1-based; 0: none
    int simUsed = 0; // the SIM the phone used; 0: the OS default (upstream leaves it null)
    int segments = 1;
    bool withDeliveryReport = true;
    bool skipPhoneValidation = false;
    int priority = 0;
    qint64 sequence = 0; // the phone's row id, for the RoundRobin SIM choice
    qint64 scheduleAtMs = 0;
    qint64 validUntilMs = 0;
    MessageState state = MessageState::Pending;
    qint64 acceptedAtMs = 0;
    qint64 finalAtMs = 0;
    QString error;
    std::array<qint64, kStateCount> stateAtMs {}; // when each state was first reached; 0: never
    bool willFail = false; // drawn when the phone hands it to the radio
    bool isFinal() const;
};

// One received SMS as the phone's SMS app (the content provider) keeps it.
struct InboundSms
{
    Api api = Api::SmsGateLocal; // SmsGateLocal: any SMSGate phone; MySmsGate: its history
    QString deviceId;
    QString from;
    QString text;
    int sim = 1;
    qint64 atMs = 0; // the SMSC time stamp: whole seconds
    QString inboxId; // SMSGate "text:<hash>"; MySMSGate the history id
    QString messageId; // the webhook payload's messageId / message_id
};

// localserver/domain/SimCard.kt (and client-go smsgateway.SimCard).
struct SimCard
{
    int slotIndex = 0;
    int simNumber = 1;
    QString phoneNumber;
    QString carrierName;
    QString iccid;
};
QList<SimCard> simulatedSimCards(int count);

// SMS segments as a phone would send them: GSM-7 (extension table counts double)
// 160/153, else UCS-2 70/67 in UTF-16 units. Kept here so the simulator needs no
// other library.
int countSegments(const QString &text);

// The ids of a received SMS, computed as the app does (InboxMessage.Text.hashCode() over
// address, date, subscription id and text, with Java's String/Date hash codes):
//   inbox id   = "text:" + hash as a signed decimal (incoming/IncomingMessagesService.kt buildId)
//   messageId  = hash as unsigned lower-case hex (receiver/ReceiverService.kt, sms:received)
qint32 javaInboxHash(const QString &address, qint64 dateMs, int subscriptionId, const QString &text);

} // namespace smsdesk::sim
