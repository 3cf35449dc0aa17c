// SPDX-License-Identifier: GPL-3.0-or-later
#include "writestatement.h"

#include "connection.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace smsdesk {

namespace {

// QtSql with positional binding: the PostgreSQL path (and SQLite should the handle be
// unavailable). Not the hot path there: PostgreSQL's own round trips dominate.
// A statement without parameters (BEGIN, SAVEPOINT, COMMIT, ...) is sent as it is: QPSQL
// prepares with PREPARE, which takes only SELECT, INSERT, UPDATE, DELETE and VALUES.
class QtWriteStatement final : public WriteStatement
{
public:
    QtWriteStatement(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (sql.contains(QLatin1Char('?')))
            m_valid = m_query.prepare(sql);
        else
            m_plain = sql;
    }
    bool isValid() const override { return m_valid || !m_plain.isEmpty(); }
    void bind(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bind(int index, const QString &text) override { m_query.bindValue(index, text); }
    void bindNull(int index) override { m_query.bindValue(index, QVariant(QMetaType::fromType<QString>())); }
    Status execute(const QString &what, qint64 *insertedKey) override
    {
        if (!(m_plain.isEmpty() ? m_query.exec() : m_query.exec(m_plain)))
            return db::queryError(m_query, what);
        if (insertedKey) {
            if (m_query.next())
                *insertedKey = m_query.value(0).toLongLong();
            else
                *insertedKey = m_query.lastInsertId().toLongLong();
        }
        m_query.finish();
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_plain; // no parameters: not prepared
    bool m_valid = false;
};

} // namespace

std::unique_ptr<WriteStatement> WriteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *handle = SqliteWriteStatement::handleOf(db))
        return std::make_unique<SqliteWriteStatement>(handle, sql);
    return std::make_unique<QtWriteStatement>(db, sql);
}

sqlite3 *SqliteWriteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    // The documented way to reach the driver's handle (QSqlDriver::handle()); the QSQLITE
    // plugin links the same system libsqlite3 as we do.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteWriteStatement::SqliteWriteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr)
        != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        qWarning("smsdesk store: cannot prepare %s: %s", utf8.constData(), qPrintable(m_prepareError));
    }
}

SqliteWriteStatement::~SqliteWriteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteWriteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteWriteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    // UTF-8 as the database stores it; SQLite copies the bytes (SQLITE_TRANSIENT).
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteWriteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

Status SqliteWriteStatement::execute(const QString &what, qint64 *insertedKey)
{
    if (!m_statement)
        return Status::failure(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, m_prepareError));
    int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW && insertedKey)
        *insertedKey = sqlite3_column_int64(m_statement, 0);
    while (rc == SQLITE_ROW) // read to the end: an unfinished statement keeps its lock
        rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE && insertedKey && sqlite3_column_count(m_statement) == 0)
        *insertedKey = sqlite3_last_insert_rowid(m_db);
    // The error of a failed step is reported by reset, with the extended code.
    const int resetCode = sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc == SQLITE_DONE)
        return {};
    return db::sqliteError(resetCode != SQLITE_OK ? resetCode : rc, QString::fromUtf8(sqlite3_errmsg(m_db)),
                           what);
}

} // namespace smsdesk
