// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeconfig.h"

#include <QUrl>
#include <QUrlQuery>

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
                "invalid PostgreSQL URL (expected postgresql://user@host:port/dbname)"));
    }
    StoreConfig config;
    config.backend = Backend::Postgres;
    config.host = parsed.host();
    config.port = parsed.port(5432);
    config.user = parsed.userName();
    config.password = parsed.password();
    config.databaseName = dbName;
    // The query: libpq options we know to be safe to pass on. Anything else (a typo, a
    // password=, an option of another client) is refused by name rather than ignored.
    const QUrlQuery query(parsed);
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return Result<StoreConfig>::failure(
                ErrorCode::Invalid,
                QStringLiteral("the database URL has an option Smsdesk does not know: \"%1\" (known: %2)")
                    .arg(key.left(60), knownOptions().join(QStringLiteral(", "))));
        if (value.isEmpty() || value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
            return Result<StoreConfig>::failure(
                ErrorCode::Invalid,
                QStringLiteral("the database URL option %1 needs a plain value (no spaces, quotes or ;)").arg(key));
        options.append(key + u'=' + value);
    }
    // An unreachable server answers nothing; without a bound libpq would wait for the OS.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    config.connectOptions = options.join(u';');
    return config;
}

QStringList StoreConfig::knownOptions()
{
    return { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout"),
             QStringLiteral("application_name"), QStringLiteral("target_session_attrs") };
}

QString StoreConfig::credentialsKey() const
{
    return QStringLiteral("database/%1@%2:%3/%4").arg(user, host, QString::number(port), databaseName);
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
