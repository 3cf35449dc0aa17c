// SPDX-License-Identifier: GPL-3.0-or-later
#include "uienginefixture.h"

#include "storetestsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace smsdesk::test {

namespace {
template<typename T> QFuture<T> answer(T value, int delayMs)
{
    if (delayMs <= 0)
        return QtFuture::makeReadyFuture(std::move(value));
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QTimer::singleShot(delayMs, QCoreApplication::instance(), [promise, value] {
        promise->addResult(value);
        promise->finish();
    });
    return promise->future();
}
} // namespace

QString MemoryCredentialStore::unavailableReason() const
{
    return m_writable ? QString()
                      : QStringLiteral("No keychain answers. Install and unlock a Secret Service keychain.");
}

QFuture<Result<Credentials>> MemoryCredentialStore::read(const QString &key)
{
    if (!entries.contains(key))
        return answer(Result<Credentials>::failure(ErrorCode::NotFound, QStringLiteral("absent")),
                      answerDelayMs);
    return answer(Result<Credentials>(entries.value(key)), answerDelayMs);
}

QFuture<Status> MemoryCredentialStore::write(const QString &key, const Credentials &credentials)
{
    if (!m_writable) {
        ++refusedWrites;
        return answer(Status::failure(ErrorCode::Unavailable, unavailableReason()), answerDelayMs);
    }
    ++writes;
    entries.insert(key, credentials);
    return answer(Status(), answerDelayMs);
}

QFuture<Status> MemoryCredentialStore::remove(const QString &key)
{
    entries.remove(key);
    return answer(Status(), answerDelayMs);
}

UiEngineFixture::UiEngineFixture(std::shared_ptr<CredentialStore> credentials)
    : m_credentials(credentials ? std::move(credentials) : std::make_shared<MemoryCredentialStore>())
{ }

UiEngineFixture::~UiEngineFixture()
{
    m_facade.reset();
    if (m_engine)
        m_engine->stop();
    m_engine.reset(); // its connections close before the database is dropped
}

bool UiEngineFixture::start()
{
    Engine::Options options;
    options.dataDir = m_dir.path();
    options.startApi = m_startApi;
    options.listen = QStringLiteral("127.0.0.1:0");
    options.startDispatcher = false;
    options.demo = m_demo;
    options.gatewayListen = m_gatewayListen;
    if (m_databaseUrl.isEmpty() && !m_demo && testsPostgres()) {
        m_db = std::make_unique<TestDatabase>();
        m_databaseUrl = m_db->url();
    }
    options.databaseUrl = m_databaseUrl;
    m_engine = std::make_unique<Engine>(SystemClock::instance(), *m_credentials, options);
    if (Status started = m_engine->start(); !started) {
        m_error = started.errorString();
        return false;
    }
    m_facade = std::make_unique<EngineFacade>(*m_engine);
    return true;
}

Device UiEngineFixture::addDevice(const QString &name)
{
    Device device;
    device.name = name;
    device.adapter = QStringLiteral("smsgate");
    device.baseUrl = QStringLiteral("http://127.0.0.1:9");
    auto added = await(store().addDevice(device));
    return added ? added.value() : Device {};
}

QList<Message> UiEngineFixture::addDeadLetters(int count, const QString &error, qint64 deviceId)
{
    EnqueueRequest request;
    for (int i = 0; i < count; ++i) {
        NewMessage m;
        m.to = QStringLiteral("+4915112345%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
        m.text = QStringLiteral("Dead letter %1").arg(i);
        request.messages.append(m);
    }
    auto enqueued = await(store().enqueue(request));
    if (!enqueued)
        return {};
    // Claim and fail them in pages: the store's own path to the dead letters.
    while (true) {
        auto claimed = await(store().claimDue(QStringLiteral("ui-test"), 500, 60'000));
        if (!claimed || claimed->isEmpty())
            break;
        QList<SendOutcome> outcomes;
        for (const Message &m : claimed.value()) {
            SendOutcome outcome;
            outcome.kind = SendOutcome::Kind::Dead;
            outcome.id = m.id;
            outcome.leaseId = m.leaseId;
            outcome.deviceId = deviceId;
            outcome.httpStatus = 400;
            outcome.error = error;
            outcomes.append(outcome);
        }
        await(store().complete(outcomes));
    }
    return enqueued->messages;
}

} // namespace smsdesk::test
