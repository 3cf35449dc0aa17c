// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpguard.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace smsdesk {

namespace {
// After a refusal the client may still be sending its body; reading (and dropping) a bounded
// amount lets it see our answer instead of a connection reset.
constexpr qint64 kMaxDrainBytes = 8 * 1024 * 1024;
constexpr qint64 kRefusedLingerMs = 2'000;
} // namespace

HttpGuard::HttpGuard(Options options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
{
    m_monotonic.start();
    m_idleTimer.setInterval(qBound(50, m_options.idleTimeoutMs / 4, 5'000));
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpGuard::closeIdle);
    m_idleTimer.start();
}

HttpGuard::~HttpGuard() = default;

void HttpGuard::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_options.tls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_options.tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    Connection connection { HeadInspector(m_options.limits), m_monotonic.elapsed(), false, 0 };
    m_connections.insert(socket, std::move(connection));
    // Connected before QHttpServer connects its own slot (on newConnection), so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end())
            it->lastActivityMs = m_monotonic.elapsed();
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // A failed handshake (a client that does not trust the certificate) closes the
        // connection; QHttpServer deletes the socket on `disconnected`.
        connect(tls, &QSslSocket::sslErrors, tls, [tls] { tls->abort(); });
        tls->startServerEncryption();
    }
    addPendingConnection(socket);
}

void HttpGuard::inspect(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->lastActivityMs = m_monotonic.elapsed();
    if (it->refused) {
        drain(socket, *it);
        return;
    }
    // QHttpServer reads everything available in its own slot (inside a socket transaction),
    // so what is readable now is exactly what it has not seen yet.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    if (auto problem = it->inspector.feed(fresh))
        refuse(socket, *it, *problem);
}

void HttpGuard::refuse(QTcpSocket *socket, Connection &connection, const Problem &problem)
{
    connection.refused = true;
    // QHttpServer must not parse this request: its readyRead slot has the server as context.
    if (parent())
        disconnect(socket, &QTcpSocket::readyRead, parent(), nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction(); // else every drained byte would be kept for a rollback
    const QByteArray body = problem.toJson();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(problem.status())
        + " Refused\r\n"
          "Content-Type: application/problem+json\r\n"
          "Connection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->flush();
    // Half-close: the client reads our answer and EOF while we keep draining its upload.
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    drain(socket, connection);
    Q_EMIT rejected(problem.status());
}

void HttpGuard::drain(QTcpSocket *socket, Connection &connection)
{
    connection.drained += socket->skip(socket->bytesAvailable());
    if (connection.drained > kMaxDrainBytes)
        socket->abort();
}

void HttpGuard::closeIdle()
{
    const qint64 now = m_monotonic.elapsed();
    QList<QTcpSocket *> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const qint64 limit
            = it->refused ? qMin<qint64>(kRefusedLingerMs, m_options.idleTimeoutMs) : m_options.idleTimeoutMs;
        if (now - it->lastActivityMs > limit)
            idle.append(it.key());
    }
    for (QTcpSocket *socket : idle) {
        m_connections.remove(socket);
        socket->abort(); // QHttpServer deletes the socket on `disconnected`
    }
}

} // namespace smsdesk
