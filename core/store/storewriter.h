// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestore.h"
#include "rows.h"
#include "sqldialect.h"
#include "writestatement.h"

#include <QHash>
#include <QPromise>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace smsdesk {

// What a committed transaction means for observers; turned into signals after COMMIT.
struct WriteEffects
{
    int enqueued = 0;
    bool messagesChanged = false;
    bool devicesChanged = false;
    bool requeued = false; // messages went back to queued outside the dispatcher's outcomes
    bool contactsChanged = false;
    bool templatesChanged = false;
    bool campaignsChanged = false;
    bool optOutsChanged = false; // the suppression list (issue 15)
    QStringList inboundFrom;
    // Messages that became dead letters, with the reason as their history says it.
    struct DeadLetter
    {
        QUuid id;
        QString to;
        QString reason;
    };
    QList<DeadLetter> died;
    // The business settings as they are after this transaction (see BusinessSettings):
    // set when a job wrote them (then announced to the other desks), or read them again
    // because another desk did (then not announced back).
    std::optional<QHash<QString, QString>> settings;
    bool settingsWritten = false;
    // Outbound webhooks (issue 16, point 4): the event types some endpoint wants, as they are
    // after this transaction (set when endpoints changed here or on another desk); whether
    // endpoints were written here (then announced); whether deliveries were queued or
    // resent (the senders look).
    std::optional<quint32> webhookEvents;
    bool webhookEndpointsWritten = false;
    bool webhooksQueued = false;
    void merge(const WriteEffects &other);
};

// Counters the writer keeps in memory and in status_counts, indexed by MessageStatus;
// the last slot counts inbound messages.
using StatusTally = std::array<qint64, 7>;
inline constexpr int kInboundSlot = 6;

// What a job sees while it runs inside the shared transaction.
class WriteContext final
{
public:
    WriteContext(QSqlDatabase db, const QueueStore::Options &options, const SqlDialect &dialect,
                 rows::UuidV7Generator &ids);

    // A cached prepared statement, reset and ready to bind. Handing out a statement that
    // is not a SELECT marks the running job as one that may have written (see runJobs).
    QSqlQuery &prepared(const QString &sql);
    // The same for the hot statements, through WriteStatement (the SQLite C API when the
    // store is SQLite). `sql` must be a string literal: statements are cached by its address.
    WriteStatement &statement(const char *sql);
    qint64 now() const { return m_now; }
    const QueueStore::Options &options() const { return m_options; }
    const SqlDialect &dialect() const { return m_dialect; }
    // How long a retry waits: the options' policy, with the retry settings stored in the
    // database (BusinessSettings) where there are any.
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // Queued + sending, including this transaction's uncommitted changes. On PostgreSQL
    // the committed part is read from status_counts under a row lock held to COMMIT, so the
    // limit holds for every store sharing the database together, not per writer.
    Result<qint64> queueDepth();
    void countStatus(MessageStatus status, qint64 delta) { m_job[int(status)] += delta; }
    void moveStatus(MessageStatus from, MessageStatus to);
    void countInbound(qint64 delta) { m_job[kInboundSlot] += delta; }
    WriteEffects &effects() { return m_jobEffects; }
    // Unique per claim. PostgreSQL: the database's sequence, shared by every dispatcher on
    // the queue. SQLite (one writer): a counter that only grows, across restarts too, in the
    // high bits, and a tag drawn when the writer opened in the low 16.
    Result<qint64> nextLeaseId();
    QUuid newId() { return m_ids.next(m_now); }
    // The outbound webhook event types some endpoint wants (WebhookEvents bits), cached: with
    // none configured an event costs one test of this integer (ops::queueMessageWebhook).
    quint32 webhookEvents() const { return m_webhookEvents; }
    // Appends one entry to a message's history (and, when an endpoint wants what it tells,
    // to the outbound webhook outbox, in the same transaction).
    Status addEvent(qint64 messageSeq, const char *kind, qint64 deviceId = 0, int httpStatus = 0,
                    const QString &detail = {});

private:
    friend class StoreWriter;
    void beginJob(qint64 nowMs);
    void keepJob();
    void clearTransaction();
    bool jobMayHaveWritten() const { return m_jobWrites; }
    void useSettings(const QHash<QString, QString> &values);

    QSqlDatabase m_db;
    const QueueStore::Options &m_options;
    const SqlDialect &m_dialect;
    struct Statement
    {
        std::unique_ptr<QSqlQuery> query;
        bool writes = false;
    };
    std::unordered_map<QString, Statement> m_statements;
    std::unordered_map<const char *, std::unique_ptr<WriteStatement>> m_hot;
    bool m_jobWrites = false;
    rows::UuidV7Generator &m_ids; // the store's: one minter of message ids
    RetryPolicy m_retryPolicy;
    qint64 m_now = 0;
    quint32 m_webhookEvents = 0;
    qint64 m_leaseCounter = 0;
    qint64 m_leaseTag = 0;
    StatusTally m_committed {}; // as on disk
    int m_countShard = 0; // the status_counts rows this writer adds to (migration 5)
    StatusTally m_tx {}; // this transaction's kept jobs
    StatusTally m_job {}; // the running job
    WriteEffects m_txEffects;
    WriteEffects m_jobEffects;
};

// One unit of work: all or nothing inside the shared transaction, answers after the COMMIT.
class WriteJob
{
public:
    virtual ~WriteJob() = default;
    // False undoes what the job wrote; the rest of the transaction goes on. May run twice
    // (see StoreWriter::runJobs), so a job touches nothing but the database and its result.
    virtual bool run(WriteContext &context) = 0;
    // nullptr: the transaction holding the job is durable. Otherwise why it is not.
    virtual void resolve(const Error *commitError) = 0;
    // Why run() failed; storage errors end the whole transaction (see runJobs).
    virtual Error failure() const = 0;
};

template<typename T> class TypedWriteJob final : public WriteJob
{
public:
    explicit TypedWriteJob(std::function<T(WriteContext &)> body)
        : m_body(std::move(body))
    {
        m_promise.start();
    }
    QFuture<T> future() { return m_promise.future(); }
    bool run(WriteContext &context) override
    {
        m_result.emplace(m_body(context));
        return m_result->ok();
    }
    Error failure() const override { return m_result ? m_result->error() : Error {}; }
    void resolve(const Error *commitError) override
    {
        if (commitError || !m_result)
            m_result.emplace(commitError ? *commitError
                                         : Error { ErrorCode::Internal, QStringLiteral("job not run") });
        m_promise.addResult(std::move(*m_result));
        m_promise.finish();
    }

private:
    std::function<T(WriteContext &)> m_body;
    QPromise<T> m_promise;
    std::optional<T> m_result;
};

// The one writer connection and its thread: a job queue and group commit (DESIGN §2).
class StoreWriter final
{
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    using CommitHook = std::function<void(const WriteEffects &)>;
    struct Stats
    {
        qint64 transactions = 0;
        qint64 jobs = 0;
        qint64 largestBatch = 0;
    };

    StoreWriter(const Clock &clock, const QueueStore::Options &options, CommitHook hook, rows::UuidV7Generator &ids);
    ~StoreWriter();

    // Starts the thread, opens and migrates the database; returns once that is done.
    Status start();
    // Finishes the queued jobs, then closes the connection and ends the thread.
    void stop();
    Stats stats() const;
    // The settings rows as last committed or read (any thread).
    QHash<QString, QString> settings() const;
    // Names this writer in its announcements to the other stores on a shared PostgreSQL
    // database (StoreListener); drawn from the store's random source.
    const QString &origin() const { return m_origin; }

    template<typename T> QFuture<T> submit(std::function<T(WriteContext &)> body)
    {
        auto job = std::make_unique<TypedWriteJob<T>>(std::move(body));
        QFuture<T> future = job->future();
        post(std::move(job));
        return future;
    }

private:
    void post(std::unique_ptr<WriteJob> job);
    void threadMain(std::promise<Status> *opened);
    Status openDatabase();
    Status loadState();
    void runBatch(std::vector<std::unique_ptr<WriteJob>> &batch);
    enum class Isolation { Optimistic, Savepoints };
    // Runs batch[from...]; see runBatch.
    Status runJobs(std::vector<std::unique_ptr<WriteJob>> &batch, Isolation isolation, bool *mustIsolate,
                   size_t from = 0);
    // Moves queued jobs into `batch`, up to maxBatchJobs in all; m_mutex must be held.
    void moveQueued(std::vector<std::unique_ptr<WriteJob>> &batch);
    // The same, taking m_mutex; true when it moved any.
    bool takeQueued(std::vector<std::unique_ptr<WriteJob>> &batch);
    Status flushCounts();
    Status announce(const WriteEffects &effects);
    bool reconnectIfLost();
    Status execCached(const char *sql, const QString &what);

    const Clock &m_clock;
    const QueueStore::Options &m_options;
    rows::UuidV7Generator &m_ids;
    const SqlDialect &m_dialect;
    CommitHook m_hook;
    QString m_connectionName;
    QString m_origin;
    std::unique_ptr<WriteContext> m_context;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<WriteJob>> m_queue;
    bool m_running = false;
    bool m_stopping = false;
    std::atomic<qint64> m_transactions { 0 };
    std::atomic<qint64> m_jobs { 0 };
    std::atomic<qint64> m_largestBatch { 0 };
    mutable std::mutex m_settingsMutex;
    QHash<QString, QString> m_settings;
};

} // namespace smsdesk
