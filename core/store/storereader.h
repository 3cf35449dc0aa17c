// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "readmodel.h"
#include "result.h"
#include "history.h"
#include "storeconfig.h"

#include <QHash>
#include <QSqlDatabase>

namespace smsdesk {

struct MessageFilter
{
    std::optional<MessageStatus> status;
    QString to; // exact E.164
    qint64 afterSeq = 0; // cursor: messages with seq < afterSeq when > 0 (newest first)
    qint64 createdSinceMs = 0; // created at or after this time (0: any)
    int limit = 100;
};

// Received SMS in the order they were stored (by id), after a cursor: an API poller sees
// each once (issue 15, point 5; storereader_inbound.cpp).
struct InboundFilter
{
    qint64 afterId = 0; // cursor: ids greater than this
    qint64 sinceMs = 0; // received at or after this time (0: any)
    QString from; // exact E.164 ("" = any number)
    int limit = 100;
};

struct MessagePage
{
    QList<Message> messages;
    qint64 nextCursor = 0; // 0 = no more
};

// Read-only queries on the caller's own connection (WAL lets readers run beside the
// writer). One reader per thread: create it in the thread that uses it. The UI sees it
// only as a ReadModel.
// Where a dead letter made from an unreadable intake entry came from, and the entry whole.
class StoreReader final : public ReadModel
{
    Q_DISABLE_COPY_MOVE(StoreReader)

public:
    explicit StoreReader(const StoreConfig &config);
    ~StoreReader();
    Status open() override;

    Result<Message> message(const QUuid &id);
    Result<QList<MessageEvent>> events(const QUuid &id) override;
    // The raw entry of a dead letter a broker intake could not read; NotFound for any other.
    Result<IntakeRaw> intakeRaw(const QUuid &id) override;
    Result<MessagePage> messages(const MessageFilter &filter);
    Result<StatusCounts> counts() override;

    Result<QList<ThreadSummary>> threads(const QString &search, int limit, int offset) override;
    Result<int> threadCount(const QString &search);
    Result<int> unreadThreadCount() override; // conversations with unread incoming messages
    // One thread, newest first, older than `before` (chatItemOlder order).
    Result<QList<ChatItem>> threadItems(const QString &number, const ThreadCursor &before,
                                        int limit) override;
    Result<qint64> stickyDevice(const QString &number) override; // 0 = none

    Result<QList<Message>> deadLetters(const DeadLetterFilter &filter) override;
    Result<QList<Message>> scheduledMessages(qint64 afterMs, int limit) override;
    Result<int> deadLetterCount(const DeadLetterFilter &filter) override;

    Result<QList<Device>> devices() override;
    Result<Device> device(qint64 id) override;
    // Segments sent through a device since a time (rate budgets after a restart).
    Result<int> segmentsSentSince(qint64 deviceId, qint64 sinceMs) override;
    // Time of the newest SMS received through a device; 0 when none (inbox polling resumes there).
    Result<qint64> newestInboundAtMs(qint64 deviceId);
    // Whether a message other than `except` was sent under this gateway id.
    Result<bool> gatewayIdTaken(const QString &gatewayId, const QUuid &except);
    // Quiet hours' reply exemption: when the customer last wrote from this number, at or
    // before the given time; 0 = never (one lookup on the inbound_thread index).
    Result<qint64> customerWroteAtMs(const QString &number, qint64 atOrBeforeMs);

    Result<QList<ApiToken>> tokens() override;

    // Contacts (storereader_contacts.cpp), by name; with their numbers and groups.
    Result<QList<Contact>> contacts(const ContactFilter &filter) override;
    Result<int> contactCount(const ContactFilter &filter) override;
    Result<Contact> contact(qint64 id);
    Result<Contact> contactByNumber(const QString &number) override;
    Result<QHash<QString, QString>> contactNames(const QStringList &numbers) override;
    Result<QList<QPair<QString, int>>> contactGroups() override; // name and how many contacts
    Result<QList<SavedTemplate>> templates() override;

    // Campaigns (storereader_campaigns.cpp).
    Result<QList<Campaign>> campaigns(int limit) override;
    Result<Campaign> campaign(qint64 id) override;
    Result<QList<CampaignMessage>> campaignMessages(qint64 campaignId, qint64 afterSeq, int limit) override;

    // The suppression list (storereader_optouts.cpp).
    Result<QList<OptOut>> optOuts(const OptOutFilter &filter) override;
    Result<OptOut> optOut(const QString &number) override;
    Result<int> optOutCount() override;

    // Full-text search (storereader_search.cpp).
    Result<SearchPage> searchMessages(const SearchQuery &query) override;
    // Both directions in a time range, oldest first, a page at a time (storereader_history.cpp).
    Result<HistoryPage> historyPage(const HistoryFilter &filter) override;
    // Received SMS, oldest stored first, after `filter.afterId` (storereader_inbound.cpp).
    Result<QList<InboundMessage>> inboundMessages(const InboundFilter &filter);

    Result<ApiToken> tokenByHash(const QByteArray &tokenHash); // NotFound when absent/revoked

    // Earliest next_attempt_at among queued messages (0 = none): the dispatcher's timer.
    Result<qint64> nextDueAtMs();
    // Earliest lease expiry among sending messages (0 = none).
    Result<qint64> nextLeaseExpiryMs();

    // Outbound webhooks (storereader_webhooks.cpp).
    Result<QList<WebhookEndpoint>> webhookEndpoints() override;
    Result<WebhookEndpoint> webhookEndpoint(const QString &id); // NotFound when there is none
    Result<QList<WebhookDelivery>> webhookDeliveries(const QString &endpointId, qint64 beforeId, int limit) override;
    Result<WebhookDelivery> webhookDelivery(qint64 deliveryId); // NotFound when there is none
    Result<QList<WebhookAttempt>> webhookAttempts(qint64 deliveryId) override;
    // The attempts of several deliveries in one query (a page of the log), by delivery.
    Result<QHash<qint64, QList<WebhookAttempt>>> webhookAttempts(const QList<qint64> &deliveryIds);
    // Earliest next_attempt_at of the pending deliveries of these endpoints (0 = none): a
    // sender's timer.
    Result<qint64> nextWebhookDueMs(const QStringList &endpointIds);

    Result<Throughput> throughputSince(qint64 sinceMs) override;
    // Sent and failed counts per minute for [fromMs, toMs), oldest first.
    Result<QList<QPair<qint64, qint64>>> perMinute(qint64 fromMs, qint64 toMs) override;

private:
    Result<Contact> contactByNumberOrId(const QString &number, qint64 id);
    Status countCampaigns(QList<Campaign> &campaigns);

    StoreConfig m_config;
    QString m_connectionName;
};

} // namespace smsdesk
