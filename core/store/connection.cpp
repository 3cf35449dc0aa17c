// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace smsdesk::db {

namespace {
Error describe(ErrorCode code, QString text, const QString &what, bool diskFull)
{
    if (code == ErrorCode::Incompatible)
        text = QStringLiteral("the database file is damaged or not an Smsdesk database (%1)").arg(text);
    else if (diskFull)
        text = QStringLiteral("the disk that holds the database is full; free some space (%1)").arg(text);
    return Error { code, QStringLiteral("%1: %2").arg(what, text) };
}

// A power cut may tear the very first write of a new database (page 1 into the empty file).
// SQLite's hot rollback journal beside it undoes that write when SQLite opens the file, so a
// file whose journal starts with SQLite's own journal magic is left to SQLite (which says
// "file is not a database" itself when the journal cannot help). A foreign file keeps its
// protection: without such a journal nothing touches it.
bool hasSqliteJournal(const QString &path)
{
    QFile journal(path + QStringLiteral("-journal"));
    static const QByteArray journalMagic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    return journal.open(QIODevice::ReadOnly) && journal.read(8) == journalMagic;
}

} // namespace

Error sqlError(const QSqlError &error, const SqlDialect &dialect, const QString &what)
{
    return describe(dialect.classifyError(error.nativeErrorCode()), error.text().trimmed(), what,
                    dialect.isDiskFull(error.nativeErrorCode()));
}

Error sqliteError(int code, const QString &text, const QString &what)
{
    return describe(SqlDialect::classifySqliteCode(code), text.trimmed(), what,
                    SqlDialect::isSqliteDiskFull(code));
}

Error queryError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), SqlDialect::forDriver(query.driver()), what);
}

Status checkSqliteLocation(const QString &path, bool mayCreate)
{
    if (path.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("no database path configured"));
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (!file.exists()) {
        if (!mayCreate)
            return Status::failure(ErrorCode::NotFound,
                                   QStringLiteral("database %1 does not exist").arg(path));
        if (!dir.exists() && !QDir().mkpath(dir.absoluteFilePath()))
            return Status::failure(
                ErrorCode::Io,
                QStringLiteral("cannot create the data folder %1").arg(dir.absoluteFilePath()));
    }
    // SQLite needs to create -wal and -shm files beside the database.
    if (mayCreate && !QFileInfo(dir.absoluteFilePath()).isWritable())
        return Status::failure(
            ErrorCode::Io, QStringLiteral("the data folder %1 is not writable").arg(dir.absoluteFilePath()));
    if (!file.exists() || file.size() == 0)
        return {};
    if (mayCreate && !file.isWritable())
        return Status::failure(ErrorCode::Io, QStringLiteral("the database %1 is not writable").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::Io,
                               QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (f.read(16) != magic && !hasSqliteJournal(path)) {
        return Status::failure(
            ErrorCode::Incompatible,
            QStringLiteral("%1 is not an SQLite database (damaged, or another kind of file); "
                           "Smsdesk left it untouched")
                .arg(path));
    }
    return {};
}

Status openConnection(const StoreConfig &config, const QString &connectionName, bool writer)
{
    const SqlDialect &dialect = SqlDialect::forBackend(config.backend);
    if (dialect.isSqlite()) {
        if (Status where = checkSqliteLocation(config.sqlitePath, writer); !where)
            return where;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (dialect.isSqlite()) {
        db.setDatabaseName(config.sqlitePath);
    } else {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setDatabaseName(config.databaseName);
        db.setConnectOptions(config.connectOptions);
    }
    Status status;
    if (!db.open())
        status = sqlError(db.lastError(), dialect, QStringLiteral("cannot open %1").arg(config.describe()));
    for (const QString &setting : dialect.sessionSettings(writer)) {
        if (!status)
            break;
        status = exec(db, setting, QStringLiteral("cannot configure %1").arg(config.describe()));
    }
    if (!status) {
        db = QSqlDatabase();
        closeConnection(connectionName);
    }
    return status;
}

bool connectionLost(QSqlDatabase &db)
{
    if (SqlDialect::forDriver(db.driver()).isSqlite())
        return false;
    if (!db.isOpen())
        return true;
    QSqlQuery ping(db);
    return !ping.exec(QStringLiteral("SELECT 1"));
}

Status reopen(QSqlDatabase &db, bool writer)
{
    const SqlDialect &dialect = SqlDialect::forDriver(db.driver());
    db.close();
    if (!db.open())
        return sqlError(db.lastError(), dialect, QStringLiteral("cannot reconnect to the database"));
    for (const QString &setting : dialect.sessionSettings(writer)) {
        if (Status s = exec(db, setting, QStringLiteral("cannot configure the database connection")); !s)
            return s;
    }
    return {};
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status exec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return queryError(query, what);
    while (query.next()) { } // pragmas answer with a row; read it so the statement ends
    return {};
}

} // namespace smsdesk::db
