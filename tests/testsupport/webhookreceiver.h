// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace smsdesk::test {

// A user's app receiving outgoing webhooks: a small HTTP/1.1 server on 127.0.0.1 (an
// ephemeral port) that keeps every request it reads and answers each with `status` (0: no
// answer at all, the connection held open), one request per connection.
class WebhookReceiver : public QObject
{
public:
    struct Request
    {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        int answered = 0; // the status it got (0: none)
    };

    WebhookReceiver();
    bool isListening() const { return m_server.isListening(); }
    QString url(const QString &path = QStringLiteral("/hooks/sms")) const;

    int status = 204;
    QByteArray extraHeaders; // "Location: …\r\n"
    QList<Request> requests;

private:
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace smsdesk::test
