// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "engineworker.h"
#include "webhooksecrets.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPromise>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>

namespace smsdesk {

Q_LOGGING_CATEGORY(lcEngine, "smsdesk.engine")

Engine::Engine(const Clock &clock, CredentialStore &credentials, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("smsdesk-engine"));
}

Engine::~Engine()
{
    stop();
}

Status Engine::lockDataDir(const QString &dir, QLockFile &lock)
{
    if (!QDir().mkpath(dir))
        return Status::failure(ErrorCode::Io,
                               QStringLiteral("Cannot create the data folder %1. Check that its "
                                              "parent exists and that you may write there.")
                                   .arg(dir));
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return Status::failure(
            ErrorCode::Io,
            QStringLiteral("The data folder %1 cannot be written (%2). Fix its permissions or "
                           "choose another folder with --data-dir.")
                .arg(dir, probe.errorString()));
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    if (lock.error() == QLockFile::LockFailedError)
        return Status::failure(
            ErrorCode::Conflict,
            QStringLiteral("Another Smsdesk (process %1) is already using the data folder %2. "
                           "Close it first, or use another folder with --data-dir.")
                .arg(pid)
                .arg(dir));
    return Status::failure(ErrorCode::Io, QStringLiteral("Cannot lock the data folder %1.").arg(dir));
}

Status Engine::start()
{
    if (m_running)
        return {};
    // Demo data is kept apart from real data, in its own folder with its own lock.
    if (m_options.demo && !m_options.dataDir.endsWith(QLatin1String("/demo")))
        m_options.dataDir = QDir(m_options.dataDir).filePath(QStringLiteral("demo"));
    const QString dir = QDir::cleanPath(m_options.dataDir);
    m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("smsdesk.lock")));
    if (Status locked = lockDataDir(dir, *m_lock); !locked)
        return locked;

    if (m_options.demo && !m_options.databaseUrl.isEmpty()) {
        // The demo's phones, messages and replies are made up: they never go into a real
        // (perhaps shared) database, whatever --database says.
        qCInfo(lcEngine, "demo mode keeps its made-up data in its own file in %s; --database is not used",
               qUtf8Printable(dir));
    }
    if (m_options.databaseUrl.isEmpty() || m_options.demo) {
        m_storeConfig = StoreConfig::sqliteAt(QDir(dir).filePath(QStringLiteral("smsdesk.db")));
    } else {
        Result<StoreConfig> parsed = StoreConfig::fromUrl(m_options.databaseUrl);
        if (!parsed)
            return parsed.error();
        m_storeConfig = parsed.value();
        fillDatabasePassword(m_storeConfig, m_credentials);
    }
    m_settings = std::make_unique<AppSettings>(dir);

    QueueStore::Options storeOptions;
    storeOptions.config = m_storeConfig;
    // The retry settings themselves are the business's: the store reads them from the database.
    storeOptions.retryPolicy = RetryPolicy(RetryPolicy::Settings {}, RetryPolicy::seededRandom());
    storeOptions.random = seededRandomBits();
    m_store = std::make_unique<QueueStore>(m_clock, storeOptions);
    if (Status opened = m_store->open(); !opened) {
        m_store.reset();
        m_lock->unlock();
        return opened;
    }
    if (Status adopted = adoptBusinessSettings(); !adopted) {
        m_store.reset();
        m_lock->unlock();
        return adopted;
    }
    if (Status started = startWorker(); !started) {
        stop();
        return started;
    }
    m_running = true;
    return {};
}

// The business settings are the database's. A data folder from before schema 6 kept them
// in its settings.ini: they move into the database once, unless it has some already
// (another desk put them there first), and leave the file.
Status Engine::adoptBusinessSettings()
{
    const QStringList keys = BusinessSettings::keys();
    const QHash<QString, QString> stored = m_store->settings();
    const bool storedAny
        = std::any_of(keys.begin(), keys.end(), [&](const QString &key) { return stored.contains(key); });
    const QHash<QString, QString> legacy = m_settings->legacyBusinessValues();
    if (!storedAny && !legacy.isEmpty()) {
        QFuture<Status> written = m_store->writeSettings(legacy);
        written.waitForFinished(); // the writer thread answers after its commit
        if (Status s = written.result(); !s)
            return Status::failure(s.code(), QStringLiteral("cannot move the settings from settings.ini into "
                                                            "the database: %1")
                                                 .arg(s.errorString()));
    }
    if (!legacy.isEmpty())
        m_settings->forgetLegacyBusinessValues();
    m_phoneNumbers = std::make_unique<PhoneNumbers>(PhoneNumbers::regionForLocale(QLocale::system()));
    applyBusinessSettings();
    connect(m_store.get(), &QueueStore::settingsChanged, this, [this] {
        applyBusinessSettings();
        Q_EMIT businessSettingsChanged();
    });
    return {};
}

void Engine::applyBusinessSettings()
{
    m_business = BusinessSettings::fromValues(m_store->settings());
    if (m_business.defaultRegion.isEmpty())
        m_business.defaultRegion = PhoneNumbers::regionForLocale(QLocale::system());
    m_phoneNumbers->setDefaultRegion(m_business.defaultRegion);
    if (!m_worker)
        return;
    const auto check = WebhookParser::mySmsGateCheckFromName(m_business.mySmsGateCheck)
                           .value_or(WebhookParser::MySmsGateCheck::StandardWebhooks);
    EngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, check] { worker->setMySmsGateCheck(check); }, Qt::QueuedConnection);
}

QFuture<Status> Engine::setBusinessSettings(const BusinessSettings &settings)
{
    return m_store->writeSettings(settings.values());
}

Result<std::pair<QHostAddress, quint16>> Engine::parseListen(const QString &listen)
{
    using R = Result<std::pair<QHostAddress, quint16>>;
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("--listen wants HOST:PORT with an IP address, e.g. "
                                         "127.0.0.1:8765; got \"%1\".")
                              .arg(listen));
    return std::make_pair(address, quint16(port));
}

Result<Credentials> Engine::readCredentialsNow(CredentialStore &credentials, const QString &key)
{
    QFuture<Result<Credentials>> read = credentials.read(key);
    QEventLoop loop;
    read.then(&loop, [&loop](const Result<Credentials> &) { loop.quit(); });
    if (!read.isFinished())
        loop.exec();
    return read.result();
}

void Engine::fillDatabasePassword(StoreConfig &config, CredentialStore &credentials)
{
    if (config.backend != StoreConfig::Backend::Postgres || !config.password.isEmpty())
        return;
    const Result<Credentials> kept = readCredentialsNow(credentials, config.credentialsKey());
    if (kept) {
        config.password = kept->password;
        return;
    }
    // Not kept there: libpq's ~/.pgpass or PGPASSFILE, or no password at all. A keychain that
    // cannot answer (none on a server) is no reason to stop: libpq may still have one.
    if (kept.code() != ErrorCode::NotFound)
        qCWarning(lcEngine, "no database password from the credential store (%s); trying ~/.pgpass",
                  qUtf8Printable(kept.errorString()));
}

// Webhook secrets come from the credential store (keychain or file). Reading happens once
// at start; the keychain answers fast or fails fast, so a short local loop is fine here.
QHash<QString, QByteArray> Engine::readWebhookSecrets(bool createSmsGate)
{
    QHash<QString, QByteArray> secrets;
    for (const QString &adapter : webhookAdapters()) {
        const Result<Credentials> secret = readCredentialsNow(m_credentials, webhookSecretKey(adapter));
        if (secret && !secret->apiKey.isEmpty())
            secrets.insert(adapter, secret->apiKey.toUtf8());
    }
    // With a gateway listener Smsdesk sets the phones' signing key itself, so the smsgate
    // secret must exist before the first registration (WebhookSecrets makes the same kind).
    const QString smsGate = QStringLiteral("smsgate");
    if (createSmsGate && !secrets.contains(smsGate) && m_credentials.isWritable()) {
        Credentials created;
        created.apiKey = generateWebhookSecret();
        QFuture<Status> write = m_credentials.write(webhookSecretKey(smsGate), created);
        QEventLoop loop;
        write.then(&loop, [&loop](const Status &) { loop.quit(); });
        if (!write.isFinished())
            loop.exec();
        if (write.result())
            secrets.insert(smsGate, created.apiKey.toUtf8());
    }
    return secrets;
}

Status Engine::gatewayOptions(EngineWorker::Options &o) const
{
    const auto pick = [](const QString &flag, const QString &setting) { return flag.isEmpty() ? setting : flag; };
    const QString listen = pick(m_options.gatewayListen, m_settings->gatewayListen());
    if (listen.isEmpty())
        return {}; // no gateway listener
    const auto address = parseListen(listen);
    if (!address)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("--gateway-listen wants HOST:PORT with an IP address, e.g. "
                                              "192.168.1.20:8443; got \"%1\".")
                                   .arg(listen));
    o.gatewayAddress = address->first;
    o.gatewayPort = address->second;
    o.gatewayCertificate = pick(m_options.gatewayCertificate, m_settings->gatewayCertificate());
    o.gatewayKey = pick(m_options.gatewayKey, m_settings->gatewayKey());
    const QString url = pick(m_options.gatewayUrl, m_settings->gatewayUrl());
    o.gatewayUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !o.gatewayUrl.isValid())
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("--gateway-url \"%1\" is not a web address.").arg(url));
    return {};
}

Status Engine::startWorker()
{
    const QString listen = m_options.listen.isEmpty() ? m_settings->listenAddress() : m_options.listen;
    auto address = parseListen(listen);
    if (!address)
        return address.error();
    EngineWorker::Options o;
    o.timeZone = QTimeZone::systemTimeZone();
    o.startApi = m_options.startApi;
    o.listenAddress = address->first;
    o.listenPort = address->second;
    o.allowedHosts = m_settings->allowedHosts();
    const Result<TokenLimit> tokenLimit = m_settings->tokenLimit();
    if (!tokenLimit)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("%1 Correct the file, or remove both api/token_ keys for the "
                                              "default (500/s, burst 1,000).")
                                   .arg(tokenLimit.errorString()));
    m_tokenLimit = tokenLimit.value();
    o.tokenLimit = m_tokenLimit;
    if (Status gateway = gatewayOptions(o); !gateway)
        return gateway;
    const bool gatewayOn = o.gatewayPort >= 0;
    o.webhookSecrets
        = m_options.startApi || gatewayOn ? readWebhookSecrets(gatewayOn) : QHash<QString, QByteArray>();
    o.mySmsGateCheck = WebhookParser::mySmsGateCheckFromName(m_business.mySmsGateCheck)
                           .value_or(WebhookParser::MySmsGateCheck::StandardWebhooks);
    o.startDispatcher = m_options.startDispatcher;
    o.demo = m_options.demo;
    const Result<QList<IntakeConfig>> intakes = m_settings->intakes();
    if (!intakes)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("%1. Correct the file, or remove the row with `smsdesk intake remove`.")
                                   .arg(intakes.errorString()));
    o.intakes = intakes.value();
    m_worker = new EngineWorker({ *m_store, m_clock, m_credentials, m_metrics, *m_phoneNumbers }, o);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::deviceAlert, this, &Engine::deviceAlert);
    connect(m_worker, &EngineWorker::dispatchStatusChanged, this, [this](const DispatchStatus &status) {
        m_dispatchStatus = status;
        Q_EMIT dispatchStatusChanged(status);
    });
    connect(m_worker, &EngineWorker::messageDied, this, &Engine::messageDied);
    connect(m_worker, &EngineWorker::webhookAttemptRecorded, this, &Engine::webhookAttemptRecorded);
    connect(m_worker, &EngineWorker::intakeStatesChanged, this, [this](const QList<IntakeState> &states) {
        m_intakeStates = states;
        Q_EMIT intakeStatesChanged();
    });
    m_thread.start();
    Result<QString> started
        = Result<QString>::failure(ErrorCode::Internal, QStringLiteral("engine did not start"));
    QMetaObject::invokeMethod(
        m_worker,
        [this, &started] {
            started = m_worker->start();
            m_gatewayUrl = m_worker->gatewayUrl().toString();
            if (m_options.demo)
                m_demoWebhookSecret = m_worker->webhookSecret(QStringLiteral("smsgate"));
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return started.error();
    m_apiAddress = started.value();
    return {};
}

QFuture<void> Engine::applyWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    if (!m_worker)
        return QtFuture::makeReadyFuture();
    // Shared, not moved in: a queued functor is copied. If the worker is gone before it
    // runs (shutdown), the promise dies unfinished and the future is cancelled.
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> applied = promise->future();
    EngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, adapter, secret, promise] {
            worker->setWebhookSecret(adapter, secret);
            promise->finish();
        },
        Qt::QueuedConnection);
    return applied;
}

Status Engine::setDefaultTokenLimit(const TokenLimit &limit)
{
    if (limit.unlimited)
        return Status::failure(ErrorCode::Invalid,
                               QStringLiteral("The default limit is a number of requests; give a token no "
                                              "limit of its own instead."));
    if (const Result<TokenLimit> checked = TokenLimit::of(limit.ratePerSecond, limit.burst); !checked)
        return checked.error();
    if (!m_settings)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("The engine is not running."));
    m_settings->setTokenLimit(limit);
    m_settings->sync();
    m_tokenLimit = limit;
    if (EngineWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, limit] { worker->setDefaultTokenLimit(limit); },
                                  Qt::QueuedConnection);
    return {};
}

void Engine::applyIntakes(const QList<IntakeConfig> &intakes)
{
    if (EngineWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, intakes] { worker->applyIntakes(intakes); }, Qt::QueuedConnection);
}

void Engine::apiTokensChanged()
{
    if (EngineWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->tokensChanged(); }, Qt::QueuedConnection);
}

void Engine::stop()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
        m_worker = nullptr; // deleted when the thread finishes
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    if (m_store)
        m_store->close();
    m_store.reset();
    if (m_lock)
        m_lock->unlock();
    m_demoWebhookSecret.clear();
    m_gatewayUrl.clear();
    m_running = false;
}

} // namespace smsdesk
