// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtypes.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServer;

namespace smsdesk {
class Clock;
}

namespace smsdesk::sim {
class SimHooks;
class SimLedger;
class WebhookSender;
struct SimReply;
} // namespace smsdesk::sim

namespace smsdesk {

// A fake SMS gateway over real HTTP (DESIGN §5/§6): the MySMSGate API as public
// integrations use it, and SMS Gateway for Android (SMSGate) as its sources show it, in
// local-server mode (one simulator = one phone) and cloud "3rdparty" mode (an account
// with Settings::cloudDeviceIds phones), with fault injection. Runs in-process (demo
// mode, tests) or as the smsdesk-gateway-sim program.
//
// Endpoints (each handler names the upstream file it copies; reference/gateways.md):
//   SMSGate local, Basic sms:<api key>    (capcom6/android-sms-gateway modules/localserver)
//     POST /message, /messages            send; 202 / 400 / 409 / 500
//     GET  /message, /messages            list newest first, ?state=&limit=&offset=, X-Total-Count
//     GET  /message/{id}, DELETE /message/{id}   (also under /messages)
//     POST /message(s)/inbox/export       re-process received SMS, webhooks on
//     GET  /inbox?type=&limit=&offset=&from=&to=, POST /inbox/refresh
//     GET/POST /webhooks (/webhook), DELETE /webhooks/{id}
//     GET/PATCH /settings                 {"webhooks": {"signing_key", "retry_count"}, "messages": {...}}
//     GET  /device                        [this phone with its SIM cards]
//     GET  /health                        no auth; 500 when a check fails
//   SMSGate cloud, Basic sms:<api key>    (android-sms-gateway/server handlers, /3rdparty/v1)
//     POST/GET /messages, GET/DELETE /messages/{id}, GET /devices, GET/POST/DELETE /webhooks,
//     GET /inbox (501), POST /inbox/refresh, GET /health
//   MySMSGate, Bearer <api key>           (public integrations, see simroutes_mysmsgate.cpp)
//     POST /api/v1/send, GET /api/v1/devices, GET /api/v1/history, GET /api/v1/sms?id=
//   Control, no auth, never counted or delayed:
//     GET /stats (DESIGN §6), GET /stats/devices, POST /_sim/inbound (DESIGN §6b)
// Without an api key every request is let in. Faults (--fail/throttle/reject-rate) are
// drawn once per send request after authentication and before the body is read; the
// fail rate also answers 503 to status, list and health requests (a phone gone offline).
// A message goes Pending → Processed (reportDelay/4) → Sent (/2) → Delivered or Failed
// (at reportDelay), after scheduleAt if it has one.
class GatewaySimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySimulator)

public:
    struct Settings
    {
        QString apiKey; // empty: no authentication
        int latencyMs = 0; // added before every answer (not /stats, /_sim)
        double failRate = 0.0; // share of requests answered 503
        double throttleRate = 0.0; // share answered 429 + Retry-After
        double rejectRate = 0.0; // share of sends answered 400
        double deliverRate = 1.0; // share of accepted messages later reported delivered
        // Numbers this phone refuses for good (SMSGate local sends): every send that names
        // one is answered 400, a permanent failure, as a number no network takes.
        QStringList refusedNumbers;
        int retryAfterSeconds = 1;
        int reportDelayMs = -1; // accepted → final state; -1: max(latencyMs, 200)
        bool sentEvents = false; // the --webhook-url presets include "sms:sent"
        // Stands for webhooks registered before start for every event the desk reads, to
        // this URL, signed with webhookSecret (SMSGate: the phone's signing key).
        QUrl webhookUrl;
        QByteArray webhookSecret;
        QString deviceId = QStringLiteral("sim-phone"); // the SMSGate local phone
        QString webhookId = QStringLiteral("sim-webhook"); // prefix of the presets' ids
        int batteryPercent = 87; // GET /health: under 25 warns, under 10 fails
        bool connected = true; // false: GET /health fails (HTTP 500)
        int simCount = 2; // SIM cards in every simulated phone
        // SMSGate cloud account's phones (GET /3rdparty/v1/devices; a send's "deviceId" must
        // name one); also the MySMSGate account's devices (GET /api/v1/devices).
        QStringList cloudDeviceIds { QStringLiteral("sim-phone") };
        qint64 balance = -1; // MySMSGate credits; 0 left: sends answer 402. -1: unlimited
        double inboundRate = 0.0; // random received SMS per second
        sim::Api inboundApi = sim::Api::SmsGateLocal; // where the random ones arrive
        bool insecureBuild = false; // the app's "insecure" build: plain-http webhooks anywhere
        quint32 seed = 0; // 0: random; else reproducible fault draws
    };

    // An SMS arriving at a phone (POST /_sim/inbound, injectIncoming, --inbound-rate).
    struct Inbound
    {
        QString from;
        QString text;
        QString deviceId; // empty: Settings::deviceId (SMSGate) or the first cloud device (MySMSGate)
        sim::Api api = sim::Api::SmsGateLocal; // SmsGateLocal/Cloud: an SMSGate phone; MySmsGate
        int sim = 1;
        bool missedByApp = false; // only the phone's SMS app has it (the gateway app was down)
    };

    GatewaySimulator(Settings settings, const Clock &clock, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens (again, after stop()) on a loopback address; port 0 picks one.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Closes the listening socket and drops every open connection: the phone is gone.
    // Parked answers are never written (their sockets are gone); listen() brings it back
    // with everything it stored (messages, inbox, webhooks, settings), as a restarted app.
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
    qsizetype pendingReports() const; // progress steps still to come
    // Every accepted send in order. deviceKey: MySMSGate "device_id", SMSGate cloud
    // "deviceId" (or the phone chosen), SMSGate local Settings::deviceId; MySMSGate "default"
    // when the request named none.
    QList<sim::AcceptRecord> acceptLog() const;
    // A message by gateway id (SMSGate: our client id; MySMSGate: sms_id), newest if several.
    std::optional<sim::SimMessage> message(const QString &gatewayId) const;
    // Every message still on its way reaches its final state now (tests that must not wait).
    void flushReports();
    // The SMSGate phones' webhook signing key (PATCH /settings changes it).
    QByteArray signingKey() const { return m_signingKey; }
    qint64 balance() const { return m_balance; }

    // An SMS arrives (see Inbound); returns it with its ids. Duplicates of one already in
    // the app's inbox (same content-derived id) are stored by the SMS app only, as upstream.
    // *stored: whether the gateway app (or MySMSGate's history) took it.
    sim::InboundSms receive(const Inbound &inbound, bool *stored = nullptr);
    // An incoming SMS on the phone: SMSGate "sms:received" or the MySMSGate inbound
    // webhook. Returns the webhook payload's message id.
    QString injectIncoming(const QString &from, const QString &text, sim::Api api = sim::Api::SmsGateLocal);

Q_SIGNALS:
    void messageAccepted(const QString &gatewayId, const QString &clientId);
    void reportProduced(const QString &gatewayId, bool delivered);

private:
    void setupRoutes();
    void setupSmsGateLocalRoutes();
    void setupSmsGateCloudRoutes();
    void setupMySmsGateRoutes();
    void setupControlRoutes();

    // Shared by the APIs (simroutes.cpp).
    bool authorized(sim::Api api, const QHttpServerRequest &request) const;
    std::optional<sim::SimReply> gate(sim::Api api, const QHttpServerRequest &request, bool isSend);
    bool drawUnavailable();
    void answer(QHttpServerResponder &&responder, sim::SimReply reply);
    qint64 record(sim::SimMessage message, const QString &scope);
    sim::SimReply health();
    sim::SimReply devicesStats() const;
    sim::SimReply simInbound(const QHttpServerRequest &request);

    // SMSGate local (simroutes_smsgate.cpp).
    sim::SimReply localSend(const QHttpServerRequest &request);
    sim::SimReply localGet(const QString &id);
    sim::SimReply localList(const QHttpServerRequest &request);
    sim::SimReply localCancel(const QString &id);
    sim::SimReply localInbox(const QHttpServerRequest &request);
    sim::SimReply localRefresh(const QHttpServerRequest &request, bool webhooksByDefault);
    sim::SimReply localWebhookPost(const QHttpServerRequest &request);
    sim::SimReply localSettings(const QHttpServerRequest *patch);
    sim::SimReply localDevice() const;
    // SMSGate cloud (simroutes_cloud.cpp).
    sim::SimReply cloudSend(const QHttpServerRequest &request);
    sim::SimReply cloudGet(const QString &id);
    sim::SimReply cloudList(const QHttpServerRequest &request);
    sim::SimReply cloudCancel(const QString &id);
    sim::SimReply cloudDevices() const;
    sim::SimReply cloudWebhookPost(const QHttpServerRequest &request);
    sim::SimReply cloudRefresh(const QHttpServerRequest &request);
    // MySMSGate (simroutes_mysmsgate.cpp).
    sim::SimReply mySmsGateSend(const QHttpServerRequest &request);
    sim::SimReply mySmsGateDevices() const;
    sim::SimReply mySmsGateHistory(const QHttpServerRequest &request) const;
    sim::SimReply mySmsGateSms(const QHttpServerRequest &request) const;

    // The phones (gatewaysimulator.cpp, simphone.cpp).
    void scheduleNext(qint64 index);
    void armReportTimer();
    void produceDueReports();
    void advance(qint64 index);
    void enterState(sim::SimMessage &m, sim::MessageState state);
    void cancelMessage(sim::SimMessage &m);
    void finish(sim::SimMessage &m, bool delivered);
    void emitSmsGate(const QString &phoneId, const QString &event, const QJsonObject &payload);
    void postStatusWebhooks(const sim::SimMessage &m, const QString &event, int times = 1);
    bool processInbound(const sim::InboundSms &sms, bool triggerWebhooks);
    void refreshInbox(const QString &phoneId, qint64 sinceMs, qint64 untilMs, bool triggerWebhooks);
    void receiveRandomSms();
    void armInboundTimer();
    bool isSmsGatePhone(const QString &id) const;
    int reportDelayMs() const;
    qint64 nowMs() const;

    Settings m_settings;
    const Clock &m_clock;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<sim::SimLedger> m_ledger;
    std::unique_ptr<sim::WebhookSender> m_webhooks;
    std::unique_ptr<sim::SimHooks> m_hooks;
    QRandomGenerator m_random;
    QByteArray m_expectedBearer; // "Bearer <key>", precomputed: checked ~4,000 times a second
    QByteArray m_expectedBasic; // "Basic base64(sms:<key>)"
    QByteArray m_signingKey; // WebhooksSettings.signingKey, shared by the simulated phones
    QString m_simSelectionMode = QStringLiteral("OSDefault"); // MessagesSettings.simSelectionMode
    int m_webhookRetryCount = 15; // WebhooksSettings.retryCount
    qint64 m_balance = -1;
    qint64 m_createdAtMs = 0;
    QElapsedTimer m_uptime; // monotonic: step due times must not follow a test clock
    QTimer m_reportTimer;
    QTimer m_inboundTimer;
    qint64 m_armedForMs = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace smsdesk
