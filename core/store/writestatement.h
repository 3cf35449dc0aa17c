// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace smsdesk {

// A prepared write statement of the writer's hot path (enqueue, events, counts,
// transaction control) with positional `?` parameters, numbered from 0.
//
// On SQLite it talks to the connection's sqlite3 handle directly: QtSql costs more than
// SQLite itself here (a QVariant per value, UTF-16 text converted back to UTF-8 inside
// SQLite, an error object built and dropped per exec, and in Qt 6.4 a formatted
// placeholder name per positional bind). Everywhere else, QSqlQuery.
class WriteStatement
{
public:
    virtual ~WriteStatement() = default;

    // The SQLite version when `db` is an open SQLite connection, else the QtSql one.
    static std::unique_ptr<WriteStatement> prepare(const QSqlDatabase &db, const QString &sql);

    virtual bool isValid() const = 0;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, const QString &text) = 0; // a null QString binds NULL
    virtual void bindNull(int index) = 0;
    void bindTextOrNull(int index, const QString &text)
    {
        if (text.isEmpty())
            bindNull(index);
        else
            bind(index, text);
    }
    // Runs the statement to its end (rows it returns are dropped). `insertedKey` receives
    // the new row's key: SQLite's rowid, or the first column of a RETURNING row.
    virtual Status execute(const QString &what, qint64 *insertedKey = nullptr) = 0;
};

// The SQLite implementation, exposed for the tests of the error mapping.
class SqliteWriteStatement final : public WriteStatement
{
    Q_DISABLE_COPY_MOVE(SqliteWriteStatement)

public:
    SqliteWriteStatement(sqlite3 *db, const QString &sql);
    ~SqliteWriteStatement() override;

    // The connection's handle, or nullptr when `db` is not an open QSQLITE connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool isValid() const override { return m_statement != nullptr; }
    void bind(int index, qint64 value) override;
    void bind(int index, const QString &text) override;
    void bindNull(int index) override;
    Status execute(const QString &what, qint64 *insertedKey = nullptr) override;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace smsdesk
