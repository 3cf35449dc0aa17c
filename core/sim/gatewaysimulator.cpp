// SPDX-License-Identifier: GPL-3.0-or-later
// GatewaySimulator's life: settings, listening, the answers' latency, and the counters.
// The phones' behaviour is in simphone.cpp, the HTTP faces in simroutes*.cpp.
#include "gatewaysimulator.h"

#include "clock.h"
#include "simhooks.h"
#include "simjson.h"
#include "simledger.h"
#include "webhooksender.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace smsdesk {

using namespace smsdesk::sim;

GatewaySimulator::GatewaySimulator(Settings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
    , m_ledger(std::make_unique<SimLedger>())
    , m_webhooks(std::make_unique<WebhookSender>(clock))
    , m_hooks(std::make_unique<SimHooks>())
{
    m_uptime.start();
    m_createdAtMs = clock.nowMs();
    m_reportTimer.setSingleShot(true);
    m_reportTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reportTimer, &QTimer::timeout, this, &GatewaySimulator::produceDueReports);
    m_inboundTimer.setSingleShot(true);
    connect(&m_inboundTimer, &QTimer::timeout, this, &GatewaySimulator::receiveRandomSms);
    setSettings(settings);
    setupRoutes();
}

GatewaySimulator::~GatewaySimulator() = default;

bool GatewaySimulator::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        qWarning("gateway simulator: refusing to listen on %s: loopback only",
                 qPrintable(address.toString()));
        return false;
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return false;
    m_address = address;
    m_port = bound;
    armInboundTimer();
    return true;
}

void GatewaySimulator::stop()
{
    const QList<QTcpServer *> servers = m_server->servers();
    for (QTcpServer *server : servers)
        server->close();
    // Open keep-alive connections would otherwise go on being served: drop them too.
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    for (QTcpServer *server : servers)
        server->deleteLater();
}

bool GatewaySimulator::isListening() const
{
    const QList<QTcpServer *> servers = m_server->servers();
    return std::any_of(servers.cbegin(), servers.cend(), [](QTcpServer *s) { return s->isListening(); });
}

QUrl GatewaySimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.isNull() ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

void GatewaySimulator::setSettings(const Settings &settings)
{
    // A change at run time (latency, rates) must not reset what the phone stores: its
    // signing key (PATCH /settings) and the balance left, unless those settings change.
    const bool first = m_signingKey.isEmpty();
    const bool newSecret = first || settings.webhookSecret != m_settings.webhookSecret;
    const bool newBalance = first || settings.balance != m_settings.balance;
    m_settings = settings;
    m_settings.simCount = std::clamp(settings.simCount, 1, 3);
    m_random = settings.seed == 0 ? QRandomGenerator::securelySeeded() : QRandomGenerator(settings.seed);
    m_expectedBearer = QByteArrayLiteral("Bearer ") + settings.apiKey.toUtf8();
    m_expectedBasic = QByteArrayLiteral("Basic ")
        + QByteArray(QByteArrayLiteral("sms:") + settings.apiKey.toUtf8()).toBase64();
    if (newBalance)
        m_balance = settings.balance;
    // WebhooksSettings.signingKey: a random 8-character key unless one is set.
    if (newSecret)
        m_signingKey = settings.webhookSecret.isEmpty() ? QByteArray::number(QRandomGenerator::global()->generate(), 36)
                                                        : settings.webhookSecret;
    WebhookSender::Settings hooks = m_webhooks->settings();
    hooks.url = settings.webhookUrl;
    hooks.secret = settings.webhookSecret;
    m_webhooks->setSettings(hooks);
    m_hooks->setPresets(settings.webhookUrl, settings.webhookId, settings.sentEvents);
    armInboundTimer();
}

void GatewaySimulator::setFaultRates(double failRate, double throttleRate, double rejectRate)
{
    m_settings.failRate = failRate;
    m_settings.throttleRate = throttleRate;
    m_settings.rejectRate = rejectRate;
}

void GatewaySimulator::setLatencyMs(int latencyMs)
{
    m_settings.latencyMs = std::max(0, latencyMs);
}

void GatewaySimulator::setDeliverRate(double deliverRate)
{
    m_settings.deliverRate = deliverRate;
}

Stats GatewaySimulator::stats() const
{
    return m_ledger->stats();
}

QJsonObject GatewaySimulator::statsJson() const
{
    const Stats &s = m_ledger->stats();
    return QJsonObject {
        { QStringLiteral("requests"), s.requests },
        { QStringLiteral("accepted"), s.accepted },
        { QStringLiteral("unique_client_ids"), s.uniqueClientIds },
        { QStringLiteral("duplicates"), s.duplicates },
        { QStringLiteral("unavailable"), s.unavailable },
        { QStringLiteral("throttled"), s.throttled },
        { QStringLiteral("rejected"), s.rejected },
        { QStringLiteral("delivered_reports"), s.deliveredReports },
        { QStringLiteral("failed_reports"), s.failedReports },
    };
}

WebhookStats GatewaySimulator::webhookStats() const
{
    return m_webhooks->stats();
}

qsizetype GatewaySimulator::pendingWebhooks() const
{
    return m_webhooks->pending();
}

qsizetype GatewaySimulator::pendingReports() const
{
    return m_ledger->pendingSteps();
}

QList<AcceptRecord> GatewaySimulator::acceptLog() const
{
    return m_ledger->acceptLog();
}

std::optional<SimMessage> GatewaySimulator::message(const QString &gatewayId) const
{
    const SimMessage *m = m_ledger->findAny(gatewayId);
    return m ? std::optional<SimMessage>(*m) : std::nullopt;
}

qint64 GatewaySimulator::nowMs() const
{
    return m_clock.nowMs();
}

// Answers now, or after the simulated latency. A parked answer keeps a QPointer to its
// socket: writing to a responder whose client went away crashes QHttpServer 6.4
// (platform-notes.md), so such an answer is dropped instead.
void GatewaySimulator::answer(QHttpServerResponder &&responder, SimReply reply)
{
    const auto write = [](QHttpServerResponder &&r, const SimReply &reply) {
        QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                     QHttpServerResponse::StatusCode(reply.status));
        for (const auto &header : reply.headers)
            response.addHeader(header.first, header.second);
        response.write(std::move(r));
    };
    if (m_settings.latencyMs <= 0) {
        write(std::move(responder), reply);
        return;
    }
    struct Parked
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    QPointer<QTcpSocket> socket(responder.socket());
    auto parked = std::make_shared<Parked>(Parked { std::move(responder), socket });
    QTimer::singleShot(m_settings.latencyMs, this, [parked, reply = std::move(reply), write]() {
        if (parked->socket && parked->socket->state() == QAbstractSocket::ConnectedState)
            write(std::move(parked->responder), reply);
    });
}

} // namespace smsdesk
