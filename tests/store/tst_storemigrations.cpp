// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the store: migrations, and every kind of bad database file.
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs `sql` on the file directly, outside the store (to fake other versions).
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// PostgreSQL has no file to hash: the tables there and the rows of those a store writes
// at open (migrations, counts) or on the first enqueue.
QByteArray postgresDigest(const StoreFixture &f)
{
    QVariant digest;
    const bool ok = f.rawExec(
        { QStringLiteral(
            "SELECT md5(string_agg(row, '|' ORDER BY row)) FROM ("
            " SELECT 'table ' || table_name AS row FROM information_schema.tables"
            "  WHERE table_schema = current_schema()"
            " UNION ALL SELECT s::text FROM schema_migrations s UNION ALL SELECT c::text FROM status_counts c"
            " UNION ALL SELECT m::text FROM messages m UNION ALL SELECT c::text FROM conversations c) "
            "rows") },
        &digest);
    return ok ? digest.toByteArray() : QByteArray();
}

QString pragma(const QString &path, const QString &name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragma"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
            value = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pragma"));
    return value;
}

} // namespace

class tst_StoreMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseGetsSchemaAndWal();
    void reopenKeepsDataAndVersion();
    void newerVersionIsRefusedUntouched();
    void anotherProgramsDatabaseIsRefusedUntouched();
    void nonSqliteFileIsRefused();
    void damagedDatabaseGivesClearError();
    void unwritableFolderGivesClearError();
    void writesFailWhenClosed();
    void readerNeedsAnExistingStore();
    void configParsesUrls();
};

void tst_StoreMigrations::freshDatabaseGetsSchemaAndWal()
{
    StoreFixture f;
    if (!StoreFixture::isPostgres())
        QVERIFY(!QFileInfo::exists(f.dbPath()));
    const Status s = f.open();
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    if (!StoreFixture::isPostgres()) {
        QVERIFY(QFileInfo::exists(f.dbPath()));
        QCOMPARE(pragma(f.dbPath(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }
    auto reader = f.reader();
    const Result<StatusCounts> counts = reader->counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->queued, 0);
    QVERIFY(QueueStore::schemaVersion() >= 1);
}

void tst_StoreMigrations::reopenKeepsDataAndVersion()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("hello"));
    QVERIFY(!m.id.isNull());
    f.close();
    const Status s = f.open();
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QCOMPARE(f.reader()->message(m.id)->text, QStringLiteral("hello"));
    // Each migration is recorded exactly once.
    f.close();
    QVariant value;
    QVERIFY(f.rawExec({ QStringLiteral("SELECT COUNT(*) FROM schema_migrations") }, &value));
    QCOMPARE(value.toInt(), QueueStore::schemaVersion());
    QVERIFY(f.rawExec({ QStringLiteral("SELECT MAX(version) FROM schema_migrations") }, &value));
    QCOMPARE(value.toInt(), QueueStore::schemaVersion());
}

void tst_StoreMigrations::newerVersionIsRefusedUntouched()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("from the future"));
    f.close();
    const int future = QueueStore::schemaVersion() + 1;
    QVERIFY(
        f.rawExec({ QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 0, 'future')").arg(future) }));
    QByteArray before;
    QDateTime mtime;
    if (StoreFixture::isPostgres()) {
        before = postgresDigest(f);
        QVERIFY(!before.isEmpty());
    } else {
        QVERIFY(rawExec(f.dbPath(), { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
        before = fileDigest(f.dbPath());
        mtime = QFileInfo(f.dbPath()).lastModified();
        QTest::qWait(20); // a rewrite would now show a later mtime
    }

    const Status s = f.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.code(), ErrorCode::Incompatible);
    QVERIFY2(s.errorString().contains(QStringLiteral("newer")), qPrintable(s.errorString()));
    QVERIFY2(s.errorString().contains(QString::number(future)), qPrintable(s.errorString()));
    f.close();
    if (StoreFixture::isPostgres()) {
        QCOMPARE(postgresDigest(f), before);
        return;
    }
    QCOMPARE(fileDigest(f.dbPath()), before);
    QCOMPARE(QFileInfo(f.dbPath()).lastModified(), mtime);
}

// A --database that names another program's database: refused by name, nothing created
// in it (not even our version table), on either back end.
void tst_StoreMigrations::anotherProgramsDatabaseIsRefusedUntouched()
{
    StoreFixture f;
    QVERIFY(f.rawExec({ QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                        QStringLiteral("INSERT INTO customers (id, name) VALUES (1, 'Ada')") }));
    QByteArray before;
    if (!StoreFixture::isPostgres())
        before = fileDigest(f.dbPath());
    const Status s = f.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.code(), ErrorCode::Incompatible);
    QVERIFY2(s.errorString().contains(QStringLiteral("not Smsdesk's"))
                 && s.errorString().contains(QStringLiteral("\"customers\"")),
             qPrintable(s.errorString()));
    f.close();
    QVariant tables;
    QVERIFY(f.rawExec({ StoreFixture::isPostgres()
                            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                             "current_schema()")
                            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") },
                      &tables));
    QCOMPARE(tables.toInt(), 1);
    if (!StoreFixture::isPostgres())
        QCOMPARE(fileDigest(f.dbPath()), before);
}

void tst_StoreMigrations::nonSqliteFileIsRefused()
{
    SMSDESK_SQLITE_ONLY("a database file that is not SQLite's");
    StoreFixture f;
    {
        QFile garbage(f.dbPath());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileDigest(f.dbPath());
    const Status s = f.open();
    QCOMPARE(s.code(), ErrorCode::Incompatible);
    QVERIFY2(s.errorString().contains(QStringLiteral("not an SQLite database")), qPrintable(s.errorString()));
    f.close();
    QCOMPARE(fileDigest(f.dbPath()), before);
}

void tst_StoreMigrations::damagedDatabaseGivesClearError()
{
    SMSDESK_SQLITE_ONLY("a damaged database file");
    StoreFixture f;
    QVERIFY(f.open().ok());
    for (int i = 0; i < 50; ++i)
        f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("message %1").arg(i));
    f.close();
    QVERIFY(rawExec(f.dbPath(), { QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }));
    {
        // Keep the header, smash the pages behind it.
        QFile db(f.dbPath());
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(100));
        db.write(QByteArray(int(db.size()) - 100, '\xa5'));
    }
    const Status s = f.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.code() == ErrorCode::Incompatible || s.code() == ErrorCode::Io, qPrintable(s.errorString()));
    QVERIFY2(s.errorString().contains(QStringLiteral("damaged"))
                 || s.errorString().contains(QStringLiteral("malformed")),
             qPrintable(s.errorString()));
}

void tst_StoreMigrations::unwritableFolderGivesClearError()
{
    SMSDESK_SQLITE_ONLY("the folder of the database file");
    QTemporaryDir dir;
    // A folder that cannot exist: its parent is a regular file (works as root too).
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    StoreFixture f;
    Status s = f.open(StoreConfig::sqliteAt(dir.filePath(QStringLiteral("file/sub/smsdesk.db"))));
    QCOMPARE(s.code(), ErrorCode::Io);
    QVERIFY2(s.errorString().contains(QStringLiteral("data folder")), qPrintable(s.errorString()));

    if (::geteuid() == 0)
        return; // root writes into read-only folders; the case above covers it
    const QString ro = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(ro));
    QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    s = f.open(StoreConfig::sqliteAt(ro + QStringLiteral("/smsdesk.db")));
    QCOMPARE(s.code(), ErrorCode::Io);
    QVERIFY2(s.errorString().contains(QStringLiteral("not writable")), qPrintable(s.errorString()));
    QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_StoreMigrations::writesFailWhenClosed()
{
    QueueStore::Options options;
    ManualClock clock;
    options.config = StoreConfig::sqliteAt(QStringLiteral("/nonexistent/never.db"));
    QueueStore store(clock, options);
    const Result<EnqueueResult> r = await(store.enqueue(EnqueueRequest {
        { StoreFixture::message(QStringLiteral("+1"), QStringLiteral("x")) }, std::nullopt }));
    QCOMPARE(r.code(), ErrorCode::Unavailable);
}

void tst_StoreMigrations::readerNeedsAnExistingStore()
{
    StoreFixture f; // PostgreSQL: an empty database
    StoreReader reader(f.config());
    const Status s = reader.open();
    QCOMPARE(s.code(), ErrorCode::NotFound);
    if (StoreFixture::isPostgres()) {
        QVariant tables;
        QVERIFY(f.rawExec({ QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                                           " WHERE table_schema = current_schema()") },
                          &tables));
        QCOMPARE(tables.toInt(), 0); // a reader never creates the schema
    } else {
        QVERIFY(!QFileInfo::exists(f.dbPath())); // a reader never creates the database
    }
    QCOMPARE(reader.counts().code(), ErrorCode::Unavailable);
}

void tst_StoreMigrations::configParsesUrls()
{
    QCOMPARE(StoreConfig::fromUrl(QStringLiteral("sqlite:///var/lib/smsdesk/smsdesk.db"))->sqlitePath,
             QStringLiteral("/var/lib/smsdesk/smsdesk.db"));
    QCOMPARE(StoreConfig::fromUrl(QStringLiteral("/tmp/x.db"))->sqlitePath, QStringLiteral("/tmp/x.db"));
    const Result<StoreConfig> pg
        = StoreConfig::fromUrl(QStringLiteral("postgresql://sms:s3cret@db.local:6543/queue"));
    QVERIFY(pg.ok());
    QCOMPARE(pg->backend, StoreConfig::Backend::Postgres);
    QCOMPARE(pg->host, QStringLiteral("db.local"));
    QCOMPARE(pg->port, 6543);
    QCOMPARE(pg->user, QStringLiteral("sms"));
    QCOMPARE(pg->password, QStringLiteral("s3cret"));
    QCOMPARE(pg->databaseName, QStringLiteral("queue"));
    QVERIFY(!pg->describe().contains(QStringLiteral("s3cret")));
    QCOMPARE(StoreConfig::fromUrl(QStringLiteral("postgresql://host-only")).code(), ErrorCode::Invalid);
    QCOMPARE(StoreConfig::fromUrl(QString()).code(), ErrorCode::Invalid);
    // Where its password is kept, and the options libpq may have (a bound on connecting
    // unless one is given); others refused by name, values that could smuggle another option too.
    QCOMPARE(pg->credentialsKey(), QStringLiteral("database/sms@db.local:6543/queue"));
    QCOMPARE(pg->connectOptions, QStringLiteral("connect_timeout=10"));
    const Result<StoreConfig> ssl = StoreConfig::fromUrl(
        QStringLiteral("postgresql://sms@db.local/queue?sslmode=verify-full&connect_timeout=3"));
    QVERIFY(ssl.ok());
    QCOMPARE(ssl->port, 5432);
    QCOMPARE(ssl->connectOptions, QStringLiteral("sslmode=verify-full;connect_timeout=3"));
    const Result<StoreConfig> unknown = StoreConfig::fromUrl(QStringLiteral("postgresql://sms@db.local/queue?password=x"));
    QCOMPARE(unknown.code(), ErrorCode::Invalid);
    QVERIFY2(unknown.errorString().contains(QStringLiteral("\"password\"")), qPrintable(unknown.errorString()));
    QCOMPARE(StoreConfig::fromUrl(QStringLiteral("postgresql://sms@db.local/queue?sslmode=require%3Bhost%3Devil")).code(),
             ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(tst_StoreMigrations)
#include "tst_storemigrations.moc"
