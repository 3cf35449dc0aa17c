// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    // One thread, newest first, older than `beforeAtMs` when > 0.
    Result<QList<ChatItem>> threadItems(const QString &number, qint64 beforeAtMs, int limit);
    Result<qint64> stickyDevice(const QString &number); // 0 = none

    Result<QList<Message>> deadLetters(const DeadLetterFilter &filter);
    Result<int> deadLetterCount(const DeadLetterFilter &filter);

    Result<QList<Device>> devices();
    Result<Device> device(qint64 id);
    // Segments sent through a device since a time (rate budgets after a restart).
    Result<int> segmentsSentSince(qint64 deviceId, qint64 sinceMs);

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
