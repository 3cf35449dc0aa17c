// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headinspector.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace smsdesk {

// The listening socket handed to QHttpServer::bind(). It sees every byte before QHttpServer
// does (its readyRead slot is connected first), so it refuses oversized, chunked or malformed
// requests from their head alone, and closes connections that stay idle: QHttpServer 6.4
// has no body limit and never closes idle connections (platform-notes.md).
class HttpGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGuard)

public:
    struct Options
    {
        HeadInspector::Limits limits;
        int idleTimeoutMs = 30'000;
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
