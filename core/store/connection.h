// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqldialect.h"
#include "storeconfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace smsdesk::db {

// Turns a driver error into one a person can act on ("what" says what we were doing).
Error sqlError(const QSqlError &error, const SqlDialect &dialect, const QString &what);
Error queryError(const QSqlQuery &query, const QString &what);
// The same for a result code and message of the SQLite C API.
Error sqliteError(int code, const QString &text, const QString &what);

// Checks the place of an SQLite file before SQLite sees it: a missing or read-only
// folder, or a file that is not an SQLite database, gets a clear message instead of a
// driver error or a silently created empty file.
Status checkSqliteLocation(const QString &path, bool mayCreate);

// Opens a connection with the session settings of a writer or a reader. On failure the
// connection is removed again.
Status openConnection(const StoreConfig &config, const QString &connectionName, bool writer);
void closeConnection(const QString &connectionName);

Status exec(QSqlDatabase &db, const QString &sql, const QString &what);

// A PostgreSQL server that restarted (or a network that dropped) leaves a connection that
// answers nothing. True when `db` is such a connection: a PostgreSQL one that cannot run
// SELECT 1. An SQLite file is never "lost".
bool connectionLost(QSqlDatabase &db);
// Closes and opens `db` again with the same settings and the session settings of a
// writer or a reader. Every QSqlQuery of the old session is invalid afterwards.
Status reopen(QSqlDatabase &db, bool writer);

} // namespace smsdesk::db
