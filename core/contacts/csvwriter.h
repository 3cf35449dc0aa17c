// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace smsdesk {

// Writes contacts as a CSV file that Excel opens right and cannot be tricked by: UTF-8
// with BOM (without it Excel on Windows reads Windows-1252 and breaks every accent), CRLF,
// commas, RFC 4180 quoting. A cell that a spreadsheet would run as a formula (starting with
// = + - @ tab or CR) gets a leading ' (OWASP "CSV Injection"), except a phone number such as
// +49 151 12345678, which is data and common in this file. CsvReader reads it back.
class CsvWriter final
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    // More rows for a file begun with write(header, {}): no byte order mark, no header.
    static QByteArray rows(const QList<QStringList> &rows);
};

} // namespace smsdesk
