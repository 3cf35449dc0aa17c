// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewriter.h"

#include "businesssettings.h"
#include "connection.h"
#include "migrations.h"
#include "queueops.h"
#include "storelistener.h"

#include <QSqlError>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace smsdesk {

void WriteEffects::merge(const WriteEffects &other)
{
    enqueued += other.enqueued;
    messagesChanged = messagesChanged || other.messagesChanged;
    devicesChanged = devicesChanged || other.devicesChanged;
    requeued = requeued || other.requeued;
    contactsChanged = contactsChanged || other.contactsChanged;
    templatesChanged = templatesChanged || other.templatesChanged;
    campaignsChanged = campaignsChanged || other.campaignsChanged;
    optOutsChanged = optOutsChanged || other.optOutsChanged;
    inboundFrom += other.inboundFrom;
    died += other.died;
    if (other.settings)
        settings = other.settings;
    settingsWritten = settingsWritten || other.settingsWritten;
    if (other.webhookEvents)
        webhookEvents = other.webhookEvents;
    webhookEndpointsWritten = webhookEndpointsWritten || other.webhookEndpointsWritten;
    webhooksQueued = webhooksQueued || other.webhooksQueued;
}

WriteContext::WriteContext(QSqlDatabase db, const QueueStore::Options &options, const SqlDialect &dialect,
                           rows::UuidV7Generator &ids)
    : m_db(std::move(db))
    , m_options(options)
    , m_dialect(dialect)
    , m_ids(ids)
    , m_retryPolicy(options.retryPolicy)
{ }

void WriteContext::useSettings(const QHash<QString, QString> &values)
{
    RetryPolicy::Settings retry = m_options.retryPolicy.settings();
    const QStringList keys = BusinessSettings::keys();
    if (std::any_of(keys.begin(), keys.end(),
                    [&](const QString &key) { return key.startsWith(u"retry/") && values.contains(key); }))
        retry = BusinessSettings::fromValues(values).retry;
    m_retryPolicy = m_options.retryPolicy.withSettings(retry);
}

Result<qint64> WriteContext::nextLeaseId()
{
    if (m_dialect.isSqlite())
        return (++m_leaseCounter << 16) | m_leaseTag;
    QSqlQuery &q = prepared(QStringLiteral("SELECT nextval('lease_ids')"));
    if (!q.exec() || !q.next())
        return db::queryError(q, QStringLiteral("cannot draw a lease id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QSqlQuery &WriteContext::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        Statement statement { std::make_unique<QSqlQuery>(m_db),
                              !sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) };
        // Forward-only: the driver need not keep rows we already read.
        statement.query->setForwardOnly(true);
        if (!statement.query->prepare(sql))
            qWarning("smsdesk store: cannot prepare %s: %s", qPrintable(sql),
                     qPrintable(statement.query->lastError().text()));
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    QSqlQuery &query = *it->second.query;
    m_jobWrites = m_jobWrites || it->second.writes;
    // A statement left half-read (e.g. RETURNING) would keep its lock; reset it first.
    // exec() resets a finished one anyway, so only pay for a running one.
    if (query.isActive() && query.isSelect())
        query.finish();
    return query;
}

WriteStatement &WriteContext::statement(const char *sql)
{
    auto it = m_hot.find(sql);
    if (it == m_hot.end())
        it = m_hot.emplace(sql, WriteStatement::prepare(m_db, QString::fromUtf8(sql))).first;
    m_jobWrites = m_jobWrites || qstrnicmp(sql, "SELECT", 6) != 0;
    return *it->second;
}

Result<qint64> WriteContext::queueDepth()
{
    const auto depth
        = [](const StatusTally &t) { return t[int(MessageStatus::Queued)] + t[int(MessageStatus::Sending)]; };
    if (m_dialect.isSqlite()) // one writer: its own tally is the truth
        return depth(m_committed) + depth(m_tx) + depth(m_job);
    // Every shard's rows, locked in the order flushCounts updates a shard's (queued, then
    // sending): no deadlock with another writer's count update.
    QSqlQuery &q = prepared(QStringLiteral("SELECT n FROM status_counts WHERE status IN ('queued', 'sending')"
                                           " ORDER BY status, shard FOR UPDATE"));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the queue depth"));
    qint64 committed = 0;
    while (q.next())
        committed += q.value(0).toLongLong();
    q.finish();
    return committed + depth(m_tx) + depth(m_job);
}

void WriteContext::moveStatus(MessageStatus from, MessageStatus to)
{
    countStatus(from, -1);
    countStatus(to, +1);
}

Status WriteContext::addEvent(qint64 messageSeq, const char *kind, qint64 deviceId, int httpStatus,
                              const QString &detail)
{
    WriteStatement &q = statement("INSERT INTO message_events (message_seq, at, kind, device_id, http_status,"
                                  " detail) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(0, messageSeq);
    q.bind(1, m_now);
    q.bind(2, QString::fromLatin1(kind));
    q.bind(3, deviceId);
    q.bind(4, qint64(httpStatus));
    q.bindTextOrNull(5, detail);
    if (Status s = q.execute(QStringLiteral("cannot record the event")); !s)
        return s;
    if (m_webhookEvents != 0) // an endpoint wants some events: this one?
        return ops::queueMessageWebhook(*this, messageSeq, kind, deviceId, httpStatus, detail);
    return {};
}

void WriteContext::beginJob(qint64 nowMs)
{
    m_now = nowMs;
    m_job = {};
    m_jobEffects = {};
    m_jobWrites = false;
}

void WriteContext::keepJob()
{
    for (size_t i = 0; i < m_tx.size(); ++i)
        m_tx[i] += m_job[i];
    m_txEffects.merge(m_jobEffects);
    m_job = {};
    m_jobEffects = {};
}

void WriteContext::clearTransaction()
{
    m_tx = {};
    m_job = {};
    m_txEffects = {};
    m_jobEffects = {};
}

StoreWriter::StoreWriter(const Clock &clock, const QueueStore::Options &options, CommitHook hook,
                         rows::UuidV7Generator &ids)
    : m_clock(clock)
    , m_options(options)
    , m_ids(ids)
    , m_dialect(SqlDialect::forBackend(options.config.backend))
    , m_hook(std::move(hook))
    , m_connectionName(QStringLiteral("smsdesk-writer-%1").arg(quintptr(this), 0, 16))
    , m_origin(QString::number(options.random(), 36))
{ }

StoreWriter::~StoreWriter()
{
    stop();
}

Status StoreWriter::start()
{
    if (m_thread.joinable())
        return Status::failure(ErrorCode::Internal, QStringLiteral("the store is already open"));
    std::promise<Status> opened;
    std::future<Status> result = opened.get_future();
    m_stopping = false;
    m_thread = std::thread([this, &opened] { threadMain(&opened); });
    Status status = result.get();
    if (!status)
        m_thread.join();
    return status;
}

void StoreWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

StoreWriter::Stats StoreWriter::stats() const
{
    return Stats { m_transactions.load(), m_jobs.load(), m_largestBatch.load() };
}

QHash<QString, QString> StoreWriter::settings() const
{
    std::lock_guard lock(m_settingsMutex);
    return m_settings;
}

void StoreWriter::post(std::unique_ptr<WriteJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_running && !m_stopping) {
            m_queue.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    const Error closed { ErrorCode::Unavailable, QStringLiteral("the message store is not open") };
    job->resolve(&closed);
}

void StoreWriter::threadMain(std::promise<Status> *opened)
{
#ifdef Q_OS_LINUX
    // Named for top, perf and the benchmarks' per-thread CPU figures.
    pthread_setname_np(pthread_self(), "smsdesk-store");
#endif
    Status status = openDatabase();
    {
        std::lock_guard lock(m_mutex);
        m_running = status.ok();
    }
    opened->set_value(status); // `opened` dies with start(); never touch it again
    if (!status)
        return;
    std::vector<std::unique_ptr<WriteJob>> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                m_running = false;
                break;
            }
            // Everything that arrived while the last transaction committed goes into this one.
            moveQueued(batch);
        }
        runBatch(batch);
        batch.clear();
    }
    m_context.reset();
    db::closeConnection(m_connectionName);
}

} // namespace smsdesk

namespace smsdesk {

Status StoreWriter::openDatabase()
{
    const StoreConfig &config = m_options.config;
    if (Status s = db::openConnection(config, m_connectionName, true); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Status status;
    const Result<int> version = migrations::currentVersion(db, m_dialect);
    if (!version) {
        status = version.error();
    } else if (version.value() > migrations::latestVersion()) {
        // Checked before any setting that could write, so the file stays as it was.
        status = Status::failure(ErrorCode::Incompatible,
                                 QStringLiteral("%1 was written by a newer Smsdesk (schema version %2; this "
                                                "version knows up to %3). It was not opened or modified; "
                                                "use the newer Smsdesk.")
                                     .arg(config.describe())
                                     .arg(version.value())
                                     .arg(migrations::latestVersion()));
    } else if (version.value() == 0) {
        // Not ours yet: only an empty database becomes Smsdesk's, never one that another
        // program keeps its tables in (a wrong --database name must not get our tables).
        const Result<QString> foreign = migrations::foreignTable(db, m_dialect);
        if (!foreign)
            status = foreign.error();
        else if (!foreign->isEmpty())
            status = Status::failure(ErrorCode::Incompatible,
                                     QStringLiteral("%1 is not Smsdesk's: it holds tables of another program "
                                                    "(such as \"%2\"). It was not opened or modified; give "
                                                    "Smsdesk an empty database or its own.")
                                         .arg(config.describe(), foreign.value()));
    }
    for (const QString &setting : m_dialect.journalSettings()) {
        if (status)
            status = db::exec(db, setting, QStringLiteral("cannot configure %1").arg(config.describe()));
    }
    if (status)
        status
            = migrations::apply(db, m_dialect, version.ok() ? version.value() : 0, m_clock.nowMs());
    if (status) {
        m_context = std::make_unique<WriteContext>(db, m_options, m_dialect, m_ids);
        status = loadState();
    }
    if (!status) {
        m_context.reset();
        db = QSqlDatabase();
        db::closeConnection(m_connectionName);
    }
    return status;
}

// A PostgreSQL server that restarted: the old session and every statement prepared on it
// are gone. A new connection, a new context and the counts as they are now. Tried when a
// transaction cannot even begin, so a failure after BEGIN (which may or may not have been
// committed) is never repeated: its jobs hear the error, and the next batch reconnects.
bool StoreWriter::reconnectIfLost()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db::connectionLost(db))
        return false;
    m_context.reset();
    const Status reopened = db::reopen(db, true);
    m_context = std::make_unique<WriteContext>(db, m_options, m_dialect, m_ids);
    if (!reopened)
        return false;
    if (Status s = loadState(); !s) {
        qWarning("smsdesk store: reconnected, but %s", qPrintable(s.errorString()));
        return false;
    }
    qInfo("smsdesk store: reconnected to %s", qPrintable(m_options.config.describe()));
    return true;
}

Status StoreWriter::loadState()
{
    const QString what = QStringLiteral("cannot read the queue state");
    if (!m_dialect.isSqlite()) {
        // Rows of this writer's own (migration 5), so that the desks do not queue behind
        // each other's COMMIT on the counts.
        QSqlQuery &draw = m_context->prepared(QStringLiteral("SELECT nextval('count_shards') % 32"));
        if (!draw.exec() || !draw.next())
            return db::queryError(draw, what);
        m_context->m_countShard = draw.value(0).toInt();
        draw.finish();
        QSqlQuery &rows = m_context->prepared(QStringLiteral(
            "INSERT INTO status_counts (status, shard, n) SELECT status, ?, 0 FROM status_counts WHERE shard = 0"
            " ON CONFLICT (status, shard) DO NOTHING"));
        rows.bindValue(0, m_context->m_countShard);
        if (!rows.exec())
            return db::queryError(rows, what);
    }
    QSqlQuery &counts
        = m_context->prepared(QStringLiteral("SELECT status, SUM(n) FROM status_counts GROUP BY status"));
    if (!counts.exec())
        return db::queryError(counts, what);
    while (counts.next()) {
        const QString name = counts.value(0).toString();
        const auto status = statusFromName(name);
        const int slot = status ? int(*status) : (name == QLatin1String("inbound") ? kInboundSlot : -1);
        if (slot >= 0)
            m_context->m_committed[size_t(slot)] = counts.value(1).toLongLong();
    }
    // On SQLite a lease id is a counter and this writer's random tag (see nextLeaseId;
    // PostgreSQL draws from its sequence and ignores them). The counter
    // only grows, across restarts too, so a holder from before can never match a new lease:
    // it starts above both the live leases (a small partial-index scan, not a pass over a
    // million rows) and the clock.
    QSqlQuery &lease = m_context->prepared(
        QStringLiteral("SELECT COALESCE(MAX(lease_id), 0) FROM messages WHERE status = 'sending'"));
    if (!lease.exec() || !lease.next())
        return db::queryError(lease, what);
    m_context->m_leaseCounter = std::max((lease.value(0).toLongLong() >> 16) + 1, m_clock.nowMs());
    m_context->m_leaseTag = m_options.random() & 0xffff;
    lease.finish();
    // The business settings (changed meanwhile by another desk, when reconnecting).
    const Result<QHash<QString, QString>> settings = ops::readSettings(*m_context);
    if (!settings)
        return settings.error();
    m_context->useSettings(settings.value());
    // The webhook events some endpoint wants (outbound webhooks).
    const Result<quint32> wanted = ops::webhookEventsWanted(*m_context);
    if (!wanted)
        return wanted.error();
    m_context->m_webhookEvents = wanted.value();
    std::lock_guard lock(m_settingsMutex);
    m_settings = settings.value();
    return {};
}

void StoreWriter::moveQueued(std::vector<std::unique_ptr<WriteJob>> &batch)
{
    const size_t cap = size_t(std::max(1, m_options.config.maxBatchJobs));
    while (!m_queue.empty() && batch.size() < cap) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
}

bool StoreWriter::takeQueued(std::vector<std::unique_ptr<WriteJob>> &batch)
{
    std::lock_guard lock(m_mutex);
    const size_t before = batch.size();
    moveQueued(batch);
    return batch.size() > before;
}

Status StoreWriter::execCached(const char *sql, const QString &what)
{
    return m_context->statement(sql).execute(what);
}

void StoreWriter::runBatch(std::vector<std::unique_ptr<WriteJob>> &batch)
{
    m_context->clearTransaction();
    // SQLite undoes a failed statement by itself and keeps the transaction, so jobs run
    // without a savepoint each (they cost a third of an enqueue). Should a job fail after
    // it may have written, the transaction is rolled back and run again, each job in its
    // own savepoint. PostgreSQL aborts the whole transaction on any error: savepoints always.
    const Isolation first = m_dialect.isSqlite() ? Isolation::Optimistic : Isolation::Savepoints;
    Status status = execCached(m_dialect.beginWrite(), QStringLiteral("cannot start a transaction"));
    if (!status && reconnectIfLost()) // nothing was sent yet: safe to begin again
        status = execCached(m_dialect.beginWrite(), QStringLiteral("cannot start a transaction"));
    bool mustIsolate = false;
    // Jobs that arrived while this transaction ran join it before the COMMIT: one fsync
    // for them too, instead of a transaction of their own right after. A producer waits
    // for its job's commit, so this ends once every waiting producer has its job in here.
    size_t done = 0;
    while (status && !mustIsolate) {
        status = runJobs(batch, first, &mustIsolate, done);
        done = batch.size();
        if (!takeQueued(batch))
            break;
    }
    if (status && mustIsolate) {
        m_context->clearTransaction();
        status = execCached("ROLLBACK", QStringLiteral("cannot roll back"));
        if (status)
            status = execCached(m_dialect.beginWrite(), QStringLiteral("cannot start a transaction"));
        if (status)
            status = runJobs(batch, Isolation::Savepoints, &mustIsolate);
    }
    if (status)
        status = flushCounts();
    if (status && !m_dialect.isSqlite())
        status = announce(m_context->m_txEffects);
    if (status)
        status = execCached("COMMIT", QStringLiteral("cannot commit"));
    if (!status) {
        // Nothing of this transaction is on disk: every job in it must hear so.
        QSqlQuery rollback(QSqlDatabase::database(m_connectionName, false));
        rollback.exec(QStringLiteral("ROLLBACK"));
        // A disk or file problem keeps its code (the UI and logs can say "disk full");
        // anything else is the store being unavailable. Both answer 503 over HTTP.
        const ErrorCode code = status.code() == ErrorCode::Io ? ErrorCode::Io : ErrorCode::Unavailable;
        const Error error {
            code, QStringLiteral("the message store could not save: %1").arg(status.errorString())
        };
        for (auto &job : batch)
            job->resolve(&error);
        m_context->clearTransaction();
        return;
    }
    for (size_t i = 0; i < m_context->m_committed.size(); ++i)
        m_context->m_committed[i] += m_context->m_tx[i];
    m_transactions.fetch_add(1);
    m_jobs.fetch_add(qint64(batch.size()));
    if (qint64(batch.size()) > m_largestBatch.load())
        m_largestBatch.store(qint64(batch.size()));
    for (auto &job : batch)
        job->resolve(nullptr);
    const WriteEffects effects = m_context->m_txEffects;
    m_context->clearTransaction();
    if (effects.webhookEvents)
        m_context->m_webhookEvents = *effects.webhookEvents;
    if (effects.settings) {
        m_context->useSettings(*effects.settings);
        std::lock_guard lock(m_settingsMutex);
        m_settings = *effects.settings;
    }
    if (m_hook)
        m_hook(effects);
}

namespace {
bool isStorageFailure(ErrorCode code)
{
    return code == ErrorCode::Io || code == ErrorCode::Unavailable || code == ErrorCode::Incompatible
        || code == ErrorCode::Internal;
}
} // namespace

// Optimistic: no savepoints; a job that fails after it may have written stops the run and
// sets *mustIsolate, and runBatch() starts over with Savepoints.
Status StoreWriter::runJobs(std::vector<std::unique_ptr<WriteJob>> &batch, Isolation isolation,
                            bool *mustIsolate, size_t from)
{
    *mustIsolate = false;
    const bool savepoints = isolation == Isolation::Savepoints;
    const char *const savepoint = "SAVEPOINT job";
    const char *const release = "RELEASE SAVEPOINT job";
    const char *const rollbackTo = "ROLLBACK TO SAVEPOINT job";
    for (size_t i = from; i < batch.size(); ++i) {
        const std::unique_ptr<WriteJob> &job = batch[i];
        if (savepoints) {
            if (Status s = execCached(savepoint, QStringLiteral("cannot start a savepoint")); !s)
                return s;
        }
        m_context->beginJob(m_clock.nowMs());
        const bool ok = job->run(*m_context);
        if (!ok && isStorageFailure(job->failure().code)) {
            // SQLite may already have rolled the whole transaction back (disk full, I/O
            // error); committing what is left could save half a batch. Fail it all.
            return job->failure();
        }
        if (!ok && !savepoints && m_context->jobMayHaveWritten()) {
            *mustIsolate = true;
            return {};
        }
        if (!ok && savepoints) {
            // Only this job's changes go; the others in the transaction stay.
            if (Status s = execCached(rollbackTo, QStringLiteral("cannot roll back a job")); !s)
                return s;
        }
        if (savepoints) {
            if (Status s = execCached(release, QStringLiteral("cannot release a savepoint")); !s)
                return s;
        }
        if (ok)
            m_context->keepJob();
    }
    return {};
}

// Inside the transaction: PostgreSQL delivers the notifications at COMMIT, to every store
// listening on the database (StoreListener), and drops them with a rollback.
Status StoreWriter::announce(const WriteEffects &effects)
{
    for (const QString &payload : announce::of(effects, m_origin)) {
        WriteStatement &q = m_context->statement("SELECT pg_notify('smsdesk', ?)");
        q.bind(0, payload);
        if (Status s = q.execute(QStringLiteral("cannot tell the other desks")); !s)
            return s;
    }
    return {};
}

Status StoreWriter::flushCounts()
{
    static const char *const names[]
        = { "queued", "sending", "sent", "delivered", "dead", "cancelled", "inbound" };
    for (size_t i = 0; i < m_context->m_tx.size(); ++i) {
        if (m_context->m_tx[i] == 0)
            continue;
        WriteStatement &q = m_context->statement("UPDATE status_counts SET n = n + ? WHERE status = ? AND shard = ?");
        q.bind(0, m_context->m_tx[i]);
        q.bind(1, QString::fromLatin1(names[i]));
        q.bind(2, qint64(m_context->m_countShard));
        if (Status s = q.execute(QStringLiteral("cannot update the counts")); !s)
            return s;
    }
    return {};
}

} // namespace smsdesk
