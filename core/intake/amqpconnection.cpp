// SPDX-License-Identifier: GPL-3.0-or-later
#include "amqpconnection.h"

#include <QCoreApplication>

#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

#include <cerrno>
#include <cstring>
#include <sys/time.h>

namespace smsdesk {

namespace {

// The context lupdate files these texts under: the class whose members call tr().
QString tr(const char *text)
{
    return QCoreApplication::translate("smsdesk::AmqpConnection", text);
}

QByteArray bytes(amqp_bytes_t b)
{
    return b.len == 0 ? QByteArray() : QByteArray(static_cast<const char *>(b.bytes), int(b.len));
}

amqp_bytes_t amqpBytes(const QByteArray &b)
{
    amqp_bytes_t out;
    out.len = size_t(b.size());
    out.bytes = const_cast<char *>(b.constData());
    return out;
}

timeval timevalOf(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

} // namespace

AmqpTarget AmqpTarget::from(const IntakeConfig &config)
{
    AmqpTarget t;
    t.host = config.url.host().toUtf8();
    t.port = config.url.port(config.url.scheme() == u"amqps" ? 5671 : 5672);
    // amqp://host/ and amqp://host both mean the default vhost "/"; amqp://host/%2F too;
    // amqp://host/shop names the vhost "shop" (the RabbitMQ URI spec).
    const QString path = config.url.path(QUrl::FullyDecoded);
    if (path.size() > 1)
        t.vhost = path.mid(1).toUtf8();
    if (!config.url.userName().isEmpty()) {
        t.user = config.url.userName(QUrl::FullyDecoded).toUtf8();
        t.password = config.url.password(QUrl::FullyDecoded).toUtf8();
    }
    t.queue = config.queue.trimmed().toUtf8();
    return t;
}

QString amqpCloseText(const amqp_method_t &method)
{
    if (method.id == AMQP_CONNECTION_CLOSE_METHOD) {
        const auto *m = static_cast<const amqp_connection_close_t *>(method.decoded);
        return QString::fromUtf8(bytes(m->reply_text));
    }
    if (method.id == AMQP_CHANNEL_CLOSE_METHOD) {
        const auto *m = static_cast<const amqp_channel_close_t *>(method.decoded);
        return QString::fromUtf8(bytes(m->reply_text));
    }
    return QString::fromLatin1(amqp_method_name(method.id));
}

AmqpConnection::~AmqpConnection()
{
    close();
}

QString AmqpConnection::describeStatus(int status)
{
    return QString::fromUtf8(amqp_error_string2(status));
}

QString AmqpConnection::describe(const amqp_rpc_reply_t &reply) const
{
    switch (reply.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return {};
    case AMQP_RESPONSE_NONE:
        return tr("no answer from RabbitMQ");
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        return describeStatus(reply.library_error);
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        break;
    }
    int code = 0;
    if (reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD)
        code = static_cast<const amqp_connection_close_t *>(reply.reply.decoded)->reply_code;
    else if (reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD)
        code = static_cast<const amqp_channel_close_t *>(reply.reply.decoded)->reply_code;
    if (code == AMQP_ACCESS_REFUSED)
        return tr("RabbitMQ refused user %1 (%2)").arg(QString::fromUtf8(m_user), amqpCloseText(reply.reply));
    return tr("RabbitMQ answered %1").arg(amqpCloseText(reply.reply));
}

Status AmqpConnection::check(const amqp_rpc_reply_t &reply, const QString &doing) const
{
    if (reply.reply_type == AMQP_RESPONSE_NORMAL)
        return {};
    const bool refused = reply.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION
        && reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD
        && static_cast<const amqp_connection_close_t *>(reply.reply.decoded)->reply_code == AMQP_ACCESS_REFUSED;
    if (refused)
        return Status::failure(ErrorCode::Invalid, describe(reply));
    return Status::failure(ErrorCode::Unavailable, tr("%1: %2").arg(doing, describe(reply)));
}

Status AmqpConnection::open(const AmqpTarget &target, int timeoutMs, int rpcTimeoutMs, int heartbeatSeconds)
{
    close();
    m_user = target.user;
    m_conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(m_conn);
    if (!sock) {
        drop();
        return Status::failure(ErrorCode::Internal, tr("could not make a socket"));
    }
    const QString where = QString::fromUtf8(target.host) + u':' + QString::number(target.port);
    const timeval connectTimeout = timevalOf(timeoutMs);
    errno = 0;
    if (const int st = amqp_socket_open_noblock(sock, target.host.constData(), target.port, &connectTimeout); st != 0) {
        const int err = errno;
        QString why = describeStatus(st);
        if (st == AMQP_STATUS_SOCKET_ERROR && err != 0)
            why = QString::fromLocal8Bit(std::strerror(err));
        drop();
        return Status::failure(ErrorCode::Unavailable, tr("could not connect to RabbitMQ at %1: %2").arg(where, why));
    }
    timeval handshake = timevalOf(timeoutMs);
    amqp_set_handshake_timeout(m_conn, &handshake);
    timeval rpc = timevalOf(rpcTimeoutMs);
    amqp_set_rpc_timeout(m_conn, &rpc);

    // Client capabilities: librabbitmq sends authentication_failure_close (a refused login is
    // a connection.close 403, not a dropped socket); we add the two notifications we handle.
    amqp_table_entry_t caps[2];
    caps[0].key = amqp_cstring_bytes("connection.blocked");
    caps[0].value.kind = AMQP_FIELD_KIND_BOOLEAN;
    caps[0].value.value.boolean = 1;
    caps[1].key = amqp_cstring_bytes("consumer_cancel_notify");
    caps[1].value.kind = AMQP_FIELD_KIND_BOOLEAN;
    caps[1].value.value.boolean = 1;
    amqp_table_t capsTable { 2, caps };
    amqp_table_entry_t props[2];
    props[0].key = amqp_cstring_bytes("capabilities");
    props[0].value.kind = AMQP_FIELD_KIND_TABLE;
    props[0].value.value.table = capsTable;
    props[1].key = amqp_cstring_bytes("connection_name");
    props[1].value.kind = AMQP_FIELD_KIND_UTF8;
    props[1].value.value.bytes = amqp_cstring_bytes("smsdesk intake");
    amqp_table_t properties { 2, props };

    const amqp_rpc_reply_t login = amqp_login_with_properties(
        m_conn, target.vhost.constData(), 0, AMQP_DEFAULT_FRAME_SIZE, heartbeatSeconds, &properties,
        AMQP_SASL_METHOD_PLAIN, target.user.constData(), target.password.constData());
    if (Status st = check(login, tr("logging in to RabbitMQ at %1").arg(where)); !st.ok()) {
        if (login.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && login.reply.id == AMQP_CONNECTION_CLOSE_METHOD)
            answerConnectionClose();
        drop();
        return st;
    }
    return {};
}

int AmqpConnection::socket() const
{
    return m_conn ? amqp_get_sockfd(m_conn) : -1;
}

QString AmqpConnection::serverVersion() const
{
    if (!m_conn)
        return {};
    const amqp_table_t *props = amqp_get_server_properties(m_conn);
    for (int i = 0; props && i < props->num_entries; ++i) {
        const amqp_table_entry_t &e = props->entries[i];
        if (bytes(e.key) == "version" && (e.value.kind == AMQP_FIELD_KIND_UTF8 || e.value.kind == AMQP_FIELD_KIND_BYTES))
            return QString::fromUtf8(bytes(e.value.value.bytes));
    }
    return {};
}

Status AmqpConnection::openChannel(amqp_channel_t channel)
{
    amqp_channel_open(m_conn, channel);
    return check(amqp_get_rpc_reply(m_conn), tr("opening a channel"));
}

Result<AmqpQueueCounts> AmqpConnection::passiveDeclare(amqp_channel_t channel, const QByteArray &queue)
{
    const amqp_queue_declare_ok_t *ok
        = amqp_queue_declare(m_conn, channel, amqpBytes(queue), 1, 0, 0, 0, amqp_empty_table);
    const amqp_rpc_reply_t reply = amqp_get_rpc_reply(m_conn);
    if (ok && reply.reply_type == AMQP_RESPONSE_NORMAL)
        return AmqpQueueCounts { qint64(ok->message_count), qint64(ok->consumer_count) };
    if (reply.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD
        && static_cast<const amqp_channel_close_t *>(reply.reply.decoded)->reply_code == AMQP_NOT_FOUND) {
        answerChannelClose(channel);
        if (Status st = openChannel(channel); !st.ok())
            return Result<AmqpQueueCounts>::failure(st.code(), st.error().message);
        return Result<AmqpQueueCounts>::failure(ErrorCode::NotFound,
                                                tr("no queue %1").arg(QString::fromUtf8(queue)));
    }
    const Status st = check(reply, tr("looking at queue %1").arg(QString::fromUtf8(queue)));
    return Result<AmqpQueueCounts>::failure(st.code(), st.error().message);
}

Result<AmqpQueueCounts> AmqpConnection::declareDurable(amqp_channel_t channel, const QByteArray &queue)
{
    const amqp_queue_declare_ok_t *ok
        = amqp_queue_declare(m_conn, channel, amqpBytes(queue), 0, 1, 0, 0, amqp_empty_table);
    const amqp_rpc_reply_t reply = amqp_get_rpc_reply(m_conn);
    if (ok && reply.reply_type == AMQP_RESPONSE_NORMAL)
        return AmqpQueueCounts { qint64(ok->message_count), qint64(ok->consumer_count) };
    const Status st = check(reply, tr("declaring queue %1").arg(QString::fromUtf8(queue)));
    return Result<AmqpQueueCounts>::failure(st.code(), st.error().message);
}

Status AmqpConnection::qos(amqp_channel_t channel, int prefetch)
{
    // prefetch_count applies to each new consumer on the channel (RabbitMQ's reading of
    // global=false): at most this many deliveries unacknowledged.
    amqp_basic_qos(m_conn, channel, 0, uint16_t(qBound(1, prefetch, 65535)), 0);
    return check(amqp_get_rpc_reply(m_conn), tr("setting the prefetch"));
}

Status AmqpConnection::consume(amqp_channel_t channel, const QByteArray &queue)
{
    // no_local 0, no_ack 0 (manual acknowledgements), exclusive 0 (other desks may read too).
    amqp_basic_consume(m_conn, channel, amqpBytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
    return check(amqp_get_rpc_reply(m_conn), tr("consuming from queue %1").arg(QString::fromUtf8(queue)));
}

void AmqpConnection::answerConnectionClose()
{
    if (!m_conn)
        return;
    amqp_connection_close_ok_t ok {};
    amqp_send_method(m_conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
}

void AmqpConnection::answerChannelClose(amqp_channel_t channel)
{
    if (!m_conn)
        return;
    amqp_channel_close_ok_t ok {};
    amqp_send_method(m_conn, channel, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
}

void AmqpConnection::close()
{
    if (!m_conn)
        return;
    timeval shortWait = timevalOf(1000);
    amqp_set_rpc_timeout(m_conn, &shortWait);
    // Unacknowledged deliveries go back to the queue when the channel closes (AMQP 0-9-1;
    // RabbitMQ's confirms guide, "Automatic requeueing").
    amqp_connection_close(m_conn, AMQP_REPLY_SUCCESS);
    drop();
}

void AmqpConnection::drop()
{
    if (!m_conn)
        return;
    amqp_destroy_connection(m_conn);
    m_conn = nullptr;
}

} // namespace smsdesk
