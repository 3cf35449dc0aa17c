// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include <QCoreApplication>
#include <QString>

namespace smsdesk {

// The dispatcher's state in the user's language, for the status bar and the dashboard.
class DispatchText final
{
    Q_DECLARE_TR_FUNCTIONS(DispatchText)

public:
    // "all phones are at their limit; more at 14:05" (why it is not sending), or "" when
    // it is sending.
    static QString pausedWhy(const DispatchStatus &status);
    // While Throttled, a sentence on why messages go out slowly; "" otherwise.
    static QString paceWhy(const DispatchStatus &status);
};

} // namespace smsdesk
