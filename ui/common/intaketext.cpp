// SPDX-License-Identifier: GPL-3.0-or-later
#include "intaketext.h"

#include "theme.h"

#include <QLocale>

namespace smsdesk {

QString IntakeText::kindLabel(IntakeConfig::Kind kind)
{
    switch (kind) {
    case IntakeConfig::Kind::Redis:
        return tr("Redis Streams");
    case IntakeConfig::Kind::RabbitMq:
        return tr("RabbitMQ");
    case IntakeConfig::Kind::Sqs:
        return tr("Amazon SQS");
    }
    return {};
}

QString IntakeText::phase(IntakeState::Phase phase)
{
    switch (phase) {
    case IntakeState::Phase::Stopped:
        return tr("Off");
    case IntakeState::Phase::Connecting:
        return tr("Connecting");
    case IntakeState::Phase::Running:
        return tr("Running");
    case IntakeState::Phase::Failing:
        return tr("Failing");
    }
    return {};
}

QString IntakeText::lag(qint64 lagMs)
{
    if (lagMs < 0)
        return QStringLiteral("—");
    const QLocale locale;
    if (lagMs < 1000)
        return tr("%1 ms").arg(locale.toString(lagMs));
    return tr("%1 s").arg(locale.toString(double(lagMs) / 1000.0, 'f', 1));
}

QString IntakeText::phaseAndLine(const IntakeState &state)
{
    if (state.statusLine.isEmpty())
        return phase(state.phase);
    return tr("%1: %2", "an intake's phase, then its status line").arg(phase(state.phase), state.statusLine);
}

QString IntakeText::figures(const IntakeState &state)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 read").arg(locale.toString(state.read)) << tr("%1 queued").arg(locale.toString(state.enqueued));
    if (state.duplicates > 0)
        parts << tr("%Ln duplicate(s)", nullptr, int(std::min<qint64>(state.duplicates, INT_MAX)));
    parts << tr("%1 rejected").arg(locale.toString(state.rejected));
    parts << tr("lag %1").arg(lag(state.lagMs));
    if (state.backlog >= 0)
        parts << tr("%1 waiting").arg(locale.toString(state.backlog));
    return parts.join(QStringLiteral(" · "));
}

QColor IntakeText::phaseColor(IntakeState::Phase phase, const QPalette &palette)
{
    switch (phase) {
    case IntakeState::Phase::Running:
        return theme::success(palette);
    case IntakeState::Phase::Connecting:
        return theme::warning(palette);
    case IntakeState::Phase::Failing:
        return theme::error(palette);
    case IntakeState::Phase::Stopped:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

} // namespace smsdesk
