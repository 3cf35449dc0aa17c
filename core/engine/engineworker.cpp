// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineworker.h"

#include "apiserver.h"
#include "demoenvironment.h"
#include "dispatchstack.h"
#include "gatewaylistener.h"
#include "intakehost.h"
#include "phonenumbers.h"
#include "storereader.h"
#include "webhooksender.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace smsdesk {

namespace {
constexpr qint64 kStopGraceMs = 5'000;
} // namespace

// Idempotency keys are the API server's: it makes them and it purges them (one timer).
EngineWorker::EngineWorker(Parts parts, Options options)
    : m_parts(parts)
    , m_options(std::move(options))
{ }

EngineWorker::~EngineWorker() = default;

Result<QString> EngineWorker::start()
{
    // Dead letters are the store's decision, whoever reported the failure (dispatcher,
    // status polling, a gateway's webhook).
    // The dead-letter alert on every desk, whichever desk's dispatcher found it out.
    const auto died = [this](const QString &to, const QString &reason, const QUuid &) { Q_EMIT messageDied(to, reason); };
    connect(&m_parts.store, &QueueStore::messageDied, this, died);
    connect(&m_parts.store, &QueueStore::messageDiedElsewhere, this, died);
    if (m_options.demo) {
        // The demo phones sign webhooks with the session's secret, once webhooks are registered.
        m_demo = std::make_unique<DemoEnvironment>(m_parts.store, m_parts.clock);
        m_options.webhookSecrets.insert(QStringLiteral("smsgate"), m_demo->webhookSecret());
    }
    QString address;
    if (m_options.startApi) {
        Result<QString> api = startApi();
        if (!api)
            return api;
        address = api.value();
    }
    if (m_options.gatewayPort >= 0) {
        if (Status listening = startGatewayListener(); !listening)
            return listening.error();
    }
    if (m_demo) {
        if (Status demo = m_demo->start(); !demo)
            return demo.error();
    }
    if (m_options.startDispatcher) {
        if (Status dispatching = startDispatcher(); !dispatching)
            return dispatching.error();
    }
    if (Status intakes = startIntakes(); !intakes)
        return intakes.error();
    if (m_options.startWebhooks) {
        if (Status webhooks = startWebhooks(); !webhooks)
            return webhooks.error();
    }
    return address;
}

// Outbound webhooks run on every desk, dispatcher or not: each posts the deliveries of the
// endpoints whose secret its credential store holds, claimed with a lease.
Status EngineWorker::startWebhooks()
{
    m_webhookReader = std::make_unique<StoreReader>(m_parts.store.config());
    if (Status opened = m_webhookReader->open(); !opened)
        return opened;
    WebhookSender::Options o;
    o.owner = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    o.retry = WebhookSender::defaultRetry(RetryPolicy::seededRandom());
    m_webhooks = std::make_unique<WebhookSender>(m_parts.store, *m_webhookReader, m_parts.clock, &m_parts.credentials, o);
    connect(m_webhooks.get(), &WebhookSender::attemptRecorded, this, &EngineWorker::webhookAttemptRecorded);
    m_webhooks->start();
    return {};
}

// The intakes run on every desk that has them, dispatcher or not: a desk may only feed the
// queue that others send from.
Status EngineWorker::startIntakes()
{
    m_intakeReader = std::make_unique<StoreReader>(m_parts.store.config());
    if (Status opened = m_intakeReader->open(); !opened)
        return opened;
    m_intakes = std::make_unique<IntakeHost>(
        IntakeSink::Parts { m_parts.store, *m_intakeReader, m_parts.phoneNumbers, m_parts.clock }, m_parts.credentials);
    connect(m_intakes.get(), &IntakeHost::statesChanged, this, &EngineWorker::intakeStatesChanged);
    m_intakes->apply(m_options.intakes);
    return {};
}

void EngineWorker::applyIntakes(const QList<IntakeConfig> &intakes)
{
    m_options.intakes = intakes;
    if (m_intakes)
        m_intakes->apply(intakes);
}

Result<QString> EngineWorker::startApi()
{
    ApiServer::Options o;
    o.address = m_options.listenAddress;
    o.port = m_options.listenPort;
    o.extraAllowedHosts = m_options.allowedHosts;
    o.tokenLimit = m_options.tokenLimit;
    o.credentials = &m_parts.credentials;
    o.metrics = &m_parts.metrics;
    o.webhookSecrets = m_options.webhookSecrets;
    o.mySmsGateCheck = m_options.mySmsGateCheck;
    o.timeZone = m_options.timeZone;
    m_api = std::make_unique<ApiServer>(m_parts.store, m_parts.clock, m_parts.phoneNumbers, o);
    Result<quint16> port = m_api->listen();
    if (!port)
        return port.error();
    return m_api->address();
}

Status EngineWorker::startGatewayListener()
{
    GatewayListener::Options o;
    o.address = m_options.gatewayAddress;
    o.port = quint16(m_options.gatewayPort);
    o.certificatePath = m_options.gatewayCertificate;
    o.keyPath = m_options.gatewayKey;
    o.publicUrl = m_options.gatewayUrl;
    o.webhookSecrets = m_options.webhookSecrets;
    o.mySmsGateCheck = m_options.mySmsGateCheck;
    m_gateway = std::make_unique<GatewayListener>(m_parts.store, m_parts.clock, m_parts.phoneNumbers, o);
    const Result<quint16> port = m_gateway->listen();
    if (!port) {
        m_gateway.reset();
        return port.error();
    }
    return {};
}

QUrl EngineWorker::gatewayUrl() const
{
    return m_gateway ? m_gateway->url() : QUrl();
}

Status EngineWorker::startDispatcher()
{
    DispatchStack::Options o;
    o.credentials = &m_parts.credentials;
    o.metrics = &m_parts.metrics;
    o.timeZone = m_options.timeZone;
    o.owner
        = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    // Polled replies join the same conversations as webhooks' (WebhookParser::fromNumber).
    o.normalizeNumber = [&numbers = m_parts.phoneNumbers](const QString &raw) {
        const Result<QString> e164 = numbers.toE164(raw);
        return e164 ? e164.value() : raw.left(64);
    };
    o.gatewayUrl = gatewayUrl();
    o.smsGateWebhookSecret = m_options.webhookSecrets.value(QStringLiteral("smsgate"));
    m_dispatch = std::make_unique<DispatchStack>(m_parts.store, m_parts.clock, o);
    connect(m_dispatch.get(), &DispatchStack::deviceAlert, this, &EngineWorker::deviceAlert);
    connect(m_dispatch.get(), &DispatchStack::dispatchStatusChanged, this, &EngineWorker::dispatchStatusChanged);
    return m_dispatch->start();
}

void EngineWorker::stop()
{
    // First what feeds the queue: an entry the store has not answered stays with its broker.
    if (m_intakes)
        m_intakes->stop();
    if (m_dispatch) {
        m_dispatch->stop(kStopGraceMs);
        m_dispatch->waitForStopped(int(kStopGraceMs) + 10'000);
    }
    if (m_api)
        m_api->close();
    if (m_webhooks)
        m_webhooks->stop();
    // Nothing below submits any more; what its parts still wait for from the store (a phone
    // hold, a lease renewal, an API enqueue) is answered before they go. No event runs in
    // this thread in between, and the answers posted to them are dropped with them.
    m_parts.store.waitForSubmittedWrites();
    m_intakes.reset();
    m_intakeReader.reset();
    m_webhooks.reset();
    m_webhookReader.reset();
    m_dispatch.reset();
    m_demo.reset();
    m_gateway.reset();
    m_api.reset();
}

void EngineWorker::setWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    m_options.webhookSecrets.insert(adapter, secret);
    if (m_api)
        m_api->setWebhookSecret(adapter, secret);
    if (m_gateway)
        m_gateway->setWebhookSecret(adapter, secret);
    if (m_dispatch)
        m_dispatch->setWebhookSecret(adapter, secret);
}

void EngineWorker::setDefaultTokenLimit(const TokenLimit &limit)
{
    m_options.tokenLimit = limit;
    if (m_api)
        m_api->setDefaultTokenLimit(limit);
}

void EngineWorker::tokensChanged()
{
    if (m_api)
        m_api->tokensChanged();
}

void EngineWorker::setMySmsGateCheck(WebhookParser::MySmsGateCheck check)
{
    m_options.mySmsGateCheck = check;
    if (m_api)
        m_api->setMySmsGateCheck(check);
    if (m_gateway)
        m_gateway->setMySmsGateCheck(check);
}

} // namespace smsdesk
