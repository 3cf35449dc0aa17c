// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeconfig.h"

#include <QString>
#include <QStringList>

namespace smsdesk {

// Every difference between the SQL of SQLite and PostgreSQL lives here, so the rest of
// the store writes one portable dialect (RETURNING, ON CONFLICT and `?` work in both).
class SqlDialect final
{
public:
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
    static const SqlDialect &forBackend(StoreConfig::Backend backend);

    bool isSqlite() const { return m_sqlite; }
    QString driverName() const;
    // Replaces the type placeholders used in migrations: {id} (auto-increment primary
    // key), {blob} (binary).
    QString expandDdl(QString ddl) const;
    // Session settings for a fresh connection. The journal settings are separate because
    // they may write to the file, and must wait until we know the schema is ours.
    QStringList sessionSettings(bool writer) const;
    QStringList journalSettings() const;
    // Takes the write lock at BEGIN, so a busy database fails early instead of at COMMIT.
    const char *beginWrite() const;
    QString tableExists() const; // one `?`: table name; returns a row when it exists
    // Case-insensitive substring match operator.
    QString likeOperator() const;
    QString integrityCheck() const;
    // How an INSERT hands back its new key: SQLite's last_insert_rowid() is free, while a
    // RETURNING row costs a result buffer and a reset per insert; PostgreSQL needs RETURNING.
    QString returningKey(const char *column) const;
    bool keyFromDriver() const { return m_sqlite; }
    // Lets several dispatchers claim side by side on PostgreSQL; SQLite has one writer.
    QString claimLock() const { return m_sqlite ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED"); }

private:
    explicit SqlDialect(bool sqlite)
        : m_sqlite(sqlite)
    { }
    bool m_sqlite;
};

} // namespace smsdesk
