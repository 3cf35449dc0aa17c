// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakesource.h"

#include <QDateTime>

namespace smsdesk {

IntakeSource::IntakeSource(IntakeConfig config, IntakeSink &sink, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_sink(sink)
{
    m_state.id = m_config.id;
    m_state.name = m_config.displayName();
    m_state.statusLine = tr("Stopped");
}

void IntakeSource::setPhase(IntakeState::Phase phase, const QString &statusLine)
{
    if (m_state.phase == phase && m_state.statusLine == statusLine)
        return;
    m_state.phase = phase;
    m_state.statusLine = statusLine;
    emitState();
}

void IntakeSource::emitState()
{
    m_dirty = false;
    m_state.lagMs = m_lags.p99(QDateTime::currentMSecsSinceEpoch());
    Q_EMIT stateChanged(m_state);
}

} // namespace smsdesk
