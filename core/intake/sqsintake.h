// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakesource.h"
#include "result.h"
#include "sqsclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace smsdesk {

// Amazon SQS intake (issue 16, point 3): the query API over QNetworkAccessManager (SqsClient),
// in the thread IntakeHost gives it. Producers SendMessage the JSON as the body, unchanged.
//
// - The queue is config().queue: a queue URL (its path is used on the configured endpoint),
//   or a name, looked up with GetQueueUrl. It is never made: a queue that is not there is a
//   status line, and asked for again with backoff.
// - Long polling: ReceiveMessage with WaitTimeSeconds 20, at most 10 messages each, one
//   request waiting while the queue is empty, up to four while it gives full batches, never
//   more received and not yet deleted than config().prefetch.
// - Each message is received with VisibilityTimeout = config().claimIdleMs (1 s to 12 h):
//   SQS gives it to another reader only after that long, so a desk that dies holding it
//   passes it on by itself. While a message waits for the store, its visibility is extended
//   (ChangeMessageVisibilityBatch) each time half of it has passed.
// - Messages are handed to the sink one batch at a time (what arrived while the previous
//   batch was being stored), and deleted (DeleteMessageBatch, with the newest receipt handle)
//   only once the sink says they are on disk: any verdict but Retry. Retry: nothing more is
//   received for a pause (1 s doubling to 30 s), then the same messages are offered again;
//   their visibility is kept extended meanwhile.
// - Redelivery is recognised by the sink: the key is the SQS MessageId (stable across
//   receives, unlike receipt handles), or the entry's own `id`.
// - A body whose MD5 is not the MD5OfBody SQS sent is not handed on and not deleted: it
//   comes again after the visibility timeout.
// - A lost connection, an SQS error or an answer that is not SQS's XML is said in the status
//   line; it starts over by itself (1 s doubling to 30 s). Messages held then are forgotten,
//   not deleted: SQS gives them again after their visibility timeout.
class SqsIntake final : public IntakeSource
{
    Q_OBJECT

public:
    SqsIntake(IntakeConfig config, IntakeSink &sink, QObject *parent = nullptr);
    ~SqsIntake() override;

    void start() override;
    void stop() override;

    // Asks once and says what is there, for Settings → Test: "SQS at 127.0.0.1:9324: queue
    // sms has 12 messages waiting, 3 being read", or why not. Blocks up to about timeoutMs.
    static Result<QString> probe(const IntakeConfig &config, int timeoutMs);

private:
    struct Held
    {
        QByteArray receiptHandle;
        qint64 visibleAgainMs = 0; // when SQS would give it to another reader
        qint64 producedAtMs = 0; // SentTimestamp, or the entry's own `timestamp` (for the lag)
        std::optional<IntakeOutcome::Verdict> verdict; // set once on disk, while its delete runs
    };
    using Answered = std::function<void(const Result<SqsAnswer> &answer)>;

    void connectNow();
    void queueFound(const Result<SqsAnswer> &answer);
    void queueChecked(const Result<SqsAnswer> &answer);
    void receiveMore();
    void received(const Result<SqsAnswer> &answer, int asked);
    void handOut();
    void settle(quint64 generation, const QList<IntakeEntry> &entries, const QList<IntakeOutcome> &outcomes);
    void deleted(const Result<SqsAnswer> &answer, const QList<QByteArray> &ids);
    void extendVisibility();
    void resumeAfterPause(quint64 generation);
    // A batch action (DeleteMessageBatch, ChangeMessageVisibilityBatch) over held messages,
    // 10 a request; `then` gets each request's answer and the MessageIds it was about, whose
    // entry Ids are their places in that list ("0" … "9").
    void batch(const QByteArray &action, const QList<QByteArray> &ids, const QByteArray &visibilityS,
               const std::function<void(const Result<SqsAnswer> &, const QList<QByteArray> &)> &then);
    // A request on this connection; `then` is not called when the connection was dropped since.
    void request(const QByteArray &path, const QByteArray &action, const SqsParams &params, int timeoutMs,
                 Answered then);
    void fail(const QString &why);
    QString failure(const Error &error) const; // an SQS error, for a person
    void dropConnection();
    void tick();

    int visibilityS() const;

    SqsClient m_client;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_reconnect = nullptr;
    QSet<QNetworkReply *> m_replies; // unfinished, aborted by dropConnection()
    QByteArray m_queuePath;
    quint64 m_generation = 0; // one per connection: answers for an older one are dropped
    QHash<QByteArray, Held> m_held; // MessageId → received and not yet deleted
    QList<IntakeEntry> m_waiting; // received, not yet with the sink
    bool m_connected = false;
    bool m_running = false;
    bool m_sinkBusy = false;
    bool m_paused = false;
    int m_receiving = 0; // ReceiveMessage requests waiting for an answer
    int m_asked = 0; // the messages they may bring
    int m_receivers = 1; // how many may wait at once: 1 while the queue is empty, more while it is not
    int m_backoffMs = 1000;
    int m_storePauseMs = 1000;
    QString m_runningLine;
    QElapsedTimer m_sinceBacklog;
};

} // namespace smsdesk
