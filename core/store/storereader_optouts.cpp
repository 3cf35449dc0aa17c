// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: the suppression list (issue 15, point 1).
#include "storereader.h"

#include "readquery.h"

namespace smsdesk {

namespace {

OptOut optOutRow(const QSqlQuery &q)
{
    OptOut o;
    o.number = q.value(0).toString();
    o.atMs = q.value(1).toLongLong();
    optOutSourceFromName(q.value(2).toString(), &o.source);
    o.detail = q.value(3).toString();
    o.contactName = q.value(4).toString();
    return o;
}

// The contact's name beside each number: the one per number that contact_numbers keeps.
const char *kOptOutSelect = "SELECT o.number, o.at, o.source, o.detail, COALESCE(c.name, '') FROM opt_outs o"
                            " LEFT JOIN contact_numbers n ON n.number = o.number"
                            " LEFT JOIN contacts c ON c.id = n.contact_id";

} // namespace

Result<QList<OptOut>> StoreReader::optOuts(const OptOutFilter &filter)
{
    QVariantList binds;
    QString sql = QString::fromLatin1(kOptOutSelect);
    QStringList terms;
    if (!filter.search.trimmed().isEmpty()) {
        const QString like = SqlDialect::forBackend(m_config.backend).likeOperator();
        const QString pattern = db::likePattern(filter.search.trimmed());
        terms << QStringLiteral("(o.number %1 ? ESCAPE '\\' OR c.name %1 ? ESCAPE '\\')").arg(like);
        binds << pattern << pattern;
    }
    if (filter.beforeAtMs > 0) { // the cursor: (at, number) of the last row of the page before
        terms << QStringLiteral("(o.at < ? OR (o.at = ? AND o.number > ?))");
        binds << filter.beforeAtMs << filter.beforeAtMs << filter.beforeNumber;
    }
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY o.at DESC, o.number LIMIT ?");
    binds << std::clamp(filter.limit, 1, 10'000);
    Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, QStringLiteral("cannot read the opt-out list"));
    if (!q)
        return q.error();
    QList<OptOut> list;
    while (q->next())
        list.append(optOutRow(q.value()));
    return list;
}

Result<OptOut> StoreReader::optOut(const QString &number)
{
    Result<QSqlQuery> q = db::select(m_connectionName, QString::fromLatin1(kOptOutSelect) + QStringLiteral(" WHERE o.number = ?"),
                                     { number }, QStringLiteral("cannot read the opt-out list"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<OptOut>::failure(ErrorCode::NotFound, QStringLiteral("%1 has not opted out").arg(number));
    return optOutRow(q.value());
}

Result<int> StoreReader::optOutCount()
{
    Result<QSqlQuery> q = db::select(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM opt_outs"), {},
                                     QStringLiteral("cannot count the opt-out list"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace smsdesk
