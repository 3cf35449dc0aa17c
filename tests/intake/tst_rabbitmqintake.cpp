// SPDX-License-Identifier: GPL-3.0-or-later
// RabbitMqIntake against a real rabbitmq-server (3.10, started once for the program by
// RabbitBroker on loopback) and a real durable store (SQLite in a temporary folder), through
// the real IntakeSink. The AMQP 0-9-1 behaviour relied on, from the owners' sources:
// - rabbitmq-website docs/confirms.md: "Automatic requeueing" (unacked deliveries go back to
//   the queue when the channel or connection closes, redelivered=true), "Channel Prefetch
//   Setting (QoS)" (no more than prefetch_count unacknowledged), delivery tags scoped per
//   channel, `multiple` acks, basic.nack with requeue;
// - rabbitmq-website docs/connection-blocked.md: connection.blocked needs the capability;
// - alanxz/rabbitmq-c examples/amqp_consumer.c: amqp_consume_message and what to do with
//   AMQP_STATUS_UNEXPECTED_STATE (channel.close, connection.close, other methods);
//   examples/amqp_confirm_select.c: publisher confirms, used by the test's producer.
// No timing assertions: every wait is "until this is true, or fail after a generous time".

#include "intakeharness.h"
#include "rabbitmqbroker.h"
#include "rabbitmqintake.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

IntakeConfig rabbitConfig(const QUrl &url, const QString &queue, int prefetch)
{
    IntakeConfig c;
    c.id = 7;
    c.kind = IntakeConfig::Kind::RabbitMq;
    c.url = url;
    c.queue = queue;
    c.prefetch = prefetch;
    return c;
}

} // namespace

class TstRabbitMqIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RabbitBroker> m_broker;

    bool brokerSettled(const QString &queue, qint64 ready, qint64 unacked)
    {
        const auto f = m_broker->queueFigures(queue);
        return f.ok() && f.value().ready == ready && f.value().unacked == unacked;
    }

    void publish(const QString &queue, const QList<RabbitPublisher::Message> &messages)
    {
        RabbitPublisher producer;
        const Status connected = producer.connect(m_broker->url());
        QVERIFY2(connected.ok(), qPrintable(connected.error().message));
        const Status declared = producer.declareDurable(queue);
        QVERIFY2(declared.ok(), qPrintable(declared.error().message));
        const Status published = producer.publish(queue, messages);
        QVERIFY2(published.ok(), qPrintable(published.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<IntakeState>();
        m_broker = std::make_unique<RabbitBroker>();
        const Status started = m_broker->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void cleanupTestCase() { m_broker.reset(); }

    // Published messages, with message_id, with their own `id`, or with neither, all reach
    // the store, and the queue ends empty with nothing unacknowledged.
    void publishedMessagesAreStoredAndAcknowledged()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int n = 0; n < 30; ++n) {
            RabbitPublisher::Message m;
            m.body = intakeMessage(n, n % 3 == 1 ? "own-" + QByteArray::number(n) : QByteArray());
            if (n % 3 == 0)
                m.messageId = "mid-" + QByteArray::number(n);
            m.timestampMs = now;
            messages.append(m);
        }
        publish(QStringLiteral("plain"), messages);
        h.startIntake(new RabbitMqIntake(rabbitConfig(m_broker->url(), QStringLiteral("plain"), 500), *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 30, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("plain"), 0, 0), kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 30, kIntakeWait);
        QCOMPARE(h.last.read, 30);
        QCOMPARE(h.last.duplicates, 0);
        QCOMPARE(h.last.rejected, 0);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("plain")), qPrintable(h.last.statusLine));
        QVERIFY2(h.last.lagMs >= 0, "the timestamp_in_ms header gives a lag");
        QTRY_COMPARE_WITH_TIMEOUT(h.last.backlog, 0, kIntakeWait);
        h.stopIntake();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Stopped, kIntakeWait);
        QCOMPARE(h.queued(), 30);
    }

    // While the store cannot write, nothing is acknowledged (ready + unacked stays at what
    // was published), the broker never has more than `prefetch` unacknowledged, and a Retry
    // from the sink is given back to the broker; once the store can write, everything
    // arrives exactly once.
    void nothingIsAcknowledgedBeforeItIsStoredAndPrefetchBoundsTheUnacked()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        for (int n = 0; n < 40; ++n)
            messages.append({ intakeMessage(n), "locked-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("locked"), messages);
        QVERIFY(h.lock());
        h.startIntake(new RabbitMqIntake(rabbitConfig(m_broker->url(), QStringLiteral("locked"), 7), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 0, kIntakeWait);
        for (int sample = 0; sample < 2; ++sample) {
            const auto f = m_broker->queueFigures(QStringLiteral("locked"));
            QVERIFY2(f.ok(), qPrintable(f.error().message));
            QVERIFY2(f.value().unacked <= 7, qPrintable(QString::number(f.value().unacked)));
            QCOMPARE(f.value().ready + f.value().unacked, 40);
            QCOMPARE(h.queued(), 0);
        }
        // The store's writer gives up on the lock (busy timeout): Retry. The intake says so and
        // gives those deliveries back (basic.nack, requeue) instead of acknowledging them.
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("store did not take")),
                                 kIntakeWait);
        const auto afterRetry = m_broker->queueFigures(QStringLiteral("locked"));
        QVERIFY2(afterRetry.ok(), qPrintable(afterRetry.error().message));
        QVERIFY(afterRetry.value().unacked <= 7);
        QCOMPARE(afterRetry.value().ready + afterRetry.value().unacked, 40);
        QCOMPARE(h.queued(), 0);
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 40, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("locked"), 0, 0), kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued + h.last.duplicates, 40, kIntakeWait);
        QCOMPARE(h.queued(), 40);
    }

    // Not JSON, JSON that is not an object, a number that is not a phone number, 10 MB: each a
    // dead letter (the sink's), acknowledged; the good one beside them is stored.
    void poisonMessagesBecomeDeadLettersAndAreAcknowledged()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        const QByteArray huge = "{\"to\":\"+4915112340001\",\"text\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        publish(QStringLiteral("poison"),
                { { "this is not JSON {", "p1", 0 },
                  { "[1, 2, 3]", "p2", 0 },
                  { "{\"to\":\"12ab\",\"text\":\"hello\"}", "p3", 0 },
                  { huge, "p4", 0 },
                  { intakeMessage(1), "p5", 0 } });
        h.startIntake(new RabbitMqIntake(rabbitConfig(m_broker->url(), QStringLiteral("poison"), 500), *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.last.rejected, 4, kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 1, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("poison"), 0, 0), kIntakeWait);
        QCOMPARE(h.queued(), 1);
        QCOMPARE(h.deadLetters(), 4);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running); // poison never stops the intake
    }

    // rabbitmqctl close_all_connections while deliveries wait for the store: the intake says
    // so, connects again by itself, and every message (each with message_id or its own `id`)
    // is stored exactly once although the broker gives the unacknowledged ones again.
    void connectionClosedByTheBrokerResumesWithoutLossOrDuplicate()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        for (int n = 0; n < 60; ++n) {
            if (n % 2 == 0)
                messages.append({ intakeMessage(n), "drop-" + QByteArray::number(n), 0 });
            else
                messages.append({ intakeMessage(n, "own-drop-" + QByteArray::number(n)), {}, 0 });
        }
        publish(QStringLiteral("dropped"), messages);
        QVERIFY(h.lock());
        h.startIntake(new RabbitMqIntake(rabbitConfig(m_broker->url(), QStringLiteral("dropped"), 20), *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 0, kIntakeWait);
        const Result<QString> closed
            = m_broker->ctl({ QStringLiteral("close_all_connections"), QStringLiteral("test closes it") });
        QVERIFY2(closed.ok(), qPrintable(closed.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("test closes it")),
                                 kIntakeWait);
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 60, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("dropped"), 0, 0), kIntakeWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kIntakeWait);
        QCOMPARE(h.queued(), 60);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read >= 60, kIntakeWait);
    }

    // The broker stopped (with deliveries unacknowledged) and started again: the intake says
    // it is gone, waits, connects by itself, and nothing is lost.
    void brokerStoppedAndStartedAgainResumesByItself()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> first;
        for (int n = 0; n < 10; ++n)
            first.append({ intakeMessage(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), first);
        h.startIntake(new RabbitMqIntake(rabbitConfig(m_broker->url(), QStringLiteral("restart"), 50), *h.sink));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 10, kIntakeWait);

        QVERIFY(h.lock());
        QList<RabbitPublisher::Message> second;
        for (int n = 10; n < 20; ++n)
            second.append({ intakeMessage(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), second);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 10, kIntakeWait);
        const Status stopped = m_broker->stop();
        QVERIFY2(stopped.ok(), qPrintable(stopped.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.phase == IntakeState::Phase::Failing, kIntakeWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));
        const Status started = m_broker->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kIntakeWait);

        QList<RabbitPublisher::Message> third;
        for (int n = 20; n < 30; ++n)
            third.append({ intakeMessage(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), third);
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 30, kIntakeWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("restart"), 0, 0), kIntakeWait);
        QCOMPARE(h.queued(), 30);
    }

    // A refused login is a clear status line (and the intake keeps trying); Test says the
    // same, and what is there when the login is right.
    void wrongPasswordIsAClearStatusLine()
    {
        IntakeHarness h;
        QVERIFY(h.open());
        IntakeConfig wrong = rabbitConfig(m_broker->url(QStringLiteral("guest"), QStringLiteral("not-the-password")),
                                          QStringLiteral("plain"), 10);
        h.startIntake(new RabbitMqIntake(wrong, *h.sink));
        QTRY_VERIFY_WITH_TIMEOUT(
            h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("RabbitMQ refused user guest")), kIntakeWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));
        h.stopIntake();

        const Result<QString> refused = RabbitMqIntake::probe(wrong, 5000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("RabbitMQ refused user guest")),
                 qPrintable(refused.error().message));
    }

    void probeSaysWhatIsThere()
    {
        IntakeHarness h;
        publish(QStringLiteral("probed"), { { intakeMessage(1), "probe-1", 0 }, { intakeMessage(2), "probe-2", 0 } });
        const Result<QString> ok
            = RabbitMqIntake::probe(rabbitConfig(m_broker->url(), QStringLiteral("probed"), 10), 5000);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QVERIFY2(ok.value().startsWith(QStringLiteral("RabbitMQ 3.")), qPrintable(ok.value()));
        QVERIFY2(ok.value().contains(QStringLiteral("queue probed has 2 message")), qPrintable(ok.value()));

        const Result<QString> missing
            = RabbitMqIntake::probe(rabbitConfig(m_broker->url(), QStringLiteral("no-such-queue"), 10), 5000);
        QVERIFY2(missing.ok(), qPrintable(missing.error().message));
        QVERIFY2(missing.value().contains(QStringLiteral("no queue no-such-queue yet")), qPrintable(missing.value()));

        QUrl closedPort = m_broker->url();
        closedPort.setPort(1); // nothing listens on 127.0.0.1:1
        const Result<QString> nobody = RabbitMqIntake::probe(rabbitConfig(closedPort, QStringLiteral("x"), 10), 5000);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.error().message.contains(QStringLiteral("could not connect to RabbitMQ at 127.0.0.1:1")),
                 qPrintable(nobody.error().message));
    }
};

QTEST_GUILESS_MAIN(TstRabbitMqIntake)
#include "tst_rabbitmqintake.moc"
