// SPDX-License-Identifier: GPL-3.0-or-later
#include "senderpool.h"

#include "gatewayjson.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <algorithm>
#include <limits>

namespace smsdesk {

SenderPool::SenderPool(int managers, qint64 timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
    const int count = std::max(1, managers);
    m_managers.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        // Gateways are on the LAN or loopback: a system proxy would only add a hop (and
        // would see credentials), and proxy auto-detection costs time on every request.
        manager->setProxy(QNetworkProxy::NoProxy);
        // A redirect on a send could turn a POST into a GET elsewhere: take it as an answer.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(manager);
    }
    m_busy.assign(m_managers.size(), 0);
}

SenderPool::~SenderPool()
{
    abortAll();
}

void SenderPool::send(quint64 tag, const GatewayRequest &request)
{
    QNetworkRequest networkRequest = request.request;
    networkRequest.setTransferTimeout(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    const size_t index = leastBusy();
    QNetworkAccessManager *manager = m_managers[index];

    QNetworkReply *reply = nullptr;
    if (request.verb == "POST")
        reply = manager->post(networkRequest, request.body);
    else if (request.verb == "GET")
        reply = manager->get(networkRequest);
    else
        reply = manager->sendCustomRequest(networkRequest, request.verb, request.body);
    ++m_outstanding;
    ++m_busy[index];
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, tag, index] { onFinished(reply, tag, index); });
}

// Plain round-robin drifts: replies come back out of order, and a manager holding a 7th
// request makes it wait a whole gateway latency for one of its 6 connections.
size_t SenderPool::leastBusy() const
{
    size_t best = 0;
    for (size_t i = 1; i < m_busy.size(); ++i) {
        if (m_busy[i] < m_busy[best])
            best = i;
    }
    return best;
}

void SenderPool::abortAll()
{
    m_aborting = true;
    for (QNetworkAccessManager *manager : m_managers) {
        const auto replies = manager->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
        for (QNetworkReply *reply : replies) {
            if (reply->isRunning())
                reply->abort(); // emits finished synchronously: handlers run now
        }
    }
    m_aborting = false;
}

void SenderPool::onFinished(QNetworkReply *reply, quint64 tag, size_t manager)
{
    --m_outstanding;
    --m_busy[manager];
    GatewayReply out = readGatewayReply(reply, m_aborting);
    reply->deleteLater();
    if (m_handler)
        m_handler(tag, std::move(out));
}

GatewayReply readGatewayReply(QNetworkReply *reply, bool abortedByUs)
{
    GatewayReply out;
    out.networkError = reply->error();
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt 6.4 reports an expired transfer timeout as OperationCanceledError (it aborts the
    // reply itself); we abort only on shutdown, which `abortedByUs` tells apart.
    out.timedOut = out.networkError == QNetworkReply::TimeoutError
        || (out.networkError == QNetworkReply::OperationCanceledError && !abortedByUs);
    if (out.networkError != QNetworkReply::NoError)
        out.networkErrorString = reply->errorString();
    if (reply->isOpen()) // an aborted (timed-out) reply is closed and has no body
        out.body = reply->read(gw::kMaxParsedBody + 1);
    out.headers = reply->rawHeaderPairs();
    return out;
}

} // namespace smsdesk
