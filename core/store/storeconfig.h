// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace smsdesk {

// Where the queue lives. SQLite file by default; PostgreSQL when several dispatchers
// share one queue. Parsed from `--database URL`:
//   sqlite:///abs/path/smsdesk.db   or a plain path
//   postgresql://user@host:port/dbname[?sslmode=...&connect_timeout=...&application_name=...]
// The password of a PostgreSQL role is never part of the command line: it comes from the
// system keychain or the credentials file (credentialsKey()), or from libpq's own
// ~/.pgpass / PGPASSFILE. (Tests and tools may still put it in a URL they pass in code.)
struct StoreConfig
{
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // Backend::Sqlite
    QString host; // Backend::Postgres
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options from the URL's query, "sslmode=require;connect_timeout=5"

    qint64 maxQueueDepth = 1'000'000; // queued + sending; beyond it enqueue answers QueueFull
    int maxBatchJobs = 512; // write jobs folded into one transaction at most

    static StoreConfig sqliteAt(const QString &path);
    static Result<StoreConfig> fromUrl(const QString &url);
    QString describe() const; // for messages and logs; never contains the password
    // Where a PostgreSQL password is kept in a CredentialStore (its `password`):
    // "database/USER@HOST:PORT/DBNAME".
    QString credentialsKey() const;
    // The query options the URL may carry (handed to libpq as they are); any other is refused.
    static QStringList knownOptions();
};

} // namespace smsdesk
