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

QFuture<Result<ConnectionReport>> ConnectionTester::test(const Device &device, const Credentials &credentials)
{
    using R = Result<ConnectionReport>;
    std::shared_ptr<GatewayAdapter> adapter = createAdapter(device.adapter);
    if (!adapter)
        return QtFuture::makeReadyFuture(
            R::failure(ErrorCode::Invalid, tr("Unknown gateway type \"%1\".").arg(device.adapter)));
    const GatewayRequest check = adapter->credentialsCheckRequest(device, credentials);
    return thenIfAlive(
               fetch(check), this,
               [this, adapter, device, credentials](const GatewayReply &reply) {
                   if (const Status accepted = adapter->checkCredentialsReply(reply); !accepted)
                       return QtFuture::makeReadyFuture(R::failure(accepted.code(), describeFailure(reply)));
                   const std::optional<GatewayRequest> health = adapter->healthRequest(device, credentials);
                   if (!health) {
                       ConnectionReport report;
                       report.health.online = true;
                       return describe(adapter, device, credentials, report);
                   }
                   return thenIfAlive(fetch(*health), this,
                                      [this, adapter, device, credentials](const GatewayReply &healthReply) {
                                          // A failing phone answers HTTP 500 with its health
                                          // document: the adapter reads it either way.
                                          const Result<DeviceHealth> parsed = adapter->parseHealth(healthReply);
                                          if (!parsed)
                                              return QtFuture::makeReadyFuture(
                                                  R::failure(ErrorCode::Unavailable, describeFailure(healthReply)));
                                          ConnectionReport report;
                                          report.health = parsed.value();
                                          return describe(adapter, device, credentials, report);
                                      })
                       .unwrap();
               })
        .unwrap();
}

QFuture<Result<ConnectionReport>> ConnectionTester::describe(std::shared_ptr<GatewayAdapter> adapter,
                                                             const Device &device, const Credentials &credentials,
                                                             ConnectionReport report)
{
    const std::optional<GatewayRequest> request = adapter->devicesRequest(device, credentials);
    if (!request)
        return QtFuture::makeReadyFuture(Result<ConnectionReport>(report));
    return thenIfAlive(fetch(*request), this, [adapter, report](const GatewayReply &reply) mutable {
        const Result<QList<RemoteDevice>> devices = adapter->parseDevices(reply);
        if (devices)
            report.devices = devices.value();
        else
            report.devicesProblem = devices.errorString();
        return Result<ConnectionReport>(report);
    });
}

} // namespace smsdesk
