// SPDX-License-Identifier: GPL-3.0-or-later
// Messages of both directions as CSV (issue 15, point 4): a conversation, or every message
// in a time range. Read a thousand rows at a time (StoreReader::historyPage) and written
// as they come, to a temporary file renamed into place at the end (QSaveFile): a million
// rows never sit in memory, and a failure leaves nothing half-written.
#pragma once

#include "result.h"

#include <QString>
#include <QTimeZone>

#include <limits>

namespace smsdesk {

class StoreReader;

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

class MessageExport final
{
public:
    // Writes the filter's messages to `path` (CsvWriter: UTF-8 with BOM, CRLF) under the
    // columns time (ISO 8601 with the zone's offset), direction, number, contact name, text,
    // status, device; answers the number of rows. On any failure nothing is left at `path`
    // (an earlier file there stays as it was).
    static Result<qint64> writeCsv(StoreReader &reader, HistoryFilter filter, const QString &path,
                                   const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace smsdesk
