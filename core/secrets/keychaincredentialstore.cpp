// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QMutexLocker>
#include <QPromise>

#include <memory>

namespace smsdesk {

namespace {

bool isBackendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString describe(const QKeychain::Job &job)
{
    return QStringLiteral("System keychain: %1").arg(job.errorString());
}

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // it would write the secret in plain text
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{ }

bool KeychainCredentialStore::isWritable() const
{
    QMutexLocker lock(&m_mutex);
    return m_available;
}

void KeychainCredentialStore::noteResult(bool available, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_available = available;
    m_lastError = error;
}

template<typename Start> void KeychainCredentialStore::onOwnThread(Start start)
{
    QMetaObject::invokeMethod(&m_context, std::move(start), Qt::AutoConnection);
}

QString KeychainCredentialStore::unavailableReason() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("No system keychain is available (%1). Start your desktop's keychain "
                          "(GNOME Keyring or KWallet) and try again; a headless server can read "
                          "credentials from a file given with --credentials-file.")
        .arg(m_lastError.isEmpty() ? QStringLiteral("no answer") : m_lastError);
}

QFuture<Status> KeychainCredentialStore::probe()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    onOwnThread([this, promise] {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, QStringLiteral("probe/availability"));
        QObject::connect(job, &QKeychain::Job::finished, job, [this, promise](QKeychain::Job *done) {
            // EntryNotFound proves the backend answered.
            const bool available
                = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            noteResult(available, available ? QString() : done->errorString());
            promise->addResult(available ? Status()
                                         : Status::failure(ErrorCode::Unavailable, unavailableReason()));
            promise->finish();
        });
        job->start();
    });
    return promise->future();
}

QFuture<Result<Credentials>> KeychainCredentialStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<Credentials>>>();
    promise->start();
    onOwnThread([this, promise, key] {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [this, promise, key](QKeychain::Job *done) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
            if (done->error() == QKeychain::NoError) {
                promise->addResult(decodeCredentials(readJob->binaryData()));
            } else if (done->error() == QKeychain::EntryNotFound) {
                promise->addResult(Result<Credentials>::failure(
                    ErrorCode::NotFound, QStringLiteral("No credentials stored for %1").arg(key)));
            } else {
                if (isBackendMissing(done->error()))
                    noteResult(false, done->errorString());
                promise->addResult(Result<Credentials>::failure(ErrorCode::Unavailable, describe(*done)));
            }
            promise->finish();
        });
        job->start();
    });
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::write(const QString &key, const Credentials &credentials)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    onOwnThread([this, promise, key, credentials] {
        auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
        job->setBinaryData(encodeCredentials(credentials));
        QObject::connect(job, &QKeychain::Job::finished, job, [this, promise](QKeychain::Job *done) {
            if (done->error() == QKeychain::NoError) {
                noteResult(true, {});
                promise->addResult(Status());
            } else {
                const bool missing = isBackendMissing(done->error());
                if (missing)
                    noteResult(false, done->errorString());
                promise->addResult(
                    Status::failure(ErrorCode::Unavailable, missing ? unavailableReason() : describe(*done)));
            }
            promise->finish();
        });
        job->start();
    });
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    onOwnThread([this, promise, key] {
        auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
            const bool gone
                = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
            promise->addResult(gone ? Status() : Status::failure(ErrorCode::Unavailable, describe(*done)));
            promise->finish();
        });
        job->start();
    });
    return promise->future();
}

} // namespace smsdesk
