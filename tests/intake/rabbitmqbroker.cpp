// SPDX-License-Identifier: GPL-3.0-or-later
#include "rabbitmqbroker.h"

#include "brokerprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

#include <sys/time.h>

namespace smsdesk::test {

namespace {

const QString kServer = QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server");
const QString kCtl = QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmqctl");

QString amqpError(amqp_rpc_reply_t reply)
{
    if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION)
        return QString::fromUtf8(amqp_error_string2(reply.library_error));
    if (reply.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        const auto *m = static_cast<const amqp_channel_close_t *>(reply.reply.decoded);
        return QString::fromUtf8(static_cast<const char *>(m->reply_text.bytes), int(m->reply_text.len));
    }
    if (reply.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
        const auto *m = static_cast<const amqp_connection_close_t *>(reply.reply.decoded);
        return QString::fromUtf8(static_cast<const char *>(m->reply_text.bytes), int(m->reply_text.len));
    }
    return QStringLiteral("AMQP reply type %1").arg(int(reply.reply_type));
}

} // namespace

RabbitBroker::RabbitBroker()
{
    m_node = QStringLiteral("smsdesk-test-%1-%2@localhost")
                 .arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::global()->bounded(1'000'000));
}

RabbitBroker::~RabbitBroker()
{
    stop();
    if (m_epmd) {
        m_epmd->terminate();
        if (!m_epmd->waitForFinished(5000))
            m_epmd->kill();
        m_epmd->waitForFinished(2000);
    }
}

QProcessEnvironment RabbitBroker::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString base = m_dir.path();
    env.insert(QStringLiteral("HOME"), base + QStringLiteral("/home")); // the Erlang cookie
    env.insert(QStringLiteral("RABBITMQ_NODENAME"), m_node);
    env.insert(QStringLiteral("RABBITMQ_NODE_IP_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RABBITMQ_NODE_PORT"), QString::number(m_amqpPort));
    env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(m_distPort));
    env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), base + QStringLiteral("/mnesia"));
    env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), base + QStringLiteral("/log"));
    env.insert(QStringLiteral("RABBITMQ_PID_FILE"), base + QStringLiteral("/rabbit.pid"));
    // Nothing from /etc/rabbitmq: an empty env file, a config and a plugin list of our own
    // (no plugins: the management plugin is not needed and slows the start).
    env.insert(QStringLiteral("RABBITMQ_CONF_ENV_FILE"), base + QStringLiteral("/rabbitmq-env.conf"));
    env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), base + QStringLiteral("/rabbitmq"));
    env.insert(QStringLiteral("RABBITMQ_ADVANCED_CONFIG_FILE"), base + QStringLiteral("/advanced.config"));
    env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), base + QStringLiteral("/enabled_plugins"));
    env.insert(QStringLiteral("RABBITMQ_PLUGINS_EXPAND_DIR"), base + QStringLiteral("/plugins-expand"));
    // Erlang distribution and epmd on loopback only, on ports of our own.
    env.insert(QStringLiteral("ERL_EPMD_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
    const QString loopback = QStringLiteral("-kernel inet_dist_use_interface {127,0,0,1}");
    env.insert(QStringLiteral("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"), loopback);
    env.insert(QStringLiteral("RABBITMQ_CTL_ERL_ARGS"), loopback);
    return env;
}

Status RabbitBroker::startEpmd()
{
    m_epmd = std::make_unique<QProcess>();
    m_epmd->setProcessEnvironment(environment());
    m_epmd->setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(*m_epmd);
    m_epmd->start(QStringLiteral("epmd"), { QStringLiteral("-port"), QString::number(m_epmdPort) });
    if (!m_epmd->waitForStarted(10'000))
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("epmd did not start: ") + m_epmd->errorString());
    return {};
}

Status RabbitBroker::start()
{
    if (isRunning())
        return {};
    if (!m_dir.isValid())
        return Status::failure(ErrorCode::Io, QStringLiteral("no temporary folder"));
    if (m_amqpPort == 0) {
        m_amqpPort = freeLoopbackPort(20'000, 30'000);
        m_distPort = freeLoopbackPort(30'000, 40'000);
        m_epmdPort = freeLoopbackPort(40'000, 50'000);
        if (!m_amqpPort || !m_distPort || !m_epmdPort)
            return Status::failure(ErrorCode::Unavailable, QStringLiteral("no free loopback ports"));
        const QString base = m_dir.path();
        QDir().mkpath(base + QStringLiteral("/home"));
        QFile cookie(base + QStringLiteral("/home/.erlang.cookie"));
        if (!cookie.open(QIODevice::WriteOnly))
            return Status::failure(ErrorCode::Io, cookie.errorString());
        cookie.write(QByteArray::number(QRandomGenerator::global()->generate64(), 36).toUpper() + "SMSDESK");
        cookie.close();
        cookie.setPermissions(QFileDevice::ReadOwner); // Erlang refuses a cookie others can read
        const auto writeFile = [&](const QString &name, const QByteArray &text) {
            QFile f(base + u'/' + name);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        if (!writeFile(QStringLiteral("rabbitmq-env.conf"), "")
            || !writeFile(QStringLiteral("enabled_plugins"), "[].\n")
            || !writeFile(QStringLiteral("advanced.config"), "[].\n")
            || !writeFile(QStringLiteral("rabbitmq.conf"), "log.console = false\nlog.file.level = info\n"))
            return Status::failure(ErrorCode::Io, QStringLiteral("cannot write the broker's files"));
        if (Status st = startEpmd(); !st.ok())
            return st;
    }
    QFile::remove(m_dir.filePath(QStringLiteral("rabbit.pid")));
    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(environment());
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.out")), QIODevice::Append);
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.out")), QIODevice::Append);
    m_server->setWorkingDirectory(m_dir.path());
    dieWithParent(*m_server);
    m_server->start(kServer, {});
    if (!m_server->waitForStarted(10'000))
        return Status::failure(ErrorCode::Unavailable,
                               QStringLiteral("rabbitmq-server did not start: ") + m_server->errorString());
    // `wait PIDFILE` waits for the pid file, then for the node, then for the rabbit app.
    const Result<QString> ready = ctl({ QStringLiteral("wait"), m_dir.filePath(QStringLiteral("rabbit.pid")),
                                        QStringLiteral("--timeout"), QStringLiteral("60") },
                                      90'000);
    if (!ready.ok())
        return Status::failure(ErrorCode::Unavailable,
                               QStringLiteral("rabbitmq-server did not come up: ") + ready.error().message
                                   + QStringLiteral("\n") + logText());
    return {};
}

Status RabbitBroker::stop()
{
    if (!m_server)
        return {};
    // SIGTERM to the script: it stops the node gracefully (rabbit_prelaunch_sighandler) and
    // waits for it.
    m_server->terminate();
    if (!m_server->waitForFinished(60'000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_server.reset();
    // The script returns once the VM is gone; make sure the node is out of epmd too.
    for (int i = 0; i < 50 && ctl({ QStringLiteral("ping") }, 10'000).ok(); ++i)
        QThread::msleep(100);
    return {};
}

bool RabbitBroker::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

QUrl RabbitBroker::url(const QString &user, const QString &password) const
{
    QUrl u;
    u.setScheme(QStringLiteral("amqp"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_amqpPort);
    u.setUserName(user);
    u.setPassword(password);
    u.setPath(QStringLiteral("/"));
    return u;
}

Result<QString> RabbitBroker::ctl(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_dir.path());
    dieWithParent(p);
    p.start(kCtl, QStringList { QStringLiteral("-n"), m_node } + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Result<QString>::failure(ErrorCode::Unavailable,
                                        QStringLiteral("rabbitmqctl %1 timed out").arg(args.join(u' ')));
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Result<QString>::failure(ErrorCode::Unavailable,
                                        QStringLiteral("rabbitmqctl %1: %2 %3")
                                            .arg(args.join(u' '), out, QString::fromUtf8(p.readAllStandardError())));
    return out;
}

Result<RabbitBroker::QueueFigures> RabbitBroker::queueFigures(const QString &queue) const
{
    const Result<QString> out
        = ctl({ QStringLiteral("list_queues"), QStringLiteral("-q"), QStringLiteral("--no-table-headers"),
                QStringLiteral("name"), QStringLiteral("messages_ready"), QStringLiteral("messages_unacknowledged"),
                QStringLiteral("consumers") });
    if (!out.ok())
        return Result<QueueFigures>::failure(out.code(), out.error().message);
    for (const QString &line : out.value().split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList cols = line.split(u'\t');
        if (cols.size() == 4 && cols.at(0) == queue)
            return QueueFigures { cols.at(1).toLongLong(), cols.at(2).toLongLong(), cols.at(3).toLongLong() };
    }
    return Result<QueueFigures>::failure(ErrorCode::NotFound,
                                         QStringLiteral("no queue %1 in: %2").arg(queue, out.value()));
}

QString RabbitBroker::logText() const
{
    QString text;
    for (const QString &name : { QStringLiteral("server.out"), QStringLiteral("log/%1.log").arg(m_node) }) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(f.readAll().right(4000));
    }
    return text;
}

RabbitPublisher::~RabbitPublisher()
{
    if (m_conn) {
        amqp_connection_close(m_conn, AMQP_REPLY_SUCCESS);
        amqp_destroy_connection(m_conn);
    }
}

Status RabbitPublisher::connect(const QUrl &url)
{
    m_conn = amqp_new_connection();
    amqp_socket_t *socket = amqp_tcp_socket_new(m_conn);
    if (!socket || amqp_socket_open(socket, url.host().toUtf8().constData(), url.port()) != AMQP_STATUS_OK)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("the producer cannot connect"));
    const amqp_rpc_reply_t login = amqp_login(m_conn, "/", 0, AMQP_DEFAULT_FRAME_SIZE, 0, AMQP_SASL_METHOD_PLAIN,
                                              url.userName().toUtf8().constData(), url.password().toUtf8().constData());
    if (login.reply_type != AMQP_RESPONSE_NORMAL)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("producer login: ") + amqpError(login));
    amqp_channel_open(m_conn, 1);
    if (const amqp_rpc_reply_t r = amqp_get_rpc_reply(m_conn); r.reply_type != AMQP_RESPONSE_NORMAL)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("producer channel: ") + amqpError(r));
    // Publisher confirms (as upstream examples/amqp_confirm_select.c turns them on).
    amqp_confirm_select_t select { 0 };
    amqp_simple_rpc_decoded(m_conn, 1, AMQP_CONFIRM_SELECT_METHOD, AMQP_CONFIRM_SELECT_OK_METHOD, &select);
    const amqp_rpc_reply_t r = amqp_get_rpc_reply(m_conn);
    if (r.reply_type != AMQP_RESPONSE_NORMAL)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("confirm.select: ") + amqpError(r));
    return {};
}

Status RabbitPublisher::declareDurable(const QString &queue)
{
    const QByteArray name = queue.toUtf8();
    amqp_queue_declare(m_conn, 1, amqp_cstring_bytes(name.constData()), 0, 1, 0, 0, amqp_empty_table);
    if (const amqp_rpc_reply_t r = amqp_get_rpc_reply(m_conn); r.reply_type != AMQP_RESPONSE_NORMAL)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("queue.declare: ") + amqpError(r));
    return {};
}

Status RabbitPublisher::publish(const QString &queue, const QList<Message> &messages)
{
    const QByteArray name = queue.toUtf8();
    for (const Message &m : messages) {
        amqp_basic_properties_t props {};
        props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG;
        props.delivery_mode = 2; // persistent
        props.content_type = amqp_cstring_bytes("application/json");
        if (!m.messageId.isEmpty()) {
            props._flags |= AMQP_BASIC_MESSAGE_ID_FLAG;
            props.message_id = amqp_bytes_t { size_t(m.messageId.size()), const_cast<char *>(m.messageId.constData()) };
        }
        amqp_table_entry_t header;
        if (m.timestampMs > 0) {
            header.key = amqp_cstring_bytes("timestamp_in_ms");
            header.value.kind = AMQP_FIELD_KIND_I64;
            header.value.value.i64 = m.timestampMs;
            props._flags |= AMQP_BASIC_HEADERS_FLAG;
            props.headers = amqp_table_t { 1, &header };
        }
        const amqp_bytes_t body { size_t(m.body.size()), const_cast<char *>(m.body.constData()) };
        if (const int st = amqp_basic_publish(m_conn, 1, amqp_cstring_bytes(""), amqp_cstring_bytes(name.constData()),
                                              0, 0, &props, body);
            st != AMQP_STATUS_OK)
            return Status::failure(ErrorCode::Unavailable,
                                   QStringLiteral("basic.publish: ") + QString::fromUtf8(amqp_error_string2(st)));
        ++m_published;
    }
    return waitForConfirms(m_published);
}

Status RabbitPublisher::waitForConfirms(quint64 last)
{
    for (;;) {
        amqp_frame_t frame;
        timeval timeout { 60, 0 };
        const int st = amqp_simple_wait_frame_noblock(m_conn, &frame, &timeout);
        if (st != AMQP_STATUS_OK)
            return Status::failure(ErrorCode::Unavailable,
                                   QStringLiteral("waiting for confirms: ")
                                       + QString::fromUtf8(amqp_error_string2(st)));
        if (frame.frame_type != AMQP_FRAME_METHOD)
            continue;
        if (frame.payload.method.id == AMQP_BASIC_NACK_METHOD)
            return Status::failure(ErrorCode::Unavailable, QStringLiteral("the broker refused a publish"));
        if (frame.payload.method.id == AMQP_BASIC_ACK_METHOD) {
            const auto *ack = static_cast<const amqp_basic_ack_t *>(frame.payload.method.decoded);
            if (ack->delivery_tag >= last)
                return {};
        }
        amqp_maybe_release_buffers(m_conn);
    }
}

} // namespace smsdesk::test
