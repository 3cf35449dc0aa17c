// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

namespace smsdesk {

namespace {
struct StateName
{
    Campaign::State state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    { Campaign::State::Active, "active" },
    { Campaign::State::Paused, "paused" },
    { Campaign::State::Cancelled, "cancelled" },
};
} // namespace

QString campaignStateName(Campaign::State state)
{
    for (const StateName &entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Campaign::State> campaignStateFromName(QStringView name)
{
    for (const StateName &entry : kStateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

} // namespace smsdesk
