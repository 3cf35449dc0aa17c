// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <amqp.h>

namespace smsdesk {

// What an amqp:// intake URL names: host, port, vhost, user and password (RabbitMQ's defaults
// where the URL leaves them out: port 5672, vhost "/", user and password "guest").
struct AmqpTarget
{
    QByteArray host;
    int port = 5672;
    QByteArray vhost = "/";
    QByteArray user = "guest";
    QByteArray password = "guest";
    QByteArray queue;

    static AmqpTarget from(const IntakeConfig &config);
};

// The counts a passive queue.declare answers: ready messages (not those delivered and not yet
// acknowledged) and consumers.
struct AmqpQueueCounts
{
    qint64 messages = 0;
    qint64 consumers = 0;
};

// One blocking librabbitmq connection (AMQP 0-9-1), its login and the few RPCs the intake
// needs, each failure worded for a person. Used by one thread at a time: RabbitMqIntake in its
// own thread, RabbitMqIntake::probe in a worker thread.
class AmqpConnection
{
    Q_DISABLE_COPY_MOVE(AmqpConnection)

public:
    AmqpConnection() = default;
    ~AmqpConnection(); // closes politely when still open

    // TCP connect and login within timeoutMs; RPCs after it wait at most rpcTimeoutMs (then
    // the socket is closed). Announces the capabilities connection.blocked and
    // consumer_cancel_notify, so the broker tells us both.
    Status open(const AmqpTarget &target, int timeoutMs, int rpcTimeoutMs, int heartbeatSeconds);
    bool isOpen() const { return m_conn != nullptr; }
    amqp_connection_state_t state() const { return m_conn; }
    int socket() const;
    QString serverVersion() const; // "3.10.8", from the server properties

    Status openChannel(amqp_channel_t channel);
    // Passive declare: the queue's counts, or ErrorCode::NotFound when it does not exist (the
    // broker closed the channel; it is opened again here).
    Result<AmqpQueueCounts> passiveDeclare(amqp_channel_t channel, const QByteArray &queue);
    // queue.declare durable, not exclusive, not auto-delete, no arguments.
    Result<AmqpQueueCounts> declareDurable(amqp_channel_t channel, const QByteArray &queue);
    Status qos(amqp_channel_t channel, int prefetch);
    Status consume(amqp_channel_t channel, const QByteArray &queue);

    // The broker closed the connection or a channel: answer with close-ok and forget it.
    void answerConnectionClose();
    void answerChannelClose(amqp_channel_t channel);

    // Polite close (channel 1 and the connection, short timeouts), then free everything.
    void close();
    // Free everything without a word to the broker (the connection is already broken).
    void drop();

    // What went wrong, for a person: "RabbitMQ refused user shop", "connection refused".
    QString describe(const amqp_rpc_reply_t &reply) const;
    static QString describeStatus(int status);

private:
    Status check(const amqp_rpc_reply_t &reply, const QString &doing) const;

    amqp_connection_state_t m_conn = nullptr;
    QByteArray m_user;
};

// "CONNECTION_FORCED - Closed via management plugin" from a connection.close or channel.close.
QString amqpCloseText(const amqp_method_t &method);

} // namespace smsdesk
