// SPDX-License-Identifier: GPL-3.0-or-later
// `smsdesk intake add/list/remove` (issue 16, point 6; the command names are DESIGN §6's),
// run as processes: rows kept in settings.ini with stable ids and no password, bad input
// refused with nothing saved, and a settings file whose intake row does not read refused
// with the key named. The headless engine reads the intake its settings.ini names from a real
// redis-server (RedisServer, tests/intake), its password from the credentials file.
#include "elasticmq.h"
#include "redisserver.h"
#include "storereader.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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

QByteArray settingsFile(const QTemporaryDir &dir)
{
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestIntakeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove()
    {
        QTemporaryDir dir;
        Run listed = run(dir, args("intake list"));
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QLatin1String("no intakes")), qPrintable(listed.out));

        Run added = run(dir, args("intake add --kind redis --url redis://127.0.0.1:6390/2 --stream orders "
                                  "--group senders --consumer desk-a --claim-idle 90"));
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.startsWith(QLatin1String("intake 1: redis 127.0.0.1:6390 orders")), qPrintable(added.out));
        added = run(dir, args("intake add --kind rabbitmq --url amqp://shop@127.0.0.1:5672/ --queue sms --disabled"));
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QLatin1String("intake 2: rabbitmq 127.0.0.1:5672 sms (off)")), qPrintable(added.out));
        added = run(dir, args("intake add --kind sqs --url http://KEY@127.0.0.1:9324/?region=eu-west-1 --queue sms"));
        QCOMPARE(added.exitCode, 0);

        listed = run(dir, args("intake list"));
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // a header and three rows
        QVERIFY2(lines.at(1).simplified().startsWith(QLatin1String(
                     "1 redis yes redis://127.0.0.1:6390/2 stream orders, group senders, consumer desk-a")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).simplified().startsWith(QLatin1String("2 rabbitmq no amqp://shop@127.0.0.1:5672/ queue sms")),
                 qPrintable(lines.at(2)));

        QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("intakes/1/claim_idle_ms")).toInt(), 90'000);

        // Ids stay with their rows: removing the first keeps 2 and 3, and a new one is 4.
        QCOMPARE(run(dir, args("intake remove 1")).exitCode, 0);
        QCOMPARE(run(dir, args("intake add --kind redis --url redis://127.0.0.1:6391")).exitCode, 0);
        listed = run(dir, args("intake list"));
        QVERIFY2(listed.out.contains(QLatin1String("\n4    redis")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(QLatin1String("\n1    ")));
        const Run missing = run(dir, args("intake remove 1"));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no intake with id 1")), qPrintable(missing.err));
    }

    // A server's way (issue 16, point 6): `intake add` and the credentials file, then the
    // headless engine reads the stream from its start, and `intake test` says what is there.
    void theHeadlessEngineReadsTheStreamItsSettingsName()
    {
        smsdesk::test::RedisServer redis;
        const smsdesk::Status up = redis.start();
        QVERIFY2(up.ok(), qPrintable(up.errorString()));
        smsdesk::test::RedisClient producer;
        QVERIFY(producer.connect(redis.port(), redis.password()).ok());
        // The group made first: the entries below are the group's whenever the engine starts.
        QVERIFY(producer.command({ "XGROUP", "CREATE", "orders", "sms_workers", "$", "MKSTREAM" }).ok());

        QTemporaryDir dir;
        const Run added = run(dir, { QStringLiteral("intake"), QStringLiteral("add"), QStringLiteral("--kind"),
                                     QStringLiteral("redis"), QStringLiteral("--url"),
                                     QStringLiteral("redis://127.0.0.1:%1").arg(redis.port()),
                                     QStringLiteral("--stream"), QStringLiteral("orders") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
        {
            QFile file(credentials);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"intake/1\": {\"password\": \"" + redis.password() + "\"}}");
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        const Run tested = run(dir, { QStringLiteral("intake"), QStringLiteral("test"), QStringLiteral("1"),
                                      QStringLiteral("--credentials-file"), credentials });
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY2(tested.out.contains(QLatin1String("Redis 7.")) && tested.out.contains(QLatin1String("stream orders")),
                 qPrintable(tested.out));

        QProcess engine;
        engine.start(builtExecutable(QStringLiteral("app/smsdesk/smsdesk-headless")),
                     { QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--credentials-file"), credentials });
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         seen += engine.readAllStandardOutput();
                         return seen.contains("running");
                     },
                     20'000),
                 seen.constData());
        QVERIFY(producer
                    .pipeline({ { "XADD", "orders", "*", "message", R"({"to":"+4915112345601","text":"Order 1 ready"})" },
                                { "XADD", "orders", "*", "message", R"({"to":"+4915112345602","text":"Order 2 ready"})" },
                                { "XADD", "orders", "*", "message", R"({"to":"+4915112345603","text":"Order 3 ready"})" } })
                    .ok());
        smsdesk::StoreReader reader(smsdesk::StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db"))));
        QVERIFY(reader.open().ok());
        const auto queued = [&reader] {
            const auto counts = reader.counts();
            return counts.ok() ? counts.value().queued : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(queued(), qint64(3), 30'000);
        const auto pending = [&producer] {
            const smsdesk::Result<qint64> p = producer.pending("orders", "sms_workers");
            return p.ok() ? p.value() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pending(), qint64(0), 30'000);
        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(20'000));
        QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());
    }

    // The same for an Amazon SQS queue (ElasticMQ on loopback): the access key in the URL,
    // the secret in the credentials file, `intake test` asks SQS, and the headless engine
    // stores what a producer sends and deletes it from the queue.
    void theHeadlessEngineReadsTheSqsQueueItsSettingsName()
    {
        smsdesk::test::ElasticMq sqs;
        const smsdesk::Status up = sqs.start();
        QVERIFY2(up.ok(), qPrintable(up.errorString()));
        smsdesk::test::SqsTestClient producer;
        const smsdesk::Result<QUrl> queue = producer.createQueue(sqs.endpoint(), QStringLiteral("web_orders"));
        QVERIFY2(queue.ok(), qPrintable(queue.errorString()));

        QTemporaryDir dir;
        const Run added = run(dir, { QStringLiteral("intake"), QStringLiteral("add"), QStringLiteral("--kind"),
                                     QStringLiteral("sqs"), QStringLiteral("--url"),
                                     QStringLiteral("http://AKIDEXAMPLE@127.0.0.1:%1/?region=eu-west-1").arg(sqs.port()),
                                     QStringLiteral("--queue"), QStringLiteral("web_orders"),
                                     QStringLiteral("--claim-idle"), QStringLiteral("2") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
        {
            QFile file(credentials);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"intake/1": {"user": "AKIDEXAMPLE", "password": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}})");
            file.close();
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        const Run tested = run(dir, { QStringLiteral("intake"), QStringLiteral("test"), QStringLiteral("1"),
                                      QStringLiteral("--credentials-file"), credentials });
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY2(tested.out.contains(QLatin1String("queue web_orders has 0 message")), qPrintable(tested.out));

        QProcess engine;
        engine.start(builtExecutable(QStringLiteral("app/smsdesk/smsdesk-headless")),
                     { QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--credentials-file"), credentials });
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         seen += engine.readAllStandardOutput();
                         return seen.contains("running");
                     },
                     20'000),
                 seen.constData());
        QVERIFY(producer
                    .send(queue.value(), { R"({"to":"+4915112345601","text":"Order 1 ready"})",
                                           R"({"to":"+4915112345602","text":"Order 2 ready"})",
                                           R"({"to":"+4915112345603","text":"Order 3 ready"})" })
                    .ok());
        smsdesk::StoreReader reader(smsdesk::StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db"))));
        QVERIFY(reader.open().ok());
        const auto queued = [&reader] {
            const auto counts = reader.counts();
            return counts.ok() ? counts.value().queued : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(queued(), qint64(3), 30'000);
        // Deleted: nothing left to receive, and the counts say so (ElasticMQ updates them for a
        // deleted message once its 2 s visibility is over and a receive comes by).
        const auto settled = [&producer, &queue] {
            const auto left = producer.receive(queue.value(), 10, 1);
            const auto counts = producer.counts(queue.value());
            return left.ok() && left.value().isEmpty() && counts.ok()
                && counts.value() == std::make_pair(qint64(0), qint64(0));
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 30'000);
        QCOMPARE(queued(), qint64(3));
        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(20'000));
        QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());
    }

    void badInputSavesNothing_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("said");
        QTest::newRow("kind") << "intake add --kind kafka --url redis://127.0.0.1" << "--kind must be redis, rabbitmq or sqs";
        QTest::newRow("password on the command line")
            << "intake add --kind redis --url redis://:secret@127.0.0.1" << "must not carry the password";
        QTest::newRow("scheme") << "intake add --kind rabbitmq --url redis://127.0.0.1 --queue q"
                                << "a RabbitMQ URL starts with amqp://";
        QTest::newRow("no host") << "intake add --kind redis --url redis://" << "the URL needs a host";
        QTest::newRow("no queue") << "intake add --kind sqs --url http://127.0.0.1:9324" << "needs a queue";
        QTest::newRow("db") << "intake add --kind redis --url redis://127.0.0.1/x" << "must be a number";
        QTest::newRow("two groups") << "intake add --kind redis --url redis://127.0.0.1 --group a --group b"
                                    << "one --group";
        QTest::newRow("prefetch") << "intake add --kind redis --url redis://127.0.0.1 --prefetch 0" << "--prefetch";
    }

    void badInputSavesNothing()
    {
        QFETCH(QString, line);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QCOMPARE(run(dir, args("intake add --kind redis --url redis://127.0.0.1:6379")).exitCode, 0);
        const QByteArray before = settingsFile(dir);
        const Run refused = run(dir, line.split(QLatin1Char(' ')));
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
        QVERIFY2(refused.err.contains(said), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QLatin1String("secret")), "the password is never echoed");
        QCOMPARE(settingsFile(dir), before);
    }

    // A row edited by hand into nonsense is refused, naming the row and the file.
    void nonsenseInTheFileIsNamed()
    {
        QTemporaryDir dir;
        QCOMPARE(run(dir, args("intake add --kind redis --url redis://127.0.0.1:6379")).exitCode, 0);
        {
            QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("intakes/1/kind"), QStringLiteral("kafka"));
        }
        const Run listed = run(dir, args("intake list"));
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(QLatin1String("intakes/1 in ")) && listed.err.contains(QLatin1String("kafka")),
                 qPrintable(listed.err));
    }
};

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intakecli.moc"
