// SPDX-License-Identifier: GPL-3.0-or-later
// `smsdesk token create/list/limit` and the default limit in settings.ini (issue 15, point 5),
// run as processes: limits shown, changed, bad values refused with nothing changed, and a
// settings file with nonsense for the limit refused at start with the key named.
#include "storereader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using smsdesk::test::builtExecutable;

namespace {

using Run = smsdesk::test::HeadlessRun;

Run run(const QTemporaryDir &dir, const QStringList &arguments)
{
    return smsdesk::test::runHeadlessCommand(dir.path(), arguments);
}

QStringList args(const char *line)
{
    return smsdesk::test::words(line);
}

// The LIMIT column of `token list` for the token named `name`.
QString listedLimit(const QTemporaryDir &dir, const QString &name)
{
    const Run listed = run(dir, args("token list"));
    for (const QString &line : listed.out.split(QLatin1Char('\n'))) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() >= 4 && columns.at(1) == name)
            return columns.mid(3).join(QLatin1Char(' '));
    }
    return QStringLiteral("(not listed: %1 %2)").arg(listed.out, listed.err);
}

} // namespace

class TestTokenCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createListAndChangeLimits()
    {
        QTemporaryDir dir;
        QCOMPARE(run(dir, args("token create shop")).exitCode, 0);
        QCOMPARE(run(dir, args("token create --name crm --rate 200 --burst 400")).exitCode, 0);
        QCOMPARE(run(dir, args("token create batch --unlimited")).exitCode, 0);
        QCOMPARE(listedLimit(dir, QStringLiteral("shop")), QStringLiteral("default (500/s, burst 1,000)"));
        QCOMPARE(listedLimit(dir, QStringLiteral("crm")), QStringLiteral("200/s, burst 400"));
        QCOMPARE(listedLimit(dir, QStringLiteral("batch")), QStringLiteral("unlimited"));

        const Run changed = run(dir, args("token limit 1 --rate 0.5 --burst 3"));
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(changed.out.trimmed(), QStringLiteral("token 1: 0.5/s, burst 3"));
        QCOMPARE(listedLimit(dir, QStringLiteral("shop")), QStringLiteral("0.5/s, burst 3"));
        QCOMPARE(run(dir, args("token limit 2 --default")).exitCode, 0);
        QCOMPARE(listedLimit(dir, QStringLiteral("crm")), QStringLiteral("default (500/s, burst 1,000)"));

        // The default shown is the settings file's.
        {
            QFile settings(QDir(dir.path()).filePath(QStringLiteral("settings.ini")));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[api]\ntoken_rate_per_second=2000\ntoken_burst=5000\n");
        }
        QCOMPARE(listedLimit(dir, QStringLiteral("crm")), QStringLiteral("default (2000/s, burst 5,000)"));
    }

    void badValuesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("said");
        QTest::newRow("rate 0") << "token limit 1 --rate 0 --burst 5" << "--rate must be";
        QTest::newRow("negative rate") << "token limit 1 --rate -5 --burst 5" << "--rate must be";
        QTest::newRow("rate not a number") << "token limit 1 --rate fast --burst 5" << "got \"fast\"";
        QTest::newRow("burst 0") << "token limit 1 --rate 5 --burst 0" << "--burst must be";
        QTest::newRow("burst not whole") << "token limit 1 --rate 5 --burst 2.5" << "--burst must be";
        QTest::newRow("rate too high") << "token limit 1 --rate 5000000 --burst 5" << "1,000,000";
        QTest::newRow("rate alone") << "token limit 1 --rate 5" << "go together";
        QTest::newRow("two choices") << "token limit 1 --unlimited --default" << "Give one of";
        QTest::newRow("nothing asked") << "token limit 1" << "usage:";
        QTest::newRow("bad id") << "token limit one --default" << "usage:";
        QTest::newRow("unknown id") << "token limit 99 --default" << "No active API token has the id 99";
        QTest::newRow("create, bad burst") << "token create other --rate 5 --burst -1" << "--burst must be";
        QTest::newRow("create --default") << "token create other --default" << "--default is for";
    }

    void badValuesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, line);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QCOMPARE(run(dir, args("token create shop --rate 7 --burst 9")).exitCode, 0);
        const Run refused = run(dir, line.split(QLatin1Char(' ')));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(said), qPrintable(refused.err));
        QCOMPARE(listedLimit(dir, QStringLiteral("shop")), QStringLiteral("7/s, burst 9"));
        QVERIFY(!run(dir, args("token list")).out.contains(QStringLiteral("other")));
    }

    void nonsenseInTheSettingsFileIsRefusedAtStart()
    {
        QTemporaryDir dir;
        {
            QFile settings(QDir(dir.path()).filePath(QStringLiteral("settings.ini")));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[api]\ntoken_rate_per_second=lots\n");
        }
        const Run started = run(dir, args("--headless --listen 127.0.0.1:0"));
        QCOMPARE(started.exitCode, 1);
        QVERIFY2(started.err.contains(QStringLiteral("api/token_rate_per_second")), qPrintable(started.err));
        QVERIFY2(started.err.contains(QStringLiteral("\"lots\"")), qPrintable(started.err));
    }
};

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_tokencli.moc"
