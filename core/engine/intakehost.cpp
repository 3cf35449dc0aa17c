// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakehost.h"

#include "appsettings.h"
#include "credentialstore.h"
#include "intakefactory.h"
#include "intakesource.h"

#include <QThread>

namespace smsdesk {

namespace {

IntakeState stateOf(const IntakeConfig &config, IntakeState::Phase phase, const QString &line)
{
    IntakeState state;
    state.id = config.id;
    state.name = config.displayName();
    state.phase = phase;
    state.statusLine = line;
    return state;
}

} // namespace

IntakeHost::IntakeHost(IntakeSink::Parts parts, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_sink(parts)
    , m_credentials(credentials)
{
    qRegisterMetaType<smsdesk::IntakeState>();
    qRegisterMetaType<QList<smsdesk::IntakeState>>();
}

IntakeHost::~IntakeHost()
{
    stop();
}

void IntakeHost::apply(const QList<IntakeConfig> &configs)
{
    QMap<int, IntakeConfig> wanted;
    for (const IntakeConfig &config : configs)
        wanted.insert(config.id, config);
    for (const int id : m_running.keys()) {
        const auto it = wanted.constFind(id);
        // The running config carries the password read since: compare without it.
        IntakeConfig running = m_running.value(id).config;
        running.url.setPassword(QString());
        IntakeConfig now = it == wanted.cend() ? IntakeConfig() : *it;
        now.url.setPassword(QString());
        if (it == wanted.cend() || !it->enabled || now != running)
            halt(id);
    }
    for (const int id : m_states.keys())
        if (!wanted.contains(id))
            m_states.remove(id);
    for (const IntakeConfig &config : std::as_const(wanted)) {
        if (!config.enabled)
            m_states.insert(config.id, stateOf(config, IntakeState::Phase::Stopped, tr("Turned off")));
        else if (!m_running.contains(config.id))
            launch(config);
    }
    Q_EMIT statesChanged(states());
}

void IntakeHost::launch(const IntakeConfig &config)
{
    m_running.insert(config.id, Running { config, nullptr, nullptr });
    setState(stateOf(config, IntakeState::Phase::Connecting, tr("Reading the password")));
    m_credentials.read(intakeCredentialsKey(config.id))
        .then(this, [this, config](const Result<Credentials> &secret) {
            const auto it = m_running.constFind(config.id);
            if (it == m_running.cend() || it->thread || it->config != config)
                return; // stopped or changed meanwhile
            // Without a keychain (a server without D-Bus and no credentials file) an intake
            // that needs no password still runs; one that does hears so from its broker.
            if (!secret && secret.code() != ErrorCode::NotFound)
                qWarning("intake %d: cannot read the password (%s); trying without one", config.id,
                         qPrintable(secret.errorString()));
            IntakeConfig withSecret = config;
            if (secret && !secret->password.isEmpty()) {
                if (!secret->user.isEmpty())
                    withSecret.url.setUserName(secret->user);
                withSecret.url.setPassword(secret->password);
            }
            run(withSecret);
        });
}

void IntakeHost::run(IntakeConfig config)
{
    std::unique_ptr<IntakeSource> source = makeIntakeSource(config, m_sink);
    if (!source) {
        m_running.remove(config.id);
        setState(stateOf(config, IntakeState::Phase::Failing,
                         tr("This version cannot read from %1.").arg(IntakeConfig::kindName(config.kind))));
        return;
    }
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("intake-%1").arg(config.id));
    IntakeSource *raw = source.release();
    raw->moveToThread(thread);
    connect(thread, &QThread::started, raw, &IntakeSource::start);
    connect(raw, &IntakeSource::stateChanged, this, [this, raw](const IntakeState &state) {
        if (m_running.value(state.id).source == raw) // not a late report of one stopped since
            setState(state);
    });
    Running &running = m_running[config.id];
    running.config = config;
    running.thread = thread;
    running.source = raw;
    thread->start();
}

void IntakeHost::halt(int id)
{
    const Running running = m_running.take(id);
    if (running.source) {
        QMetaObject::invokeMethod(running.source, &IntakeSource::stop, Qt::BlockingQueuedConnection);
        running.thread->quit();
        running.thread->wait();
        delete running.source; // its thread has finished: nothing runs it any more
        delete running.thread;
    }
    m_states.insert(id, stateOf(running.config, IntakeState::Phase::Stopped, tr("Stopped")));
}

void IntakeHost::stop()
{
    for (const int id : m_running.keys())
        halt(id);
}

void IntakeHost::setState(const IntakeState &state)
{
    m_states.insert(state.id, state);
    Q_EMIT statesChanged(states());
}

} // namespace smsdesk
