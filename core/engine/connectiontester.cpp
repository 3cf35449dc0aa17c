// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "thenifalive.h"

#include <QFuture>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace smsdesk {

namespace {
constexpr int kTestTimeoutMs = 10'000;

QString describeFailure(const GatewayReply &reply)
{
    if (reply.timedOut)
        return ConnectionTester::tr("The phone did not answer within %1 s. Check the address and that "
                                    "the phone is on the same network.")
            .arg(kTestTimeoutMs / 1000);
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        return ConnectionTester::tr("The gateway refused the credentials (HTTP %1). Check user and password "
                                    "or the API key.")
            .arg(reply.httpStatus);
    if (reply.httpStatus == 0)
        return ConnectionTester::tr("Could not reach the gateway: %1").arg(reply.networkErrorString);
    return ConnectionTester::tr("The gateway answered HTTP %1.").arg(reply.httpStatus);
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

QFuture<GatewayReply> ConnectionTester::fetch(const GatewayRequest &request)
{
    auto promise = std::make_shared<QPromise<GatewayReply>>();
    promise->start();
    QNetworkRequest networkRequest = request.request;
    networkRequest.setTransferTimeout(kTestTimeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.verb, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, promise] {
        GatewayReply answer;
        answer.networkError = reply->error();
        answer.networkErrorString = reply->errorString();
        answer.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->read(1 << 20);
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        promise->addResult(answer);
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<DeviceHealth>> ConnectionTester::test(const Device &device, const Credentials &credentials)
{
    using R = Result<DeviceHealth>;
    std::shared_ptr<GatewayAdapter> adapter = createAdapter(device.adapter);
    if (!adapter)
        return QtFuture::makeReadyFuture(
            R::failure(ErrorCode::Invalid, tr("Unknown gateway type \"%1\".").arg(device.adapter)));
    const GatewayRequest check = adapter->credentialsCheckRequest(device, credentials);
    return thenIfAlive(
               fetch(check), this,
               [this, adapter, device, credentials](const GatewayReply &reply) {
                   if (reply.httpStatus < 200 || reply.httpStatus >= 300)
                       return QtFuture::makeReadyFuture(
                           R::failure(ErrorCode::Unavailable, describeFailure(reply)));
                   const std::optional<GatewayRequest> health = adapter->healthRequest(device, credentials);
                   if (!health) {
                       DeviceHealth online;
                       online.online = true;
                       return QtFuture::makeReadyFuture(R(online));
                   }
                   return thenIfAlive(fetch(*health), this, [adapter](const GatewayReply &healthReply) {
                       if (healthReply.httpStatus < 200 || healthReply.httpStatus >= 300)
                           return R::failure(ErrorCode::Unavailable, describeFailure(healthReply));
                       return adapter->parseHealth(healthReply);
                   });
               })
        .unwrap();
}

} // namespace smsdesk
