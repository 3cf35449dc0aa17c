// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisintake.h"

#include "intakesink.h"
#include "redisconnection.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimer>

#include <hiredis.h>

#include <algorithm>

namespace smsdesk {

namespace {

constexpr int kConnectTimeoutMs = 3000;
// Longer than the read's BLOCK, and than a 10 MB entry takes on loopback.
constexpr int kCommandTimeoutMs = 5000;
constexpr int kBlockMs = 250;
constexpr int kMaxBackoffMs = 30'000;
constexpr int kTickMs = 250;
constexpr const char *kStatusStreamLength = "100000"; // XADD MAXLEN ~ for config().statusStream

// A stream id is "<milliseconds>-<sequence>"; with `XADD … *` the milliseconds are the
// server's clock when the producer added it.
qint64 millisecondsOf(const QByteArray &id)
{
    const qsizetype dash = id.indexOf('-');
    bool ok = false;
    const qint64 ms = (dash < 0 ? id : id.left(dash)).toLongLong(&ok);
    return ok ? ms : 0;
}

// Stream ids compare as (milliseconds, sequence), not as text.
bool isAfter(const QByteArray &a, const QByteArray &b)
{
    const auto parts = [](const QByteArray &id) {
        const qsizetype dash = id.indexOf('-');
        return std::pair<quint64, quint64> { (dash < 0 ? id : id.left(dash)).toULongLong(),
                                             dash < 0 ? 0 : id.mid(dash + 1).toULongLong() };
    };
    return parts(a) > parts(b);
}

QByteArray verdictName(IntakeOutcome::Verdict verdict)
{
    switch (verdict) {
    case IntakeOutcome::Verdict::Enqueued:
        return "enqueued";
    case IntakeOutcome::Verdict::Duplicate:
        return "duplicate";
    case IntakeOutcome::Verdict::Rejected:
        return "rejected";
    case IntakeOutcome::Verdict::Retry:
        return "retry";
    }
    return {};
}

} // namespace

RedisIntake::RedisIntake(IntakeConfig config, IntakeSink &sink, QObject *parent)
    : IntakeSource(std::move(config), sink, parent)
    , m_stream(this->config().stream.trimmed().toUtf8())
    , m_group(this->config().group.trimmed().toUtf8())
    , m_consumer(consumerName(this->config()).toUtf8())
{
}

RedisIntake::~RedisIntake()
{
    m_running = false;
    dropConnection();
}

QString RedisIntake::consumerName(const IntakeConfig &config)
{
    const QString own = config.consumer.trimmed();
    return own.isEmpty() ? QStringLiteral("smsdesk-") + QSysInfo::machineHostName() : own;
}

void RedisIntake::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_tick) {
        m_tick = new QTimer(this);
        m_tick->setInterval(kTickMs);
        connect(m_tick, &QTimer::timeout, this, &RedisIntake::tick);
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &RedisIntake::connectNow);
    }
    m_backoffMs = 1000;
    m_tick->start();
    connectNow();
}

void RedisIntake::stop()
{
    m_running = false;
    if (m_tick) {
        m_tick->stop();
        m_reconnect->stop();
    }
    // Entries handed to the sink and unanswered stay pending in the group: read again (as
    // duplicates when they reached the disk) by this consumer's next start, or claimed.
    dropConnection();
    setPhase(IntakeState::Phase::Stopped, tr("Stopped"));
}

void RedisIntake::connectNow()
{
    if (!m_running)
        return;
    if (const QString problem = config().problem(); !problem.isEmpty()) {
        setPhase(IntakeState::Phase::Failing, problem);
        return; // a wrong setting does not mend itself: the row is restarted when edited
    }
    setPhase(IntakeState::Phase::Connecting, tr("Connecting to %1").arg(config().displayName()));
    m_conn = std::make_unique<RedisConnection>();
    if (Status st = m_conn->open(RedisTarget::from(config()), kConnectTimeoutMs, kCommandTimeoutMs); !st.ok())
        return fail(st.error().message);
    if (Status st = ensureGroup(); !st.ok())
        return fail(st.error().message);

    ++m_generation;
    m_inFlight.clear();
    m_pendingCursor = "0"; // own pending entries first (XREADGROUP … 0), then new ones (>)
    m_claimCursor = "0-0";
    m_sinceClaim.invalidate(); // claim at the first tick
    m_claimUnsupported = false; // asked again: the server may have been upgraded
    m_paused = false;
    m_backoffMs = 1000;
    m_runningLine = tr("Reading %1 as %2/%3 on Redis %4 (read ahead %5)")
                        .arg(QString::fromUtf8(m_stream), QString::fromUtf8(m_group), QString::fromUtf8(m_consumer),
                             m_conn->serverVersion())
                        .arg(config().prefetch);
    setPhase(IntakeState::Phase::Running, m_runningLine);
    refreshBacklog();
    scheduleRead();
}

Status RedisIntake::ensureGroup()
{
    // `$`: a group made by us starts at the stream's end (see the class comment). Made again
    // after this intake read from it (the stream was deleted and the producers made it anew,
    // or Redis lost its data): after the last entry read, so that what producers added since
    // is read, and nothing older is sent again.
    const QByteArray from = m_lastSeenId.isEmpty() ? QByteArray("$") : m_lastSeenId;
    const Result<RedisReply> made = m_conn->command({ "XGROUP", "CREATE", m_stream, m_group, from, "MKSTREAM" });
    if (made.ok() || made.code() == ErrorCode::Conflict) // BUSYGROUP: it exists
        return {};
    if (!m_conn->isOpen())
        return made.error();
    return Status::failure(ErrorCode::Invalid,
                           tr("Redis refused to make group %1 on stream %2 (%3)")
                               .arg(QString::fromUtf8(m_group), QString::fromUtf8(m_stream), made.errorString()));
}

void RedisIntake::scheduleRead()
{
    if (m_readQueued || !m_conn)
        return;
    m_readQueued = true;
    QTimer::singleShot(0, this, &RedisIntake::readSome);
}

void RedisIntake::readSome()
{
    m_readQueued = false;
    if (!m_running || !m_conn || !m_conn->isOpen() || m_paused)
        return;
    const qsizetype room = config().prefetch - m_inFlight.size();
    if (room <= 0)
        return; // settle() reads again
    // Half the read ahead per read: the next batch is read while the sink stores this one.
    const qsizetype count = std::min<qsizetype>(room, std::max(1, config().prefetch / 2));
    const bool pending = !m_pendingCursor.isEmpty();
    const bool wait = !pending && m_inFlight.isEmpty();
    QList<QByteArray> args { "XREADGROUP", "GROUP", m_group, m_consumer, "COUNT", QByteArray::number(count) };
    if (wait)
        args << "BLOCK" << QByteArray::number(kBlockMs);
    args << "STREAMS" << m_stream << (pending ? m_pendingCursor : QByteArray(">"));
    const Result<RedisReply> reply = m_conn->command(args);
    if (!reply.ok())
        return commandFailed(reply.error());
    // [[stream, [[id, [field, value, …]], …]]], or nil when BLOCK ran out.
    const redisReply *list = redisElement(redisElement(reply.value().get(), 0), 1);
    const size_t n = redisElements(list);
    if (pending)
        m_pendingCursor = n == 0 ? QByteArray() : redisBytes(redisElement(redisElement(list, n - 1), 0));
    handOut(parseEntries(list));
    if (n > 0 || wait || pending)
        scheduleRead();
}

RedisIntake::Read RedisIntake::parseEntries(const ::redisReply *list) const
{
    Read read;
    for (size_t i = 0; i < redisElements(list); ++i) {
        const redisReply *item = redisElement(list, i);
        const QByteArray id = redisBytes(redisElement(item, 0));
        if (id.isEmpty() || m_inFlight.contains(id))
            continue; // already with the sink on this connection
        const redisReply *fields = redisElement(item, 1);
        if (redisIsNil(fields)) {
            read.deleted.append(id); // XDEL'd or trimmed while pending: nothing left to read
            continue;
        }
        IntakeEntry entry;
        entry.brokerId = id;
        entry.producedAtMs = millisecondsOf(id);
        QJsonObject raw;
        bool haveMessage = false;
        for (size_t f = 0; f + 1 < redisElements(fields); f += 2) {
            const QByteArray name = redisBytes(redisElement(fields, f));
            const QByteArray value = redisBytes(redisElement(fields, f + 1));
            if (!haveMessage && name == "message") {
                entry.body = value;
                haveMessage = true;
            }
            if (!raw.contains(QString::fromUtf8(name)))
                raw.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        }
        entry.bodyMissing = !haveMessage;
        entry.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
        read.ids.append(id);
        read.entries.append(std::move(entry));
    }
    return read;
}

void RedisIntake::handOut(Read read)
{
    if (!read.deleted.isEmpty() && !acknowledge(read.deleted, {}))
        return;
    if (read.entries.isEmpty())
        return;
    QList<qint64> produced;
    produced.reserve(read.entries.size());
    for (qsizetype i = 0; i < read.ids.size(); ++i) {
        m_inFlight.insert(read.ids.at(i));
        if (m_lastSeenId.isEmpty() || isAfter(read.ids.at(i), m_lastSeenId))
            m_lastSeenId = read.ids.at(i);
        produced.append(read.entries.at(i).producedAtMs);
    }
    state().read += read.ids.size();
    markDirty();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<IntakeOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, ids = read.ids, produced] {
        watcher->deleteLater();
        const QFuture<QList<IntakeOutcome>> f = watcher->future();
        settle(generation, ids, produced, f.isValid() && f.resultCount() > 0 ? f.result() : QList<IntakeOutcome>());
    });
    watcher->setFuture(sink().accept(config(), std::move(read.entries)));
}

void RedisIntake::settle(quint64 generation, const QList<QByteArray> &ids, const QList<qint64> &produced,
                         const QList<IntakeOutcome> &outcomes)
{
    // An older connection's entries are still pending in the group: the new connection reads
    // them again (the sink says Duplicate) and acknowledges them there.
    if (generation != m_generation || !m_conn || !m_conn->isOpen())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray statusStream = config().statusStream.trimmed().toUtf8();
    QList<QByteArray> ack;
    QList<QList<QByteArray>> statuses;
    qsizetype retries = 0;
    QString retryReason;
    // Counted once acknowledged: an entry whose XACK is lost is read again, and counted then.
    qint64 enqueued = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_inFlight.remove(ids.at(i));
        // A missing outcome (a sink that broke its promise) is a Retry: nothing is acked blind.
        const IntakeOutcome outcome = i < outcomes.size() ? outcomes.at(i) : IntakeOutcome {};
        switch (outcome.verdict) {
        case IntakeOutcome::Verdict::Enqueued:
            ++enqueued;
            break;
        case IntakeOutcome::Verdict::Duplicate:
            ++duplicates;
            break;
        case IntakeOutcome::Verdict::Rejected:
            ++rejected;
            break;
        case IntakeOutcome::Verdict::Retry:
            ++retries;
            retryReason = outcome.reason;
            continue;
        }
        ack.append(ids.at(i));
        if (!statusStream.isEmpty())
            statuses.append({ "XADD", statusStream, "MAXLEN", "~", kStatusStreamLength, "*", "entry", ids.at(i),
                              "status", verdictName(outcome.verdict), "reason", outcome.reason.toUtf8() });
        const qint64 producedAt = produced.at(i) > 0 ? produced.at(i) : outcome.producedAtMs;
        lags().add(now, producedAt);
    }
    if (!ack.isEmpty() && !acknowledge(ack, statuses))
        return;
    state().enqueued += enqueued;
    state().duplicates += duplicates;
    state().rejected += rejected;
    markDirty();
    if (retries > 0) {
        if (!m_paused) {
            m_paused = true;
            setPhase(IntakeState::Phase::Failing,
                     tr("The store did not take %n message(s) (%1); offered again in %2 s", nullptr, int(retries))
                         .arg(retryReason)
                         .arg(m_storePauseMs / 1000));
            QTimer::singleShot(m_storePauseMs, this, [this, generation] { resumeAfterPause(generation); });
            m_storePauseMs = std::min(m_storePauseMs * 2, kMaxBackoffMs);
        }
    } else if (!ack.isEmpty() && !m_paused) {
        m_storePauseMs = 1000;
        if (state().phase == IntakeState::Phase::Failing)
            setPhase(IntakeState::Phase::Running, m_runningLine);
    }
    scheduleRead();
}

bool RedisIntake::acknowledge(const QList<QByteArray> &ids, const QList<QList<QByteArray>> &statuses)
{
    QList<QByteArray> xack { "XACK", m_stream, m_group };
    xack += ids;
    if (statuses.isEmpty()) {
        if (const Result<RedisReply> r = m_conn->command(xack); !r.ok()) {
            commandFailed(r.error());
            return false;
        }
        return true;
    }
    // One round trip; a refused status XADD (say the key holds no stream) does not stop intake.
    const Result<std::vector<RedisReply>> r = m_conn->pipeline(QList<QList<QByteArray>> { xack } + statuses);
    if (!r.ok()) {
        commandFailed(r.error());
        return false;
    }
    if (const redisReply *first = r.value().front().get(); first && first->type == REDIS_REPLY_ERROR) {
        commandFailed(Error { ErrorCode::Invalid, QString::fromUtf8(redisBytes(first)) });
        return false;
    }
    return true;
}

void RedisIntake::resumeAfterPause(quint64 generation)
{
    if (generation != m_generation || !m_paused)
        return; // a new connection started over anyway
    m_paused = false;
    m_pendingCursor = "0"; // what the store did not take is still pending on us
    scheduleRead();
}

void RedisIntake::claimIdle()
{
    m_sinceClaim.start();
    const qsizetype room = config().prefetch - m_inFlight.size();
    if (room <= 0 || !m_pendingCursor.isEmpty())
        return; // our own pending entries first
    const qsizetype count = std::min<qsizetype>(room, std::max(1, config().prefetch / 2));
    const Result<RedisReply> reply
        = m_conn->command({ "XAUTOCLAIM", m_stream, m_group, m_consumer, QByteArray::number(config().claimIdleMs),
                            m_claimCursor, "COUNT", QByteArray::number(count) });
    if (!reply.ok()) {
        if (m_conn->isOpen() && reply.errorString().startsWith(QLatin1String("ERR unknown command"))) {
            // Before Redis 6.2: reading goes on; a dead desk's entries stay with it, said.
            m_claimUnsupported = true;
            m_runningLine = tr("%1; Redis %2 cannot hand over a stopped desk's entries (XAUTOCLAIM needs 6.2)")
                                .arg(m_runningLine, m_conn->serverVersion());
            setPhase(IntakeState::Phase::Running, m_runningLine);
            return;
        }
        return commandFailed(reply.error());
    }
    // [next cursor, [[id, fields], …], deleted ids (Redis 7)]; the cursor is 0-0 at the end.
    const QByteArray next = redisBytes(redisElement(reply.value().get(), 0));
    m_claimCursor = next.isEmpty() ? QByteArray("0-0") : next;
    handOut(parseEntries(redisElement(reply.value().get(), 1)));
}

void RedisIntake::commandFailed(const Error &error)
{
    if (!m_conn || !m_conn->isOpen())
        return fail(error.message);
    if (error.code == ErrorCode::NotFound) {
        // NOGROUP: the stream or the group was deleted, or Redis restarted without its data.
        if (Status st = ensureGroup(); !st.ok())
            return fail(st.error().message);
        m_pendingCursor = "0";
        m_claimCursor = "0-0";
        scheduleRead();
        return;
    }
    fail(tr("Redis answered: %1").arg(error.message));
}

void RedisIntake::fail(const QString &why)
{
    dropConnection();
    if (!m_running)
        return;
    setPhase(IntakeState::Phase::Failing, tr("%1; again in %2 s").arg(why).arg(m_backoffMs / 1000));
    m_reconnect->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RedisIntake::dropConnection()
{
    m_conn.reset();
    ++m_generation;
    m_inFlight.clear();
    m_paused = false;
    state().backlog = -1;
}

void RedisIntake::tick()
{
    if (m_conn && m_conn->isOpen() && !m_paused) {
        const int claimEveryMs = std::clamp(config().claimIdleMs / 2, 1000, 5000);
        if (!m_claimUnsupported
            && (!m_sinceClaim.isValid() || m_sinceClaim.elapsed() >= claimEveryMs || m_claimCursor != "0-0"))
            claimIdle();
        if (m_conn && m_conn->isOpen() && m_sinceBacklog.elapsed() >= 1000)
            refreshBacklog();
        if (m_conn)
            scheduleRead(); // entries that came while the sink had some (no BLOCK then)
    }
    if (isDirty())
        emitState();
}

void RedisIntake::refreshBacklog()
{
    m_sinceBacklog.start();
    const Result<RedisReply> groups = m_conn->command({ "XINFO", "GROUPS", m_stream });
    if (!groups.ok()) {
        if (!m_conn->isOpen())
            fail(groups.error().message);
        return; // the stream is gone: the next read makes it again (NOGROUP)
    }
    // Each group a flat [name, …, lag, n] (Redis 7: lag = entries not yet delivered to it).
    qint64 backlog = -1;
    for (size_t g = 0; g < redisElements(groups.value().get()); ++g) {
        const redisReply *group = redisElement(groups.value().get(), g);
        QByteArray name;
        long long lag = -1;
        for (size_t f = 0; f + 1 < redisElements(group); f += 2) {
            const QByteArray key = redisBytes(redisElement(group, f));
            if (key == "name")
                name = redisBytes(redisElement(group, f + 1));
            else if (key == "lag")
                redisIsInteger(redisElement(group, f + 1), &lag);
        }
        if (name == m_group)
            backlog = lag;
    }
    if (state().backlog != backlog) {
        state().backlog = backlog;
        markDirty();
    }
}

Result<QString> RedisIntake::probe(const IntakeConfig &config, int timeoutMs)
{
    if (const QString problem = config.problem(); !problem.isEmpty())
        return Result<QString>::failure(ErrorCode::Invalid, problem);
    RedisConnection conn;
    if (Status st = conn.open(RedisTarget::from(config), timeoutMs, timeoutMs); !st.ok())
        return Result<QString>::failure(st.code(), st.error().message);
    const QString version = conn.serverVersion();
    const QString stream = config.stream.trimmed();
    const QString group = config.group.trimmed();
    const Result<RedisReply> exists = conn.command({ "EXISTS", stream.toUtf8() });
    long long found = 0;
    if (!exists.ok())
        return Result<QString>::failure(exists.code(), exists.errorString());
    if (!redisIsInteger(exists.value().get(), &found) || found == 0)
        return tr("Redis %1: no stream %2 yet; the intake makes it, and group %3, when it starts")
            .arg(version, stream, group);
    const Result<RedisReply> length = conn.command({ "XLEN", stream.toUtf8() });
    if (!length.ok())
        return Result<QString>::failure(
            ErrorCode::Invalid, tr("Redis %1: %2 is not a stream (%3)").arg(version, stream, length.errorString()));
    long long entries = 0;
    redisIsInteger(length.value().get(), &entries);
    const Result<RedisReply> groups = conn.command({ "XINFO", "GROUPS", stream.toUtf8() });
    if (!groups.ok())
        return Result<QString>::failure(groups.code(), groups.errorString());
    for (size_t g = 0; g < redisElements(groups.value().get()); ++g) {
        const redisReply *info = redisElement(groups.value().get(), g);
        QByteArray name;
        long long pending = 0;
        for (size_t f = 0; f + 1 < redisElements(info); f += 2) {
            const QByteArray key = redisBytes(redisElement(info, f));
            if (key == "name")
                name = redisBytes(redisElement(info, f + 1));
            else if (key == "pending")
                redisIsInteger(redisElement(info, f + 1), &pending);
        }
        if (name == group.toUtf8())
            return tr("Redis %1: stream %2 has %n entries, group %3 has %4 pending", nullptr, int(entries))
                .arg(version, stream, group)
                .arg(pending);
    }
    return tr("Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the "
              "entries "
              "added from then on",
              nullptr, int(entries))
        .arg(version, stream, group);
}

} // namespace smsdesk
