// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace smsdesk {

// An answer owed to one request, kept while the store commits. QHttpServer 6.4 deletes the
// socket when the client disconnects and the parked responder then writes to freed memory
// (platform-notes.md): every write goes through the QPointer check here.
class Reply final
{
    Q_DISABLE_COPY_MOVE(Reply)

public:
    using Sent = std::function<void(int status)>;
    Reply(QHttpServerResponder &&responder, bool closeAfter, Sent onSent);

    void json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    void problem(const Problem &problem);
    void send(int status, const QByteArray &contentType, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});

    bool answered() const { return m_answered; }
    bool clientGone() const;

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfter = false;
    bool m_answered = false;
    Sent m_onSent;
};

using ReplyPtr = std::shared_ptr<Reply>;

} // namespace smsdesk
