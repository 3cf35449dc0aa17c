// SPDX-License-Identifier: GPL-3.0-or-later
// Both directions of the message history in a time range, a page at a time
// (ReadModel::historyPage, storereader_history.cpp): what the CSV exports read.
#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace smsdesk {

// Oldest first; each stream (outgoing by seq, incoming by inbound id) continues after its cursor.
struct HistoryFilter
{
    qint64 fromMs = 0; // inclusive
    qint64 toMs = std::numeric_limits<qint64>::max(); // exclusive
    QString number; // "" = every number
    qint64 afterSeq = 0;
    qint64 afterInboundId = 0;
    int limit = 1'000;
};

struct HistoryRow
{
    qint64 atMs = 0; // created (outgoing) / received (incoming)
    bool outgoing = true;
    QString number;
    QString contactName;
    QString text;
    QString status; // outgoing: statusName(); incoming: "received"
    QString device; // the phone's name ("" when none yet)
    qint64 key = 0; // seq / inbound id
};

struct HistoryPage
{
    QList<HistoryRow> rows;
    qint64 afterSeq = 0, afterInboundId = 0; // the cursor for the next page
    bool more = false;
};

} // namespace smsdesk
