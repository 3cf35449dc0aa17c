// SPDX-License-Identifier: GPL-3.0-or-later
// Messages of both directions as CSV (issue 15, point 4): a conversation, or every message
// in a time range. Read a thousand rows at a time (ReadModel::historyPage) and written as
// they come, to a temporary file renamed into place at the end (QSaveFile): a million rows
// never sit in memory, and a failure or a cancel leaves nothing half-written.
#pragma once

#include "history.h"
#include "result.h"

#include <QSaveFile>
#include <QString>
#include <QTimeZone>

namespace smsdesk {

class ReadModel;

// The columns: time (ISO 8601 with the zone's offset), direction, number, contact name,
// text, status, device; CsvWriter's form (UTF-8 with BOM, CRLF).
class MessageExport final
{
    Q_DISABLE_COPY_MOVE(MessageExport)

public:
    MessageExport(ReadModel &reader, HistoryFilter filter, const QString &path,
                  const QTimeZone &zone = QTimeZone::systemTimeZone());
    ~MessageExport();

    // Opens the file and writes the header.
    Status open();
    // Writes the next page; answers whether more remain (then call it again). The desktop
    // writes one page per turn of the event loop, so the window stays responsive.
    Result<bool> writePage();
    // Renames the finished file into place.
    Status commit();
    // Leaves nothing at the path (an earlier file there stays as it was).
    void cancel();

    qint64 written() const { return m_written; }
    // The time of the last row written: with the range, how far the export has come.
    qint64 lastAtMs() const { return m_lastAtMs; }

    // The whole export in one call (the CLI, tests): the number of rows written.
    static Result<qint64> writeCsv(ReadModel &reader, HistoryFilter filter, const QString &path,
                                   const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    Error failed(ErrorCode code, const QString &why);

    ReadModel &m_reader;
    HistoryFilter m_filter;
    QSaveFile m_file;
    QTimeZone m_zone;
    qint64 m_written = 0;
    qint64 m_lastAtMs = 0;
};

} // namespace smsdesk
