// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "csvreader.h"
#include "result.h"
#include "vcardreader.h"

#include <QList>
#include <QMap>

namespace smsdesk {

class PhoneNumbers;

// Which CSV column holds what; -1 where none does. Several columns may hold numbers
// (Google's "Phone 1 - Value", "Phone 2 - Value"); other columns become template fields.
struct ColumnMapping
{
    int name = -1, firstName = -1, lastName = -1, groups = -1, note = -1;
    QList<int> numbers;
    QMap<int, QString> fields; // column → field name ({order_no})

    // What the headers of Google Contacts, Outlook, Excel lists and phones' exports say, in
    // English, German, French and Spanish; a person can correct it before importing.
    static ColumnMapping guess(const QStringList &header);
    // The template field a column becomes: "Order No." → "order_no", "Straße" → "strasse";
    // "" when nothing usable is left.
    static QString fieldNameFor(const QString &header);
};

struct ImportProblem
{
    int line = 0; // in the file
    QString reason;
};

// What an import will do, before anything is stored: the contacts (numbers in E.164 with
// the business's region, several rows of one number left for the store to merge) and the
// rows left out, each with its line and why.
struct ImportPlan
{
    QList<Contact> contacts;
    QList<ImportProblem> rejected;
    int rows = 0; // rows (or cards) read
};

// Turns what the readers found into contacts. Pure; thread-safe when `numbers` is.
class ContactImport final
{
public:
    // Invalid when no column holds numbers (naming the columns there are).
    static Result<ImportPlan> fromCsv(const CsvTable &table, const ColumnMapping &mapping,
                                      const PhoneNumbers &numbers, const QStringList &groups = {});
    // Invalid when the file has a structural problem (a card without END:VCARD): nothing of
    // it is imported then, so that no card is taken half-read.
    static Result<ImportPlan> fromVCards(const VCardFile &file, const PhoneNumbers &numbers,
                                         const QStringList &groups = {});
    // A file as a user picks it or a client posts it: a vCard when it says BEGIN:VCARD,
    // else a CSV with the guessed mapping. `groups` go to every contact.
    static Result<ImportPlan> fromData(const QByteArray &data, const PhoneNumbers &numbers,
                                       const QStringList &groups = {});
    // Whether fromData reads `data` as vCards (it says BEGIN:VCARD near its start).
    static bool isVCard(const QByteArray &data);
};

} // namespace smsdesk
