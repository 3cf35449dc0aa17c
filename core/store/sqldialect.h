// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storeconfig.h"

#include <QString>
#include <QStringList>

class QSqlDriver;

namespace smsdesk {

// Every difference between the SQL of SQLite and PostgreSQL lives here, so the rest of
// the store writes one portable dialect (RETURNING, ON CONFLICT and `?` work in both).
class SqlDialect final
{
public:
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
    static const SqlDialect &forBackend(StoreConfig::Backend backend);
    // The dialect of an open connection's driver (SQLite unless it is PostgreSQL).
    static const SqlDialect &forDriver(const QSqlDriver *driver);

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
    QString anyTable() const; // the name of some table of the database's (its schema), if any
    // Case-insensitive substring match operator.
    QString likeOperator() const;
    QString integrityCheck() const;
    // How an INSERT hands back its new key: SQLite's last_insert_rowid() is free, while a
    // RETURNING row costs a result buffer and a reset per insert; PostgreSQL needs RETURNING.
    QString returningKey(const char *column) const;
    bool keyFromDriver() const { return m_sqlite; }
    // What a driver's native error code (QSqlError::nativeErrorCode: SQLite's result code,
    // PostgreSQL's SQLSTATE) means for the store: Incompatible (damaged or not ours), Io
    // (disk, permissions, space) or Unavailable (busy, gone, any other failed statement).
    ErrorCode classifyError(const QString &nativeCode) const;
    static ErrorCode classifySqliteCode(int code); // also for the SQLite C API
    // SQLITE_FULL or SQLSTATE 53100: worth its own words, the user can fix it.
    bool isDiskFull(const QString &nativeCode) const;
    static bool isSqliteDiskFull(int code);
    // Lets several dispatchers claim side by side on PostgreSQL; SQLite has one writer.
    QString claimLock() const { return m_sqlite ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED"); }

private:
    explicit SqlDialect(bool sqlite)
        : m_sqlite(sqlite)
    { }
    bool m_sqlite;
};

} // namespace smsdesk
