// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: contacts and saved texts (issue 14).
#include "storereader.h"

#include "readquery.h"
#include "rows.h"

namespace smsdesk {

namespace {

QString what(const char *doing)
{
    return QStringLiteral("cannot read %1").arg(QLatin1String(doing));
}

QString contactWhere(const StoreConfig &config, const ContactFilter &f, QVariantList *binds)
{
    QStringList terms;
    if (!f.search.trimmed().isEmpty()) {
        const QString like = SqlDialect::forBackend(config.backend).likeOperator();
        const QString pattern = db::likePattern(f.search.trimmed());
        terms << QStringLiteral("(name %1 ? ESCAPE '\\' OR id IN (SELECT contact_id FROM contact_numbers WHERE"
                                " number %1 ? ESCAPE '\\'))")
                     .arg(like);
        *binds << pattern << pattern;
    }
    if (!f.group.isEmpty()) {
        terms << QStringLiteral("id IN (SELECT contact_id FROM contact_groups WHERE name = ?)");
        *binds << f.group;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Contact contactRow(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.fields = rows::fieldsFromJson(q.value(4).toString());
    c.note = q.value(5).toString();
    c.createdAtMs = q.value(6).toLongLong();
    c.updatedAtMs = q.value(7).toLongLong();
    return c;
}

} // namespace

Result<QList<Contact>> StoreReader::contacts(const ContactFilter &filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT id, name, first_name, last_name, fields, note, created_at, updated_at"
                                       " FROM contacts")
        + contactWhere(m_config, filter, &binds) + QStringLiteral(" ORDER BY name, id LIMIT ? OFFSET ?");
    binds << std::clamp(filter.limit, 1, 10'000) << std::max(0, filter.offset);
    Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, what("contacts"));
    if (!q)
        return q.error();
    QList<Contact> list;
    QHash<qint64, int> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), int(list.size()));
        list.append(contactRow(q.value()));
    }
    if (list.isEmpty())
        return list;
    // Their numbers and groups: one query each for the page, not one per contact.
    QStringList marks;
    QVariantList ids;
    for (const Contact &c : std::as_const(list)) {
        marks << QStringLiteral("?");
        ids << c.id;
    }
    const QString in = marks.join(u',');
    Result<QSqlQuery> numbers = db::select(
        m_connectionName,
        QStringLiteral("SELECT contact_id, number FROM contact_numbers WHERE contact_id IN (%1) ORDER BY contact_id,"
                       " position")
            .arg(in),
        ids, what("contact numbers"));
    if (!numbers)
        return numbers.error();
    while (numbers->next())
        list[index.value(numbers->value(0).toLongLong())].numbers.append(numbers->value(1).toString());
    Result<QSqlQuery> groups = db::select(
        m_connectionName,
        QStringLiteral("SELECT contact_id, name FROM contact_groups WHERE contact_id IN (%1) ORDER BY contact_id, name")
            .arg(in),
        ids, what("contact groups"));
    if (!groups)
        return groups.error();
    while (groups->next())
        list[index.value(groups->value(0).toLongLong())].groups.append(groups->value(1).toString());
    return list;
}

Result<int> StoreReader::contactCount(const ContactFilter &filter)
{
    QVariantList binds;
    const Result<qint64> n = db::scalar(
        m_connectionName, QStringLiteral("SELECT COUNT(*) FROM contacts") + contactWhere(m_config, filter, &binds),
        binds, what("contacts"));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<Contact> StoreReader::contact(qint64 id)
{
    Result<QSqlQuery> q = db::select(m_connectionName, QStringLiteral("SELECT id FROM contacts WHERE id = ?"), { id },
                                     what("the contact"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Contact>::failure(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(id));
    return contactByNumberOrId(QString(), id);
}

Result<Contact> StoreReader::contactByNumber(const QString &number)
{
    return contactByNumberOrId(number, 0);
}

Result<Contact> StoreReader::contactByNumberOrId(const QString &number, qint64 id)
{
    if (id == 0) {
        Result<QSqlQuery> q = db::select(m_connectionName,
                                         QStringLiteral("SELECT contact_id FROM contact_numbers WHERE number = ?"),
                                         { number }, what("the contact"));
        if (!q)
            return q.error();
        if (!q->next())
            return Result<Contact>::failure(ErrorCode::NotFound, QStringLiteral("no contact has %1").arg(number));
        id = q->value(0).toLongLong();
    }
    Result<QSqlQuery> row = db::select(
        m_connectionName,
        QStringLiteral("SELECT id, name, first_name, last_name, fields, note, created_at, updated_at FROM contacts"
                       " WHERE id = ?"),
        { id }, what("the contact"));
    if (!row)
        return row.error();
    if (!row->next())
        return Result<Contact>::failure(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(id));
    Contact c = contactRow(row.value());
    Result<QSqlQuery> numbers = db::select(
        m_connectionName, QStringLiteral("SELECT number FROM contact_numbers WHERE contact_id = ? ORDER BY position"),
        { id }, what("the contact"));
    if (!numbers)
        return numbers.error();
    while (numbers->next())
        c.numbers.append(numbers->value(0).toString());
    Result<QSqlQuery> groups = db::select(
        m_connectionName, QStringLiteral("SELECT name FROM contact_groups WHERE contact_id = ? ORDER BY name"), { id },
        what("the contact"));
    if (!groups)
        return groups.error();
    while (groups->next())
        c.groups.append(groups->value(0).toString());
    return c;
}

Result<QList<QPair<QString, int>>> StoreReader::contactGroups()
{
    Result<QSqlQuery> q = db::select(
        m_connectionName, QStringLiteral("SELECT name, COUNT(*) FROM contact_groups GROUP BY name ORDER BY name"), {},
        what("contact groups"));
    if (!q)
        return q.error();
    QList<QPair<QString, int>> list;
    while (q->next())
        list.append({ q->value(0).toString(), q->value(1).toInt() });
    return list;
}

Result<QList<SavedTemplate>> StoreReader::templates()
{
    Result<QSqlQuery> q = db::select(
        m_connectionName, QStringLiteral("SELECT id, name, body, updated_at FROM templates ORDER BY name"), {},
        what("saved texts"));
    if (!q)
        return q.error();
    QList<SavedTemplate> list;
    while (q->next())
        list.append(SavedTemplate { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toLongLong() });
    return list;
}

Result<QHash<QString, QString>> StoreReader::contactNames(const QStringList &numbers)
{
    QHash<QString, QString> names;
    constexpr qsizetype kChunk = 500; // binds per query
    for (qsizetype from = 0; from < numbers.size(); from += kChunk) {
        const QStringList chunk = numbers.mid(from, kChunk);
        QVariantList binds;
        for (const QString &number : chunk)
            binds << number;
        const QString marks = QStringList(chunk.size(), QStringLiteral("?")).join(u',');
        Result<QSqlQuery> q = db::select(m_connectionName,
                                         QStringLiteral("SELECT cn.number, c.name FROM contact_numbers cn JOIN contacts c"
                                                        " ON c.id = cn.contact_id WHERE cn.number IN (%1)")
                                             .arg(marks),
                                         binds, what("contact names"));
        if (!q)
            return q.error();
        while (q->next())
            names.insert(q->value(0).toString(), q->value(1).toString());
    }
    return names;
}

} // namespace smsdesk
