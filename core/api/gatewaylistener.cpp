// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewaylistener.h"
#include "queuestore.h"

#include "apicontext.h"
#include "httpfrontend.h"
#include "httpguard.h"
#include "router.h"
#include "securitygate.h"
#include "storereader.h"
#include "webhookroutes.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace smsdesk {

namespace {

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

} // namespace

GatewayListener::GatewayListener(QueueStore &store, const Clock &clock, const PhoneNumbers &phoneNumbers,
                                 Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_phoneNumbers(phoneNumbers)
    , m_options(std::move(options))
{ }

GatewayListener::~GatewayListener()
{
    close();
}

Status GatewayListener::check(const Options &options)
{
    const bool hasCert = !options.certificatePath.isEmpty();
    const bool hasKey = !options.keyPath.isEmpty();
    if (hasCert != hasKey)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("The gateway listener needs both --gateway-cert and --gateway-key "
                                              "(the certificate and its private key, PEM files), or neither."));
    if (!hasCert && !isLoopback(options.address))
        return Status::failure(
            ErrorCode::Invalid,
            QStringLiteral("The gateway listener on %1 would carry SMS texts in plain HTTP across the network. "
                           "Give it a certificate with --gateway-cert and --gateway-key (phones post webhooks "
                           "only to https:// addresses anyway), or listen on 127.0.0.1.")
                .arg(options.address.toString()));
    const QUrl &url = options.publicUrl;
    if (!url.isEmpty()) {
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Status::failure(ErrorCode::Invalid,
                                   QStringLiteral("--gateway-url wants the address phones post to, like "
                                                  "https://192.168.1.20:8443; got \"%1\".")
                                       .arg(url.toString()));
    } else if (isAnyAddress(options.address)) {
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("The gateway listener listens on every address, so Smsdesk cannot "
                                              "tell phones which one to post to. Give it with --gateway-url, "
                                              "e.g. https://192.168.1.20:8443."));
    }
    return {};
}

Result<QSslConfiguration> GatewayListener::loadTls(const QString &certificatePath, const QString &keyPath)
{
    using R = Result<QSslConfiguration>;
    if (!QSslSocket::supportsSsl())
        return R::failure(ErrorCode::Unavailable,
                          QStringLiteral("This system has no TLS library Qt can use (OpenSSL 3), so the gateway "
                                         "listener cannot use its certificate."));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("%1 holds no PEM certificate (--gateway-cert).").arg(certificatePath));
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("The certificate in %1 expired on %2; phones will not post to it. "
                                         "Issue a new one.")
                              .arg(certificatePath, chain.first().expiryDate().toString(Qt::ISODate)));
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorCode::Io, QStringLiteral("Cannot read the private key %1 (--gateway-key): %2.")
                                             .arg(keyPath, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("%1 holds no unencrypted PEM private key (RSA or EC) (--gateway-key).")
                              .arg(keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // phones are known by their signature
    return tls;
}

Result<quint16> GatewayListener::listen()
{
    if (m_frontend)
        return m_options.port;
    if (Status valid = check(m_options); !valid)
        return valid.error();
    if (!m_options.certificatePath.isEmpty()) {
        Result<QSslConfiguration> tls = loadTls(m_options.certificatePath, m_options.keyPath);
        if (!tls)
            return tls.error();
        m_tls = tls.value();
    }
    m_reader = std::make_unique<StoreReader>(m_store.config());
    if (const Status opened = m_reader->open(); !opened)
        return Result<quint16>::failure(
            ErrorCode::Unavailable,
            QStringLiteral("The gateway listener cannot read the queue: %1").arg(opened.errorString()));

    HttpGuard::Options guardOptions;
    guardOptions.limits.maxBody = m_options.maxBodyBytes;
    guardOptions.limits.maxBatchBody = m_options.maxBodyBytes;
    guardOptions.limits.maxImportBody = m_options.maxBodyBytes; // webhooks only: no API paths
    guardOptions.idleTimeoutMs = m_options.idleTimeoutMs;
    guardOptions.tls = m_tls;
    auto guard = std::make_unique<HttpGuard>(guardOptions);
    if (!guard->listen(m_options.address, m_options.port))
        return Result<quint16>::failure(ErrorCode::Unavailable,
                                        QStringLiteral("The gateway listener cannot listen on %1:%2: %3. Choose "
                                                       "another address with --gateway-listen.")
                                            .arg(m_options.address.toString())
                                            .arg(m_options.port)
                                            .arg(guard->errorString()));
    const quint16 port = guard->serverPort();
    m_options.port = port;
    if (!m_options.publicUrl.isEmpty()) {
        m_url = m_options.publicUrl;
        m_url.setPath(m_url.path().endsWith(u'/') ? m_url.path().chopped(1) : m_url.path());
    } else {
        // The phone takes http:// only to 127.0.0.1 (itself), so loopback is spelt that way.
        const QString host = m_tls || !m_options.address.isEqual(QHostAddress::LocalHost, QHostAddress::TolerantConversion)
            ? hostForUrl(m_options.address)
            : QStringLiteral("127.0.0.1");
        m_url = QUrl(QStringLiteral("%1://%2:%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port));
    }

    SecurityGate::Options gate;
    gate.listenAddress = m_options.address;
    // Phones name the public URL's authority in Host: with the port, or alone when it is the
    // scheme's default (a tunnel or reverse proxy on 443).
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString urlHost = m_url.host().contains(u':') ? u'[' + m_url.host() + u']' : m_url.host();
    gate.exactHosts.append(urlHost + u':' + QString::number(m_url.port(defaultPort)));
    if (m_url.port(defaultPort) == defaultPort)
        gate.exactHosts.append(urlHost);
    m_gate = std::make_unique<SecurityGate>(gate, m_clock, *m_reader);
    m_gate->setPort(port);

    const ApiContext context { this, m_clock, m_store, *m_reader, m_phoneNumbers,
                               nullptr, nullptr, 0, 0, QTimeZone::systemTimeZone() };
    m_router = std::make_unique<Router>();
    m_webhooks = std::make_unique<WebhookRoutes>(
        context, m_options.webhookSecrets,
        [this](const InboundMessage &m) { Q_EMIT incomingMessage(m.from, m.text, m.deviceId); },
        m_options.mySmsGateCheck);
    m_webhooks->addTo(*m_router);

    m_frontend = new HttpFrontend(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        },
        this);
    m_frontend->bind(guard.release()); // reparents the guard to the frontend
    return port;
}

void GatewayListener::close()
{
    delete m_frontend; // closes the guard and every connection
    m_frontend = nullptr;
}

void GatewayListener::setMySmsGateCheck(WebhookParser::MySmsGateCheck check)
{
    m_options.mySmsGateCheck = check;
    if (m_webhooks)
        m_webhooks->setMySmsGateCheck(check);
}

void GatewayListener::setWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    m_options.webhookSecrets.insert(adapter, secret);
    if (m_webhooks)
        m_webhooks->setSecret(adapter, secret);
}

void GatewayListener::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const bool close = request.value(QByteArrayLiteral("connection")).toLower().contains("close");
    auto reply = std::make_shared<Reply>(std::move(responder), close, [](int) {});
    // Only the webhooks live here: the API, /metrics and /healthz are not even named.
    if (!request.url().path().startsWith(QLatin1String("/webhooks/"))) {
        reply->problem(Problem::make(Problem::Kind::NotFound,
                                     QStringLiteral("Only gateway webhooks (/webhooks/...) are served here.")));
        return;
    }
    SecurityGate::Verdict verdict = m_gate->check(request);
    if (verdict.problem) {
        reply->problem(*verdict.problem);
        return;
    }
    m_router->dispatch(request, reply, 0);
}

} // namespace smsdesk
