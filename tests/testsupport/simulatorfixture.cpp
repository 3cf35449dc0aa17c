// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorfixture.h"

#include "clock.h"
#include "webhooksender.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTimer>

namespace smsdesk::test {

SimulatorFixture::SimulatorFixture()
    : SimulatorFixture(GatewaySimulator::Settings())
{ }

SimulatorFixture::SimulatorFixture(GatewaySimulator::Settings settings)
    : m_sim(std::make_unique<GatewaySimulator>(std::move(settings), SystemClock::instance()))
{
    if (!m_sim->listen(QHostAddress::LocalHost, 0))
        qWarning("SimulatorFixture: cannot listen on 127.0.0.1");
}

SimulatorFixture::~SimulatorFixture()
{
    m_sim->stop();
}

QUrl SimulatorFixture::url(const QString &path) const
{
    return m_sim->baseUrl().resolved(QUrl(path));
}

bool SimulatorFixture::restart()
{
    return m_sim->listen(QHostAddress::LocalHost, m_sim->port());
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                       const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                       int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QByteArray WebhookCatcher::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

WebhookCatcher::WebhookCatcher()
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER";
        m_requests.append(Request { method, request.url().path(), request.headers(), request.body() });
        responder.write(QHttpServerResponder::StatusCode(m_status));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WebhookCatcher::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

int postSmsGatePing(QNetworkAccessManager &nam, const QString &apiAddress, const QByteArray &secret,
                    const QString &eventId)
{
    const QJsonObject event { { QStringLiteral("deviceId"), QStringLiteral("phone-A") },
                              { QStringLiteral("event"), QStringLiteral("system:ping") },
                              { QStringLiteral("id"), eventId },
                              { QStringLiteral("payload"), QJsonObject() },
                              { QStringLiteral("webhookId"), QStringLiteral("wh-1") } };
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    auto headers
        = sim::signatureHeaders(sim::Signing::SmsGate, secret, {}, body, QDateTime::currentSecsSinceEpoch());
    headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    const QUrl url(QStringLiteral("http://%1/webhooks/smsgate").arg(apiAddress));
    return httpRequest(nam, "POST", url, body, headers).status;
}

} // namespace smsdesk::test
