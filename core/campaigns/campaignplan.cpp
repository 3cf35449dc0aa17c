// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignplan.h"

#include "contactimport.h"
#include "phonenumbers.h"
#include "smssegmenter.h"

#include <QRegularExpression>

namespace smsdesk {

namespace CampaignRecipients {

QList<CampaignRecipient> fromContacts(const QList<Contact> &contacts)
{
    QList<CampaignRecipient> list;
    list.reserve(contacts.size());
    for (const Contact &c : contacts) {
        if (!c.numbers.isEmpty())
            list.append({ 0, c.numbers.constFirst(), {} });
    }
    return list;
}

// Of the columns that hold numbers, a mobile one: a text to a landline goes nowhere.
int guessNumberColumn(const QStringList &header)
{
    static const QRegularExpression mobile(QStringLiteral("mobil|cell|handy|m[oó]vil|portable|sms"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QList<int> numbers = ColumnMapping::guess(header).numbers;
    for (const int column : numbers) {
        if (mobile.match(header.value(column)).hasMatch())
            return column;
    }
    return numbers.value(0, -1);
}

Result<QList<CampaignRecipient>> fromCsv(const CsvTable &table, int numberColumn)
{
    if (numberColumn < 0)
        numberColumn = guessNumberColumn(table.header);
    if (numberColumn < 0 || numberColumn >= table.header.size()) {
        return Result<QList<CampaignRecipient>>::failure(
            ErrorCode::Invalid, QStringLiteral("no column holds phone numbers (the columns are: %1)")
                                    .arg(table.header.join(QStringLiteral(", "))));
    }
    // Every other column with a usable name is a field: {order_no}, and {first_name} from
    // "First Name" too, so a list exported from a shop system fills the usual fields.
    // The name columns the contact import recognises ("Given Name", "Vorname") fill the
    // standard fields; every other column is a field under its own header's name.
    const ColumnMapping guessed = ColumnMapping::guess(table.header);
    const QHash<int, QString> standard { { guessed.firstName, QStringLiteral("first_name") },
                                         { guessed.lastName, QStringLiteral("last_name") },
                                         { guessed.name, QStringLiteral("name") } };
    QList<QPair<int, QString>> fieldColumns;
    QSet<QString> names;
    for (int column = 0; column < table.header.size(); ++column) {
        const QString name = standard.value(column, ColumnMapping::fieldNameFor(table.header.at(column)));
        if (column != numberColumn && !name.isEmpty() && !names.contains(name)) {
            names.insert(name);
            fieldColumns.append({ column, name });
        }
    }
    QList<CampaignRecipient> list;
    list.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        CampaignRecipient r;
        r.line = table.lines.value(i);
        // Google writes several numbers into one cell ("+49 151 … ::: +49 170 …"): the first.
        r.input = row.value(numberColumn).section(QStringLiteral(":::"), 0, 0).trimmed();
        for (const auto &[column, name] : std::as_const(fieldColumns)) {
            const QString value = row.value(column).trimmed();
            if (!value.isEmpty())
                r.fields.insert(name, value);
        }
        list.append(std::move(r));
    }
    return list;
}

QList<CampaignRecipient> fromPasted(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    QList<CampaignRecipient> list;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(separators);
        for (const QString &part : parts) {
            const QString number = part.trimmed();
            if (!number.isEmpty())
                list.append({ int(i + 1), number, {} });
        }
    }
    return list;
}

} // namespace CampaignRecipients

QList<NewMessage> CampaignPreview::messages() const
{
    QList<NewMessage> list;
    list.reserve(included);
    for (const CampaignRow &row : rows) {
        if (!row.included())
            continue;
        NewMessage m;
        m.to = row.number;
        m.text = row.text;
        m.segments = row.segments;
        m.encoding = row.encoding;
        list.append(std::move(m));
    }
    return list;
}

CampaignPlanner::CampaignPlanner(const PhoneNumbers &numbers, const QList<Contact> &contacts, QSet<QString> optedOut)
    : m_numbers(numbers.defaultRegion())
    , m_optedOut(std::move(optedOut))
{
    m_contacts.reserve(contacts.size());
    for (const Contact &c : contacts) {
        for (const QString &number : c.numbers)
            m_contacts.insert(number, c);
    }
}

Result<CampaignPreview> CampaignPlanner::preview(const QList<CampaignRecipient> &recipients,
                                                 const QString &text) const
{
    using R = Result<CampaignPreview>;
    if (text.trimmed().isEmpty())
        return R::failure(ErrorCode::Invalid, QStringLiteral("the message text is empty"));
    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    if (!parsed)
        return R(parsed.error());
    const MessageTemplate &tpl = parsed.value();

    // What any recipient can have: the standard fields, the CSV's columns, the contacts' fields.
    QStringList known = standardTemplateFields();
    QSet<QString> seenFields(known.cbegin(), known.cend());
    for (const CampaignRecipient &r : recipients) {
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            if (!seenFields.contains(it.key())) {
                seenFields.insert(it.key());
                known.append(it.key());
            }
        }
    }
    for (const Contact &c : m_contacts) {
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
            if (!seenFields.contains(it.key())) {
                seenFields.insert(it.key());
                known.append(it.key());
            }
        }
    }
    const QStringList unknown = tpl.unknownFields(known);
    if (!unknown.isEmpty()) {
        QStringList braced;
        for (const QString &name : unknown)
            braced << QLatin1Char('{') + name + QLatin1Char('}');
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("the text uses %1, which no recipient has (known fields: %2)")
                              .arg(braced.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
    }

    CampaignPreview preview;
    preview.rows.reserve(recipients.size());
    QHash<QString, int> firstLine; // number → the line (or row) that gave it first
    firstLine.reserve(recipients.size());
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const CampaignRecipient &r = recipients.at(i);
        CampaignRow row;
        row.line = r.line > 0 ? r.line : int(i + 1);
        row.input = r.input;
        const Result<QString> e164 = m_numbers.toE164(r.input);
        if (!e164) {
            row.leftOut = QStringLiteral("invalid number: %1").arg(e164.errorString());
        } else {
            row.number = e164.value();
            const auto contact = m_contacts.constFind(row.number);
            QHash<QString, QString> fields;
            if (contact != m_contacts.cend()) {
                row.name = contact->name;
                fields = standardFieldValues(contact->firstName, contact->lastName, contact->name, row.number);
                for (auto it = contact->fields.cbegin(); it != contact->fields.cend(); ++it)
                    fields.insert(it.key(), it.value());
            } else {
                fields = standardFieldValues({}, {}, {}, row.number);
            }
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) // the row's own first
                fields.insert(it.key(), it.value());
            QStringList missing;
            row.text = tpl.render(fields, &missing);
            const SegmentInfo info = SmsSegmenter::analyze(row.text);
            row.segments = info.segments;
            row.encoding = info.encoding;
            const auto earlier = firstLine.constFind(row.number);
            if (earlier != firstLine.cend())
                row.leftOut = QStringLiteral("same number as line %1").arg(earlier.value());
            else if (m_optedOut.contains(row.number))
                row.leftOut = QStringLiteral("opted out");
            else if (!missing.isEmpty())
                row.leftOut = QStringLiteral("no value for {%1}").arg(missing.join(QStringLiteral("}, {")));
            else if (row.text.trimmed().isEmpty())
                row.leftOut = QStringLiteral("the text is empty for this recipient");
            else if (row.segments > SmsSegmenter::kDefaultMaxSegments)
                row.leftOut = QStringLiteral("the text needs %1 SMS for this recipient; at most %2 are allowed")
                                  .arg(row.segments)
                                  .arg(SmsSegmenter::kDefaultMaxSegments);
            if (earlier == firstLine.cend())
                firstLine.insert(row.number, row.line);
        }
        if (row.included()) {
            ++preview.included;
            preview.segments += row.segments;
            if (row.encoding == QLatin1String("UCS-2"))
                ++preview.ucs2;
        } else {
            ++preview.leftOut;
        }
        preview.rows.append(std::move(row));
    }
    return preview;
}

} // namespace smsdesk
