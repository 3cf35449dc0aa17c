// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiethourssettings.h"
#include "retrypolicy.h"

#include <QHash>
#include <QString>

namespace smsdesk {

// The settings of the business rather than of one machine: how numbers are read, how
// failed sends are retried, how MySMSGate's webhooks are checked. They live in the
// database (table `settings`, one row a key), so every desk on a shared PostgreSQL queue
// reads and changes the same ones and hears of a change at once (QueueStore::settingsChanged).
// What belongs to one machine (the API's address, the language, the gateway listener's
// certificate) stays in its settings.ini (AppSettings).
struct BusinessSettings
{
    QString defaultRegion; // ISO 3166 ("DE"); empty: from the system locale
    RetryPolicy::Settings retry;
    QString mySmsGateCheck = QStringLiteral("standard-webhooks"); // or "token"
    // What a customer hears back after STOP / START (issue 15); empty: nothing is sent.
    // The store queues it in the same transaction that records the keyword.
    QString optOutReply;
    QString optInReply;
    QuietHoursSettings quietHours; // issue 15, point 2 (quiethourssettings.h)

    // The rows as stored. A value that does not read (a hand-edited row, a newer desk's
    // spelling) falls back to its default, so a bad row never stops dispatching; the
    // retry settings are taken or refused together (see RetryPolicy::Settings).
    static BusinessSettings fromValues(const QHash<QString, QString> &values);
    QHash<QString, QString> values() const;
    // The keys fromValues() reads, each also the key settings.ini used before (they move
    // from there into the database once, see Engine::start).
    static QStringList keys();

    bool operator==(const BusinessSettings &other) const;
    bool operator!=(const BusinessSettings &other) const { return !(*this == other); }
};

} // namespace smsdesk
