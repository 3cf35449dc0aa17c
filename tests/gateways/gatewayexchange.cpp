// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayexchange.h"

#include <QEventLoop>
#include <QNetworkReply>

namespace smsdesk::test {

GatewayReply exchange(QNetworkAccessManager &nam, const GatewayRequest &request, int timeoutMs)
{
    QNetworkRequest r = request.request;
    r.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(r, request.verb, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    GatewayReply out;
    out.networkError = reply->error();
    out.networkErrorString = reply->errorString();
    out.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->read(4 * 1024 * 1024);
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

} // namespace smsdesk::test
