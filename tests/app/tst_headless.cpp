// SPDX-License-Identifier: GPL-3.0-or-later
// Runs smsdesk-headless as a process: version, tokens, devices, headless start/stop on
// signals, one engine per data folder, and clear errors for bad data folders/databases.
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using smsdesk::test::builtExecutable;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString program()
{
    return builtExecutable(QStringLiteral("app/smsdesk/smsdesk-headless"));
}

Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program(), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30'000))
        qFatal("smsdesk-headless did not finish");
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// Starts a headless engine and waits until it says it runs.
bool startEngine(QProcess &process, const QString &dataDir, const QStringList &more = {},
                 QByteArray *output = nullptr)
{
    process.start(program(),
                  QStringList { QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
                      + more);
    QByteArray seen;
    const bool running = QTest::qWaitFor(
        [&] {
            seen += process.readAllStandardOutput();
            return seen.contains("running");
        },
        20'000);
    if (output)
        *output = seen + (process.waitForReadyRead(200) ? process.readAllStandardOutput() : QByteArray());
    return running;
}

// The business's default region, as Settings stores it (the database's settings table).
bool writeRegion(const QString &dataDir, const QString &region)
{
    smsdesk::QueueStore::Options options;
    options.config = smsdesk::StoreConfig::sqliteAt(QDir(dataDir).filePath(QStringLiteral("smsdesk.db")));
    smsdesk::QueueStore store(smsdesk::SystemClock::instance(), options);
    return store.open().ok()
        && smsdesk::test::await(store.writeSettings({ { QStringLiteral("numbers/default_region"), region } })).ok();
}

} // namespace

class TestHeadless final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("smsdesk ")));
    }

    void tokenCreatePrintsTokenOnceAndStoresOnlyHash()
    {
        QTemporaryDir dir;
        const Run r = run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("shop"),
                            QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        const QString token = r.out.trimmed();
        QVERIFY2(token.startsWith(QStringLiteral("sd_")) && token.size() > 40, qPrintable(token));
        QFile db(dir.filePath(QStringLiteral("smsdesk.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(token.toUtf8()));
        // A second token is different.
        const Run again = run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("other"),
                                QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(again.out.trimmed() != token);
    }

    void deviceAddAndList()
    {
        QTemporaryDir dir;
        const Run added = run({ QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Front desk"), QStringLiteral("--adapter"),
                                QStringLiteral("smsgate"), QStringLiteral("--url"),
                                QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--rate-per-minute"),
                                QStringLiteral("20"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(added.exitCode, 0);
        const Run listed = run(
            { QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("Front desk")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("http://127.0.0.1:8080")));

        const Run badAdapter = run(
            { QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
              QStringLiteral("--adapter"), QStringLiteral("carrier-pigeon"), QStringLiteral("--url"),
              QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(badAdapter.exitCode != 0);
        QVERIFY2(badAdapter.err.contains(QStringLiteral("--adapter")), qPrintable(badAdapter.err));
        const Run badUrl = run({ QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("X"), QStringLiteral("--adapter"), QStringLiteral("smsgate"),
                                 QStringLiteral("--url"), QStringLiteral("not a url"),
                                 QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(badUrl.exitCode != 0);
    }

    void headlessStopsCleanlyOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void headlessStopsCleanlyOnSignals()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QProcess engine;
        QVERIFY(startEngine(engine, dir.path()));
        ::kill(pid_t(engine.processId()), signal);
        QVERIFY(engine.waitForFinished(20'000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
    }

    // A desk that only shows and enqueues (several desks on one PostgreSQL queue): it
    // starts no dispatcher and says so.
    void viewerDeskStartsNoDispatcher()
    {
        QTemporaryDir dir;
        QProcess engine;
        QByteArray output;
        QVERIFY(startEngine(engine, dir.path(), { QStringLiteral("--viewer") }, &output));
        QVERIFY2(output.contains("viewer desk"), output.constData());
        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(20'000));
        QCOMPARE(engine.exitCode(), 0);
    }

    // A password on the command line shows in the process list: refused, with where it goes.
    void databasePasswordOnTheCommandLineIsRefused()
    {
        QTemporaryDir dir;
        const Run r = run({ QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--database"),
                            QStringLiteral("postgresql://smsdesk:secret@127.0.0.1:1/smsdesk") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("PGPASSFILE")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("secret")), qPrintable(r.err));
    }

    // Where the password of a PostgreSQL role comes from: the system keychain (`database
    // password` reads it from standard input, tries it, keeps it), the --credentials-file,
    // or libpq's own ~/.pgpass; never the command line. A wrong one is said, nothing kept.
    void databasePasswordFromTheKeychainOrTheCredentialsFile()
    {
        SMSDESK_POSTGRES_ONLY("a PostgreSQL role's password");
        smsdesk::test::TestDatabase db;
        QUrl url(db.url());
        const QByteArray password = url.password().toUtf8();
        url.setPassword({});
        const QString bare = url.toString();
        QTemporaryDir dir;
        // libpq finds no password of its own: an empty password file, none in the environment.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile(pgpass).open(QIODevice::WriteOnly);
        env.insert(QStringLiteral("PGPASSFILE"), pgpass);
        env.remove(QStringLiteral("PGPASSWORD"));
        const QStringList list { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"), bare,
                                 QStringLiteral("device"), QStringLiteral("list") };

        Run r = run(list, {}, env);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));

        const QStringList store { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"), bare,
                                  QStringLiteral("database"), QStringLiteral("password") };
        r = run(store, "not-the-password\n", env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("password authentication failed"))
                     && r.err.contains(QStringLiteral("not saved")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("not-the-password")), qPrintable(r.err));
        QVERIFY(run(list, {}, env).exitCode != 0);

        r = run(store, password + '\n', env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("kept in the system keychain")), qPrintable(r.out));
        r = run(list, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ADAPTER")));

        // A server without a keychain: the credentials file (the administrator's, 0600).
        const QString key = QStringLiteral("database/%1@%2:%3/%4")
                                .arg(url.userName(), url.host(), QString::number(url.port()), url.path().mid(1));
        const auto writeFile = [&](const QByteArray &secret) {
            QFile file(dir.filePath(QStringLiteral("credentials.json")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{\"" + key.toUtf8() + "\": {\"password\": \"" + secret + "\"}}");
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        };
        const QStringList withFile { QStringLiteral("--credentials-file"), dir.filePath(QStringLiteral("credentials.json")) };
        writeFile("wrong-in-the-file");
        r = run(withFile + list, {}, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("password authentication failed")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("wrong-in-the-file")), qPrintable(r.err));
        writeFile(password);
        QVERIFY2(run(withFile + list, {}, env).exitCode == 0, qPrintable(r.err));
        QProcess engine;
        engine.setProcessEnvironment(env);
        QVERIFY(startEngine(engine, dir.filePath(QStringLiteral("engine")),
                            withFile + QStringList { QStringLiteral("--database"), bare }));
        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(20'000));
        // Under ASan it once exited 6 here: say what the engine said, to find out why.
        QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());

        // Options the URL may carry go to libpq; any other is refused by name.
        r = run(withFile
                    + QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
                                    bare + QStringLiteral("?sslmode=disable&application_name=desk1"),
                                    QStringLiteral("device"), QStringLiteral("list") },
                {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
                              bare + QStringLiteral("?sslmod=require"), QStringLiteral("device"),
                              QStringLiteral("list") },
                {}, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("\"sslmod\"")) && r.err.contains(QStringLiteral("sslmode")),
                 qPrintable(r.err));
    }

    // `smsdesk contacts import FILE` (DESIGN §6b): what was imported and merged, the rows
    // left out with their lines, and a file that cannot be read whole imports nothing.
    void contactsImportFromTheCommandLine()
    {
        QTemporaryDir dir;
        const auto import = [&](const QString &name, const QStringList &more = {}) {
            return run(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("contacts"),
                                     QStringLiteral("import"),
                                     smsdesk::test::testDataPath(QStringLiteral("contacts/") + name) }
                       + more);
        };
        // The business's region decides how national numbers read: Germany here.
        Run r = import(QStringLiteral("broken.vcf"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("END:VCARD")) && r.err.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(r.err));
        smsdesk::StoreReader reader(smsdesk::StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db"))));
        QVERIFY(reader.open().ok());
        QVERIFY(writeRegion(dir.path(), QStringLiteral("DE")));
        r = import(QStringLiteral("google-contacts.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported 3, merged 0; 0 problems in 3 rows read")), qPrintable(r.out));
        r = import(QStringLiteral("google-contacts.csv"));
        QVERIFY2(r.out.contains(QStringLiteral("imported 0, merged 3")), qPrintable(r.out));
        r = import(QStringLiteral("outlook-de-windows1252.csv"), { QStringLiteral("--group"), QStringLiteral("Kunden") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 2: \"0151 2345678\" is not a phone number")), qPrintable(r.err));
        smsdesk::ContactFilter kunden;
        kunden.group = QStringLiteral("Kunden");
        QCOMPARE(reader.contactCount(kunden).value(), 3);
        QCOMPARE(reader.contactCount({}).value(), 6);
        QCOMPARE(reader.contactByNumber(QStringLiteral("+49221123456"))->firstName, QStringLiteral("Jürgen"));
        QCOMPARE(import(QStringLiteral("no-such-file.csv")).exitCode, 1);

        // `contacts export FILE [--group G]`: a CSV the import reads back; a folder that
        // cannot be written is said and leaves nothing behind.
        const auto exportTo = [&](const QString &file, const QStringList &more = {}) {
            return run(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("contacts"),
                                     QStringLiteral("export"), file }
                       + more);
        };
        const QString all = dir.filePath(QStringLiteral("all.csv"));
        r = exportTo(all);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("exported 6 contacts")), qPrintable(r.out));
        r = exportTo(dir.filePath(QStringLiteral("kunden.csv")), { QStringLiteral("--group"), QStringLiteral("Kunden") });
        QVERIFY2(r.out.contains(QStringLiteral("exported 3 contacts")), qPrintable(r.out));
        QFile exported(all);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray csv = exported.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFName,First Name,Last Name,Phone 1"));
        QVERIFY(csv.contains("+49221123456"));
        QVERIFY(csv.contains("Jürgen"));
        // Read back into another data folder: the same six contacts.
        QTemporaryDir other;
        QVERIFY(writeRegion(other.path(), QStringLiteral("DE")));
        r = run({ QStringLiteral("--data-dir"), other.path(), QStringLiteral("contacts"), QStringLiteral("import"), all });
        QVERIFY2(r.out.contains(QStringLiteral("imported 6, merged 0; 0 problems in 6 rows read")), qPrintable(r.out));
        r = exportTo(QStringLiteral("/proc/no-such-folder/contacts.csv"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write /proc/no-such-folder/contacts.csv"))
                     && r.err.contains(QStringLiteral("Nothing was exported")),
                 qPrintable(r.err));

        // `messages export --output FILE [--from] [--to] [--number]` (issue 15, point 4): the
        // header and what the store holds (nothing here), a bad date said, an unwritable folder said.
        const auto messagesTo = [&](const QStringList &more) {
            return run(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("messages"),
                                     QStringLiteral("export") }
                       + more);
        };
        const QString history = dir.filePath(QStringLiteral("history.csv"));
        r = messagesTo({ QStringLiteral("--output"), history, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-12-31") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("exported 0 messages")), qPrintable(r.out));
        QFile historyFile(history);
        QVERIFY(historyFile.open(QIODevice::ReadOnly));
        QCOMPARE(historyFile.readAll(), QByteArray("\xEF\xBB\xBFtime,direction,number,contact,text,status,device\r\n"));
        r = messagesTo({ QStringLiteral("--output"), history, QStringLiteral("--from"), QStringLiteral("yesterday") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--from \"yesterday\"")), qPrintable(r.err));
        r = messagesTo({ QStringLiteral("--output"), QStringLiteral("/proc/no-such-folder/m.csv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was exported")), qPrintable(r.err));
        QCOMPARE(messagesTo({}).exitCode, 1); // no --output: the usage
    }

    // A PostgreSQL server that is not there (port 1 on loopback refuses at once): a sentence
    // naming the database and the cause, exit non-zero, for the engine and the admin commands.
    void anUnreachableDatabaseServerIsSaid()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://smsdesk@127.0.0.1:1/smsdesk");
        for (const QStringList &command :
             { QStringList { QStringLiteral("device"), QStringLiteral("list") },
               QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") } }) {
            const Run r = run(QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"), url }
                              + command);
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains(QStringLiteral("PostgreSQL database smsdesk on 127.0.0.1:1")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(r.err));
        }
    }

    void secondEngineOnSameDataDirIsRefused()
    {
        QTemporaryDir dir;
        QProcess first;
        QVERIFY(startEngine(first, dir.path()));
        const Run second = run({ QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already using the data folder")),
                 qPrintable(second.err));
        first.terminate();
        QVERIFY(first.waitForFinished(20'000));
        QCOMPARE(first.exitCode(), 0);
    }

    void corruptDatabaseGivesClearErrorAndIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("smsdesk.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write(garbage);
        file.close();
        const Run r = run({ QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void dataDirThatIsAFileGivesClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plainfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run r = run({ QStringLiteral("--headless"), QStringLiteral("--data-dir"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("data folder")), qPrintable(r.err));
    }

    void unknownCommandAndBadOptions()
    {
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("--no-such-option") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--rate-per-minute"),
                       QStringLiteral("-3") })
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
