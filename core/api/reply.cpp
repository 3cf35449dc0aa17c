// SPDX-License-Identifier: GPL-3.0-or-later
#include "reply.h"

namespace smsdesk {

Reply::Reply(QHttpServerResponder &&responder, bool closeAfter, Sent onSent)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket())
    , m_closeAfter(closeAfter)
    , m_onSent(std::move(onSent))
{ }

bool Reply::clientGone() const
{
    return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
}

void Reply::json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    send(status, QByteArrayLiteral("application/json"), body, headers);
}

void Reply::problem(const Problem &problem)
{
    QList<QPair<QByteArray, QByteArray>> headers = problem.extraHeaders;
    if (problem.retryAfterSeconds > 0)
        headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(problem.retryAfterSeconds) });
    send(problem.status(), QByteArrayLiteral("application/problem+json"), problem.toJson(), headers);
}

void Reply::send(int status, const QByteArray &contentType, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_onSent)
        m_onSent(status);
    if (clientGone())
        return; // the client left: nobody to answer, and the socket may be gone
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (status != 204) { // 204 carries neither (RFC 9110 §8.6)
        m_responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    }
    for (const auto &header : headers)
        m_responder.writeHeader(header.first, header.second);
    if (m_closeAfter)
        m_responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_responder.writeBody(body);
    // QHttpServer 6.4 ignores `Connection: close`; honour it here.
    if (m_closeAfter)
        m_socket->disconnectFromHost();
}

} // namespace smsdesk
