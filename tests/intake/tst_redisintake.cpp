// SPDX-License-Identifier: GPL-3.0-or-later
// RedisIntake against a real redis-server (7.0, started once for the program by RedisServer on
// loopback, with its append-only file fsynced on every write) and a real durable store
// (SQLite in a temporary folder), through the real IntakeSink. Producers use plain hiredis,
// as a user's program would. The Redis behaviour relied on, from the owner's documentation
// (redis/redis-doc, commands/*.md and docs/data-types/streams.md):
// - commands/xreadgroup.md: `>` gives entries never delivered to the group; an explicit id
//   (0) gives this consumer's own pending entries; reading adds them to the PEL until XACK;
// - commands/xgroup-create.md: `$` = only entries added from now on, MKSTREAM;
// - commands/xautoclaim.md (Redis >= 6.2): entries pending on any consumer for longer than
//   min-idle-time change owner, cursor 0-0 at the end;
// - commands/xpending.md: the summary form's first element is the number of pending entries;
// - docs/data-types/streams.md "Recovering from permanent failures" (the claim) and the
//   persistence page (appendfsync always: every write is on disk before the reply).
// No timing assertions: every wait is "until this is true, or fail after a generous time".

#include "intakeharness.h"
#include "redisintake.h"
#include "redisserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

// XADD stream * message <json>, as the producers of the design this comes from do.
QList<QByteArray> xadd(const QByteArray &stream, const QByteArray &message)
{
    return { "XADD", stream, "*", "message", message };
}

} // namespace

class TstRedisIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RedisServer> m_server;
    RedisClient m_client; // the producer and onlooker

    IntakeConfig redisConfig(const QString &stream, int prefetch, const QUrl &url = {}) const
    {
        IntakeConfig c;
        c.id = 9;
        c.kind = IntakeConfig::Kind::Redis;
        c.url = url.isEmpty() ? m_server->url() : url;
        c.stream = stream;
        c.group = QStringLiteral("sms_workers");
        c.consumer = QStringLiteral("desk-a");
        c.prefetch = prefetch;
        return c;
    }

    void produce(const QByteArray &stream, const QList<QByteArray> &messages)
    {
        QList<QList<QByteArray>> commands;
        for (const QByteArray &m : messages)
            commands.append(xadd(stream, m));
        const Status added = m_client.pipeline(commands);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
    }

    qint64 pending(const QByteArray &stream)
    {
        const Result<qint64> p = m_client.pending(stream, "sms_workers");
        return p.ok() ? p.value() : -1;
    }

    // The intake made its group (at `$`): entries added from now on are its.
    static bool running(const IntakeHarness &h) { return h.last.phase == IntakeState::Phase::Running; }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<IntakeState>();
        m_server = std::make_unique<RedisServer>();
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.errorString()));
        const Status connected = m_client.connect(m_server->port(), m_server->password());
        QVERIFY2(connected.ok(), qPrintable(connected.errorString()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // Entries with and without their own `id` reach the store and are acknowledged (nothing
    // left pending); a second entry with the same own `id` is a duplicate, acknowledged, not a
    // second message; each verdict goes to the status stream.
    void addedEntriesAreStoredAndAcknowledged()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        IntakeConfig c = redisConfig(QStringLiteral("plain"), 500);
        c.statusStream = QStringLiteral("plain_status");
        h.startIntake(new RedisIntake(c, *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QList<QByteArray> messages;
        for (int n = 0; n < 30; ++n)
            messages.append(intakeMessage(n, n % 3 == 1 ? "own-" + QByteArray::number(n) : QByteArray()));
        messages.append(intakeMessage(1, "own-1")); // the producer sent entry 1 twice
        produce("plain", messages);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 30, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.duplicates, 1, kIntakeWait);
        QCOMPARE(h.queued(), 30);
        QCOMPARE(h.last.read, 31);
        QCOMPARE(h.last.rejected, 0);
        QTRY_COMPARE_WITH_TIMEOUT(pending("plain"), 0, kIntakeWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("plain")), qPrintable(h.last.statusLine));
        QVERIFY2(h.last.lagMs >= 0, "a stream id carries the time it was added: the lag is known");
        QTRY_COMPARE_WITH_TIMEOUT(h.last.backlog, 0, kIntakeWait);

        const Result<QVariant> statuses = m_client.command({ "XRANGE", "plain_status", "-", "+" });
        QVERIFY2(statuses.ok(), qPrintable(statuses.errorString()));
        QCOMPARE(statuses.value().toList().size(), 31);
        int duplicates = 0;
        for (const QVariant &entry : statuses.value().toList()) {
            const QVariantList fields = entry.toList().value(1).toList();
            for (qsizetype f = 0; f + 1 < fields.size(); f += 2)
                if (fields.at(f).toByteArray() == "status" && fields.at(f + 1).toByteArray() == "duplicate")
                    ++duplicates;
        }
        QCOMPARE(duplicates, 1);
        h.stopIntake();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Stopped, kIntakeWait);
    }

    // While the store cannot write, nothing is acknowledged: every entry read stays pending,
    // never more than the read ahead at once; once the store can write, all arrive once.
    void nothingIsAcknowledgedBeforeItIsStored()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new RedisIntake(redisConfig(QStringLiteral("locked"), 8), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(h.lock());
        QList<QByteArray> messages;
        for (int n = 0; n < 40; ++n)
            messages.append(intakeMessage(n));
        produce("locked", messages);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 0, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(pending("locked") > 0, kIntakeWait);
        QVERIFY2(pending("locked") <= 8, qPrintable(QString::number(pending("locked"))));
        QCOMPARE(h.queued(), 0);
        // The store's writer gives up on the lock (busy timeout): Retry, said, not acknowledged.
        QTRY_VERIFY_WITH_TIMEOUT(
            h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("store did not take")), kIntakeWait);
        QVERIFY(pending("locked") > 0);
        QVERIFY(pending("locked") <= 8);
        QCOMPARE(h.queued(), 0);
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 40, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("locked"), 0, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 40, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kIntakeWait);
        QCOMPARE(h.queued(), 40);
    }

    // An entry without `message`, not JSON, JSON that is not an object, a number that is not a
    // phone number, 10 MB: each a dead letter keeping the raw entry, acknowledged; the good one
    // beside them is stored, and the intake goes on.
    void poisonEntriesBecomeDeadLettersAndAreAcknowledged()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new RedisIntake(redisConfig(QStringLiteral("poison"), 500), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        const QByteArray huge
            = "{\"to\":\"+4915112340001\",\"text\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        QVERIFY(
            m_client.command({ "XADD", "poison", "*", "to", "+4915112340001", "text", "no message field" })
                .ok());
        produce("poison",
                { "this is not JSON {", "[1, 2, 3]", "{\"to\":\"12ab\",\"text\":\"hello\"}", huge,
                  intakeMessage(1) });
        QTRY_COMPARE_WITH_TIMEOUT(h.last.rejected, 5, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 1, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("poison"), 0, kIntakeWait);
        QCOMPARE(h.queued(), 1);
        QCOMPARE(h.deadLetters(), 5);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running);

        // The entry without `message` is kept whole: every field, as the producer wrote it.
        DeadLetterFilter filter;
        filter.search = QStringLiteral("no message field");
        const Result<QList<Message>> found = h.checkReader->deadLetters(filter);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(found.value().size(), 1);
        const Result<IntakeRaw> raw = h.checkReader->intakeRaw(found.value().first().id);
        QVERIFY2(raw.ok(), qPrintable(raw.errorString()));
        const QJsonObject fields = QJsonDocument::fromJson(raw.value().raw).object();
        QCOMPARE(fields.value(QLatin1String("to")).toString(), QStringLiteral("+4915112340001"));
        QCOMPARE(fields.value(QLatin1String("text")).toString(), QStringLiteral("no message field"));
        QVERIFY2(raw.value().brokerId.contains(u'-'), qPrintable(raw.value().brokerId)); // the stream id
    }

    // A desk that read entries and died (never acknowledged them): after the idle time they
    // are claimed (XAUTOCLAIM) by this desk, stored and acknowledged.
    void aDeadConsumersEntriesAreClaimed()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        QVERIFY(m_client.command({ "XGROUP", "CREATE", "claimed", "sms_workers", "$", "MKSTREAM" }).ok());
        QList<QByteArray> messages;
        for (int n = 0; n < 10; ++n)
            messages.append(intakeMessage(n));
        produce("claimed", messages);
        const Result<QVariant> taken = m_client.command(
            { "XREADGROUP", "GROUP", "sms_workers", "dead-desk", "COUNT", "10", "STREAMS", "claimed", ">" });
        QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
        QCOMPARE(pending("claimed"), 10);
        IntakeConfig c = redisConfig(QStringLiteral("claimed"), 500);
        c.claimIdleMs = 1000; // the least IntakeConfig takes
        h.startIntake(new RedisIntake(c, *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 10, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("claimed"), 0, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 10, kIntakeWait); // the figures follow within a tick
    }

    // The stream deleted while the intake reads it, and made anew by the producers' next XADD
    // (the group went with it: NOGROUP): the intake makes its group again after the newest
    // entry it read, so the new entries are read and none is lost, and nothing is read twice.
    void aStreamDeletedAndMadeAnewIsReadOn()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new RedisIntake(redisConfig(QStringLiteral("remade"), 500), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        produce("remade", { intakeMessage(1), intakeMessage(2), intakeMessage(3) });
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 3, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("remade"), 0, kIntakeWait);
        QVERIFY(m_client.command({ "DEL", "remade" }).ok());
        produce("remade", { intakeMessage(4), intakeMessage(5) });
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 5, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("remade"), 0, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 5, kIntakeWait);
        QCOMPARE(h.last.duplicates, 0);
    }

    // A server without XAUTOCLAIM (Redis before 6.2; here the command is renamed away): the
    // intake keeps reading and says that a stopped desk's entries cannot be taken over,
    // instead of reconnecting for ever on the command's error.
    void aServerWithoutXautoclaimIsReadAndSaysSo()
    {
        RedisServer old(RedisServer::Options {
            true, { QStringLiteral("--rename-command"), QStringLiteral("XAUTOCLAIM"), QString() } });
        const Status up = old.start();
        QVERIFY2(up.ok(), qPrintable(up.errorString()));
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new RedisIntake(redisConfig(QStringLiteral("old"), 500, old.url()), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.statusLine.contains(QStringLiteral("XAUTOCLAIM needs 6.2")), kIntakeWait);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running);
        RedisClient producer;
        QVERIFY(producer.connect(old.port(), old.password()).ok());
        QVERIFY(producer.pipeline({ xadd("old", intakeMessage(1)), xadd("old", intakeMessage(2)) }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 2, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 2, kIntakeWait);
        QVERIFY2(!h.sawStatus(IntakeState::Phase::Failing, QString()), "never failing, never reconnecting");
    }

    // redis-server killed (SIGKILL) while entries wait for the store, which then stores them:
    // their XACK never reached Redis. The intake says Redis is gone, connects again by itself
    // when it is back, reads its own pending entries again, and the sink recognises every one
    // (the stream id): no second message; then new entries flow as before.
    void killedAndRestartedRedisLosesNothingAndMakesNoSecondMessage()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new RedisIntake(redisConfig(QStringLiteral("killed"), 500), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(h.lock());
        QList<QByteArray> first;
        for (int n = 0; n < 20; ++n)
            first.append(intakeMessage(n));
        produce("killed", first);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.read, 20, kIntakeWait);
        m_server->kill();
        h.unlock(); // within the store's busy timeout: the 20 are stored, their XACK fails
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 20, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.phase == IntakeState::Phase::Failing, kIntakeWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));

        const Status restarted = m_server->start();
        QVERIFY2(restarted.ok(), qPrintable(restarted.errorString()));
        QVERIFY(m_client.connect(m_server->port(), m_server->password()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("killed"), 0, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.duplicates, 20, kIntakeWait);
        QCOMPARE(h.queued(), 20);

        QList<QByteArray> second;
        for (int n = 20; n < 30; ++n)
            second.append(intakeMessage(n));
        produce("killed", second);
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 30, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending("killed"), 0, kIntakeWait);
        // The first 20 count as duplicates: their answer came for the lost connection, and the
        // figures count what was acknowledged.
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 10, kIntakeWait);
        QCOMPARE(h.last.duplicates, 20);
    }

    // A wrong password is a clear status line, and the intake keeps trying; Test says the same.
    void wrongPasswordIsAClearStatusLine()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        const IntakeConfig wrong
            = redisConfig(QStringLiteral("plain"), 10, m_server->url("not-the-password"));
        h.startIntake(new RedisIntake(wrong, *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(
            h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("refused the password")), kIntakeWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));
        h.stopIntake();

        const Result<QString> refused = RedisIntake::probe(wrong, 5000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("refused the password")),
                 qPrintable(refused.errorString()));
        const Result<QString> none
            = RedisIntake::probe(redisConfig(QStringLiteral("plain"), 10, m_server->url("")), 5000);
        QVERIFY(!none.ok());
        QVERIFY2(none.errorString().contains(QStringLiteral("wants a password")),
                 qPrintable(none.errorString()));
    }

    void probeSaysWhatIsThere()
    {
        QVERIFY(m_client.command({ "XGROUP", "CREATE", "probed", "sms_workers", "$", "MKSTREAM" }).ok());
        produce("probed", { intakeMessage(1), intakeMessage(2) });
        QVERIFY(m_client
                    .command(
                        { "XREADGROUP", "GROUP", "sms_workers", "x", "COUNT", "1", "STREAMS", "probed", ">" })
                    .ok());
        const Result<QString> ok = RedisIntake::probe(redisConfig(QStringLiteral("probed"), 10), 5000);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QVERIFY2(ok.value().startsWith(QStringLiteral("Redis 7.")), qPrintable(ok.value()));
        QVERIFY2(ok.value().contains(
                     QStringLiteral("stream probed has 2 entries, group sms_workers has 1 pending")),
                 qPrintable(ok.value()));

        const Result<QString> missing
            = RedisIntake::probe(redisConfig(QStringLiteral("no-such-stream"), 10), 5000);
        QVERIFY2(missing.ok(), qPrintable(missing.errorString()));
        QVERIFY2(missing.value().contains(QStringLiteral("no stream no-such-stream yet")),
                 qPrintable(missing.value()));

        QVERIFY(m_client.command({ "SET", "a-string", "x" }).ok());
        const Result<QString> wrongType
            = RedisIntake::probe(redisConfig(QStringLiteral("a-string"), 10), 5000);
        QVERIFY(!wrongType.ok());
        QVERIFY2(wrongType.errorString().contains(QStringLiteral("a-string is not a stream")),
                 qPrintable(wrongType.errorString()));

        QUrl closedPort = m_server->url();
        closedPort.setPort(1); // nothing listens on 127.0.0.1:1
        const Result<QString> nobody
            = RedisIntake::probe(redisConfig(QStringLiteral("x"), 10, closedPort), 5000);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.errorString().contains(QStringLiteral("could not connect to Redis at 127.0.0.1:1")),
                 qPrintable(nobody.errorString()));
    }
};

QTEST_GUILESS_MAIN(TstRedisIntake)
#include "tst_redisintake.moc"
