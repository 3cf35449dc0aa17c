// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>

namespace smsdesk::migrations {

// The newest schema version this build knows.
int latestVersion();

// The version recorded in the database (0 for a new, empty one). Reads only.
Result<int> currentVersion(QSqlDatabase &db, const SqlDialect &dialect);
// A database without Smsdesk's version table: the name of a table some other program keeps
// there, or "" when it is empty (ours to create).
Result<QString> foreignTable(QSqlDatabase &db, const SqlDialect &dialect);

// Applies every migration newer than the database, all in one transaction, and records
// each version. The caller has checked that the database is not newer than this build.
Status apply(QSqlDatabase &db, const SqlDialect &dialect, int fromVersion, qint64 nowMs);

} // namespace smsdesk::migrations
