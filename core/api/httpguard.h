// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headinspector.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace smsdesk {

// The listening socket handed to QHttpServer::bind(). It sees every byte before QHttpServer
// does (its readyRead slot is connected first), so it refuses oversized, chunked or malformed
// requests from their head alone, and closes connections that stay idle: QHttpServer 6.4
// has no body limit and never closes idle connections (platform-notes.md).
// With `tls` set it speaks HTTPS: each connection is a QSslSocket that starts the server
// handshake at once, and the checks run on the decrypted bytes (QSslSocket's readyRead and
// peek work on plain text), so the same guard protects both listeners. A QSslServer would
// hand the socket over only after the handshake, behind its own incomingConnection.
class HttpGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGuard)

public:
    struct Options
    {
        HeadInspector::Limits limits;
        int idleTimeoutMs = 30'000;
        std::optional<QSslConfiguration> tls; // certificate and key: HTTPS
    };

    explicit HttpGuard(Options options, QObject *parent = nullptr);
    ~HttpGuard() override;

    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // A request was answered here, before QHttpServer saw it (for the request metrics).
    void rejected(int status);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection
    {
        HeadInspector inspector;
        qint64 lastActivityMs = 0;
        bool refused = false; // answered and half-closed: the rest is read and dropped
        qint64 drained = 0;
    };

    void inspect(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, Connection &connection, const Problem &problem);
    void drain(QTcpSocket *socket, Connection &connection);
    void closeIdle();

    Options m_options;
    QHash<QTcpSocket *, Connection> m_connections;
    QElapsedTimer m_monotonic;
    QTimer m_idleTimer;
};

} // namespace smsdesk
