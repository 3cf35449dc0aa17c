// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QString>

namespace smsdesk {

// Campaign messages wait behind everything else that is due: a conversation's reply
// (priority 0) is claimed first even while thousands of a campaign's are due.
inline constexpr int kCampaignPriority = -1;

// Where a campaign's messages are, counted from the queue itself (issue 14, point 3).
struct CampaignCounts
{
    int queued = 0; // waiting for their time or a phone (retrying ones included)
    int retrying = 0; // of the queued: failed at least once, will be tried again
    int sending = 0;
    int sent = 0;
    int delivered = 0;
    int dead = 0;
    int cancelled = 0;

    int total() const { return queued + sending + sent + delivered + dead + cancelled; }
    int open() const { return queued + sending; } // not at a final state yet
};

// A list texted at a pace: every recipient's message is an ordinary queued message
// (durable, retried, dead-lettered) carrying the campaign's id, due one after another at
// `perMinute` from `startAtMs`.
struct Campaign
{
    enum class State { Active, Paused, Cancelled };

    qint64 id = 0;
    QString name;
    QString text; // the template as written, before any recipient's fields are filled in
    QString source; // where the recipients came from, in words ("group regulars", "orders.csv")
    qint64 startAtMs = 0;
    int perMinute = 0; // 0: as fast as the phones take them
    State state = State::Active;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    int recipients = 0; // messages queued at creation
    int segments = 0; // their segments together
    CampaignCounts counts; // filled by the readers

    // Active with nothing left to send, or cancelled and nothing left on the wire.
    bool isFinished() const { return state != State::Paused && counts.open() == 0; }
};

QString campaignStateName(Campaign::State state); // "active", "paused", "cancelled"
std::optional<Campaign::State> campaignStateFromName(QStringView name);

// One recipient's message in a campaign, for its page and its report.
struct CampaignMessage
{
    QUuid id;
    QString to;
    QString contactName; // "" when the number is nobody's
    QString text;
    MessageStatus status = MessageStatus::Queued;
    int attempts = 0;
    qint64 dueAtMs = 0; // when it is (or was) due: the campaign's pace
    qint64 sentAtMs = 0;
    qint64 deliveredAtMs = 0;
    QString lastError;
    qint64 seq = 0; // paging cursor
};

} // namespace smsdesk
