// SPDX-License-Identifier: GPL-3.0-or-later
// sqlite_floor_bench (issue 2, point 7): what SQLite alone needs per enqueued row with
// Smsdesk's schema, without Qt, threads or futures — the floor under store_bench.
//
//   sqlite_floor_bench [--rows N] [--per-commit N] [--dir DIR] [--from DB]
//                      [--conversations 0|1] [--exec SQL]... [--pragma X]... [--page-size N]
//
// Creates a fresh store through QueueStore (the real migrations), closes it, then writes
// the rows of an enqueue (the message and its conversation upsert, the same statements
// as ops::enqueue) straight through the SQLite C API in one thread, `per-commit` rows per
// transaction (16 = what 16 waiting producers can give one group commit at best). Once
// with synchronous=OFF (the CPU floor) and once with synchronous=FULL (the durable floor).
// --from starts each run from a copy of DB instead (e.g. store_bench's cached 1 M store).
// Each line also gives the pages written to the WAL and the time spent in COMMIT per
// commit: what the durable rate is made of.
// To see what each part of the schema costs: --conversations 0 leaves out the
// conversation upsert, --exec runs SQL before the run (e.g. "DROP INDEX messages_thread"),
// --pragma sets a pragma, --page-size rebuilds the store with another page size (VACUUM).
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
    QList<QByteArray> statements; // extra SQL run before the run (--pragma X is "PRAGMA X")
    bool conversations = true; // --conversations 0: leave out the conversation upsert
    int pageSize = 0; // rebuild the store with this page size first (VACUUM); 0: as made
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

struct WalCount
{
    qint64 frames = 0; // WAL frames (pages) written by all commits
    int last = 0; // frames in the WAL after the previous commit
};

int countFrames(void *counter, sqlite3 *, const char *, int framesInWal)
{
    auto *count = static_cast<WalCount *>(counter);
    // A checkpoint restarted the WAL when it shrank: all its frames are this commit's.
    count->frames += framesInWal >= count->last ? framesInWal - count->last : framesInWal;
    count->last = framesInWal;
    return SQLITE_OK;
}

struct RunResult
{
    double microsPerRow = 0;
    double pagesPerCommit = 0;
    double commitMicros = 0; // mean time of the COMMIT statement (the fsync, checkpoints)
};

// Microseconds per row for `rows` enqueues at the given synchronous level.
RunResult run(const Settings &settings, const char *synchronous)
{
    QTemporaryDir work(QDir(settings.dir).filePath(QStringLiteral("sqlite-floor-XXXXXX")));
    const QString path = work.filePath(QStringLiteral("smsdesk.db"));
    if (!settings.from.isEmpty()) {
        if (!QFile::copy(settings.from, path))
            benchFail(QStringLiteral("cannot copy %1").arg(settings.from));
    } else {
        QueueStore store(SystemClock::instance(), benchStoreOptions(path)); // the schema, exactly as the app makes it
        if (Status s = store.open(); !s)
            benchFail(s.errorString());
    }
    sqlite3 *db = nullptr;
    must(sqlite3_open(QFile::encodeName(path).constData(), &db), db, "open");
    if (settings.pageSize > 0) {
        const QByteArray size = "PRAGMA page_size = " + QByteArray::number(settings.pageSize);
        must(sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr), db, "delete");
        must(sqlite3_exec(db, size.constData(), nullptr, nullptr, nullptr), db, "page_size");
        must(sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr), db, "vacuum");
    }
    must(sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), db, "wal");
    const QByteArray syncPragma = QByteArray("PRAGMA synchronous = ") + synchronous;
    must(sqlite3_exec(db, syncPragma.constData(), nullptr, nullptr, nullptr), db, "synchronous");
    must(sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr), db, "cache");
    for (const QByteArray &sql : settings.statements)
        must(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), db, sql.constData());
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
    WalCount wal;
    sqlite3_wal_hook(db, countFrames, &wal);
    qint64 commitNanos = 0;
    qint64 commits = 0;
    QElapsedTimer commitTimer;
    const qint64 now = SystemClock::instance().nowMs();
    rows::UuidV7Generator ids(seededRandomBits()); // time-ordered ids, as the store makes them
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
            if (settings.conversations)
                step(db, conversation, "conversation");
        }
        commitTimer.start();
        step(db, commit, "commit");
        commitNanos += commitTimer.nsecsElapsed();
        ++commits;
    }
    RunResult result;
    result.microsPerRow = double(timer.nsecsElapsed()) / 1e3 / settings.rows;
    result.pagesPerCommit = double(wal.frames) / double(commits);
    result.commitMicros = double(commitNanos) / 1e3 / double(commits);
    for (sqlite3_stmt *s : { begin, commit, insert, conversation })
        sqlite3_finalize(s);
    sqlite3_close(db);
    return result;
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
        else if (args[i] == QLatin1String("--pragma"))
            settings.statements.append("PRAGMA " + args[i + 1].toUtf8());
        else if (args[i] == QLatin1String("--conversations"))
            settings.conversations = args[i + 1] != QLatin1String("0");
        else if (args[i] == QLatin1String("--exec"))
            settings.statements.append(args[i + 1].toUtf8());
        else if (args[i] == QLatin1String("--page-size"))
            settings.pageSize = args[i + 1].toInt();
        else
            benchFail(QStringLiteral("unknown option %1").arg(args[i]));
    }
    for (const char *synchronous : { "OFF", "FULL" }) {
        const RunResult r = run(settings, synchronous);
        std::printf("sqlite_floor_bench: %s, %d rows, %d per commit, synchronous=%-4s %6.1f us/row = %8.0f"
                    " rows/s (one thread, SQLite C API, no Qt); %.1f pages written and %.0f us in"
                    " COMMIT per commit\n",
                    settings.from.isEmpty() ? "empty store" : "copy of --from", settings.rows,
                    settings.perCommit, synchronous, r.microsPerRow, 1e6 / r.microsPerRow, r.pagesPerCommit,
                    r.commitMicros);
    }
    return 0;
}
