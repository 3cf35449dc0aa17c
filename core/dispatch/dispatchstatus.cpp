// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchstatus.h"

#include "devicerouter.h"

namespace smsdesk {

QString DispatchStatus::text(qint64 nowMs) const
{
    const QString when = DeviceRouter::formatWait(std::max<qint64>(0, resumeAtMs - nowMs));
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("not reported yet");
    case Kind::Sending:
        return QStringLiteral("sending through %1 phone(s)").arg(phones);
    case Kind::Stopped:
        return QStringLiteral("stopped");
    case Kind::NoPhones:
        return QStringLiteral("no phones set up");
    case Kind::AllUnavailable:
        return QStringLiteral("all phones are disabled or paused");
    case Kind::AllProbing:
        return QStringLiteral("all phones are failing; test messages under way");
    case Kind::AllAtLimit:
        return QStringLiteral("all phones at their limit; next budget in %1").arg(when);
    case Kind::AllFailing:
        return QStringLiteral("all phones are failing; next try in %1").arg(when);
    case Kind::NoneNow:
        return QStringLiteral("no phone can send now; next chance in %1").arg(when);
    }
    return {};
}

} // namespace smsdesk
