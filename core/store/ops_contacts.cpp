// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and saved texts (issue 14), run by the writer inside its transaction.
#include "connection.h"
#include "queueops.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace smsdesk::ops {

namespace {

constexpr int kMaxText = 200; // a name, a group, a field name
constexpr int kMaxValue = 1000; // a field's value
constexpr int kMaxFields = 50;
constexpr int kMaxNumbers = 20;
constexpr int kMaxTemplate = 1600; // ten concatenated GSM-7 segments and then some

QString fieldsToJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// QtSql binds a null QString as NULL; these columns hold "" for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isE164(const QString &number)
{
    if (number.size() < 3 || number.size() > 16 || number.at(0) != u'+')
        return false;
    return std::all_of(number.cbegin() + 1, number.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Trimmed, duplicates dropped, the name composed when none is given.
Contact tidy(Contact c)
{
    c.name = c.name.trimmed();
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    for (QString &group : c.groups)
        group = group.trimmed();
    c.groups.removeAll(QString());
    c.groups.removeDuplicates();
    c.numbers.removeDuplicates();
    if (c.name.isEmpty())
        c.name = QString(c.firstName + u' ' + c.lastName).trimmed();
    if (c.name.isEmpty())
        c.name = c.numbers.value(0);
    return c;
}

Status validate(const Contact &c)
{
    const auto invalid = [](const QString &why) { return Status::failure(ErrorCode::Invalid, why); };
    if (c.numbers.isEmpty())
        return invalid(QStringLiteral("a contact needs a phone number"));
    if (c.numbers.size() > kMaxNumbers)
        return invalid(QStringLiteral("a contact has at most %1 numbers").arg(kMaxNumbers));
    for (const QString &number : c.numbers) {
        if (!isE164(number))
            return invalid(QStringLiteral("\"%1\" is not a number in international form, like +4915112345678")
                               .arg(number.left(40)));
    }
    if (c.name.size() > kMaxText || c.firstName.size() > kMaxText || c.lastName.size() > kMaxText)
        return invalid(QStringLiteral("a name has at most %1 characters").arg(kMaxText));
    if (c.groups.size() > kMaxFields || c.fields.size() > kMaxFields)
        return invalid(QStringLiteral("a contact has at most %1 groups and %1 fields").arg(kMaxFields));
    for (const QString &group : c.groups) {
        if (group.size() > kMaxText)
            return invalid(QStringLiteral("a group name has at most %1 characters").arg(kMaxText));
    }
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxText || it.value().size() > kMaxValue)
            return invalid(QStringLiteral("the field \"%1\" needs a name of at most %2 characters and a value of "
                                          "at most %3")
                               .arg(it.key().left(40))
                               .arg(kMaxText)
                               .arg(kMaxValue));
    }
    if (c.note.size() > kMaxValue * 2)
        return invalid(QStringLiteral("a note has at most %1 characters").arg(kMaxValue * 2));
    return {};
}

// The contact a number belongs to (0: none) and its name.
Result<std::pair<qint64, QString>> ownerOf(WriteContext &ctx, const QString &number)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT n.contact_id, c.name FROM contact_numbers n JOIN contacts c"
                                               " ON c.id = n.contact_id WHERE n.number = ?"));
    q.bindValue(0, number);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot look up the number"));
    std::pair<qint64, QString> owner { 0, QString() };
    if (q.next())
        owner = { q.value(0).toLongLong(), q.value(1).toString() };
    q.finish();
    return owner;
}

Status writeNumbersAndGroups(WriteContext &ctx, const Contact &c)
{
    const QString what = QStringLiteral("cannot store the contact's numbers");
    for (const char *sql : { "DELETE FROM contact_numbers WHERE contact_id = ?",
                             "DELETE FROM contact_groups WHERE contact_id = ?" }) {
        QSqlQuery &q = ctx.prepared(QString::fromLatin1(sql));
        q.bindValue(0, c.id);
        if (!q.exec())
            return db::queryError(q, what);
    }
    int position = 0;
    for (const QString &number : c.numbers) {
        QSqlQuery &q = ctx.prepared(
            QStringLiteral("INSERT INTO contact_numbers (number, contact_id, position) VALUES (?, ?, ?)"));
        q.bindValue(0, number);
        q.bindValue(1, c.id);
        q.bindValue(2, position++);
        if (!q.exec())
            return db::queryError(q, what);
    }
    for (const QString &group : c.groups) {
        QSqlQuery &q = ctx.prepared(QStringLiteral("INSERT INTO contact_groups (contact_id, name) VALUES (?, ?)"));
        q.bindValue(0, c.id);
        q.bindValue(1, group);
        if (!q.exec())
            return db::queryError(q, what);
    }
    return {};
}

// Inserts (id 0) or updates the row; the numbers must be free or the contact's own.
Result<Contact> writeContact(WriteContext &ctx, Contact c)
{
    for (const QString &number : c.numbers) {
        const auto owner = ownerOf(ctx, number);
        if (!owner)
            return owner.error();
        if (owner->first != 0 && owner->first != c.id)
            return Result<Contact>::failure(
                ErrorCode::Conflict, QStringLiteral("%1 is already the number of %2").arg(number, owner->second));
    }
    c.updatedAtMs = ctx.now();
    if (c.id == 0) {
        QSqlQuery &q = ctx.prepared(QStringLiteral(
            "INSERT INTO contacts (name, first_name, last_name, fields, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bindValue(0, c.name);
        q.bindValue(1, notNull(c.firstName));
        q.bindValue(2, notNull(c.lastName));
        q.bindValue(3, fieldsToJson(c.fields));
        q.bindValue(4, rows::textOrNull(c.note));
        q.bindValue(5, ctx.now());
        q.bindValue(6, ctx.now());
        if (!q.exec() || !q.next())
            return db::queryError(q, QStringLiteral("cannot store the contact"));
        c.id = q.value(0).toLongLong();
        c.createdAtMs = ctx.now();
        q.finish();
    } else {
        QSqlQuery &q = ctx.prepared(QStringLiteral("UPDATE contacts SET name = ?, first_name = ?, last_name = ?,"
                                                   " fields = ?, note = ?, updated_at = ? WHERE id = ?"));
        q.bindValue(0, c.name);
        q.bindValue(1, notNull(c.firstName));
        q.bindValue(2, notNull(c.lastName));
        q.bindValue(3, fieldsToJson(c.fields));
        q.bindValue(4, rows::textOrNull(c.note));
        q.bindValue(5, ctx.now());
        q.bindValue(6, c.id);
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot store the contact"));
        if (Status s = expectOneRow(q, QStringLiteral("no contact %1").arg(c.id)); !s)
            return s.error();
    }
    if (Status s = writeNumbersAndGroups(ctx, c); !s)
        return s.error();
    ctx.effects().contactsChanged = true;
    return c;
}

Result<Contact> readContact(WriteContext &ctx, qint64 id)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "SELECT name, first_name, last_name, fields, note, created_at, updated_at FROM contacts WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the contact"));
    if (!q.next())
        return Result<Contact>::failure(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(id));
    Contact c;
    c.id = id;
    c.name = q.value(0).toString();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.fields = rows::fieldsFromJson(q.value(3).toString());
    c.note = q.value(4).toString();
    c.createdAtMs = q.value(5).toLongLong();
    c.updatedAtMs = q.value(6).toLongLong();
    q.finish();
    QSqlQuery &numbers
        = ctx.prepared(QStringLiteral("SELECT number FROM contact_numbers WHERE contact_id = ? ORDER BY position"));
    numbers.bindValue(0, id);
    if (!numbers.exec())
        return db::queryError(numbers, QStringLiteral("cannot read the contact"));
    while (numbers.next())
        c.numbers.append(numbers.value(0).toString());
    QSqlQuery &groups = ctx.prepared(QStringLiteral("SELECT name FROM contact_groups WHERE contact_id = ? ORDER BY name"));
    groups.bindValue(0, id);
    if (!groups.exec())
        return db::queryError(groups, QStringLiteral("cannot read the contact"));
    while (groups.next())
        c.groups.append(groups.value(0).toString());
    return c;
}

// An imported card adds to the contact that has one of its numbers: names where it had
// none, its numbers that nobody else has, its groups, and its fields (the file's newer).
Contact merged(Contact existing, const Contact &incoming, const QSet<QString> &takenElsewhere)
{
    if (existing.firstName.isEmpty())
        existing.firstName = incoming.firstName;
    if (existing.lastName.isEmpty())
        existing.lastName = incoming.lastName;
    // A name that was only the number gives way to a real one.
    if ((existing.name.isEmpty() || existing.name == existing.numbers.value(0)) && incoming.name != incoming.numbers.value(0))
        existing.name = incoming.name;
    for (const QString &number : incoming.numbers) {
        if (!existing.numbers.contains(number) && !takenElsewhere.contains(number))
            existing.numbers.append(number);
    }
    for (const QString &group : incoming.groups) {
        if (!existing.groups.contains(group))
            existing.groups.append(group);
    }
    for (auto it = incoming.fields.cbegin(); it != incoming.fields.cend(); ++it) {
        if (!it.value().isEmpty())
            existing.fields.insert(it.key(), it.value());
    }
    if (existing.note.isEmpty())
        existing.note = incoming.note;
    return existing;
}

} // namespace

Result<Contact> saveContact(WriteContext &ctx, const Contact &contact)
{
    const Contact c = tidy(contact);
    if (Status s = validate(c); !s)
        return s.error();
    Result<Contact> written = writeContact(ctx, c);
    if (!written)
        return written;
    return readContact(ctx, written->id);
}

Status removeContact(WriteContext &ctx, qint64 contactId)
{
    for (const char *sql : { "DELETE FROM contact_numbers WHERE contact_id = ?",
                             "DELETE FROM contact_groups WHERE contact_id = ?" }) {
        QSqlQuery &q = ctx.prepared(QString::fromLatin1(sql));
        q.bindValue(0, contactId);
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot remove the contact"));
    }
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.bindValue(0, contactId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot remove the contact"));
    if (Status s = expectOneRow(q, QStringLiteral("no contact %1").arg(contactId)); !s)
        return s;
    ctx.effects().contactsChanged = true;
    return {};
}

// One job: every contact or none (a bad row fails the whole import, nothing half-done).
Result<ContactImportResult> importContacts(WriteContext &ctx, const QList<Contact> &contacts)
{
    ContactImportResult result;
    for (const Contact &raw : contacts) {
        const Contact incoming = tidy(raw);
        if (Status s = validate(incoming); !s)
            return Result<ContactImportResult>::failure(
                ErrorCode::Invalid, QStringLiteral("%1: %2").arg(incoming.name.left(60), s.errorString()));
        // The first contact that already has one of its numbers takes it in.
        qint64 into = 0;
        QSet<QString> takenElsewhere;
        for (const QString &number : incoming.numbers) {
            const auto owner = ownerOf(ctx, number);
            if (!owner)
                return owner.error();
            if (owner->first != 0 && into == 0)
                into = owner->first;
            else if (owner->first != 0 && owner->first != into)
                takenElsewhere.insert(number);
        }
        if (into == 0) {
            Result<Contact> written = writeContact(ctx, incoming);
            if (!written)
                return written.error();
            ++result.imported;
            continue;
        }
        Result<Contact> existing = readContact(ctx, into);
        if (!existing)
            return existing.error();
        Result<Contact> written = writeContact(ctx, tidy(merged(existing.value(), incoming, takenElsewhere)));
        if (!written)
            return written.error();
        ++result.merged;
    }
    return result;
}

Result<SavedTemplate> saveTemplate(WriteContext &ctx, const SavedTemplate &saved)
{
    SavedTemplate t = saved;
    t.name = t.name.trimmed();
    if (t.name.isEmpty() || t.name.size() > kMaxText)
        return Result<SavedTemplate>::failure(
            ErrorCode::Invalid, QStringLiteral("a saved text needs a name of at most %1 characters").arg(kMaxText));
    if (t.body.trimmed().isEmpty() || t.body.size() > kMaxTemplate)
        return Result<SavedTemplate>::failure(
            ErrorCode::Invalid, QStringLiteral("a saved text needs a text of at most %1 characters").arg(kMaxTemplate));
    QSqlQuery &same = ctx.prepared(QStringLiteral("SELECT id FROM templates WHERE name = ? AND id <> ?"));
    same.bindValue(0, t.name);
    same.bindValue(1, t.id);
    if (!same.exec())
        return db::queryError(same, QStringLiteral("cannot store the text"));
    const bool taken = same.next();
    same.finish();
    if (taken)
        return Result<SavedTemplate>::failure(ErrorCode::Conflict,
                                              QStringLiteral("a saved text named \"%1\" exists already").arg(t.name));
    t.updatedAtMs = ctx.now();
    QSqlQuery &q = ctx.prepared(t.id == 0
                                    ? QStringLiteral("INSERT INTO templates (name, body, updated_at) VALUES (?, ?, ?)"
                                                     " RETURNING id")
                                    : QStringLiteral("UPDATE templates SET name = ?, body = ?, updated_at = ? WHERE id = ?"));
    q.bindValue(0, t.name);
    q.bindValue(1, t.body);
    q.bindValue(2, t.updatedAtMs);
    if (t.id != 0)
        q.bindValue(3, t.id);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot store the text"));
    if (t.id == 0) {
        if (!q.next())
            return db::queryError(q, QStringLiteral("cannot store the text"));
        t.id = q.value(0).toLongLong();
        q.finish();
    } else if (Status s = expectOneRow(q, QStringLiteral("no saved text %1").arg(t.id)); !s) {
        return s.error();
    }
    ctx.effects().templatesChanged = true;
    return t;
}

Status removeTemplate(WriteContext &ctx, qint64 templateId)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    q.bindValue(0, templateId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot remove the text"));
    if (Status s = expectOneRow(q, QStringLiteral("no saved text %1").arg(templateId)); !s)
        return s;
    ctx.effects().templatesChanged = true;
    return {};
}

} // namespace smsdesk::ops
