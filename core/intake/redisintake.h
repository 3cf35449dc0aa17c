// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakesource.h"
#include "result.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

class QTimer;
struct redisReply; // hiredis

namespace smsdesk {

class RedisConnection;

// Redis Streams intake (issue 16, point 1): one hiredis connection reading a stream in a
// consumer group (XREADGROUP), in the thread IntakeHost gives it. Producers do
// `XADD sms_queue * message <json>`, unchanged.
//
// - The group is used as it is when it exists; when it does not, it is made with
//   `XGROUP CREATE stream group $ MKSTREAM`: only entries added from then on are read, so a
//   stream with a long history does not send it all again. When the group is gone later
//   (NOGROUP: the stream deleted and made anew, Redis restarted without its data), it is made
//   again after the newest entry this intake read.
// - After every (re)connect this consumer first reads its own pending entries (XREADGROUP
//   … 0: read before and never acknowledged), then new ones (>). At most config().prefetch
//   entries are handed to the sink and not yet acknowledged; a read waits (BLOCK 250 ms)
//   only when none are, so the thread is never held longer than that.
// - Each entry is acknowledged (XACK) only once the sink says it is on disk: any verdict but
//   Retry. Retry: nothing more is read for a pause (1 s doubling to 30 s), then the pending
//   entries are read again.
// - Every few seconds XAUTOCLAIM takes over entries pending on any consumer of the group for
//   longer than config().claimIdleMs (a desk that died with entries read), and hands them on.
// - Redelivery (own pending entries after a reconnect, claimed entries) is recognised by
//   the sink: the key is the stream entry id (IntakeEntry::brokerId), or the entry's own `id`.
//   Unlike AMQP delivery tags, stream ids are stable, so every redelivery is recognised.
// - A lost connection (server gone, a socket error, no answer within 5 s) is said in the
//   status line; it connects again by itself, waiting 1 s doubling to 30 s. Answers from
//   the sink for the old connection are not acknowledged there: the entries stay pending and
//   are read again (as duplicates) and acknowledged on the new one.
// - An entry without a `message` field is handed with bodyMissing; the sink makes it a dead
//   letter keeping every field (IntakeEntry::raw, a JSON object), and it is acknowledged.
// - config().statusStream, when set: each verdict (enqueued, duplicate, rejected) is added
//   to that stream once acknowledged (XADD … MAXLEN ~ 100000).
class RedisIntake final : public IntakeSource
{
    Q_OBJECT

public:
    RedisIntake(IntakeConfig config, IntakeSink &sink, QObject *parent = nullptr);
    ~RedisIntake() override;

    void start() override;
    void stop() override;

    // Connects once and says what is there, for Settings → Test: "Redis 7.0.15: stream
    // sms_queue has 12 entries, group sms_workers has 3 pending", or why not.
    static Result<QString> probe(const IntakeConfig &config, int timeoutMs);
    // config().consumer, or "smsdesk-" + this machine's host name.
    static QString consumerName(const IntakeConfig &config);

private:
    struct Read
    {
        QList<QByteArray> ids;
        QList<IntakeEntry> entries;
        QList<QByteArray> deleted; // pending ids whose entry is gone from the stream
    };
    void connectNow();
    Status ensureGroup();
    void scheduleRead();
    void readSome();
    void claimIdle();
    Read parseEntries(const ::redisReply *list) const;
    void handOut(Read read);
    void settle(quint64 generation, const QList<QByteArray> &ids, const QList<qint64> &produced,
                const QList<IntakeOutcome> &outcomes);
    bool acknowledge(const QList<QByteArray> &ids, const QList<QList<QByteArray>> &statuses);
    void resumeAfterPause(quint64 generation);
    void commandFailed(const Error &error); // a command's failure: reconnect, or remake the group
    void fail(const QString &why);
    void tick();
    void refreshBacklog();
    void dropConnection();

    std::unique_ptr<RedisConnection> m_conn;
    QByteArray m_stream;
    QByteArray m_group;
    QByteArray m_consumer;
    QTimer *m_tick = nullptr;
    QTimer *m_reconnect = nullptr;
    quint64 m_generation = 0; // one per connection: answers for an older one are not acked
    QSet<QByteArray> m_inFlight; // entry ids handed to the sink on this connection, unanswered
    QByteArray m_pendingCursor; // reading own pending entries after this id; empty = reading new
    QByteArray m_claimCursor = "0-0";
    QByteArray m_lastSeenId; // the newest entry id read, for a group made again (ensureGroup)
    bool m_running = false;
    bool m_readQueued = false;
    bool m_paused = false; // the store failed: nothing is read until the pause is over
    bool m_claimUnsupported = false; // the server has no XAUTOCLAIM (before 6.2)
    int m_backoffMs = 1000;
    int m_storePauseMs = 1000;
    QString m_runningLine;
    QElapsedTimer m_sinceBacklog;
    QElapsedTimer m_sinceClaim;
};

} // namespace smsdesk
