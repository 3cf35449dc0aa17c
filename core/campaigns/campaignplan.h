// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "contact.h"
#include "csvreader.h"
#include "messagetemplate.h"
#include "phonenumbers.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace smsdesk {



// One recipient as the user gave them, before the number is read.
struct CampaignRecipient
{
    int line = 0; // in the CSV file or the pasted text; 0 for a group's contacts
    QString input; // the number as written
    QHash<QString, QString> fields; // a CSV row's other columns as template fields (lower-case names)
};

// Where a campaign's recipients come from. Pure functions.
namespace CampaignRecipients {
// A group's contacts, each through its first number.
QList<CampaignRecipient> fromContacts(const QList<Contact> &contacts);
// A CSV table: the numbers from `numberColumn` (-1: the column the header says holds them,
// as the contact import guesses it); every other column whose header makes a field name
// ("Order No." → order_no) gives that field. Invalid when no column holds numbers.
Result<QList<CampaignRecipient>> fromCsv(const CsvTable &table, int numberColumn = -1);
// Numbers pasted or typed: one or more per line, apart by commas, semicolons or tabs
// (spaces stay: "030 1234567" is one number).
QList<CampaignRecipient> fromPasted(const QString &text);
} // namespace CampaignRecipients

// One recipient in the preview: the text they get, or why they are left out.
struct CampaignRow
{
    int line = 0;
    QString input;
    QString number; // E.164; "" when the input is not a number
    QString name; // the contact's, when the number is one
    QString text; // as it will be sent
    int segments = 0;
    QString encoding; // "GSM-7" or "UCS-2"
    QString leftOut; // why it will not be sent; "" when it will

    bool included() const { return leftOut.isEmpty(); }
};

// Everything a campaign will do, before anything is queued.
struct CampaignPreview
{
    QList<CampaignRow> rows; // every recipient, in the order given
    int included = 0;
    int leftOut = 0;
    int segments = 0; // of the included rows together
    int ucs2 = 0; // included rows sent as UCS-2 (70 characters a segment)

    // The included rows as messages for QueueStore::createCampaign.
    QList<NewMessage> messages() const;
};

// Fills the template in for every recipient and says who is left out and why: a number
// that does not read, a number given before (the earlier line named), an opted-out number,
// a field the text needs that this recipient has no value for (and no default), a text that
// grows past SmsSegmenter::kDefaultMaxSegments once filled in. Fields
// come from the recipient's CSV row first, then from the contact the number belongs to
// ({first_name}, {name}, its own fields). Invalid, before any row is looked at, when the
// text is empty, does not parse, or uses a field no recipient can have. Thread-safe.
class CampaignPlanner final
{
public:
    CampaignPlanner(const PhoneNumbers &numbers, const QList<Contact> &contacts, QSet<QString> optedOut = {});

    Result<CampaignPreview> preview(const QList<CampaignRecipient> &recipients, const QString &text) const;

private:
    PhoneNumbers m_numbers; // the region of the one given, as it was then
    QHash<QString, Contact> m_contacts; // by every number
    QSet<QString> m_optedOut;
};

} // namespace smsdesk
