// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqsintake.h"

#include "intakesink.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace smsdesk {

namespace {

constexpr int kWaitTimeS = 20; // ReceiveMessage's long poll, the most SQS allows
constexpr int kReceiveTimeoutMs = (kWaitTimeS + 10) * 1000;
constexpr int kRequestTimeoutMs = 10'000;
constexpr int kMaxPerReceive = 10; // SQS's MaxNumberOfMessages and batch-entry limit
constexpr int kMaxReceivers = 4;
constexpr int kMaxVisibilityS = 12 * 3600; // SQS's limit
constexpr int kMaxBackoffMs = 30'000;
constexpr int kTickMs = 250;
constexpr int kBacklogEveryMs = 2000;

const SqsParams &queueAttributes()
{
    static const SqsParams params { { "AttributeName.1", "ApproximateNumberOfMessages" },
                                    { "AttributeName.2", "ApproximateNumberOfMessagesNotVisible" } };
    return params;
}

} // namespace

SqsIntake::SqsIntake(IntakeConfig config, IntakeSink &sink, QObject *parent)
    : IntakeSource(std::move(config), sink, parent)
    , m_client(this->config())
{
}

SqsIntake::~SqsIntake()
{
    m_running = false;
    dropConnection();
}

int SqsIntake::visibilityS() const
{
    return std::clamp(config().claimIdleMs / 1000, 1, kMaxVisibilityS);
}

void SqsIntake::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_tick) {
        m_nam = new QNetworkAccessManager(this);
        m_tick = new QTimer(this);
        m_tick->setInterval(kTickMs);
        connect(m_tick, &QTimer::timeout, this, &SqsIntake::tick);
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &SqsIntake::connectNow);
    }
    m_backoffMs = 1000;
    m_tick->start();
    connectNow();
}

void SqsIntake::stop()
{
    m_running = false;
    if (m_tick) {
        m_tick->stop();
        m_reconnect->stop();
    }
    // Messages received and not deleted come again after their visibility timeout: to the
    // next start (as duplicates when they reached the disk), or to another desk.
    dropConnection();
    setPhase(IntakeState::Phase::Stopped, tr("Stopped"));
}

void SqsIntake::request(const QByteArray &path, const QByteArray &action, const SqsParams &params, int timeoutMs,
                        Answered then)
{
    QNetworkReply *reply = m_client.post(*m_nam, path, action, params, timeoutMs);
    m_replies.insert(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, then = std::move(then)] {
        reply->deleteLater();
        m_replies.remove(reply);
        if (generation == m_generation)
            then(SqsClient::answerOf(*reply));
    });
}

void SqsIntake::connectNow()
{
    if (!m_running)
        return;
    if (const QString problem = config().problem(); !problem.isEmpty()) {
        setPhase(IntakeState::Phase::Failing, problem);
        return; // a wrong setting does not mend itself: the row is restarted when edited
    }
    dropConnection();
    setPhase(IntakeState::Phase::Connecting, tr("Connecting to %1").arg(config().displayName()));
    m_queuePath = SqsClient::queuePathOf(config().queue);
    if (m_queuePath.isEmpty()) {
        request("/", "GetQueueUrl", { { "QueueName", config().queue.trimmed().toUtf8() } }, kRequestTimeoutMs,
                [this](const Result<SqsAnswer> &answer) { queueFound(answer); });
        return;
    }
    request(m_queuePath, "GetQueueAttributes", queueAttributes(), kRequestTimeoutMs,
            [this](const Result<SqsAnswer> &answer) { queueChecked(answer); });
}

void SqsIntake::queueFound(const Result<SqsAnswer> &answer)
{
    if (!answer.ok())
        return fail(failure(answer.error()));
    m_queuePath = SqsClient::queuePathOf(answer->queueUrl);
    if (m_queuePath.isEmpty())
        return fail(tr("SQS at %1 gave no URL for queue %2").arg(m_client.endpointName(), config().queue));
    request(m_queuePath, "GetQueueAttributes", queueAttributes(), kRequestTimeoutMs,
            [this](const Result<SqsAnswer> &checked) { queueChecked(checked); });
}

void SqsIntake::queueChecked(const Result<SqsAnswer> &answer)
{
    if (!answer.ok())
        return fail(failure(answer.error()));
    m_connected = true;
    m_backoffMs = 1000;
    state().backlog = answer->attributes.value(QStringLiteral("ApproximateNumberOfMessages"), QStringLiteral("-1"))
                          .toLongLong();
    m_sinceBacklog.start();
    m_runningLine = tr("Reading queue %1 at %2 (read ahead %3, visibility %4 s)")
                        .arg(config().queue.trimmed(), m_client.endpointName())
                        .arg(config().prefetch)
                        .arg(visibilityS());
    setPhase(IntakeState::Phase::Running, m_runningLine);
    receiveMore();
}

void SqsIntake::receiveMore()
{
    if (!m_connected || m_paused)
        return;
    while (m_receiving < m_receivers) {
        const qsizetype room = config().prefetch - m_held.size() - m_asked;
        if (room <= 0)
            return; // deleted() receives again
        const int asked = int(std::min<qsizetype>(room, kMaxPerReceive));
        ++m_receiving;
        m_asked += asked;
        request(m_queuePath, "ReceiveMessage",
                { { "MaxNumberOfMessages", QByteArray::number(asked) },
                  { "VisibilityTimeout", QByteArray::number(visibilityS()) },
                  { "WaitTimeSeconds", QByteArray::number(kWaitTimeS) },
                  { "AttributeName.1", "SentTimestamp" } },
                kReceiveTimeoutMs, [this, asked](const Result<SqsAnswer> &answer) { received(answer, asked); });
    }
}

void SqsIntake::received(const Result<SqsAnswer> &answer, int asked)
{
    --m_receiving;
    m_asked -= asked;
    if (!answer.ok())
        return fail(failure(answer.error()));
    m_receivers = answer->messages.isEmpty() ? 1 : kMaxReceivers;
    const qint64 visibleAgain = QDateTime::currentMSecsSinceEpoch() + qint64(visibilityS()) * 1000;
    int damaged = 0;
    for (const SqsMessage &message : answer->messages) {
        if (message.messageId.isEmpty() || message.receiptHandle.isEmpty())
            continue; // cannot be deleted, nor recognised: not taken
        if (!message.md5OfBody.isEmpty()
            && QCryptographicHash::hash(message.body, QCryptographicHash::Md5).toHex() != message.md5OfBody.toLower()) {
            ++damaged; // left to come again after its visibility timeout
            continue;
        }
        if (auto held = m_held.find(message.messageId); held != m_held.end()) {
            // Given again while we hold it (its visibility ran out): the newest handle deletes.
            held->receiptHandle = message.receiptHandle;
            held->visibleAgainMs = visibleAgain;
            continue;
        }
        m_held.insert(message.messageId, Held { message.receiptHandle, visibleAgain, message.sentAtMs, {} });
        IntakeEntry entry;
        entry.brokerId = message.messageId;
        entry.body = message.body;
        entry.producedAtMs = message.sentAtMs;
        m_waiting.append(std::move(entry));
        ++state().read;
        markDirty();
    }
    if (damaged > 0)
        setPhase(IntakeState::Phase::Running,
                 tr("%1; %n message(s) arrived damaged (body and MD5 differ), left to come again", nullptr, damaged)
                     .arg(m_runningLine));
    handOut();
    receiveMore();
}

void SqsIntake::handOut()
{
    if (m_sinkBusy || m_paused || m_waiting.isEmpty())
        return;
    m_sinkBusy = true;
    QList<IntakeEntry> entries = std::exchange(m_waiting, {});
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<IntakeOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, entries] {
        watcher->deleteLater();
        const QFuture<QList<IntakeOutcome>> f = watcher->future();
        settle(generation, entries, f.isValid() && f.resultCount() > 0 ? f.result() : QList<IntakeOutcome>());
    });
    watcher->setFuture(sink().accept(config(), entries));
}

void SqsIntake::settle(quint64 generation, const QList<IntakeEntry> &entries, const QList<IntakeOutcome> &outcomes)
{
    // An older connection's messages were forgotten: SQS gives them again (the sink says
    // Duplicate for those on disk), and they are deleted then.
    if (generation != m_generation)
        return;
    m_sinkBusy = false;
    QList<QByteArray> done;
    QList<IntakeEntry> retry;
    QString retryReason;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto held = m_held.find(entries.at(i).brokerId);
        if (held == m_held.end())
            continue;
        // A missing outcome (a sink that broke its promise) is a Retry: nothing is deleted blind.
        const IntakeOutcome outcome = i < outcomes.size() ? outcomes.at(i) : IntakeOutcome {};
        if (outcome.verdict == IntakeOutcome::Verdict::Retry) {
            retry.append(entries.at(i));
            retryReason = outcome.reason;
            continue;
        }
        held->verdict = outcome.verdict;
        if (held->producedAtMs <= 0)
            held->producedAtMs = outcome.producedAtMs;
        done.append(entries.at(i).brokerId);
    }
    if (!done.isEmpty())
        batch("DeleteMessageBatch", done, {},
              [this](const Result<SqsAnswer> &answer, const QList<QByteArray> &ids) { deleted(answer, ids); });
    if (!retry.isEmpty()) {
        // Kept, their visibility extended, and offered again after the pause.
        m_waiting = retry + m_waiting;
        if (!m_paused) {
            m_paused = true;
            setPhase(IntakeState::Phase::Failing,
                     tr("The store did not take %n message(s) (%1); offered again in %2 s", nullptr, int(retry.size()))
                         .arg(retryReason)
                         .arg(m_storePauseMs / 1000));
            QTimer::singleShot(m_storePauseMs, this, [this, generation] { resumeAfterPause(generation); });
            m_storePauseMs = std::min(m_storePauseMs * 2, kMaxBackoffMs);
        }
    } else if (!done.isEmpty() && !m_paused) {
        m_storePauseMs = 1000;
        if (state().phase == IntakeState::Phase::Failing)
            setPhase(IntakeState::Phase::Running, m_runningLine);
    }
    handOut();
    receiveMore();
}

void SqsIntake::resumeAfterPause(quint64 generation)
{
    if (generation != m_generation || !m_paused)
        return; // a new connection started over anyway
    m_paused = false;
    handOut();
    receiveMore();
}

void SqsIntake::batch(const QByteArray &action, const QList<QByteArray> &ids, const QByteArray &visibilityS,
                      const std::function<void(const Result<SqsAnswer> &, const QList<QByteArray> &)> &then)
{
    const QByteArray prefix = action + "RequestEntry.";
    for (qsizetype from = 0; from < ids.size(); from += kMaxPerReceive) {
        const QList<QByteArray> chunk = ids.mid(from, kMaxPerReceive);
        SqsParams params;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QByteArray entry = prefix + QByteArray::number(i + 1) + '.';
            params.append({ entry + "Id", QByteArray::number(i) });
            params.append({ entry + "ReceiptHandle", m_held.value(chunk.at(i)).receiptHandle });
            if (!visibilityS.isEmpty())
                params.append({ entry + "VisibilityTimeout", visibilityS });
        }
        request(m_queuePath, action, params, kRequestTimeoutMs,
                [then, chunk](const Result<SqsAnswer> &answer) { then(answer, chunk); });
    }
}

void SqsIntake::deleted(const Result<SqsAnswer> &answer, const QList<QByteArray> &ids)
{
    if (!answer.ok() && answer.code() == ErrorCode::Unavailable)
        return fail(failure(answer.error()));
    // Deleted: counted now. Not deleted (a stale receipt handle; some servers refuse the whole
    // batch for one): forgotten, SQS gives it again, and the sink recognises it then.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto held = m_held.constFind(ids.at(i));
        if (held == m_held.cend())
            continue;
        if (answer.ok() && answer->succeeded.contains(QByteArray::number(i)) && held->verdict) {
            switch (*held->verdict) {
            case IntakeOutcome::Verdict::Enqueued:
                ++state().enqueued;
                break;
            case IntakeOutcome::Verdict::Duplicate:
                ++state().duplicates;
                break;
            case IntakeOutcome::Verdict::Rejected:
                ++state().rejected;
                break;
            case IntakeOutcome::Verdict::Retry:
                break;
            }
            lags().add(now, held->producedAtMs);
        }
        m_held.erase(held);
    }
    markDirty();
    receiveMore();
}

void SqsIntake::extendVisibility()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 visibilityMs = qint64(visibilityS()) * 1000;
    QList<QByteArray> due;
    for (auto held = m_held.begin(); held != m_held.end(); ++held) {
        if (held->verdict || held->visibleAgainMs - now > visibilityMs / 2)
            continue;
        held->visibleAgainMs = now + visibilityMs;
        due.append(held.key());
    }
    if (due.isEmpty())
        return;
    // A refused extension is not fatal: the message may reach another reader, whose store
    // recognises it when it shares ours (PostgreSQL), and it is deleted by whoever has it.
    batch("ChangeMessageVisibilityBatch", due, QByteArray::number(visibilityS()),
          [this](const Result<SqsAnswer> &answer, const QList<QByteArray> &) {
              if (!answer.ok() && answer.code() == ErrorCode::Unavailable)
                  fail(failure(answer.error()));
          });
}

QString SqsIntake::failure(const Error &error) const
{
    if (error.code == ErrorCode::NotFound)
        return tr("SQS at %1 has no queue %2").arg(m_client.endpointName(), config().queue.trimmed());
    return tr("SQS at %1: %2").arg(m_client.endpointName(), error.message);
}

void SqsIntake::fail(const QString &why)
{
    dropConnection();
    if (!m_running)
        return;
    setPhase(IntakeState::Phase::Failing, tr("%1; again in %2 s").arg(why).arg(m_backoffMs / 1000));
    m_reconnect->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void SqsIntake::dropConnection()
{
    ++m_generation;
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_connected = false;
    m_held.clear();
    m_waiting.clear();
    m_receiving = 0;
    m_asked = 0;
    m_receivers = 1;
    m_sinkBusy = false;
    m_paused = false;
    state().backlog = -1;
}

void SqsIntake::tick()
{
    if (m_connected) {
        extendVisibility();
        if (m_connected && m_sinceBacklog.elapsed() >= kBacklogEveryMs) {
            m_sinceBacklog.start();
            request(m_queuePath, "GetQueueAttributes", queueAttributes(), kRequestTimeoutMs,
                    [this](const Result<SqsAnswer> &answer) {
                        if (!answer.ok())
                            return; // the receives say it, if the queue is gone
                        bool ok = false;
                        const qint64 backlog
                            = answer->attributes.value(QStringLiteral("ApproximateNumberOfMessages")).toLongLong(&ok);
                        if (ok && backlog != state().backlog) {
                            state().backlog = backlog;
                            markDirty();
                        }
                    });
        }
    }
    if (isDirty())
        emitState();
}

Result<QString> SqsIntake::probe(const IntakeConfig &config, int timeoutMs)
{
    if (const QString problem = config.problem(); !problem.isEmpty())
        return Result<QString>::failure(ErrorCode::Invalid, problem);
    const SqsClient client(config);
    const QString queue = config.queue.trimmed();
    const auto failed = [&client, &queue](const Error &error) {
        return Result<QString>::failure(error.code, error.code == ErrorCode::NotFound
                                                        ? tr("SQS at %1 has no queue %2").arg(client.endpointName(), queue)
                                                        : tr("SQS at %1: %2").arg(client.endpointName(), error.message));
    };
    QByteArray path = SqsClient::queuePathOf(queue);
    if (path.isEmpty()) {
        const Result<SqsAnswer> found = client.call("/", "GetQueueUrl", { { "QueueName", queue.toUtf8() } }, timeoutMs);
        if (!found.ok())
            return failed(found.error());
        path = SqsClient::queuePathOf(found->queueUrl);
    }
    const Result<SqsAnswer> counts = client.call(path, "GetQueueAttributes", queueAttributes(), timeoutMs);
    if (!counts.ok())
        return failed(counts.error());
    const int waiting = counts->attributes.value(QStringLiteral("ApproximateNumberOfMessages")).toInt();
    const QString reading = counts->attributes.value(QStringLiteral("ApproximateNumberOfMessagesNotVisible"));
    return tr("SQS at %1: queue %2 has %n message(s) waiting, %3 being read", nullptr, waiting)
        .arg(client.endpointName(), queue, reading.isEmpty() ? QStringLiteral("?") : reading);
}

} // namespace smsdesk
