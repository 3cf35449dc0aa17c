// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace smsdesk {

// Where the queue lives. SQLite file by default; PostgreSQL when several dispatchers
// share one queue. Parsed from `--database URL`:
//   sqlite:///abs/path/smsdesk.db   or a plain path
//   postgresql://user[:password]@host:port/dbname
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

    qint64 maxQueueDepth = 1'000'000; // queued + sending; beyond it enqueue answers QueueFull
    int maxBatchJobs = 512; // write jobs folded into one transaction at most

    static StoreConfig sqliteAt(const QString &path);
    static Result<StoreConfig> fromUrl(const QString &url);
    QString describe() const; // for messages and logs; never contains the password
};

} // namespace smsdesk
