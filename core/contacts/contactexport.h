// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "optout.h"

#include <QByteArray>
#include <QList>

namespace smsdesk {

// The contacts as a CSV file (CsvWriter: UTF-8 with BOM, CRLF, formula cells defused) with the
// headers ColumnMapping::guess knows, so that importing the file gives the same contacts back:
// Name, First Name, Last Name, Phone 1..n (as many as the contact with the most numbers),
// Groups ("; " between them), Note, then every custom field under its own name.
class ContactExport final
{
public:
    static QByteArray toCsv(const QList<Contact> &contacts);
    // The suppression list: number, name, opted_out_at (ISO 8601 UTC), source, detail.
    static QByteArray optOutsToCsv(const QList<OptOut> &optOuts);
};

} // namespace smsdesk
