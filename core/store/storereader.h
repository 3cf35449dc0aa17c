// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include "domain.h"
#include "result.h"
#include "storeconfig.h"

#include <QHash>
#include <QSqlDatabase>

namespace smsdesk {

struct MessageFilter
{
    std::optional<MessageStatus> status;
    QString to; // exact E.164
    qint64 afterSeq = 0; // cursor: messages with seq < afterSeq when > 0 (newest first)
    int limit = 100;
};

struct MessagePage
{
    QList<Message> messages;
    qint64 nextCursor = 0; // 0 = no more
};

// One conversation in the thread list.
struct ThreadSummary
{
    QString number;
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

struct StatusCounts
{
    qint64 queued = 0, sending = 0, sent = 0, delivered = 0, dead = 0, cancelled = 0, inbound = 0;
};

// Read-only queries on the caller's own connection (WAL lets readers run beside the
// writer). One reader per thread: create it in the thread that uses it.
class StoreReader final
{
    Q_DISABLE_COPY_MOVE(StoreReader)

public:
    explicit StoreReader(const StoreConfig &config);
    ~StoreReader();
    Status open();

    Result<Message> message(const QUuid &id);
    Result<QList<MessageEvent>> events(const QUuid &id);
    Result<MessagePage> messages(const MessageFilter &filter);
    Result<StatusCounts> counts();

    Result<QList<ThreadSummary>> threads(const QString &search, int limit, int offset);
    Result<int> threadCount(const QString &search);
    Result<int> unreadThreadCount(); // conversations with unread incoming messages
    // One thread, newest first, older than `before` (chatItemOlder order).
    Result<QList<ChatItem>> threadItems(const QString &number, const ThreadCursor &before, int limit);
    Result<qint64> stickyDevice(const QString &number); // 0 = none

    Result<QList<Message>> deadLetters(const DeadLetterFilter &filter);
    Result<int> deadLetterCount(const DeadLetterFilter &filter);

    Result<QList<Device>> devices();
    Result<Device> device(qint64 id);
    // Segments sent through a device since a time (rate budgets after a restart).
    Result<int> segmentsSentSince(qint64 deviceId, qint64 sinceMs);
    // Time of the newest SMS received through a device; 0 when none (inbox polling resumes there).
    Result<qint64> newestInboundAtMs(qint64 deviceId);
    // Whether a message other than `except` was sent under this gateway id.
    Result<bool> gatewayIdTaken(const QString &gatewayId, const QUuid &except);

    Result<QList<ApiToken>> tokens();
    Result<ApiToken> tokenByHash(const QByteArray &tokenHash); // NotFound when absent/revoked

    // Earliest next_attempt_at among queued messages (0 = none): the dispatcher's timer.
    Result<qint64> nextDueAtMs();
    // Earliest lease expiry among sending messages (0 = none).
    Result<qint64> nextLeaseExpiryMs();

    // Dashboard figures since a time: sent, delivered, failed (retry+dead events),
    // median enqueue→sent latency in ms.
    struct Throughput
    {
        qint64 sent = 0, delivered = 0, failed = 0;
        qint64 medianLatencyMs = -1;
    };
    Result<Throughput> throughputSince(qint64 sinceMs);
    // Sent and failed counts per minute for [fromMs, toMs), oldest first.
    Result<QList<QPair<qint64, qint64>>> perMinute(qint64 fromMs, qint64 toMs);

private:
    StoreConfig m_config;
    QString m_connectionName;
};

} // namespace smsdesk
