// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksecrets.h"

#include "credentialstore.h"
#include "engine.h"
#include "thenifalive.h"

#include <QRandomGenerator>

#include <array>

namespace smsdesk {

namespace {

const QString kSmsGate = QStringLiteral("smsgate");

template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QFuture<Result<QString>> failed(ErrorCode code, const QString &message)
{
    return ready(Result<QString>::failure(code, message));
}

} // namespace

QStringList webhookAdapters()
{
    return { kSmsGate, QStringLiteral("mysmsgate") };
}

QString webhookAdapterFor(const QString &deviceAdapter)
{
    // The API matches a report's device by prefix (WebhookRoutes::deviceFor): the SMSGate
    // cloud server posts to the same endpoint, signed the same way, as the local app.
    for (const QString &adapter : webhookAdapters()) {
        if (deviceAdapter == adapter || deviceAdapter.startsWith(adapter + QLatin1Char('-')))
            return adapter;
    }
    return {};
}

QString generateWebhookSecret()
{
    std::array<quint32, 8> words; // 256 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

WebhookSecrets::WebhookSecrets(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{ }

// Whoever waits is answered now: the facade deletes this object first thing in its own
// destructor, while it (the context of the UI's continuations) still exists.
WebhookSecrets::~WebhookSecrets()
{
    if (m_current) {
        m_current->addResult(stopping());
        m_current->finish();
    }
    m_queue.clear(); // the promises cancel
}

Result<QString> WebhookSecrets::stopping()
{
    return Result<QString>::failure(ErrorCode::Unavailable,
                                    tr("Smsdesk is stopping; the secret was not applied."));
}

bool WebhookSecrets::isDemoSecret(const QString &adapter) const
{
    return adapter == kSmsGate && !m_engine.demoWebhookSecret().isEmpty();
}

QString WebhookSecrets::rotationBlockedReason(const QString &adapter) const
{
    // Demo phones run in this process and sign with a secret made at start; rotating it would
    // mean a keychain entry the demo never reads. Saying so is simpler and truer.
    if (isDemoSecret(adapter))
        return tr("The demo phones sign with a secret made for this session. It changes at every "
                  "start and cannot be rotated.");
    if (!m_engine.credentials().isWritable())
        return tr("Secrets cannot be saved: %1").arg(m_engine.credentials().unavailableReason());
    return {};
}

QFuture<Result<QString>> WebhookSecrets::secret(const QString &adapter)
{
    if (!webhookAdapters().contains(adapter))
        return failed(ErrorCode::Invalid, tr("There is no webhook for the adapter “%1”.").arg(adapter));
    if (isDemoSecret(adapter))
        return ready(Result<QString>(QString::fromUtf8(m_engine.demoWebhookSecret())));
    return schedule([this, adapter] { return readOrCreate(adapter); });
}

QFuture<Result<QString>> WebhookSecrets::rotate(const QString &adapter)
{
    if (!webhookAdapters().contains(adapter))
        return failed(ErrorCode::Invalid, tr("There is no webhook for the adapter “%1”.").arg(adapter));
    if (isDemoSecret(adapter))
        return failed(ErrorCode::Conflict, rotationBlockedReason(adapter));
    if (!m_engine.credentials().isWritable())
        return failed(ErrorCode::Unavailable, rotationBlockedReason(adapter));
    return schedule([this, adapter] { return replace(adapter); });
}

// A keychain answer that comes after this object is gone is dropped (see thenIfAlive); whoever
// waited was answered by the destructor.
QFuture<Result<QString>> WebhookSecrets::readOrCreate(const QString &adapter)
{
    return thenIfAlive(m_engine.credentials().read(webhookSecretKey(adapter)), this,
                       [this, adapter](const Result<Credentials> &stored) {
                           if (stored && !stored->apiKey.isEmpty())
                               return ready(Result<QString>(stored->apiKey));
                           // Only a proven absence makes a new one: a keychain that failed to answer
                           // may still hold the secret the phones use.
                           if (!stored && stored.code() != ErrorCode::NotFound)
                               return failed(stored.code(),
                                             tr("The webhook secret for %1 could not be read: %2")
                                                 .arg(adapter, stored.errorString()));
                           CredentialStore &credentials = m_engine.credentials();
                           if (!credentials.isWritable())
                               return failed(ErrorCode::Unavailable,
                                             tr("No webhook secret is set for %1, and none can be saved: %2")
                                                 .arg(adapter, credentials.unavailableReason()));
                           return replace(adapter);
                       })
        .unwrap();
}

// Saved first, then handed to the API server: a secret the server checks but the keychain
// lost would be gone at the next start, and the phones with it.
QFuture<Result<QString>> WebhookSecrets::replace(const QString &adapter)
{
    if (!m_engine.credentials().isWritable())
        return failed(ErrorCode::Unavailable, rotationBlockedReason(adapter));
    const QString secret = generateWebhookSecret();
    return thenIfAlive(
               m_engine.credentials().write(webhookSecretKey(adapter), Credentials { {}, {}, secret }), this,
               [this, adapter, secret](const Status &written) {
                   if (!written)
                       return failed(written.code(),
                                     tr("The new webhook secret for %1 could not be saved: %2")
                                         .arg(adapter, written.errorString()));
                   return thenIfAlive(m_engine.applyWebhookSecret(adapter, secret.toUtf8()), this,
                                      [secret] { return Result<QString>(secret); });
               })
        .unwrap();
}

QFuture<Result<QString>> WebhookSecrets::schedule(Job job)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    m_queue.push_back(Pending { std::move(job), std::move(promise) });
    runNext();
    return future;
}

void WebhookSecrets::runNext()
{
    if (m_current || m_queue.empty())
        return;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    m_current = next.promise;
    const auto promise = next.promise;
    // Cancelled: the engine thread went away before it took the secret (shutdown).
    QFuture<Result<QString>> job = next.job().onCanceled([] { return stopping(); });
    thenIfAlive(job, this, [this, promise](const Result<QString> &result) { finish(promise, result); });
}

void WebhookSecrets::finish(const std::shared_ptr<QPromise<Result<QString>>> &promise,
                            const Result<QString> &result)
{
    // Free the queue before answering: the answer may ask for the next secret at once.
    m_current.reset();
    promise->addResult(result);
    promise->finish();
    runNext();
}

} // namespace smsdesk
