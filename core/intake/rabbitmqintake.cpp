// SPDX-License-Identifier: GPL-3.0-or-later
#include "rabbitmqintake.h"

#include "amqpconnection.h"
#include "intakesink.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

#include <amqp_framing.h>

#include <algorithm>
#include <sys/time.h>

namespace smsdesk {

namespace {

constexpr amqp_channel_t kConsumeChannel = 1;
constexpr amqp_channel_t kCountChannel = 2; // passive declares for the backlog
constexpr int kConnectTimeoutMs = 3000;
constexpr int kRpcTimeoutMs = 10'000;
constexpr int kHeartbeatSeconds = 30;
constexpr int kMaxBackoffMs = 30'000;
constexpr int kTickMs = 250;

QByteArray bytes(amqp_bytes_t b)
{
    return b.len == 0 ? QByteArray() : QByteArray(static_cast<const char *>(b.bytes), qsizetype(b.len));
}

std::optional<qint64> integerOf(const amqp_field_value_t &v)
{
    switch (v.kind) {
    case AMQP_FIELD_KIND_I8:
        return v.value.i8;
    case AMQP_FIELD_KIND_U8:
        return v.value.u8;
    case AMQP_FIELD_KIND_I16:
        return v.value.i16;
    case AMQP_FIELD_KIND_U16:
        return v.value.u16;
    case AMQP_FIELD_KIND_I32:
        return v.value.i32;
    case AMQP_FIELD_KIND_U32:
        return v.value.u32;
    case AMQP_FIELD_KIND_I64:
    case AMQP_FIELD_KIND_TIMESTAMP:
        return v.value.i64;
    case AMQP_FIELD_KIND_U64:
        return qint64(v.value.u64);
    default:
        return std::nullopt;
    }
}

// When the producer wrote it: the header timestamp_in_ms (what RabbitMQ's message timestamp
// plugin sets), else the AMQP timestamp property (seconds by the spec; a value too large for
// seconds is taken as milliseconds, as some producers send). 0 = unknown.
qint64 producedAt(const amqp_basic_properties_t &p)
{
    if (p._flags & AMQP_BASIC_HEADERS_FLAG) {
        for (int i = 0; i < p.headers.num_entries; ++i) {
            const amqp_table_entry_t &e = p.headers.entries[i];
            if (bytes(e.key) == "timestamp_in_ms")
                if (const auto ms = integerOf(e.value); ms && *ms > 0)
                    return *ms;
        }
    }
    if ((p._flags & AMQP_BASIC_TIMESTAMP_FLAG) && p.timestamp > 0) {
        const qint64 ts = qint64(p.timestamp);
        return ts > 100'000'000'000LL ? ts : ts * 1000;
    }
    return 0;
}

} // namespace

struct RabbitMqIntake::Delivery
{
    quint64 tag = 0;
    IntakeEntry entry;
};

RabbitMqIntake::RabbitMqIntake(IntakeConfig config, IntakeSink &sink, QObject *parent)
    : IntakeSource(std::move(config), sink, parent)
{
}

RabbitMqIntake::~RabbitMqIntake()
{
    m_running = false;
    dropConnection(true);
}

void RabbitMqIntake::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_tick) {
        m_tick = new QTimer(this);
        m_tick->setInterval(kTickMs);
        connect(m_tick, &QTimer::timeout, this, &RabbitMqIntake::tick);
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &RabbitMqIntake::connectNow);
    }
    m_backoffMs = 1000;
    m_tick->start();
    connectNow();
}

void RabbitMqIntake::stop()
{
    m_running = false;
    if (m_tick) {
        m_tick->stop();
        m_reconnect->stop();
    }
    // Closing the channel gives every unacknowledged delivery back to the queue; answers the
    // sink still owes us are for this connection's tags and are dropped (generation).
    dropConnection(true);
    setPhase(IntakeState::Phase::Stopped, tr("Stopped"));
}

void RabbitMqIntake::connectNow()
{
    if (!m_running)
        return;
    if (const QString problem = config().problem(); !problem.isEmpty()) {
        setPhase(IntakeState::Phase::Failing, problem);
        return; // a wrong setting does not mend itself: the row is restarted when edited
    }
    const AmqpTarget target = AmqpTarget::from(config());
    setPhase(IntakeState::Phase::Connecting, tr("Connecting to %1").arg(config().displayName()));
    m_conn = std::make_unique<AmqpConnection>();
    if (Status st = m_conn->open(target, kConnectTimeoutMs, kRpcTimeoutMs, kHeartbeatSeconds); !st.ok())
        return fail(st.error().message);
    if (Status st = m_conn->openChannel(kConsumeChannel); !st.ok())
        return fail(st.error().message);
    if (Status st = m_conn->openChannel(kCountChannel); !st.ok())
        return fail(st.error().message);
    // Used as it is when it exists (whatever its type and arguments); declared durable if not.
    Result<AmqpQueueCounts> counts = m_conn->passiveDeclare(kCountChannel, target.queue);
    if (!counts.ok() && counts.code() == ErrorCode::NotFound)
        counts = m_conn->declareDurable(kCountChannel, target.queue);
    if (!counts.ok())
        return fail(counts.error().message);
    if (Status st = m_conn->qos(kConsumeChannel, config().prefetch); !st.ok())
        return fail(st.error().message);
    if (Status st = m_conn->consume(kConsumeChannel, target.queue); !st.ok())
        return fail(st.error().message);

    ++m_generation;
    m_unacked.clear();
    m_connectionKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_blocked = false;
    m_backoffMs = 1000;
    state().backlog = counts.value().messages;
    m_sinceBacklog.start();
    m_notifier = new QSocketNotifier(qintptr(m_conn->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &RabbitMqIntake::readAvailable);
    m_runningLine = tr("Reading queue %1 on RabbitMQ %2 (read ahead %3)")
                        .arg(config().queue, m_conn->serverVersion())
                        .arg(config().prefetch);
    setPhase(IntakeState::Phase::Running, m_runningLine);
    readAvailable();
}

void RabbitMqIntake::readAvailable()
{
    m_readQueued = false;
    if (!m_conn || !m_conn->isOpen())
        return;
    amqp_connection_state_t state = m_conn->state();
    QList<Delivery> batch;
    const int cap = std::max(1, config().prefetch);
    bool more = false;
    for (int n = 0;; ++n) {
        if (n >= cap) {
            more = true;
            break;
        }
        amqp_maybe_release_buffers(state);
        amqp_envelope_t envelope;
        timeval zero { 0, 0 };
        const amqp_rpc_reply_t reply = amqp_consume_message(state, &envelope, &zero, 0);
        if (reply.reply_type == AMQP_RESPONSE_NORMAL) {
            Delivery d;
            d.tag = envelope.delivery_tag;
            const amqp_basic_properties_t &p = envelope.message.properties;
            const QByteArray messageId = (p._flags & AMQP_BASIC_MESSAGE_ID_FLAG) ? bytes(p.message_id) : QByteArray();
            // Delivery tags restart at 1 on every channel: never a key on their own.
            d.entry.brokerId = !messageId.isEmpty()
                ? messageId
                : QByteArray("amqp-delivery/" + m_connectionKey + '/' + QByteArray::number(d.tag));
            d.entry.body = bytes(envelope.message.body);
            d.entry.producedAtMs = producedAt(p);
            QByteArray raw = "queue: " + config().queue.toUtf8() + "\nexchange: " + bytes(envelope.exchange)
                + "\nrouting_key: " + bytes(envelope.routing_key) + '\n';
            if (!messageId.isEmpty())
                raw += "message_id: " + messageId + '\n';
            if (p._flags & AMQP_BASIC_CONTENT_TYPE_FLAG)
                raw += "content_type: " + bytes(p.content_type) + '\n';
            if (p._flags & AMQP_BASIC_TIMESTAMP_FLAG)
                raw += "timestamp: " + QByteArray::number(quint64(p.timestamp)) + '\n';
            if (envelope.redelivered)
                raw += "redelivered: true\n";
            d.entry.raw = raw + '\n' + d.entry.body;
            amqp_destroy_envelope(&envelope);
            batch.append(std::move(d));
            continue;
        }
        if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && reply.library_error == AMQP_STATUS_TIMEOUT)
            break; // nothing more now
        if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION
            && reply.library_error == AMQP_STATUS_UNEXPECTED_STATE) {
            if (!handleOtherFrame())
                return; // the connection is gone: what was read goes back to the queue
            continue;
        }
        return fail(tr("the connection to RabbitMQ was lost (%1)").arg(m_conn->describe(reply)));
    }
    if (!batch.isEmpty())
        handBatch(std::move(batch));
    if (more && !m_readQueued) {
        m_readQueued = true;
        QTimer::singleShot(0, this, &RabbitMqIntake::readAvailable);
    }
}

bool RabbitMqIntake::handleOtherFrame()
{
    amqp_frame_t frame;
    timeval zero { 0, 0 };
    const int st = amqp_simple_wait_frame_noblock(m_conn->state(), &frame, &zero);
    if (st == AMQP_STATUS_TIMEOUT)
        return true;
    if (st != AMQP_STATUS_OK) {
        fail(tr("the connection to RabbitMQ was lost (%1)").arg(AmqpConnection::describeStatus(st)));
        return false;
    }
    if (frame.frame_type != AMQP_FRAME_METHOD)
        return true;
    const amqp_method_t &method = frame.payload.method;
    switch (method.id) {
    case AMQP_CONNECTION_BLOCKED_METHOD: {
        // Sent to publishing connections when the broker is short of memory or disk; we
        // only say it.
        const auto *b = static_cast<const amqp_connection_blocked_t *>(method.decoded);
        m_blocked = true;
        setPhase(
            IntakeState::Phase::Running,
            tr("%1; RabbitMQ is blocking publishers (%2)").arg(m_runningLine, QString::fromUtf8(bytes(b->reason))));
        return true;
    }
    case AMQP_CONNECTION_UNBLOCKED_METHOD:
        m_blocked = false;
        setPhase(IntakeState::Phase::Running, m_runningLine);
        return true;
    case AMQP_BASIC_CANCEL_METHOD:
        fail(tr("RabbitMQ cancelled the consumer (was queue %1 deleted?)").arg(config().queue));
        return false;
    case AMQP_CHANNEL_CLOSE_METHOD:
        m_conn->answerChannelClose(frame.channel);
        fail(tr("RabbitMQ closed the channel: %1").arg(amqpCloseText(method)));
        return false;
    case AMQP_CONNECTION_CLOSE_METHOD:
        m_conn->answerConnectionClose();
        fail(tr("RabbitMQ closed the connection: %1").arg(amqpCloseText(method)));
        return false;
    default:
        return true;
    }
}

void RabbitMqIntake::handBatch(QList<Delivery> batch)
{
    QList<quint64> tags;
    QList<qint64> produced;
    QList<IntakeEntry> entries;
    tags.reserve(batch.size());
    produced.reserve(batch.size());
    entries.reserve(batch.size());
    for (Delivery &d : batch) {
        m_unacked.insert(d.tag);
        tags.append(d.tag);
        produced.append(d.entry.producedAtMs);
        entries.append(std::move(d.entry));
    }
    state().read += tags.size();
    markDirty();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<IntakeOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, tags, produced] {
        watcher->deleteLater();
        const QFuture<QList<IntakeOutcome>> f = watcher->future();
        settle(generation, tags, produced, f.isValid() && f.resultCount() > 0 ? f.result() : QList<IntakeOutcome>());
    });
    watcher->setFuture(sink().accept(config(), std::move(entries)));
}

void RabbitMqIntake::settle(quint64 generation, const QList<quint64> &tags, const QList<qint64> &produced,
                            const QList<IntakeOutcome> &outcomes)
{
    // Another connection's tags mean nothing on this one; the broker requeued those deliveries.
    if (generation != m_generation || !m_conn || !m_conn->isOpen())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<quint64> ack;
    QList<quint64> retry;
    QString retryReason;
    // Counted once acknowledged: a delivery whose ack is lost comes again, and is counted then.
    qint64 enqueued = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    for (int i = 0; i < tags.size(); ++i) {
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
            retry.append(tags.at(i));
            retryReason = outcome.reason;
            continue;
        }
        ack.append(tags.at(i));
        lags().add(now, produced.at(i));
    }
    markDirty();
    if (!ack.isEmpty()) {
        for (quint64 tag : ack)
            m_unacked.erase(tag);
        const quint64 last = *std::max_element(ack.cbegin(), ack.cend());
        int st = AMQP_STATUS_OK;
        if (m_unacked.empty() || *m_unacked.begin() > last) {
            // Everything outstanding up to `last` is in `ack`: one basic.ack, multiple=true.
            st = amqp_basic_ack(m_conn->state(), kConsumeChannel, last, 1);
        } else {
            for (quint64 tag : ack)
                if (st == AMQP_STATUS_OK)
                    st = amqp_basic_ack(m_conn->state(), kConsumeChannel, tag, 0);
        }
        if (st != AMQP_STATUS_OK)
            return fail(tr("the connection to RabbitMQ was lost (%1)").arg(AmqpConnection::describeStatus(st)));
        state().enqueued += enqueued;
        state().duplicates += duplicates;
        state().rejected += rejected;
        if (retry.isEmpty()) {
            m_storePauseMs = 1000;
            if (state().phase == IntakeState::Phase::Failing)
                setPhase(IntakeState::Phase::Running, m_runningLine);
        }
    }
    if (!retry.isEmpty()) {
        setPhase(IntakeState::Phase::Failing,
                 tr("The store did not take %n message(s) (%1); offered again in %2 s", nullptr, int(retry.size()))
                     .arg(retryReason)
                     .arg(m_storePauseMs / 1000));
        QTimer::singleShot(m_storePauseMs, this, [this, generation, retry] { nackLater(generation, retry); });
        m_storePauseMs = std::min(m_storePauseMs * 2, kMaxBackoffMs);
    }
}

void RabbitMqIntake::nackLater(quint64 generation, QList<quint64> tags)
{
    if (generation != m_generation || !m_conn || !m_conn->isOpen())
        return;
    // basic.nack with requeue: the broker puts each back (at its place when it can) and
    // gives it again, redelivered=true.
    for (quint64 tag : tags) {
        m_unacked.erase(tag);
        if (const int st = amqp_basic_nack(m_conn->state(), kConsumeChannel, tag, 0, 1); st != AMQP_STATUS_OK)
            return fail(tr("the connection to RabbitMQ was lost (%1)").arg(AmqpConnection::describeStatus(st)));
    }
}

void RabbitMqIntake::fail(const QString &why)
{
    dropConnection(false);
    if (!m_running)
        return;
    setPhase(IntakeState::Phase::Failing, tr("%1; again in %2 s").arg(why).arg(m_backoffMs / 1000));
    m_reconnect->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RabbitMqIntake::dropConnection(bool polite)
{
    delete m_notifier; // before its socket closes
    m_notifier = nullptr;
    if (m_conn) {
        if (polite)
            m_conn->close();
        else
            m_conn->drop();
        m_conn.reset();
    }
    ++m_generation;
    m_unacked.clear();
    state().backlog = -1;
}

void RabbitMqIntake::tick()
{
    if (m_conn && m_conn->isOpen()) {
        readAvailable(); // frames already in librabbitmq's buffer; heartbeats both ways
        if (m_conn && m_conn->isOpen() && m_sinceBacklog.elapsed() >= 1000)
            refreshBacklog();
    }
    if (isDirty())
        emitState();
}

void RabbitMqIntake::refreshBacklog()
{
    m_sinceBacklog.restart();
    const Result<AmqpQueueCounts> counts = m_conn->passiveDeclare(kCountChannel, config().queue.trimmed().toUtf8());
    if (!counts.ok()) {
        if (counts.code() == ErrorCode::NotFound) {
            state().backlog = -1; // the queue was deleted: the broker cancels our consumer too
            readAvailable();
            return;
        }
        return fail(counts.error().message);
    }
    if (state().backlog != counts.value().messages) {
        state().backlog = counts.value().messages;
        markDirty();
    }
    readAvailable(); // deliveries that arrived during the RPC wait in librabbitmq's queue
}

Result<QString> RabbitMqIntake::probe(const IntakeConfig &config, int timeoutMs)
{
    if (const QString problem = config.problem(); !problem.isEmpty())
        return Result<QString>::failure(ErrorCode::Invalid, problem);
    const AmqpTarget target = AmqpTarget::from(config);
    AmqpConnection conn;
    if (Status st = conn.open(target, timeoutMs, timeoutMs, 0); !st.ok())
        return Result<QString>::failure(st.code(), st.error().message);
    if (Status st = conn.openChannel(1); !st.ok())
        return Result<QString>::failure(st.code(), st.error().message);
    const QString version = conn.serverVersion();
    const QString queue = QString::fromUtf8(target.queue);
    const Result<AmqpQueueCounts> counts = conn.passiveDeclare(1, target.queue);
    if (counts.ok())
        return tr("RabbitMQ %1: queue %2 has %n message(s), %3 consumer(s)", nullptr, int(counts.value().messages))
            .arg(version, queue)
            .arg(counts.value().consumers);
    if (counts.code() == ErrorCode::NotFound)
        return tr("RabbitMQ %1: no queue %2 yet; the intake declares it durable when it starts").arg(version, queue);
    return Result<QString>::failure(counts.code(), counts.error().message);
}

} // namespace smsdesk
