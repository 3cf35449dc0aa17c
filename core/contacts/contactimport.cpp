// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimport.h"

#include "messagetemplate.h"
#include "phonenumbers.h"

#include <QRegularExpression>

namespace smsdesk {

namespace {

bool any(const QString &header, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (header == QString::fromUtf8(word))
            return true;
    }
    return false;
}

bool mentions(const QString &header, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (header.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

// "Tel", "Tel. 2", "tel:" — but not the "tel" inside "Bestellnummer" (an order number).
bool isTelWord(const QString &header)
{
    static const QRegularExpression tel(QStringLiteral("(^|[^a-z])tel([^a-z]|$)"));
    return tel.match(header).hasMatch();
}

// Google writes several values into one cell: "* myContacts ::: Friends".
QStringList values(const QString &cell)
{
    QStringList list;
    for (QString value : cell.split(QStringLiteral(":::"))) {
        value = value.trimmed();
        if (value.startsWith(QLatin1String("* ")))
            value = value.mid(2).trimmed();
        if (!value.isEmpty())
            list.append(value);
    }
    return list;
}

QStringList groupsIn(const QString &cell)
{
    QStringList groups;
    for (const QString &value : values(cell)) {
        for (const QString &part : value.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
            const QString group = part.trimmed();
            // Google's own system group says nothing about the customer.
            if (!group.isEmpty() && group != QLatin1String("myContacts"))
                groups.append(group);
        }
    }
    return groups;
}

// Reads each number; the ones that do not read are said, with the line.
void addNumbers(Contact &contact, const QStringList &typed, int line, const PhoneNumbers &numbers,
                QList<ImportProblem> &problems)
{
    for (const QString &raw : typed) {
        const Result<QString> e164 = numbers.toE164(raw);
        if (e164)
            contact.numbers.append(e164.value());
        else
            problems.append({ line, QStringLiteral("\"%1\" is not a phone number: %2").arg(raw.left(40), e164.errorString()) });
    }
    contact.numbers.removeDuplicates();
}

} // namespace

QString ColumnMapping::fieldNameFor(const QString &header)
{
    // Accents go and ß is ss, so "Straße geschäftlich" is {strasse_geschaftlich}, not a row
    // of underscores: compatibility decomposition, then the marks dropped.
    const QString plain = header.toLower().replace(QStringLiteral("ß"), QStringLiteral("ss")).normalized(QString::NormalizationForm_KD);
    QString name;
    for (const QChar c : plain) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    return MessageTemplate::isFieldName(name) ? name : QString();
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping m;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (h.isEmpty())
            continue;
        // Labels and types of a value ("Phone 1 - Type", "Phone 1 - Label") are not values.
        if (mentions(h, { "type", "label", "typ" }))
            continue;
        if (m.firstName < 0 && any(h, { "first name", "first", "given name", "firstname", "vorname", "prénom", "prenom", "nombre de pila" }))
            m.firstName = i;
        else if (m.lastName < 0
                 && any(h, { "last name", "last", "family name", "surname", "lastname", "nachname", "nom de famille", "apellido", "apellidos" }))
            m.lastName = i;
        else if (m.name < 0 && any(h, { "name", "full name", "display name", "fn", "nom", "nombre", "kontakt", "contact" }))
            m.name = i;
        else if (mentions(h, { "phone", "mobil", "handy", "telefon", "cell", "número", "numero", "móvil", "movil", "portable", "téléphone", "msisdn" })
                 || isTelWord(h) || any(h, { "number", "nummer", "to" }))
            m.numbers.append(i);
        else if (m.groups < 0 && any(h, { "group", "groups", "group membership", "labels", "tags", "tag", "gruppe", "gruppen", "groupe", "groupes", "grupo", "grupos", "categories", "category", "kategorie" }))
            m.groups = i;
        else if (m.note < 0 && any(h, { "note", "notes", "notiz", "notizen", "nota", "notas" }))
            m.note = i;
        else if (const QString field = fieldNameFor(header.at(i)); !field.isEmpty())
            m.fields.insert(i, field);
    }
    return m;
}

Result<ImportPlan> ContactImport::fromCsv(const CsvTable &table, const ColumnMapping &mapping,
                                          const PhoneNumbers &numbers, const QStringList &groups)
{
    if (mapping.numbers.isEmpty())
        return Result<ImportPlan>::failure(
            ErrorCode::Invalid, QStringLiteral("no column holds phone numbers (the columns are: %1)")
                                    .arg(table.header.join(QStringLiteral(", ")).left(300)));
    ImportPlan plan;
    plan.rows = int(table.rows.size());
    // Line breaks inside quoted cells come as the file wrote them (CRLF from Excel): one kind.
    const auto cell = [](const QStringList &row, int column) {
        if (column < 0 || column >= row.size())
            return QString();
        QString text = row.at(column).trimmed();
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
        return text;
    };
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.lines.value(r);
        Contact c;
        c.name = cell(row, mapping.name);
        c.firstName = cell(row, mapping.firstName);
        c.lastName = cell(row, mapping.lastName);
        c.note = cell(row, mapping.note);
        c.groups = groupsIn(cell(row, mapping.groups)) + groups;
        for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
            if (const QString value = cell(row, it.key()); !value.isEmpty())
                c.fields.insert(it.value(), value);
        }
        QStringList typed;
        for (int column : mapping.numbers)
            typed += values(cell(row, column));
        if (typed.isEmpty()) {
            plan.rejected.append({ line, QStringLiteral("no phone number") });
            continue;
        }
        QList<ImportProblem> problems;
        addNumbers(c, typed, line, numbers, problems);
        if (c.numbers.isEmpty()) {
            plan.rejected += problems;
            continue;
        }
        plan.rejected += problems; // numbers of a row that are left out; the row goes in
        plan.contacts.append(c);
    }
    return plan;
}

Result<ImportPlan> ContactImport::fromVCards(const VCardFile &file, const PhoneNumbers &numbers,
                                             const QStringList &groups)
{
    if (!file.problems.isEmpty()) {
        QStringList reasons;
        for (const VCardProblem &p : file.problems)
            reasons.append(p.reason);
        return Result<ImportPlan>::failure(
            ErrorCode::Invalid,
            QStringLiteral("the file was not imported: %1").arg(reasons.join(QStringLiteral("; ")).left(500)));
    }
    ImportPlan plan;
    plan.rows = int(file.cards.size());
    for (const VCard &card : file.cards) {
        Contact c;
        c.name = card.formattedName.trimmed();
        c.firstName = card.givenName.trimmed();
        c.lastName = card.familyName.trimmed();
        if (c.name.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty())
            c.name = card.organization.trimmed();
        c.note = card.note;
        c.groups = groups;
        if (!card.organization.isEmpty())
            c.fields.insert(QStringLiteral("company"), card.organization.trimmed());
        if (!card.email.isEmpty())
            c.fields.insert(QStringLiteral("email"), card.email.trimmed());
        QStringList typed;
        for (const VCardPhone &phone : card.phones) {
            // Fax and pager numbers receive no SMS.
            if (!phone.types.contains(QLatin1String("fax")) && !phone.types.contains(QLatin1String("pager")))
                typed.append(phone.number);
        }
        if (typed.isEmpty()) {
            plan.rejected.append({ card.line, QStringLiteral("no phone number") });
            continue;
        }
        QList<ImportProblem> problems;
        addNumbers(c, typed, card.line, numbers, problems);
        plan.rejected += problems;
        if (!c.numbers.isEmpty())
            plan.contacts.append(c);
    }
    return plan;
}

bool ContactImport::isVCard(const QByteArray &data)
{
    return data.left(4096).toUpper().contains("BEGIN:VCARD");
}

Result<ImportPlan> ContactImport::fromData(const QByteArray &data, const PhoneNumbers &numbers,
                                           const QStringList &groups)
{
    if (isVCard(data)) {
        const Result<VCardFile> file = VCardReader::parse(data);
        if (!file)
            return file.error();
        return fromVCards(file.value(), numbers, groups);
    }
    const Result<CsvTable> table = CsvReader::parse(data);
    if (!table)
        return table.error();
    return fromCsv(table.value(), ColumnMapping::guess(table->header), numbers, groups);
}

} // namespace smsdesk
