// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include "campaign.h"
#include "contact.h"
#include "domain.h"
#include "history.h"
#include "messagesearch.h"
#include "optout.h"
#include "outboundwebhook.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace smsdesk {

// One conversation in the thread list.
struct ThreadSummary
{
    QString number;
    QString contactName; // the contact this number belongs to; "" when none
    QString lastText;
    qint64 lastAtMs = 0;
    bool lastOutgoing = true;
    int unread = 0;
    qint64 deviceId = 0; // the sticky device for this number (0 = none yet)
    int messageCount = 0;
};

// One bubble in a conversation, outgoing or incoming.
struct ChatItem
{
    bool outgoing = true;
    QUuid id; // outgoing: message id
    qint64 inboundId = 0; // incoming: inbound id
    QString text;
    qint64 atMs = 0; // created (outgoing) / received (incoming)
    MessageStatus status = MessageStatus::Queued; // outgoing only
    int attempts = 0;
    QString lastError;
    qint64 deviceId = 0;
    int segments = 1;
    qint64 seq = 0; // outgoing: the message's place in the store
    qint64 sendAtMs = 0; // outgoing: not before this (scheduled); 0 = as soon as possible
    // Quiet hours (issue 15, point 2): held until the window opens (0 = not held), read in
    // this zone, and whose (QuietBasis: 0 the recipient's, 1/2 the business's); urgent ones never wait.
    qint64 quietUntilMs = 0;
    QString quietZone;
    int quietBasis = 0;
    bool urgent = false;
};

// The order of a thread: by time, then incoming before outgoing, then by store key (seq,
// inbound id) — total, so paging never skips or repeats items of the same millisecond.
bool chatItemOlder(const ChatItem &a, const ChatItem &b);

// Where the next (older) page of a thread starts: just before `item`. The default
// cursor starts at the newest item.
struct ThreadCursor
{
    qint64 atMs = std::numeric_limits<qint64>::max();
    bool outgoing = true;
    qint64 key = std::numeric_limits<qint64>::max();
    static ThreadCursor before(const ChatItem &item)
    {
        return { item.atMs, item.outgoing, item.outgoing ? item.seq : item.inboundId };
    }
};

struct DeadLetterFilter
{
    QString search; // matches number or text
    qint64 deviceId = 0;
    qint64 afterSeq = 0; // cursor (newest first)
    int limit = 200;
};

// A page of the suppression list, newest first; the cursor is the last row of the page
// before (beforeAtMs 0: from the newest).
struct OptOutFilter
{
    QString search; // matches the number or the contact's name
    qint64 beforeAtMs = 0;
    QString beforeNumber;
    int limit = 200;
};

struct StatusCounts
{
    qint64 queued = 0, sending = 0, sent = 0, delivered = 0, dead = 0, cancelled = 0, inbound = 0;
};

// The broker entry behind a dead letter an intake could not read (issue 16), as it came.
struct IntakeRaw
{
    QString source; // IntakeConfig::sourceKey(): which broker, stream or queue
    QString brokerId;
    QByteArray raw;
};

// What the desktop UI reads: lists, counts and figures for its pages, read-only. The
// EngineFacade hands out one (a StoreReader on the GUI thread's own connection; WAL lets it
// read beside the writer); tests may pass a StoreReader of their own or a fake. Use it only
// on the thread that opened it.
class ReadModel
{
public:
    virtual ~ReadModel() = default;

    // Opens the connection if it is not open yet; a page shows the error when it cannot.
    virtual Status open() = 0;

    virtual Result<QList<MessageEvent>> events(const QUuid &id) = 0;
    virtual Result<StatusCounts> counts() = 0;

    virtual Result<QList<ThreadSummary>> threads(const QString &search, int limit, int offset) = 0;
    virtual Result<int> unreadThreadCount() = 0; // conversations with unread incoming messages
    // One thread, newest first, older than `before` (chatItemOlder order).
    virtual Result<QList<ChatItem>> threadItems(const QString &number, const ThreadCursor &before, int limit)
        = 0;
    virtual Result<qint64> stickyDevice(const QString &number) = 0; // 0 = none

    virtual Result<QList<Message>> deadLetters(const DeadLetterFilter &filter) = 0;
    // Messages (not a campaign's) waiting for a time after `afterMs`, soonest first.
    virtual Result<QList<Message>> scheduledMessages(qint64 afterMs, int limit) = 0;
    virtual Result<int> deadLetterCount(const DeadLetterFilter &filter) = 0;

    virtual Result<QList<Device>> devices() = 0;
    virtual Result<Device> device(qint64 id) = 0;
    // Segments sent through a device since a time (what is left of today's budget).
    virtual Result<int> segmentsSentSince(qint64 deviceId, qint64 sinceMs) = 0;

    virtual Result<QList<ApiToken>> tokens() = 0;

    virtual Result<QList<Contact>> contacts(const ContactFilter &filter) = 0;
    virtual Result<int> contactCount(const ContactFilter &filter) = 0;
    virtual Result<QList<QPair<QString, int>>> contactGroups() = 0;
    virtual Result<QList<SavedTemplate>> templates() = 0;
    virtual Result<Contact> contactByNumber(const QString &number) = 0; // NotFound when nobody has it
    // The contacts' names of those of `numbers` (E.164) that belong to one, in one query.
    virtual Result<QHash<QString, QString>> contactNames(const QStringList &numbers) = 0;
    // Every contact (of `group`, "" = all), by name, read a thousand at a time (exports).
    Result<QList<Contact>> allContacts(const QString &group)
    {
        ContactFilter filter;
        filter.group = group;
        filter.limit = 1'000;
        QList<Contact> all;
        for (;;) {
            Result<QList<Contact>> page = contacts(filter);
            if (!page)
                return page.error();
            all += page.value();
            if (page->size() < filter.limit)
                return all;
            filter.offset += filter.limit;
        }
    }

    // Campaigns (issue 14), newest first, each with its messages counted by status.
    virtual Result<QList<Campaign>> campaigns(int limit) = 0;
    virtual Result<Campaign> campaign(qint64 id) = 0; // NotFound when there is none
    // A campaign's messages in queue order, after `afterSeq` (0: from the first).
    virtual Result<QList<CampaignMessage>> campaignMessages(qint64 campaignId, qint64 afterSeq, int limit) = 0;

    // The suppression list (issue 15): newest first; one number (NotFound when it is not on it).
    virtual Result<QList<OptOut>> optOuts(const OptOutFilter &filter) = 0;
    virtual Result<OptOut> optOut(const QString &number) = 0;
    virtual Result<int> optOutCount() = 0;
    // The whole list, newest first, read a thousand at a time (the CSV exports).
    Result<QList<OptOut>> allOptOuts()
    {
        OptOutFilter filter;
        filter.limit = 1'000;
        QList<OptOut> all;
        for (;;) {
            Result<QList<OptOut>> page = optOuts(filter);
            if (!page)
                return page.error();
            all += page.value();
            if (page->size() < filter.limit)
                return all;
            filter.beforeAtMs = page->constLast().atMs;
            filter.beforeNumber = page->constLast().number;
        }
    }
    // Every number on the list (a campaign's preview leaves them out).
    Result<QSet<QString>> allOptedOutNumbers()
    {
        const Result<QList<OptOut>> all = allOptOuts();
        if (!all)
            return all.error();
        QSet<QString> numbers;
        numbers.reserve(all->size());
        for (const OptOut &o : all.value())
            numbers.insert(o.number);
        return numbers;
    }

    // Full-text search across every message, both directions (issue 15, point 4): the
    // query's words, each a prefix, all required; newest first, paged by the cursor.
    virtual Result<SearchPage> searchMessages(const SearchQuery &query) = 0;
    // Both directions in a time range, oldest first, a page at a time (the CSV exports).
    virtual Result<HistoryPage> historyPage(const HistoryFilter &filter) = 0;

    // Outbound webhooks (issue 16, point 4; storereader_webhooks.cpp): the endpoints, oldest
    // first, with their deliveries counted by state; an endpoint's deliveries, newest first
    // (before `beforeId` when > 0), with the last attempt of each; one delivery's attempts.
    virtual Result<QList<WebhookEndpoint>> webhookEndpoints() = 0;
    // The raw broker entry behind a dead letter an intake could not read (NotFound for every
    // other message).
    virtual Result<IntakeRaw> intakeRaw(const QUuid &id) = 0;
    virtual Result<QList<WebhookDelivery>> webhookDeliveries(const QString &endpointId, qint64 beforeId, int limit) = 0;
    virtual Result<QList<WebhookAttempt>> webhookAttempts(qint64 deliveryId) = 0;

    // Dashboard figures since a time: sent, delivered, failed (retry+dead events),
    // median enqueue→sent latency in ms.
    struct Throughput
    {
        qint64 sent = 0, delivered = 0, failed = 0;
        qint64 medianLatencyMs = -1;
    };
    virtual Result<Throughput> throughputSince(qint64 sinceMs) = 0;
    // Sent and failed counts per minute for [fromMs, toMs), oldest first.
    virtual Result<QList<QPair<qint64, qint64>>> perMinute(qint64 fromMs, qint64 toMs) = 0;

protected:
    ReadModel() = default;
    ReadModel(const ReadModel &) = default;
    ReadModel &operator=(const ReadModel &) = default;
};

} // namespace smsdesk
