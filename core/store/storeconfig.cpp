// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeconfig.h"

#include <QUrl>

namespace smsdesk {

StoreConfig StoreConfig::sqliteAt(const QString &path)
{
    StoreConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = path;
    return config;
}

Result<StoreConfig> StoreConfig::fromUrl(const QString &url)
{
    if (url.isEmpty())
        return Result<StoreConfig>::failure(ErrorCode::Invalid, QStringLiteral("empty database URL"));
    const QLatin1String sqliteScheme("sqlite://");
    if (url.startsWith(sqliteScheme))
        return sqliteAt(url.mid(sqliteScheme.size()));
    if (!url.startsWith(QLatin1String("postgresql://")) && !url.startsWith(QLatin1String("postgres://")))
        return sqliteAt(url); // a plain path

    const QUrl parsed(url, QUrl::StrictMode);
    const QString dbName = parsed.path().mid(1);
    if (!parsed.isValid() || parsed.host().isEmpty() || dbName.isEmpty()) {
        return Result<StoreConfig>::failure(
            ErrorCode::Invalid,
            QStringLiteral(
                "invalid PostgreSQL URL (expected postgresql://user[:password]@host:port/dbname)"));
    }
    StoreConfig config;
    config.backend = Backend::Postgres;
    config.host = parsed.host();
    config.port = parsed.port(5432);
    config.user = parsed.userName();
    config.password = parsed.password();
    config.databaseName = dbName;
    return config;
}

QString StoreConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SQLite database %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL database %1 on %2:%3 as %4")
        .arg(databaseName, host, QString::number(port),
             user.isEmpty() ? QStringLiteral("(default user)") : user);
}

} // namespace smsdesk
