// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtypes.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace smsdesk {
class Clock;
}

namespace smsdesk::sim {
class SimLedger;
class WebhookSender;
struct SimReply;
} // namespace smsdesk::sim

namespace smsdesk {

// A fake SMS gateway over real HTTP (DESIGN §5/§6): the MySMSGate send API and the SMS
// Gateway for Android local-server and cloud APIs, with fault injection and delivery
// reports by polling or signed webhook. Runs in-process (demo mode, tests) or as the
// smsdesk-gateway-sim program.
//
// Endpoints:
//   POST /api/v1/send                      MySMSGate; Bearer <api key>
//   POST /message, /messages               SMSGate local server; Basic sms:<api key>
//   POST /3rdparty/v1/messages             SMSGate cloud; Basic sms:<api key>; "deviceId"
//   GET  /message/{id}, /3rdparty/v1/messages/{id}      status
//   GET  /message?state=&limit=&offset=    list, total in X-Total-Count (also /3rdparty/v1/messages)
//   DELETE /message/{id}                   cancel while Pending
//   GET  /health                           no auth
//   GET  /stats                            the DESIGN §6 counters; no auth, not counted
//   GET  /stats/devices                    accepts per device (see acceptLog()); no auth
// Without an api key every request is let in. Faults (--fail/throttle/reject-rate) are
// drawn once per send request after authentication and before the body is read; the
// fail rate also answers 503 to status, list and health requests (a phone gone offline).
class GatewaySimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySimulator)

public:
    struct Settings
    {
        QString apiKey; // empty: no authentication
        int latencyMs = 0; // added before every answer (not /stats)
        double failRate = 0.0; // share of requests answered 503
        double throttleRate = 0.0; // share answered 429 + Retry-After
        double rejectRate = 0.0; // share of sends answered 400
        double deliverRate = 1.0; // share of accepted messages later reported delivered
        int retryAfterSeconds = 1;
        int reportDelayMs = -1; // accepted → final report; -1: max(latencyMs, 200)
        bool sentEvents = false; // SMSGate: also post "sms:sent" before the final event
        QUrl webhookUrl; // empty: no webhooks (reports by polling only)
        QByteArray webhookSecret;
        QString deviceId = QStringLiteral("sim-phone"); // SMSGate local "deviceId"
        QString webhookId = QStringLiteral("sim-webhook");
        int batteryPercent = 87; // reported by GET /health
        bool connected = true; // false: GET /health says "fail"
        quint32 seed = 0; // 0: random; else reproducible fault draws
    };

    explicit GatewaySimulator(QObject *parent = nullptr);
    explicit GatewaySimulator(Settings settings, QObject *parent = nullptr);
    GatewaySimulator(Settings settings, const Clock &clock, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens (again, after stop()) on a loopback address; port 0 picks one.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Closes the listening socket and drops every open connection: the phone is gone.
    // Parked answers are never written (their sockets are gone); listen() brings it back.
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    void setFaultRates(double failRate, double throttleRate, double rejectRate);
    void setLatencyMs(int latencyMs);
    void setDeliverRate(double deliverRate);

    sim::Stats stats() const;
    QJsonObject statsJson() const; // exactly the GET /stats object
    sim::WebhookStats webhookStats() const;
    qsizetype pendingWebhooks() const;
    qsizetype pendingReports() const;
    // Every accepted send in order. deviceKey: MySMSGate "device_id", SMSGate cloud
    // "deviceId", SMSGate local Settings::deviceId; "default" when the request named none.
    QList<sim::AcceptRecord> acceptLog() const;
    // A message by gateway id (SMSGate: our client id), or null.
    std::optional<sim::SimMessage> message(const QString &gatewayId) const;
    // Final reports of everything still pending, now (tests that must not wait).
    void flushReports();

    // An incoming SMS on the phone: posts SMSGate "sms:received" or the MySMSGate inbound
    // webhook. Returns the event's message id; empty when no webhook URL is set.
    QString injectIncoming(const QString &from, const QString &text, sim::Api api = sim::Api::SmsGateLocal);

Q_SIGNALS:
    void messageAccepted(const QString &gatewayId, const QString &clientId);
    void reportProduced(const QString &gatewayId, bool delivered);

private:
    void setupRoutes();
    void setupSendRoutes();
    void setupQueryRoutes();
    void handleSend(sim::Api api, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    sim::SimReply processSend(sim::Api api, const QHttpServerRequest &request);
    sim::SimReply acceptMySmsGate(const QJsonObject &body);
    sim::SimReply acceptSmsGate(sim::Api api, const QJsonObject &body);
    qint64 record(sim::SimMessage message);
    sim::SimReply statusOf(const QString &id, const QHttpServerRequest &request);
    sim::SimReply listMessages(const QHttpServerRequest &request);
    sim::SimReply cancel(const QString &id, const QHttpServerRequest &request);
    sim::SimReply health();
    sim::SimReply devicesJson() const;
    bool authorized(sim::Api api, const QHttpServerRequest &request) const;
    bool drawUnavailable();
    void answer(QHttpServerResponder &&responder, sim::SimReply reply);
    void scheduleReport(qint64 index);
    void armReportTimer();
    void produceDueReports();
    void finalize(qint64 index);
    void postStatusWebhooks(const sim::SimMessage &message, bool sentFirst);
    int reportDelayMs() const;
    qint64 nowMs() const;

    Settings m_settings;
    const Clock &m_clock;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<sim::SimLedger> m_ledger;
    std::unique_ptr<sim::WebhookSender> m_webhooks;
    QRandomGenerator m_random;
    QByteArray m_expectedBearer; // "Bearer <key>", precomputed: checked ~4,000 times a second
    QByteArray m_expectedBasic; // "Basic base64(sms:<key>)"
    QElapsedTimer m_uptime; // monotonic: report due times must not follow a test clock
    QTimer m_reportTimer;
    qint64 m_armedForMs = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace smsdesk
