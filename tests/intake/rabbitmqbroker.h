// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

#include <amqp.h>

namespace smsdesk::test {

// A real rabbitmq-server (Debian's 3.10) for one test program or benchmark: its own node name,
// data and log folders, Erlang cookie and HOME in a temporary folder; AMQP, distribution and
// epmd ports free on 127.0.0.1 only (DESIGN §7). No systemd: the test starts epmd itself
// (foreground, its own port) and the broker script (/usr/lib/rabbitmq/bin/rabbitmq-server,
// not the /usr/sbin wrapper, which would `su rabbitmq` and drop the environment); both get
// SIGTERM should this process die, and are stopped by the destructor.
class RabbitBroker final
{
    Q_DISABLE_COPY_MOVE(RabbitBroker)

public:
    RabbitBroker();
    ~RabbitBroker();

    Status start(); // the first start, or again after stop(): same data, same ports
    Status stop(); // the node shut down (durable queues and persistent messages kept)
    bool isRunning() const;

    int amqpPort() const { return m_amqpPort; }
    QString node() const { return m_node; }
    QUrl url(const QString &user = QStringLiteral("guest"), const QString &password = QStringLiteral("guest")) const;

    // rabbitmqctl -n NODE ARGS…: its standard output, or its error output as the failure.
    Result<QString> ctl(const QStringList &args, int timeoutMs = 60'000) const;

    struct QueueFigures
    {
        qint64 ready = -1;
        qint64 unacked = -1;
        qint64 consumers = -1;
    };
    // From `rabbitmqctl list_queues`: the broker's own count of ready and unacknowledged.
    Result<QueueFigures> queueFigures(const QString &queue) const;

    QString logText() const; // the node's log, for a failure message

private:
    QProcessEnvironment environment() const;
    Status startEpmd();

    QTemporaryDir m_dir;
    QString m_node;
    int m_amqpPort = 0;
    int m_distPort = 0;
    int m_epmdPort = 0;
    std::unique_ptr<QProcess> m_epmd;
    std::unique_ptr<QProcess> m_server;
};

// A producer with librabbitmq, as a user's program would be: persistent messages
// (delivery_mode 2) to the default exchange, routed to the queue, with publisher confirms so
// that every publish() has reached the queue when it returns.
class RabbitPublisher final
{
    Q_DISABLE_COPY_MOVE(RabbitPublisher)

public:
    RabbitPublisher() = default;
    ~RabbitPublisher();

    Status connect(const QUrl &url);
    Status declareDurable(const QString &queue);

    struct Message
    {
        QByteArray body;
        QByteArray messageId; // the AMQP message_id property; empty = not set
        qint64 timestampMs = 0; // header timestamp_in_ms; 0 = not set
    };
    // Publishes all, then waits for the broker's confirms of all.
    Status publish(const QString &queue, const QList<Message> &messages);

private:
    Status waitForConfirms(quint64 last);

    amqp_connection_state_t m_conn = nullptr;
    quint64 m_published = 0;
};

} // namespace smsdesk::test
