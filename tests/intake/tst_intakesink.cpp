// SPDX-License-Identifier: GPL-3.0-or-later
// IntakeSink (issue 16): the rules every broker shares, on a real store (SQLite, and
// PostgreSQL as tst_intakesink_postgres). Entries are validated like an API enqueue
// (core/api/requestvalidator), stored, and a redelivery — the same broker id, or the same
// own `id` from another desk — never makes a second message. Unreadable entries become dead
// letters with the raw entry kept byte for byte. The entry shapes are the issue's:
// `XADD sms_queue * message <json>` with `to`, `text`, `device_id`?, `id`?, `timestamp`?.
#include "intakesink.h"
#include "optout.h"
#include "phonenumbers.h"
#include "storetestsupport.h"

#include <QThread>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

IntakeConfig redisSource()
{
    IntakeConfig c;
    c.url = QUrl(QStringLiteral("redis://127.0.0.1:6379/0"));
    return c;
}

IntakeEntry entry(const QByteArray &brokerId, const QByteArray &body)
{
    IntakeEntry e;
    e.brokerId = brokerId;
    e.body = body;
    e.raw = "message " + body;
    return e;
}

using Verdict = IntakeOutcome::Verdict;

} // namespace

class TestIntakeSink final : public QObject
{
    Q_OBJECT
#define f (*fp)

private:
    std::unique_ptr<StoreFixture> fixture;
    StoreFixture *fp = nullptr;
    PhoneNumbers numbers { QStringLiteral("DE") };
    std::unique_ptr<StoreReader> reader;
    std::unique_ptr<IntakeSink> sink;

    QList<IntakeOutcome> accept(IntakeSink &into, QList<IntakeEntry> entries)
    {
        return await(into.accept(redisSource(), std::move(entries)));
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<StoreFixture>();
        fp = fixture.get();
        QVERIFY(f.open().ok());
        reader = f.reader();
        sink = std::make_unique<IntakeSink>(IntakeSink::Parts { f.store(), *reader, numbers, f.clock() });
    }

    void cleanup()
    {
        sink.reset();
        reader.reset();
        fixture.reset();
    }

    void goodEntriesAreQueued()
    {
        const QList<IntakeOutcome> out = accept(
            *sink, { entry("1712-0", "{\"to\":\"+4915112345678\",\"text\":\"Table ready\",\"id\":\"order-1\",\"timestamp\":1764921600}"),
                     entry("1712-1", "{\"to\":\"0151 12345679\",\"text\":\"Second\"}") });
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).verdict, Verdict::Enqueued);
        QCOMPARE(out.at(0).producedAtMs, qint64(1764921600) * 1000);
        QCOMPARE(out.at(1).verdict, Verdict::Enqueued);
        MessageFilter all;
        const Result<MessagePage> page = reader->messages(all);
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), 2);
        QStringList to;
        for (const Message &m : page->messages) {
            to << m.to;
            QCOMPARE(m.status, MessageStatus::Queued);
            if (m.text == u"Table ready")
                QCOMPARE(m.clientMessageId, QStringLiteral("order-1")); // the producer's own id
        }
        to.sort();
        QCOMPARE(to, (QStringList { QStringLiteral("+4915112345678"), QStringLiteral("+4915112345679") }));
    }

    // A consumer that died before XACK: the same entry again, here and on another desk.
    void redeliveryMakesNoSecondMessage()
    {
        QCOMPARE(accept(*sink, { entry("1712-0", "{\"to\":\"+4915112345678\",\"text\":\"A\"}") }).at(0).verdict,
                 Verdict::Enqueued);
        QCOMPARE(accept(*sink, { entry("1712-0", "{\"to\":\"+4915112345678\",\"text\":\"A\"}") }).at(0).verdict,
                 Verdict::Duplicate);
        // Own id: the broker gave it again under another id (a producer's retry).
        QCOMPARE(accept(*sink, { entry("1800-0", "{\"to\":\"+4915112345678\",\"text\":\"B\",\"id\":7}") }).at(0).verdict,
                 Verdict::Enqueued);
        std::unique_ptr<QueueStore> other = f.openAnother();
        QVERIFY(other);
        std::unique_ptr<StoreReader> otherReader = f.reader();
        IntakeSink otherDesk(IntakeSink::Parts { *other, *otherReader, numbers, f.clock() });
        const QList<IntakeOutcome> again = accept(otherDesk, { entry("1900-0", "{\"to\":\"+4915112345678\",\"text\":\"B\",\"id\":7}"),
                                                                entry("1901-0", "{\"to\":\"+4915112345678\",\"text\":\"C\",\"id\":7}") });
        QCOMPARE(again.at(0).verdict, Verdict::Duplicate);
        QCOMPARE(again.at(1).verdict, Verdict::Duplicate); // same id, other text: the first counts
        QVERIFY(again.at(1).reason.contains(QLatin1String("another body")));
        // Within one batch too.
        const QList<IntakeOutcome> batch = accept(*sink, { entry("2000-0", "{\"to\":\"+4915112345678\",\"text\":\"D\"}"),
                                                           entry("2000-0", "{\"to\":\"+4915112345678\",\"text\":\"D\"}") });
        QCOMPARE(batch.at(0).verdict, Verdict::Enqueued);
        QCOMPARE(batch.at(1).verdict, Verdict::Duplicate);
        QCOMPARE(reader->counts()->queued, qint64(3));
    }

    void badEntriesAreDeadLettersWithTheRawEntry_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no message field") << QByteArray() << true << "no `message` field";
        QTest::newRow("not JSON") << QByteArray("to=+4915112345678") << false << "not a JSON object";
        QTest::newRow("JSON array") << QByteArray("[\"+4915112345678\",\"hi\"]") << false << "not a JSON object";
        QTest::newRow("not a number") << QByteArray("{\"to\":\"call me\",\"text\":\"hi\"}") << false << "to:";
        QTest::newRow("unknown field") << QByteArray("{\"to\":\"+4915112345678\",\"text\":\"hi\",\"colour\":\"red\"}") << false
                                       << "colour: unknown field";
        QByteArray huge = "{\"to\":\"+4915112345678\",\"text\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        QTest::newRow("10 MB") << huge << false << "text:";
    }

    void badEntriesAreDeadLettersWithTheRawEntry()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, missing);
        QFETCH(QString, reason);
        IntakeEntry e = entry("1712-5", body);
        e.bodyMissing = missing;
        if (missing)
            e.raw = "note hello\nfrom shop-7";
        const QList<IntakeOutcome> out = accept(*sink, { e });
        QVERIFY2(out.at(0).verdict == Verdict::Rejected, qPrintable(out.at(0).reason.left(300)));
        QVERIFY2(out.at(0).reason.contains(reason), qPrintable(out.at(0).reason.left(300)));
        const Result<QList<Message>> dead = reader->deadLetters(DeadLetterFilter {});
        QVERIFY(dead.ok());
        QCOMPARE(dead->size(), 1);
        QVERIFY(dead->first().lastError.contains(reason));
        const Result<IntakeRaw> raw = reader->intakeRaw(dead->first().id);
        QVERIFY2(raw.ok(), qPrintable(raw.errorString()));
        QCOMPARE(raw->raw, e.raw); // byte for byte, 10 MB too
        QCOMPARE(raw->brokerId, QStringLiteral("1712-5"));
        QCOMPARE(raw->source, redisSource().displayName());
        QCOMPARE(reader->counts()->dead, qint64(1));
        QCOMPARE(reader->counts()->queued, qint64(0));
        // Given again (the XACK was lost): no second dead letter.
        QCOMPARE(accept(*sink, { e }).at(0).verdict, Verdict::Duplicate);
        QCOMPARE(reader->deadLetters(DeadLetterFilter {})->size(), 1);
        // Deleted from the dead letters: the raw entry goes with it.
        QCOMPARE(await(f.store().deleteMessages({ dead->first().id })).value(), 1);
        QCOMPARE(reader->intakeRaw(dead->first().id).code(), ErrorCode::NotFound);
    }

    void optedOutNumberIsADeadLetter()
    {
        OptOut stop;
        stop.number = QStringLiteral("+4915112345678");
        stop.atMs = f.clock().nowMs();
        stop.source = OptOut::Source::Staff;
        QVERIFY(await(f.store().addOptOut(stop)).ok());
        const QList<IntakeOutcome> out = accept(*sink, { entry("1-0", "{\"to\":\"+4915112345678\",\"text\":\"Sale!\"}") });
        QCOMPARE(out.at(0).verdict, Verdict::Rejected);
        QCOMPARE(reader->counts()->queued, qint64(0));
        const Result<QList<Message>> dead = reader->deadLetters(DeadLetterFilter {});
        QCOMPARE(dead->size(), 1);
        QCOMPARE(dead->first().to, QStringLiteral("+4915112345678"));
        QCOMPARE(dead->first().text, QStringLiteral("Sale!"));
    }

    // A transport calls accept() from its own thread; the answer comes back there.
    void acceptFromAnotherThread()
    {
        QFuture<QList<IntakeOutcome>> answer;
        QThread *thread = QThread::create([this, &answer] {
            answer = sink->accept(redisSource(), { entry("5-0", "{\"to\":\"+4915112345678\",\"text\":\"From a thread\"}") });
        });
        thread->start();
        QVERIFY(thread->wait(30'000));
        delete thread;
        QCOMPARE(await(answer).at(0).verdict, Verdict::Enqueued);
        QCOMPARE(reader->counts()->queued, qint64(1));
    }

    // The database refuses to write: nothing is stored, every entry stays with the broker.
    void aStoreThatCannotWriteAnswersRetry()
    {
        QVERIFY(f.rawExec({ QStringLiteral("DROP TABLE intake_rejects") }));
        const QList<IntakeOutcome> out = accept(*sink, { entry("9-0", "{\"to\":\"+4915112345678\",\"text\":\"ok\"}"),
                                                         entry("9-1", "not json") });
        QCOMPARE(out.at(0).verdict, Verdict::Retry);
        QCOMPARE(out.at(1).verdict, Verdict::Retry);
        QVERIFY(!out.at(0).reason.isEmpty());
        QCOMPARE(reader->counts()->queued, qint64(0)); // the good one was rolled back with the batch
    }
};

#undef f
QTEST_GUILESS_MAIN(TestIntakeSink)
#include "tst_intakesink.moc"
