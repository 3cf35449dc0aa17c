// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsdesk {

// A CSV file as read: its header and its rows, cell by cell, nothing interpreted.
struct CsvTable
{
    QString encoding; // as detected: "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter; // ',', ';', '\t' or '|'
    QStringList header; // the first non-empty row, cells trimmed
    QList<QStringList> rows; // the data rows after it (empty rows skipped); cells as written
                             // (quotes removed, "" unescaped), not trimmed
    QList<int> lines; // for each row, the 1-based line of the file where it starts
};

// Reads the CSV files people have (RFC 4180, as Excel, Outlook and Google Contacts write it):
// any of UTF-8 (BOM or not), UTF-16 with BOM (Excel's "Unicode Text") or Windows-1252;
// the delimiter is the most frequent of , ; tab | in the header line outside quotes (ties go
// in that order), unless the first line is Excel's "sep=;". Quoted fields may hold
// delimiters, "" and line breaks; lines end in CRLF, LF or a lone CR. A row is empty, and
// skipped, when all its cells are blank (Excel writes ";;;;" for an empty row). Rows of
// another length than the header are kept as they are: the importer reports them.
// Pure and thread-safe.
class CsvReader final
{
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    static Result<CsvTable> parse(const QByteArray &data);
    // Checks the size before reading; a missing or unreadable file is an Io error naming the path.
    static Result<CsvTable> readFile(const QString &path);
};

} // namespace smsdesk
