// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"

#include "securitygate.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPromise>
#include <QTcpSocket>

namespace smsdesk::test {

namespace {
template<typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}
} // namespace

QFuture<Result<Credentials>> MemoryCredentials::read(const QString &key)
{
    if (!entries.contains(key))
        return ready(Result<Credentials>::failure(ErrorCode::NotFound, QStringLiteral("absent")));
    return ready(Result<Credentials>(entries.value(key)));
}

QFuture<Status> MemoryCredentials::write(const QString &key, const Credentials &credentials)
{
    if (!writable)
        return ready(Status::failure(ErrorCode::Unavailable, unavailableReason()));
    entries.insert(key, credentials);
    return ready(Status());
}

QFuture<Status> MemoryCredentials::remove(const QString &key)
{
    entries.remove(key);
    return ready(Status());
}

ApiHarness::ApiHarness() = default;

ApiHarness::~ApiHarness()
{
    server.reset();
    if (store)
        store->close();
}

bool ApiHarness::start(const std::function<void(ApiServer::Options &)> &tune)
{
    store = std::make_unique<QueueStore>(clock, QueueStore::Options { database.config(), RetryPolicy() });
    if (const Status opened = store->open(); !opened) {
        qWarning() << "store:" << opened.errorString();
        return false;
    }
    const Result<ApiToken> added
        = await(store->addToken(QStringLiteral("tests"), SecurityGate::hashToken(token)));
    if (!added)
        return false;
    tokenId = added->id;
    ApiServer::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.credentials = &credentials;
    options.metrics = &metrics;
    options.webhookSecrets = webhookSecrets;
    if (tune)
        tune(options);
    server = std::make_unique<ApiServer>(*store, clock, phoneNumbers, options);
    const Result<quint16> listening = server->listen();
    if (!listening) {
        qWarning() << "listen:" << listening.errorString();
        return false;
    }
    port = listening.value();
    return true;
}

QString ApiHarness::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}

QString ApiHarness::hostHeader() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

ApiResult ApiHarness::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, bool withToken)
{
    QNetworkRequest request(QUrl(url(path)));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000);
    ApiResult result;
    if (!done) {
        result.networkError = QStringLiteral("timeout");
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

ApiResult ApiHarness::post(const QString &path, const QJsonObject &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all { { "Content-Type", "application/json" } };
    all.append(headers);
    return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

QByteArray ApiHarness::raw(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray received;
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    received += socket.readAll();
    return received;
}

QString ApiHarness::enqueue(const QString &to, const QString &text)
{
    const ApiResult result = post(QStringLiteral("/api/v1/messages"),
                                  { { QStringLiteral("to"), to }, { QStringLiteral("text"), text } });
    return result.status == 202 ? result.json.value(QLatin1String("id")).toString() : QString();
}

bool ApiHarness::markSent(const QString &id, qint64 deviceId, const QString &gatewayMessageId)
{
    const Result<QList<Message>> claimed = await(store->claimDue(QStringLiteral("test"), 1000, 60'000));
    if (!claimed)
        return false;
    QList<SendOutcome> outcomes;
    for (const Message &message : claimed.value()) {
        SendOutcome outcome;
        outcome.id = message.id;
        outcome.leaseId = message.leaseId;
        outcome.deviceId = deviceId;
        outcome.gatewayMessageId = gatewayMessageId;
        outcome.kind
            = message.id == QUuid::fromString(id) ? SendOutcome::Kind::Sent : SendOutcome::Kind::Release;
        outcomes.append(outcome);
    }
    const Result<QList<Status>> done = await(store->complete(outcomes));
    return done.ok();
}

qint64 ApiHarness::addDevice(const QString &name, const QString &adapter, const QString &remoteId,
                             bool enabled)
{
    Device device;
    device.name = name;
    device.adapter = adapter;
    device.baseUrl = QStringLiteral("http://127.0.0.1:9");
    device.remoteId = remoteId;
    device.enabled = enabled;
    const Result<Device> added = await(store->addDevice(device));
    return added ? added->id : 0;
}

} // namespace smsdesk::test
