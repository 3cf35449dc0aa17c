// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

namespace smsdesk {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, makeResponder(request, socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() takes every request. Kept safe anyway.
    m_handler(request, makeResponder(request, socket));
}

} // namespace smsdesk
