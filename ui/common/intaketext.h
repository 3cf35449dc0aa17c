// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace smsdesk {

// A broker intake's state in the user's language, for Settings → Intake and the dashboard.
class IntakeText final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeText)

public:
    static QString kindLabel(IntakeConfig::Kind kind); // "Redis Streams", "RabbitMQ", "Amazon SQS"
    static QString phase(IntakeState::Phase phase); // "Running", "Connecting", "Failing", "Off"
    // The phase and, when there is one, the status line: "Failing: wrong password; again in 4 s".
    static QString phaseAndLine(const IntakeState &state);
    // "1,234 read · 1,230 queued · 2 duplicates · 2 rejected · lag 120 ms · 15 waiting"
    static QString figures(const IntakeState &state);
    static QString lag(qint64 lagMs); // "120 ms", "3.2 s", "—"
    static QColor phaseColor(IntakeState::Phase phase, const QPalette &palette);
};

} // namespace smsdesk
