// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "campaignplan.h"

#include <QCoreApplication>
#include <QString>

namespace smsdesk {

// A campaign's words in the user's language, one place for the list, the detail pane and
// the new-campaign dialog: its state, its pace, a message's status, and the preview's
// summary line ("118 messages, 131 segments; 4 left out: 2 invalid numbers, 1 duplicate…").
class CampaignText final
{
    Q_DECLARE_TR_FUNCTIONS(smsdesk::CampaignText)

public:
    // Why a preview row is left out, as the summary counts it.
    enum class LeftOut { InvalidNumber, Duplicate, OptedOut, MissingField, Other };

    // "Scheduled", "Sending", "Paused", "Finished", "Cancelled".
    static QString state(const Campaign &campaign, qint64 nowMs);
    // "30 a minute", or "As fast as the phones allow" for 0.
    static QString pace(int perMinute);
    // "Queued", "Sending", "Sent", "Delivered", "Failed", "Cancelled".
    static QString status(MessageStatus status);
    // The kinds of every row of `preview`, in its order (included rows: nullopt).
    static QList<std::optional<LeftOut>> leftOutKinds(const CampaignPreview &preview);
    static QString summary(const CampaignPreview &preview);
};

} // namespace smsdesk
