// SPDX-License-Identifier: GPL-3.0-or-later
// Runs smsdesk-headless as a process: version, tokens, devices, headless start/stop on
// signals, one engine per data folder, and clear errors for bad data folders/databases.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(program(), arguments);
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
