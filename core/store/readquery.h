// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QVariantList>

namespace smsdesk::db {

// Runs a read-only query on a reader connection with positional binds.
inline Result<QSqlQuery> select(const QString &connectionName, const QString &sql, const QVariantList &binds,
                                const QString &what)
{
    QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    if (!database.isOpen())
        return Result<QSqlQuery>::failure(ErrorCode::Unavailable,
                                          QStringLiteral("%1: the reader is not open").arg(what));
    const auto run = [&](QSqlQuery &q) {
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return false;
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return q.exec();
    };
    QSqlQuery q(database);
    if (run(q))
        return q;
    // A PostgreSQL server that restarted: reconnect once and ask again (a read is safe to repeat).
    if (connectionLost(database) && reopen(database, false)) {
        QSqlQuery again(database);
        if (run(again))
            return again;
        return queryError(again, what);
    }
    return queryError(q, what);
}

// A single number from a one-row query (aggregates); 0 for NULL.
inline Result<qint64> scalar(const QString &connectionName, const QString &sql, const QVariantList &binds,
                             const QString &what)
{
    Result<QSqlQuery> q = select(connectionName, sql, binds, what);
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

// "%text%" for LIKE, with the wildcards in the text itself escaped (ESCAPE '\').
inline QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace smsdesk::db
