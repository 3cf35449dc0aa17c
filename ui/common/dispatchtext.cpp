// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchtext.h"

#include "timeformat.h"

namespace smsdesk {

QString DispatchText::pausedWhy(const DispatchStatus &status)
{
    // A clock time, not a countdown: the text is shown until the state changes.
    const QString at = timefmt::clockTime(status.resumeAtMs);
    using Kind = DispatchStatus::Kind;
    switch (status.kind) {
    case Kind::Unknown:
    case Kind::Sending:
    case Kind::Throttled:
        return {};
    case Kind::Stopped:
        return tr("the dispatcher is stopped");
    case Kind::NoPhones:
        return tr("no phones set up");
    case Kind::AllUnavailable:
        return tr("all phones are disabled or paused");
    case Kind::AllProbing:
        return tr("all phones are failing; test messages are under way");
    case Kind::AllAtLimit:
        return tr("all phones are at their limit; more at %1").arg(at);
    case Kind::AllFailing:
        return tr("all phones are failing; next try at %1").arg(at);
    case Kind::NoneNow:
        return tr("no phone can send now; next chance at %1").arg(at);
    }
    return {};
}

QString DispatchText::paceWhy(const DispatchStatus &status)
{
    if (status.kind != DispatchStatus::Kind::Throttled)
        return {};
    return tr("Every phone is at its per-minute limit: messages go out at the pace the phones allow.");
}

} // namespace smsdesk
