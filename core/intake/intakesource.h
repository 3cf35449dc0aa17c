// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "lagwindow.h"

#include <QObject>

namespace smsdesk {

class IntakeSink;

// One broker connection (Redis, RabbitMQ, SQS): reads entries, hands them to the sink in
// batches of at most `prefetch`, and acknowledges each entry to the broker only after the
// sink's future says it is on disk (any verdict but Retry). Runs in a QThread of its own,
// made and moved there by IntakeHost (core/engine); start() and stop() are called in that
// thread. It reconnects by itself with backoff, and reports every change of phase or
// figures through stateChanged (at most a few times a second).
class IntakeSource : public QObject
{
    Q_OBJECT

public:
    IntakeSource(IntakeConfig config, IntakeSink &sink, QObject *parent = nullptr);

    const IntakeConfig &config() const { return m_config; }

    virtual void start() = 0;
    // Stops reading; entries handed to the sink and not yet answered are not acknowledged
    // (the broker gives them again). Returns once the connection is closed.
    virtual void stop() = 0;

Q_SIGNALS:
    void stateChanged(const smsdesk::IntakeState &state);

protected:
    IntakeSink &sink() { return m_sink; }

    // The live figures every transport keeps the same way: counts and backlog changed in
    // state() are sent with the next emitState() (the transports' tick, when markDirty() was
    // called); a phase or status line is sent at once when it changes.
    IntakeState &state() { return m_state; }
    LagWindow &lags() { return m_lags; }
    void markDirty() { m_dirty = true; }
    bool isDirty() const { return m_dirty; }
    void setPhase(IntakeState::Phase phase, const QString &statusLine);
    void emitState(); // the figures now, with the lag p99 over the last minute

private:
    IntakeConfig m_config;
    IntakeSink &m_sink;
    IntakeState m_state;
    LagWindow m_lags;
    bool m_dirty = false;
};

} // namespace smsdesk
