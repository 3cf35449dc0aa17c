// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakesource.h"
#include "result.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>
#include <set>

class QSocketNotifier;
class QTimer;

namespace smsdesk {

class AmqpConnection;

// RabbitMQ intake (issue 16, point 2): one AMQP 0-9-1 connection (librabbitmq) consuming a
// durable queue with manual acknowledgements, in the thread IntakeHost gives it.
//
// - The queue is used as it is when it exists (a passive queue.declare: a quorum queue or one
//   with arguments is not redeclared, which would fail with PRECONDITION_FAILED); when it does
//   not, it is declared durable (classic, no arguments).
// - basic.qos prefetch_count = config().prefetch: the broker never has more than that many
//   deliveries unacknowledged on our channel.
// - Deliveries are read without blocking the thread (a socket notifier on the connection's
//   socket, and a 250 ms tick that also sends heartbeats and reads the backlog), handed to
//   the sink in batches, and acknowledged (basic.ack, `multiple` when the batch is everything
//   outstanding up to its last tag) only once the sink says they are on disk: any verdict
//   but Retry. Retry: basic.nack with requeue after a pause (1 s doubling to 30 s).
// - A lost connection (broker gone, connection.close from the broker, a socket error,
//   missed heartbeats) forgets every unacknowledged delivery: the broker requeues them and
//   gives them again with redelivered=true; answers from the sink for the old connection
//   are not acknowledged (their delivery tags meant that channel only). It connects again by
//   itself, waiting 1 s doubling to 30 s.
// - Redelivery is recognised by the sink, by the entry's own `id` or the AMQP message_id
//   property (IntakeEntry::brokerId). A message with neither cannot be recognised: delivery
//   tags are numbered per channel from 1 and not kept across redelivery, so its brokerId is
//   a key of this one delivery, and a redelivery after a lost connection can make a second
//   message. Producers should set message_id (or `id`).
class RabbitMqIntake final : public IntakeSource
{
    Q_OBJECT

public:
    RabbitMqIntake(IntakeConfig config, IntakeSink &sink, QObject *parent = nullptr);
    ~RabbitMqIntake() override;

    void start() override;
    void stop() override;

    // Connects once and says what is there, for Settings → Test: "RabbitMQ 3.10.8: queue sms
    // has 12 messages, 0 consumers", or why not. Blocks up to about timeoutMs.
    static Result<QString> probe(const IntakeConfig &config, int timeoutMs);

private:
    struct Delivery;
    void connectNow();
    void readAvailable();
    bool handleOtherFrame(); // false: the connection is gone (fail() was called)
    void handBatch(QList<Delivery> batch);
    void settle(quint64 generation, const QList<quint64> &tags, const QList<qint64> &produced,
                const QList<IntakeOutcome> &outcomes);
    void nackLater(quint64 generation, QList<quint64> tags);
    void fail(const QString &why);
    void tick();
    void refreshBacklog();
    void dropConnection(bool polite);

    std::unique_ptr<AmqpConnection> m_conn;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_reconnect = nullptr;
    quint64 m_generation = 0; // one per connection: answers for an older one are not acked
    QByteArray m_connectionKey; // names this connection in brokerIds made of a delivery tag
    std::set<quint64> m_unacked; // delivery tags handed out and not yet acked or nacked
    bool m_running = false;
    bool m_readQueued = false;
    bool m_blocked = false;
    int m_backoffMs = 1000;
    int m_storePauseMs = 1000;
    QString m_runningLine;
    QElapsedTimer m_sinceBacklog;
};

} // namespace smsdesk
