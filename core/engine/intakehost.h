// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "intakesink.h"

#include <QMap>
#include <QObject>

namespace smsdesk {

class CredentialStore;
class IntakeSource;
class QueueStore;
class StoreReader;

// Runs this desk's broker intakes (issue 16): one IntakeSink in the engine thread, and each
// enabled intake's transport in a QThread of its own, its password read from the credential
// store first. Keeps the last state of each for Settings and the dashboard.
class IntakeHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeHost)

public:
    IntakeHost(IntakeSink::Parts parts, CredentialStore &credentials, QObject *parent = nullptr);
    ~IntakeHost() override; // stops them all

    // The rows as they are now: new and changed ones start, removed, disabled and changed
    // ones stop (their unacknowledged entries stay with the broker).
    void apply(const QList<IntakeConfig> &configs);
    void stop();
    QList<IntakeState> states() const { return m_states.values(); }

Q_SIGNALS:
    void statesChanged(const QList<smsdesk::IntakeState> &states);

private:
    struct Running
    {
        IntakeConfig config;
        QThread *thread = nullptr;
        IntakeSource *source = nullptr;
    };
    void launch(const IntakeConfig &config);
    void run(IntakeConfig config); // the password is in the URL now
    void halt(int id);
    void setState(const IntakeState &state);

    IntakeSink m_sink;
    CredentialStore &m_credentials;
    QMap<int, Running> m_running; // started, or waiting for the keychain (no thread yet)
    QMap<int, IntakeState> m_states;
};

} // namespace smsdesk
