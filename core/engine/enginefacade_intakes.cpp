// SPDX-License-Identifier: GPL-3.0-or-later
// EngineFacade: the broker intakes of this desk (issue 16, point 6).
#include "enginefacade.h"

#include "intakefactory.h"
#include "thenifalive.h"

#include <QPromise>
#include <QThreadPool>

namespace smsdesk {

namespace {

constexpr int kProbeTimeoutMs = 10'000;

void fillPassword(IntakeConfig &config, const Credentials &secret)
{
    if (secret.password.isEmpty())
        return;
    if (!secret.user.isEmpty())
        config.url.setUserName(secret.user);
    config.url.setPassword(secret.password);
}

// probeIntake blocks: it runs on the global pool, never on the GUI thread.
QFuture<Result<QString>> probeElsewhere(IntakeConfig config)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> answer = promise->future();
    QThreadPool::globalInstance()->start([config, promise] {
        promise->addResult(probeIntake(config, kProbeTimeoutMs));
        promise->finish();
    });
    return answer;
}

} // namespace

Result<QList<IntakeConfig>> EngineFacade::intakes() const
{
    return m_engine.settings().intakes();
}

QList<IntakeState> EngineFacade::intakeStates() const
{
    return m_engine.intakeStates();
}

void EngineFacade::applyIntakes()
{
    if (const Result<QList<IntakeConfig>> rows = intakes())
        m_engine.applyIntakes(rows.value());
}

QFuture<Result<IntakeConfig>> EngineFacade::saveIntake(const IntakeConfig &config, const QString &password)
{
    using R = Result<IntakeConfig>;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return QtFuture::makeReadyFuture(R::failure(ErrorCode::Invalid, problem));
    CredentialStore &credentials = m_engine.credentials();
    if (!password.isEmpty() && !credentials.isWritable())
        return QtFuture::makeReadyFuture(R::failure(ErrorCode::Unavailable, credentials.unavailableReason()));
    const R saved = m_engine.settings().saveIntake(config);
    if (!saved || password.isEmpty()) {
        if (saved)
            applyIntakes();
        return QtFuture::makeReadyFuture(saved);
    }
    Credentials secret;
    secret.user = config.url.userName();
    secret.password = password;
    return thenIfAlive(credentials.write(intakeCredentialsKey(saved->id), secret), this,
                       [this, saved, isNew = config.id == 0](const Status &kept) -> R {
                           if (!kept) {
                               if (isNew) // a new row without its password would only fail
                                   m_engine.settings().removeIntake(saved->id);
                               return kept.error();
                           }
                           applyIntakes();
                           return saved;
                       });
}

QFuture<Status> EngineFacade::removeIntake(int id)
{
    if (!m_engine.settings().removeIntake(id))
        return QtFuture::makeReadyFuture(
            Status::failure(ErrorCode::NotFound, tr("This intake was removed already.")));
    applyIntakes();
    CredentialStore &credentials = m_engine.credentials();
    if (!credentials.isWritable())
        return QtFuture::makeReadyFuture(Status());
    // No password kept is fine: the row is gone either way.
    return credentials.remove(intakeCredentialsKey(id)).then([](const Status &) { return Status(); });
}

QFuture<Result<QString>> EngineFacade::testIntake(const IntakeConfig &config, const QString &password)
{
    using R = Result<QString>;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return QtFuture::makeReadyFuture(R::failure(ErrorCode::Invalid, problem));
    IntakeConfig typed = config;
    if (!password.isEmpty() || config.id == 0) {
        typed.url.setPassword(password);
        return probeElsewhere(typed);
    }
    return m_engine.credentials()
        .read(intakeCredentialsKey(config.id))
        .then(this, [typed](const Result<Credentials> &secret) mutable {
            if (secret)
                fillPassword(typed, secret.value());
            return probeElsewhere(typed);
        })
        .unwrap();
}

} // namespace smsdesk
