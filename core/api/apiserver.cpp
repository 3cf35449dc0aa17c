// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "apijson.h"
#include "campaignroutes.h"
#include "contactimportroute.h"
#include "contactroutes.h"
#include "deadletterroutes.h"
#include "deviceroutes.h"
#include "httpfrontend.h"
#include "httpguard.h"
#include "inboxroutes.h"
#include "messageroutes.h"
#include "metrics.h"
#include "queuestore.h"
#include "router.h"
#include "securitygate.h"
#include "storereader.h"
#include "systemroutes.h"
#include "suppressionroutes.h"
#include "webhookendpointroutes.h"
#include "templateroutes.h"
#include "webhookroutes.h"

#include <QHttpServerRequest>

namespace smsdesk {

namespace {
constexpr auto kRequests = "smsdesk_http_requests_total";
constexpr int kPurgeIntervalMs = 3600 * 1000;
} // namespace

ApiServer::ApiServer(QueueStore &store, const Clock &clock, const PhoneNumbers &phoneNumbers, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_phoneNumbers(phoneNumbers)
    , m_options(std::move(options))
{
    if (m_options.metrics) {
        m_options.metrics->describe(kRequests, "counter", "HTTP requests answered, by status code");
        m_options.metrics->describe("smsdesk_queue_depth", "gauge",
                                    "Messages by status (read at scrape time)");
        m_options.metrics->describe("smsdesk_inbound_messages", "gauge", "Incoming SMS stored");
    }
    m_purgeTimer.setInterval(kPurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &ApiServer::purgeIdempotency);
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen()
{
    if (m_frontend)
        return m_port;
    m_reader = std::make_unique<StoreReader>(m_store.config());
    if (const Status opened = m_reader->open(); !opened)
        return Result<quint16>::failure(
            ErrorCode::Unavailable,
            QStringLiteral("The API cannot read the queue: %1").arg(opened.errorString()));
    SecurityGate::Options gate;
    gate.listenAddress = m_options.address;
    gate.extraAllowedHosts = m_options.extraAllowedHosts;
    gate.tokenLimit = m_options.tokenLimit;
    m_gate = std::make_unique<SecurityGate>(gate, m_clock, *m_reader);
    buildRoutes();

    HttpGuard::Options guardOptions;
    guardOptions.limits.maxBody = m_options.maxBodyBytes;
    guardOptions.limits.maxBatchBody = m_options.maxBatchBodyBytes;
    guardOptions.limits.maxImportBody = m_options.maxImportBodyBytes;
    guardOptions.idleTimeoutMs = m_options.idleTimeoutMs;
    auto guard = std::make_unique<HttpGuard>(guardOptions);
    if (!guard->listen(m_options.address, m_options.port))
        return Result<quint16>::failure(ErrorCode::Unavailable,
                                        QStringLiteral("Cannot listen on %1:%2: %3. Is another Smsdesk "
                                                       "running? Choose another address with --listen.")
                                            .arg(m_options.address.toString())
                                            .arg(m_options.port)
                                            .arg(guard->errorString()));
    connect(guard.get(), &HttpGuard::rejected, this, &ApiServer::countRequest);
    m_frontend = new HttpFrontend(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        },
        this);
    m_guard = guard.release();
    m_frontend->bind(m_guard); // reparents the guard to the frontend
    m_port = m_guard->serverPort();
    m_gate->setPort(m_port);
    purgeIdempotency();
    m_purgeTimer.start();
    return m_port;
}

void ApiServer::close()
{
    m_purgeTimer.stop();
    delete m_frontend; // closes the guard and every connection
    m_frontend = nullptr;
    m_guard = nullptr;
}

QString ApiServer::address() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_options.address.toString() + u']'
        : m_options.address.toString();
    return host + u':' + QString::number(m_port ? m_port : m_options.port);
}

void ApiServer::setMySmsGateCheck(WebhookParser::MySmsGateCheck check)
{
    m_options.mySmsGateCheck = check;
    if (m_webhooks)
        m_webhooks->setMySmsGateCheck(check);
}

void ApiServer::setDefaultTokenLimit(const TokenLimit &limit)
{
    m_options.tokenLimit = limit;
    if (m_gate)
        m_gate->setDefaultTokenLimit(limit);
}

void ApiServer::tokensChanged()
{
    if (m_gate)
        m_gate->forgetCachedTokens();
}

QList<QPair<QHttpServerRequest::Method, QString>> ApiServer::routes() const
{
    return m_router ? m_router->routes() : QList<QPair<QHttpServerRequest::Method, QString>> {};
}

void ApiServer::setWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    m_options.webhookSecrets.insert(adapter, secret);
    if (m_webhooks)
        m_webhooks->setSecret(adapter, secret);
}

void ApiServer::buildRoutes()
{
    const ApiContext context { this,
                               m_clock,
                               m_store,
                               *m_reader,
                               m_phoneNumbers,
                               m_options.credentials,
                               m_options.metrics,
                               m_options.maxBatch,
                               m_options.maxSegments,
                               m_options.timeZone };
    m_router = std::make_unique<Router>();
    m_messages = std::make_unique<MessageRoutes>(context);
    m_devices = std::make_unique<DeviceRoutes>(context);
    m_contacts = std::make_unique<ContactRoutes>(context);
    m_contactImport = std::make_unique<ContactImportRoute>(context);
    m_templates = std::make_unique<TemplateRoutes>(context);
    m_suppressions = std::make_unique<SuppressionRoutes>(context);
    m_webhooks
        = std::make_unique<WebhookRoutes>(
            context, m_options.webhookSecrets,
            [this](const InboundMessage &m) { Q_EMIT incomingMessage(m.from, m.text, m.deviceId); },
            m_options.mySmsGateCheck);
    m_system = std::make_unique<SystemRoutes>(context);
    m_webhookEndpoints = std::make_unique<WebhookEndpointRoutes>(context);
    m_messages->addTo(*m_router);
    m_devices->addTo(*m_router);
    m_contacts->addTo(*m_router);
    m_contactImport->addTo(*m_router);
    m_templates->addTo(*m_router);
    m_suppressions->addTo(*m_router);
    CampaignRoutes::addTo(*m_router, context);
    InboxRoutes::addTo(*m_router, context);
    DeadLetterRoutes::addTo(*m_router, context);
    m_webhooks->addTo(*m_router);
    m_webhookEndpoints->addTo(*m_router); // outbound webhooks (issue 16, point 4)
    m_system->addTo(*m_router);
}

void ApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const bool close = request.value(QByteArrayLiteral("connection")).toLower().contains("close");
    auto reply
        = std::make_shared<Reply>(std::move(responder), close, [this](int status) { countRequest(status); });
    // Security first, in one place, before any routing (STYLE, DESIGN §6).
    SecurityGate::Verdict verdict = m_gate->check(request);
    if (verdict.problem) {
        reply->problem(*verdict.problem);
        return;
    }
    m_router->dispatch(request, reply, verdict.tokenId);
}

void ApiServer::countRequest(int status)
{
    if (m_options.metrics)
        m_options.metrics->increment(kRequests, "code=\"" + QByteArray::number(status) + '"');
    Q_EMIT requestServed(status);
}

void ApiServer::purgeIdempotency()
{
    // Keys are kept at least 24 h (IETF draft); older ones are dropped in the background.
    m_store.purgeIdempotency(m_clock.nowMs()
                                      - qMax<qint64>(m_options.idempotencyRetentionMs, 24LL * 3600 * 1000));
}

} // namespace smsdesk
