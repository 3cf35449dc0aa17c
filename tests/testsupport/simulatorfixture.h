// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewaysimulator.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

namespace smsdesk::test {

// An in-process gateway simulator on 127.0.0.1 with an ephemeral port; stopped on
// destruction. Usage:
//   SimulatorFixture fx;                         // or SimulatorFixture fx(settings);
//   QVERIFY(fx.isListening());
//   device.baseUrl = fx.baseUrlString();         // "http://127.0.0.1:PORT"
//   fx.sim().setFaultRates(1.0, 0, 0);           // the phone goes offline (503s)
//   fx.sim().stop(); fx.restart();               // or really offline, then back on the same port
//   QTRY_COMPARE(fx.sim().stats().deliveredReports, 3);
class SimulatorFixture final
{
public:
    SimulatorFixture();
    explicit SimulatorFixture(GatewaySimulator::Settings settings);
    ~SimulatorFixture();

    GatewaySimulator &sim() { return *m_sim; }
    bool isListening() const { return m_sim->isListening(); }
    QUrl baseUrl() const { return m_sim->baseUrl(); }
    QString baseUrlString() const { return m_sim->baseUrl().toString(); }
    QUrl url(const QString &path) const;
    // Listens again on the same port after sim().stop().
    bool restart();

private:
    std::unique_ptr<GatewaySimulator> m_sim;
};

// A synchronous HTTP exchange for tests (runs the event loop while waiting).
struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};
HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                       const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 10'000);

// Posts an SMSGate `system:ping` webhook signed with `secret` to the API at `apiAddress`
// (host:port); returns the HTTP status (200 accepted, 401 bad signature, 503 no secret).
int postSmsGatePing(QNetworkAccessManager &nam, const QString &apiAddress, const QByteArray &secret,
                    const QString &eventId);

// Records every request sent to it (webhooks from the simulator) and answers `status`.
class WebhookCatcher final
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    WebhookCatcher();
    QUrl url(const QString &path = QStringLiteral("/webhooks/test")) const;
    void setStatus(int status) { m_status = status; }
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_status = 200;
    QList<Request> m_requests;
};

} // namespace smsdesk::test
