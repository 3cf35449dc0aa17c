// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "contact.h"
#include "outboundwebhook.h"
#include "storewriter.h"

// The write operations, each run by the writer thread inside its own savepoint.
// A failed Result/Status rolls back everything the operation did.
namespace smsdesk::ops {

Result<EnqueueResult> enqueue(WriteContext &ctx, const EnqueueRequest &request);
// One message the store itself queues (a STOP's confirmation): no queue limit, no opt-out check.
Result<Message> enqueueUnchecked(WriteContext &ctx, const NewMessage &message);
Result<QList<IntakeResult>> intake(WriteContext &ctx, const QList<IntakeItem> &items);

Result<QList<Message>> claimDue(WriteContext &ctx, const QString &owner, int limit, qint64 leaseMs);
Result<QList<Status>> complete(WriteContext &ctx, const QList<SendOutcome> &outcomes);
Result<LeaseRenewal> renewLeases(WriteContext &ctx, const QString &owner, const QList<qint64> &leaseIds,
                                 qint64 leaseMs);
Result<int> recoverExpiredLeases(WriteContext &ctx);

Result<QList<ReportEffect>> applyReports(WriteContext &ctx, const QList<StatusReport> &reports);
Status cancel(WriteContext &ctx, const QUuid &id);
Result<int> requeue(WriteContext &ctx, const QList<RequeueRequest> &requests);
Result<int> deleteMessages(WriteContext &ctx, const QList<QUuid> &ids);
Status editScheduled(WriteContext &ctx, const ScheduledEdit &edit);

Result<bool> addInbound(WriteContext &ctx, const InboundMessage &message);
Status markThreadRead(WriteContext &ctx, const QString &number);
Result<Device> addDevice(WriteContext &ctx, const Device &device);
Result<Device> updateDevice(WriteContext &ctx, const Device &device);
Status updateDeviceHealth(WriteContext &ctx, qint64 deviceId, const DeviceHealth &health);
Status removeDevice(WriteContext &ctx, qint64 deviceId);
Result<QList<qint64>> holdPhones(WriteContext &ctx, const QString &owner, const QList<qint64> &wanted,
                                 qint64 leaseMs);
Status releasePhones(WriteContext &ctx, const QString &owner);
Result<ApiToken> addToken(WriteContext &ctx, const QString &name, const QByteArray &tokenHash,
                          const std::optional<TokenLimit> &limit);
Status revokeToken(WriteContext &ctx, qint64 tokenId);
Status setTokenLimit(WriteContext &ctx, qint64 tokenId, const std::optional<TokenLimit> &limit);
Result<int> purgeIdempotency(WriteContext &ctx, qint64 olderThanMs);

// The business settings rows (BusinessSettings). writeSettings stores the given keys
// (the others stay) and announces the new whole; readSettings reads them.
Status writeSettings(WriteContext &ctx, const QHash<QString, QString> &values);
Result<QHash<QString, QString>> readSettings(WriteContext &ctx);

// Contacts and saved texts (ops_contacts.cpp). saveContact inserts (id 0) or replaces one
// contact with its numbers and groups (Conflict when a number is another contact's);
// importContacts adds many in the one transaction, merging a contact into the one that
// already has any of its numbers.
Result<Contact> saveContact(WriteContext &ctx, const Contact &contact);
Status removeContact(WriteContext &ctx, qint64 contactId);
Result<ContactImportResult> importContacts(WriteContext &ctx, const QList<Contact> &contacts);
Result<SavedTemplate> saveTemplate(WriteContext &ctx, const SavedTemplate &saved);
Status removeTemplate(WriteContext &ctx, qint64 templateId);

// Campaigns (ops_campaigns.cpp): the campaign row and its messages in one transaction
// (QueueFull, naming the room left, when the queue cannot take them all); pause holds what
// is not sent, resume paces it again from now, cancel cancels what is queued and holds what
// is on the wire, which settleCancelledCampaigns cancels should it come back to the queue.
Result<Campaign> createCampaign(WriteContext &ctx, const Campaign &campaign, QList<NewMessage> messages);
Status pauseCampaign(WriteContext &ctx, qint64 campaignId);
Status resumeCampaign(WriteContext &ctx, qint64 campaignId);
Result<int> cancelCampaign(WriteContext &ctx, qint64 campaignId);
Result<int> settleCancelledCampaigns(WriteContext &ctx);
// Runs `q`, an UPDATE of queued messages to cancelled that returns their seq, and records
// each: its event with `reason`, the counts, messagesChanged. How many it cancelled.
Result<int> recordCancelled(WriteContext &ctx, QSqlQuery &q, const QString &reason, const QString &what);

// The suppression list (ops_optouts.cpp). addOptOut cancels what is queued for the number;
// applyOptOutKeyword is addInbound's: a STOP or START and the business's confirmation.
// refuseOptedOut: OptedOut for the first message whose number is on the list.
// cancelClaimedOptedOut cancels and drops from `claimed` the ones the claim found opted out.
Status addOptOut(WriteContext &ctx, const OptOut &optOut);
Result<bool> removeOptOut(WriteContext &ctx, const QString &number);
Status applyOptOutKeyword(WriteContext &ctx, const InboundMessage &message, qint64 receivedAtMs);
Status refuseOptedOut(WriteContext &ctx, const QList<NewMessage> &messages);
Result<int> cancelClaimedOptedOut(WriteContext &ctx, QList<Message> &claimed, const QList<qint64> &optedOutSeqs);

// Outbound webhooks (ops_webhooks.cpp, issue 16, point 4). The queue* functions write one
// outbox row per endpoint that wants the event, in the caller's transaction, and cost one
// integer test when none does (WriteContext::webhookEvents). queueMessageWebhook is called by
// WriteContext::addEvent for every message event (kind: EventKind); the others by addInbound
// and addOptOut.
Result<quint32> webhookEventsWanted(WriteContext &ctx);
Status queueMessageWebhook(WriteContext &ctx, qint64 messageSeq, const char *kind, qint64 deviceId, int httpStatus,
                           const QString &detail);
Status queueInboundWebhook(WriteContext &ctx, qint64 inboundId, const InboundMessage &message, qint64 receivedAtMs);
Status queueOptOutWebhook(WriteContext &ctx, const OptOut &optOut);
Result<WebhookEndpoint> addWebhookEndpoint(WriteContext &ctx, const WebhookEndpoint &endpoint);
Status removeWebhookEndpoint(WriteContext &ctx, const QString &endpointId);
Result<QList<WebhookDelivery>> claimWebhooks(WriteContext &ctx, const QString &owner, const QStringList &endpointIds,
                                             int limit, qint64 leaseMs);
Result<QList<Status>> completeWebhooks(WriteContext &ctx, const QList<WebhookOutcome> &outcomes);
Status resendWebhook(WriteContext &ctx, const QString &endpointId, qint64 deliveryId);
Result<int> purgeWebhooks(WriteContext &ctx, qint64 olderThanMs);

// NotFound unless the statement changed a row.
inline Status expectOneRow(const QSqlQuery &q, const QString &notFound)
{
    if (q.numRowsAffected() < 1)
        return Status::failure(ErrorCode::NotFound, notFound);
    return {};
}

// Keeps the conversation row of `number` in step with a new or changed message.
struct ConversationChange
{
    QString number;
    QString lastText; // empty: keep the last message as it is
    qint64 atMs = 0;
    bool outgoing = true;
    int unreadDelta = 0;
    int countDelta = 0;
    qint64 deviceId = 0; // non-zero: becomes the sticky device
};
Status touchConversation(WriteContext &ctx, const ConversationChange &change);

} // namespace smsdesk::ops
