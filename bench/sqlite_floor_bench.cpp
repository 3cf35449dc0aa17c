// SPDX-License-Identifier: GPL-3.0-or-later
// sqlite_floor_bench (issue 2, point 7): what SQLite alone needs per enqueued row with
// Smsdesk's schema, without Qt, threads or futures — the floor under store_bench.
//
//   sqlite_floor_bench [--rows N] [--per-commit N] [--dir DIR] [--from DB]
//
// Creates a fresh store through QueueStore (the real migrations), closes it, then writes
// the rows of an enqueue (the message and its conversation upsert, the same statements
// as ops::enqueue) straight through the SQLite C API in one thread, `per-commit` rows per
// transaction (16 = what 16 waiting producers can give one group commit at best). Once
// with synchronous=OFF (the CPU floor) and once with synchronous=FULL (the durable floor).
// --from starts each run from a copy of DB instead (e.g. store_bench's cached 1 M store).
#include "benchstore.h"
#include "rows.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace smsdesk;

namespace {

struct Settings
{
    int rows = 64'000;
    int perCommit = 16;
    QString dir = QDir::tempPath();
    QString from; // a store to start from (copied); empty: a fresh one
};

void must(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        benchFail(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    must(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr), db, sql);
    return statement;
}

void step(sqlite3 *db, sqlite3_stmt *statement, const char *what)
{
    must(sqlite3_step(statement), db, what);
    sqlite3_reset(statement);
}

// Microseconds per row for `rows` enqueues at the given synchronous level.
double run(const Settings &settings, const char *synchronous)
{
    QTemporaryDir work(QDir(settings.dir).filePath(QStringLiteral("sqlite-floor-XXXXXX")));
    const QString path = work.filePath(QStringLiteral("smsdesk.db"));
    if (!settings.from.isEmpty()) {
        if (!QFile::copy(settings.from, path))
            benchFail(QStringLiteral("cannot copy %1").arg(settings.from));
    } else {
        QueueStore store(benchStoreOptions(path)); // the schema, exactly as the app makes it
        if (Status s = store.open(); !s)
            benchFail(s.errorString());
    }
    sqlite3 *db = nullptr;
    must(sqlite3_open(QFile::encodeName(path).constData(), &db), db, "open");
    must(sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), db, "wal");
    const QByteArray syncPragma = QByteArray("PRAGMA synchronous = ") + synchronous;
    must(sqlite3_exec(db, syncPragma.constData(), nullptr, nullptr, nullptr), db, "synchronous");
    must(sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr), db, "cache");
    sqlite3_stmt *begin = prepare(db, "BEGIN IMMEDIATE");
    sqlite3_stmt *commit = prepare(db, "COMMIT");
    sqlite3_stmt *insert = prepare(
        db,
        "INSERT INTO messages (id, to_number, body, segments, encoding, device_id, status, max_attempts,"
        " next_attempt_at, priority, send_at, client_message_id, idempotency_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *conversation = prepare(
        db,
        "INSERT INTO conversations (number, last_text, last_at, last_outgoing, unread, device_id, "
        "message_count) VALUES (?, ?, ?, 1, 0, 0, 1) ON CONFLICT (number) DO UPDATE SET last_text = "
        "excluded.last_text, last_at = excluded.last_at, last_outgoing = 1, message_count = "
        "conversations.message_count + 1");
    const qint64 now = SystemClock::instance().nowMs();
    rows::UuidV7Generator ids; // time-ordered ids, as the store makes them
    QElapsedTimer timer;
    timer.start();
    for (int row = 0; row < settings.rows;) {
        step(db, begin, "begin");
        for (int i = 0; i < settings.perCommit && row < settings.rows; ++i, ++row) {
            const NewMessage m = benchMessage(row);
            const QByteArray id = rows::uuidText(ids.next(now + row)).toUtf8();
            const QByteArray to = m.to.toUtf8();
            const QByteArray text = m.text.toUtf8();
            sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, to.constData(), int(to.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 4, 1);
            sqlite3_bind_text(insert, 5, "GSM-7", -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 6, 0);
            sqlite3_bind_int64(insert, 7, 8);
            sqlite3_bind_int64(insert, 8, now + row);
            sqlite3_bind_int64(insert, 9, 0);
            sqlite3_bind_int64(insert, 10, 0);
            sqlite3_bind_null(insert, 11);
            sqlite3_bind_null(insert, 12);
            sqlite3_bind_int64(insert, 13, now + row);
            sqlite3_bind_int64(insert, 14, now + row);
            step(db, insert, "insert");
            sqlite3_bind_text(conversation, 1, to.constData(), int(to.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(conversation, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(conversation, 3, now + row);
            step(db, conversation, "conversation");
        }
        step(db, commit, "commit");
    }
    const double micros = double(timer.nsecsElapsed()) / 1e3 / settings.rows;
    for (sqlite3_stmt *s : { begin, commit, insert, conversation })
        sqlite3_finalize(s);
    sqlite3_close(db);
    return micros;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Settings settings;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            settings.rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--per-commit"))
            settings.perCommit = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--dir"))
            settings.dir = args[i + 1];
        else if (args[i] == QLatin1String("--from"))
            settings.from = args[i + 1];
        else
            benchFail(QStringLiteral("unknown option %1").arg(args[i]));
    }
    for (const char *synchronous : { "OFF", "FULL" }) {
        const double micros = run(settings, synchronous);
        std::printf("sqlite_floor_bench: %s, %d rows, %d per commit, synchronous=%-4s %6.1f us/row = %8.0f"
                    " rows/s (one thread, SQLite C API, no Qt)\n",
                    settings.from.isEmpty() ? "empty store" : "copy of --from", settings.rows,
                    settings.perCommit, synchronous, micros, 1e6 / micros);
    }
    return 0;
}
