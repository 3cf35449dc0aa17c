// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewaysimulator.h"

#include "clock.h"
#include "simjson.h"
#include "simledger.h"
#include "webhooksender.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace smsdesk {

using namespace smsdesk::sim;

GatewaySimulator::GatewaySimulator(QObject *parent)
    : GatewaySimulator(Settings(), SystemClock::instance(), parent)
{ }

GatewaySimulator::GatewaySimulator(Settings settings, QObject *parent)
    : GatewaySimulator(std::move(settings), SystemClock::instance(), parent)
{ }

GatewaySimulator::GatewaySimulator(Settings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
    , m_ledger(std::make_unique<SimLedger>())
    , m_webhooks(std::make_unique<WebhookSender>(clock))
{
    m_uptime.start();
    m_reportTimer.setSingleShot(true);
    m_reportTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reportTimer, &QTimer::timeout, this, &GatewaySimulator::produceDueReports);
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
    m_settings = settings;
    m_random = settings.seed == 0 ? QRandomGenerator::securelySeeded() : QRandomGenerator(settings.seed);
    m_expectedBearer = QByteArrayLiteral("Bearer ") + settings.apiKey.toUtf8();
    m_expectedBasic = QByteArrayLiteral("Basic ")
        + QByteArray(QByteArrayLiteral("sms:") + settings.apiKey.toUtf8()).toBase64();
    WebhookSender::Settings hooks = m_webhooks->settings();
    hooks.url = settings.webhookUrl;
    hooks.secret = settings.webhookSecret;
    m_webhooks->setSettings(hooks);
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
    return m_ledger->pendingReports();
}

QList<AcceptRecord> GatewaySimulator::acceptLog() const
{
    return m_ledger->acceptLog();
}

std::optional<SimMessage> GatewaySimulator::message(const QString &gatewayId) const
{
    const SimMessage *m = m_ledger->find(gatewayId);
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

int GatewaySimulator::reportDelayMs() const
{
    return m_settings.reportDelayMs >= 0 ? m_settings.reportDelayMs : std::max(m_settings.latencyMs, 200);
}

void GatewaySimulator::scheduleReport(qint64 index)
{
    const qint64 due = m_uptime.elapsed() + reportDelayMs();
    m_ledger->scheduleReport(due, index);
    // Re-arming a QTimer for each of thousands of sends per second is waste: only when
    // this report is due before the one the timer waits for.
    if (!m_reportTimer.isActive() || due < m_armedForMs)
        armReportTimer();
}

void GatewaySimulator::armReportTimer()
{
    const std::optional<qint64> next = m_ledger->nextDueMs();
    if (!next) {
        m_reportTimer.stop();
        return;
    }
    m_armedForMs = *next;
    m_reportTimer.start(int(std::clamp<qint64>(*next - m_uptime.elapsed(), 0, 24 * 3600 * 1000)));
}

void GatewaySimulator::produceDueReports()
{
    if (!isListening()) {
        // A phone that is switched off reports nothing; its reports come once it is back.
        m_reportTimer.start(250);
        return;
    }
    const qint64 now = m_uptime.elapsed();
    while (const std::optional<qint64> index = m_ledger->takeDue(now))
        finalize(*index);
    armReportTimer();
}

void GatewaySimulator::flushReports()
{
    while (const std::optional<qint64> index = m_ledger->takeDue(std::numeric_limits<qint64>::max()))
        finalize(*index);
    armReportTimer();
}

void GatewaySimulator::finalize(qint64 index)
{
    SimMessage &m = m_ledger->at(index);
    if (m.state != MessageState::Pending)
        return; // cancelled meanwhile
    const bool delivered = m_random.generateDouble() < m_settings.deliverRate;
    m.finalAtMs = nowMs();
    if (delivered) {
        m.state = MessageState::Delivered;
        ++m_ledger->stats().deliveredReports;
    } else {
        m.state = MessageState::Failed;
        m.error = QStringLiteral("RESULT_ERROR_GENERIC_FAILURE (simulated)");
        ++m_ledger->stats().failedReports;
        m_ledger->noteFailure(m.finalAtMs);
    }
    postStatusWebhooks(m, m_settings.sentEvents);
    Q_EMIT reportProduced(m.gatewayId, delivered);
}

namespace {
QByteArray newEventId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

void GatewaySimulator::postStatusWebhooks(const SimMessage &m, bool sentFirst)
{
    if (!m_webhooks->enabled())
        return;
    if (m.api == Api::MySmsGate) {
        m_webhooks->post(Signing::StandardWebhooks, newEventId(), mySmsGateStatusBody(m, m.finalAtMs));
        return;
    }
    const QString device = m.deviceKey;
    const auto post = [&](QLatin1String event) {
        const QByteArray id = newEventId();
        m_webhooks->post(Signing::SmsGate, id,
                         smsGateEventBody(device, event, QString::fromLatin1(id),
                                          smsGateStatusPayload(m, event, m.finalAtMs), m_settings.webhookId));
    };
    if (sentFirst)
        post(QLatin1String("sms:sent"));
    post(QLatin1String(m.state == MessageState::Delivered ? "sms:delivered" : "sms:failed"));
}

QString GatewaySimulator::injectIncoming(const QString &from, const QString &text, Api api)
{
    if (!m_webhooks->enabled())
        return {};
    const QByteArray eventId = newEventId();
    const QString messageId = QStringLiteral("in-") + QString::fromLatin1(eventId);
    const qint64 now = nowMs();
    if (api == Api::MySmsGate) {
        m_webhooks->post(Signing::StandardWebhooks, eventId,
                         mySmsGateInboundBody(messageId, from, text, m_settings.deviceId, now));
        return messageId;
    }
    const QJsonObject payload {
        { QStringLiteral("messageId"), messageId },     { QStringLiteral("message"), text },
        { QStringLiteral("phoneNumber"), from },        { QStringLiteral("simNumber"), 1 },
        { QStringLiteral("receivedAt"), isoTime(now) },
    };
    m_webhooks->post(Signing::SmsGate, eventId,
                     smsGateEventBody(m_settings.deviceId, QLatin1String("sms:received"),
                                      QString::fromLatin1(eventId), payload, m_settings.webhookId));
    return messageId;
}

} // namespace smsdesk
