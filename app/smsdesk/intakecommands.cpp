// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakecommands.h"

#include "admincommands.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "engine.h"
#include "intakefactory.h"

#include <QEventLoop>
#include <QFuture>

#include <cstdio>

namespace smsdesk {

namespace {

constexpr int kProbeTimeoutMs = 10'000;

int fail(const QString &message)
{
    std::fprintf(stderr, "smsdesk: %s\n", qPrintable(message));
    return 1;
}

Status waitFor(QFuture<Status> future)
{
    QEventLoop loop;
    future.then(&loop, [&loop](const Status &) { loop.quit(); });
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

Result<int> intakeId(const CommandLine &cl)
{
    bool ok = false;
    const int id = cl.positional.value(2).toInt(&ok);
    if (!ok || id <= 0)
        return Result<int>::failure(ErrorCode::Invalid,
                                    QStringLiteral("give the intake's id, as `smsdesk intake list` shows it."));
    return id;
}

int addIntake(const CommandLine &cl, AppSettings &settings, CredentialStore &credentials)
{
    IntakeConfig config;
    const std::optional<IntakeConfig::Kind> kind = IntakeConfig::kindFromName(cl.intakeKind);
    if (!kind)
        return fail(QStringLiteral("--kind must be redis, rabbitmq or sqs."));
    config.kind = *kind;
    config.url = QUrl(cl.url, QUrl::StrictMode);
    if (!config.url.password().isEmpty())
        // A command line shows in the process list and the shell's history.
        return fail(QStringLiteral("--url must not carry the password: give the user name only and "
                                   "--password-stdin, which reads it from standard input. Nothing was saved."));
    if (cl.groups.size() > 1)
        return fail(QStringLiteral("give one --group for an intake. Nothing was saved."));
    if (!cl.intakeStream.isEmpty())
        config.stream = cl.intakeStream;
    if (!cl.groups.isEmpty())
        config.group = cl.groups.constFirst();
    config.consumer = cl.intakeConsumer;
    config.queue = cl.intakeQueue;
    config.statusStream = cl.intakeStatusStream;
    config.claimIdleMs = cl.intakeClaimIdleS * 1000;
    config.prefetch = cl.intakePrefetch;
    config.enabled = !cl.intakeDisabled;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return fail(problem + QStringLiteral(". Nothing was saved."));
    QString password;
    if (cl.intakePasswordStdin) {
        if (!credentials.isWritable())
            return fail(QStringLiteral("%1 Nothing was saved.").arg(credentials.unavailableReason()));
        password = readSecretLine();
        if (password.isEmpty())
            return fail(QStringLiteral("no password given on standard input; nothing was saved."));
    }
    const Result<IntakeConfig> saved = settings.saveIntake(config);
    if (!saved)
        return fail(saved.errorString() + QStringLiteral(". Nothing was saved."));
    if (!password.isEmpty()) {
        Credentials secret;
        secret.user = config.url.userName();
        secret.password = password;
        if (const Status kept = waitFor(credentials.write(intakeCredentialsKey(saved->id), secret)); !kept) {
            settings.removeIntake(saved->id);
            return fail(QStringLiteral("cannot keep the password in the keychain: %1. Nothing was saved.")
                            .arg(kept.errorString()));
        }
    }
    std::printf("intake %d: %s%s\n", saved->id, qPrintable(saved->displayName()),
                saved->enabled ? "" : " (off)");
    return 0;
}

int listIntakes(const AppSettings &settings)
{
    const Result<QList<IntakeConfig>> rows = settings.intakes();
    if (!rows)
        return fail(rows.errorString());
    if (rows->isEmpty()) {
        std::printf("no intakes; add one with: smsdesk intake add --kind redis --url redis://127.0.0.1:6379\n");
        return 0;
    }
    std::printf("%-4s %-9s %-4s %-34s %s\n", "ID", "KIND", "ON", "URL", "READS");
    for (const IntakeConfig &row : rows.value()) {
        const QString reads = row.kind == IntakeConfig::Kind::Redis
            ? QStringLiteral("stream %1, group %2%3")
                  .arg(row.stream, row.group,
                       row.consumer.isEmpty() ? QString() : QStringLiteral(", consumer %1").arg(row.consumer))
            : QStringLiteral("queue %1").arg(row.queue);
        std::printf("%-4d %-9s %-4s %-34s %s\n", row.id, qPrintable(IntakeConfig::kindName(row.kind)),
                    row.enabled ? "yes" : "no", qPrintable(row.url.toString(QUrl::RemovePassword)),
                    qPrintable(reads));
    }
    return 0;
}

int removeIntake(const CommandLine &cl, AppSettings &settings, CredentialStore &credentials)
{
    const Result<int> id = intakeId(cl);
    if (!id)
        return fail(id.errorString());
    if (!settings.removeIntake(id.value()))
        return fail(QStringLiteral("no intake with id %1; `smsdesk intake list` shows them.").arg(id.value()));
    if (credentials.isWritable())
        waitFor(credentials.remove(intakeCredentialsKey(id.value()))); // none kept is fine
    std::printf("intake %d removed\n", id.value());
    return 0;
}

int testIntake(const CommandLine &cl, const AppSettings &settings, CredentialStore &credentials)
{
    const Result<int> id = intakeId(cl);
    if (!id)
        return fail(id.errorString());
    const Result<QList<IntakeConfig>> rows = settings.intakes();
    if (!rows)
        return fail(rows.errorString());
    const auto it = std::find_if(rows->cbegin(), rows->cend(), [&](const IntakeConfig &r) { return r.id == id.value(); });
    if (it == rows->cend())
        return fail(QStringLiteral("no intake with id %1; `smsdesk intake list` shows them.").arg(id.value()));
    IntakeConfig config = *it;
    const Result<Credentials> secret = Engine::readCredentialsNow(credentials, intakeCredentialsKey(config.id));
    if (!secret && secret.code() != ErrorCode::NotFound) // tried without one: the broker may not need it
        std::fprintf(stderr, "smsdesk: cannot read the password (%s); trying without one\n",
                     qPrintable(secret.errorString()));
    if (secret && !secret->password.isEmpty()) {
        if (!secret->user.isEmpty())
            config.url.setUserName(secret->user);
        config.url.setPassword(secret->password);
    }
    const Result<QString> answer = probeIntake(config, kProbeTimeoutMs);
    if (!answer)
        return fail(QStringLiteral("intake %1 (%2): %3").arg(config.id).arg(config.displayName(), answer.errorString()));
    std::printf("intake %d: %s\n", config.id, qPrintable(answer.value()));
    return 0;
}

} // namespace

bool isIntakeCommand(CommandLine::Mode mode)
{
    using M = CommandLine::Mode;
    return mode == M::IntakeAdd || mode == M::IntakeList || mode == M::IntakeRemove || mode == M::IntakeTest;
}

int runIntakeCommand(const CommandLine &cl, CredentialStore &credentials)
{
    AppSettings settings(cl.dataDir);
    switch (cl.mode) {
    case CommandLine::Mode::IntakeAdd:
        return addIntake(cl, settings, credentials);
    case CommandLine::Mode::IntakeList:
        return listIntakes(settings);
    case CommandLine::Mode::IntakeRemove:
        return removeIntake(cl, settings, credentials);
    case CommandLine::Mode::IntakeTest:
        return testIntake(cl, settings, credentials);
    default:
        return fail(QStringLiteral("unknown intake command"));
    }
}

} // namespace smsdesk
