// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

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

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
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
{
}

QString KeychainCredentialStore::unavailableReason() const
{
    return QStringLiteral("No system keychain is available (%1). Start your desktop's keychain "
                          "(GNOME Keyring or KWallet) and try again; a headless server can read "
                          "credentials from a file given with --credentials-file.")
        .arg(m_lastError.isEmpty() ? QStringLiteral("no answer") : m_lastError);
}

QFuture<Status> KeychainCredentialStore::probe()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, QStringLiteral("probe/availability"));
    QObject::connect(job, &QKeychain::Job::finished, job, [this, promise](QKeychain::Job *done) {
        // EntryNotFound proves the backend answered.
        m_available = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        m_lastError = m_available ? QString() : done->errorString();
        promise->addResult(m_available ? Status() : Status::failure(ErrorCode::Unavailable, unavailableReason()));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<Credentials>> KeychainCredentialStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<Credentials>>>();
    promise->start();
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [this, promise, key](QKeychain::Job *done) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() == QKeychain::NoError) {
            promise->addResult(decodeCredentials(readJob->binaryData()));
        } else if (done->error() == QKeychain::EntryNotFound) {
            promise->addResult(Result<Credentials>::failure(
                ErrorCode::NotFound, QStringLiteral("No credentials stored for %1").arg(key)));
        } else {
            if (isBackendMissing(done->error())) {
                m_available = false;
                m_lastError = done->errorString();
            }
            promise->addResult(Result<Credentials>::failure(ErrorCode::Unavailable, describe(*done)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::write(const QString &key, const Credentials &credentials)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(encodeCredentials(credentials));
    QObject::connect(job, &QKeychain::Job::finished, job, [this, promise](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            m_available = true;
            promise->addResult(Status());
        } else {
            if (isBackendMissing(done->error())) {
                m_available = false;
                m_lastError = done->errorString();
            }
            promise->addResult(Status::failure(ErrorCode::Unavailable,
                                               m_available ? describe(*done) : unavailableReason()));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
        const bool gone = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        promise->addResult(gone ? Status() : Status::failure(ErrorCode::Unavailable, describe(*done)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace smsdesk
