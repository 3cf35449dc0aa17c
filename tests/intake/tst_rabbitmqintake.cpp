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

#include "clock.h"
#include "intakesink.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "rabbitmqbroker.h"
#include "rabbitmqintake.h"
#include "retrypolicy.h"
#include "storeconfig.h"
#include "storereader.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

constexpr int kWait = 60'000; // a ceiling for "until", never a measured duration

QByteArray sms(int n, const QByteArray &ownId = {})
{
    QByteArray json = "{\"to\":\"+49151123" + QByteArray::number(40000 + n) + "\",\"text\":\"intake message "
        + QByteArray::number(n) + '"';
    if (!ownId.isEmpty())
        json += ",\"id\":\"" + ownId + '"';
    return json + '}';
}

// One store, its sink, and a RabbitMqIntake in a thread of its own, as IntakeHost runs it.
class Harness final
{
public:
    Harness()
    {
        store = std::make_unique<QueueStore>(clock, QueueStore::Options { config(), RetryPolicy() });
    }
    ~Harness()
    {
        stopIntake();
        unlock();
    }

    StoreConfig config() const { return StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db"))); }

    bool open()
    {
        if (!dir.isValid() || !store->open().ok())
            return false;
        sinkReader = std::make_unique<StoreReader>(config());
        checkReader = std::make_unique<StoreReader>(config());
        if (!sinkReader->open().ok() || !checkReader->open().ok())
            return false;
        sink = std::make_unique<IntakeSink>(IntakeSink::Parts { *store, *sinkReader, numbers, clock });
        return true;
    }

    IntakeConfig intakeConfig(const QUrl &url, const QString &queue, int prefetch) const
    {
        IntakeConfig c;
        c.id = 7;
        c.kind = IntakeConfig::Kind::RabbitMq;
        c.url = url;
        c.queue = queue;
        c.prefetch = prefetch;
        return c;
    }

    void startIntake(const IntakeConfig &c)
    {
        intake = new RabbitMqIntake(c, *sink);
        intake->moveToThread(&thread);
        QObject::connect(intake, &IntakeSource::stateChanged, &receiver, [this](const IntakeState &s) {
            states.append(s);
            last = s;
        });
        thread.start();
        QMetaObject::invokeMethod(intake, &RabbitMqIntake::start, Qt::QueuedConnection);
    }

    void stopIntake()
    {
        if (!intake)
            return;
        RabbitMqIntake *i = intake;
        intake = nullptr;
        QMetaObject::invokeMethod(
            i,
            [i] {
                i->stop();
                delete i;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    qint64 queued() const
    {
        const Result<StatusCounts> c = checkReader->counts();
        return c.ok() ? c.value().queued : -1;
    }

    bool sawStatus(IntakeState::Phase phase, const QString &words) const
    {
        for (const IntakeState &s : states)
            if (s.phase == phase && s.statusLine.contains(words, Qt::CaseInsensitive))
                return true;
        return false;
    }

    // Holds SQLite's write lock from another connection: the store's writer waits (or, after
    // its busy timeout, fails: a Retry), so nothing the intake reads can reach the disk.
    bool lock()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        db.setDatabaseName(dir.filePath(QStringLiteral("smsdesk.db")));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        locked = q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        return locked;
    }
    void unlock()
    {
        if (!QSqlDatabase::contains(lockName))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(lockName);
            if (locked)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        locked = false;
        QSqlDatabase::removeDatabase(lockName);
    }

    QTemporaryDir dir;
    SystemClock clock;
    PhoneNumbers numbers { QStringLiteral("DE") };
    std::unique_ptr<QueueStore> store;
    std::unique_ptr<StoreReader> sinkReader;
    std::unique_ptr<StoreReader> checkReader;
    std::unique_ptr<IntakeSink> sink;
    QThread thread;
    QObject receiver;
    RabbitMqIntake *intake = nullptr;
    QList<IntakeState> states;
    IntakeState last;
    QString lockName = QStringLiteral("intake-test-lock");
    bool locked = false;
};

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
        Harness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int n = 0; n < 30; ++n) {
            RabbitPublisher::Message m;
            m.body = sms(n, n % 3 == 1 ? "own-" + QByteArray::number(n) : QByteArray());
            if (n % 3 == 0)
                m.messageId = "mid-" + QByteArray::number(n);
            m.timestampMs = now;
            messages.append(m);
        }
        publish(QStringLiteral("plain"), messages);
        h.startIntake(h.intakeConfig(m_broker->url(), QStringLiteral("plain"), 500));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 30, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("plain"), 0, 0), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 30, kWait);
        QCOMPARE(h.last.read, 30);
        QCOMPARE(h.last.duplicates, 0);
        QCOMPARE(h.last.rejected, 0);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("plain")), qPrintable(h.last.statusLine));
        QVERIFY2(h.last.lagMs >= 0, "the timestamp_in_ms header gives a lag");
        QTRY_COMPARE_WITH_TIMEOUT(h.last.backlog, 0, kWait);
        h.stopIntake();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Stopped, kWait);
        QCOMPARE(h.queued(), 30);
    }

    // While the store cannot write, nothing is acknowledged (ready + unacked stays at what
    // was published), the broker never has more than `prefetch` unacknowledged, and a Retry
    // from the sink is given back to the broker; once the store can write, everything
    // arrives exactly once.
    void nothingIsAcknowledgedBeforeItIsStoredAndPrefetchBoundsTheUnacked()
    {
        Harness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        for (int n = 0; n < 40; ++n)
            messages.append({ sms(n), "locked-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("locked"), messages);
        QVERIFY(h.lock());
        h.startIntake(h.intakeConfig(m_broker->url(), QStringLiteral("locked"), 7));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 0, kWait);
        for (int sample = 0; sample < 2; ++sample) {
            const auto f = m_broker->queueFigures(QStringLiteral("locked"));
            QVERIFY2(f.ok(), qPrintable(f.error().message));
            QVERIFY2(f.value().unacked <= 7, qPrintable(QString::number(f.value().unacked)));
            QCOMPARE(f.value().ready + f.value().unacked, 40);
            QCOMPARE(h.queued(), 0);
        }
        // The store's writer gives up on the lock (busy timeout): Retry. The intake says so and
        // gives those deliveries back (basic.nack, requeue) instead of acknowledging them.
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("store did not take")), kWait);
        const auto afterRetry = m_broker->queueFigures(QStringLiteral("locked"));
        QVERIFY2(afterRetry.ok(), qPrintable(afterRetry.error().message));
        QVERIFY(afterRetry.value().unacked <= 7);
        QCOMPARE(afterRetry.value().ready + afterRetry.value().unacked, 40);
        QCOMPARE(h.queued(), 0);
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 40, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("locked"), 0, 0), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued + h.last.duplicates, 40, kWait);
        QCOMPARE(h.queued(), 40);
    }

    // Not JSON, JSON that is not an object, a number that is not a phone number, 10 MB: each a
    // dead letter (the sink's), acknowledged; the good one beside them is stored.
    void poisonMessagesBecomeDeadLettersAndAreAcknowledged()
    {
        Harness h;
        QVERIFY(h.open());
        const QByteArray huge = "{\"to\":\"+4915112340001\",\"text\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        publish(QStringLiteral("poison"),
                { { "this is not JSON {", "p1", 0 },
                  { "[1, 2, 3]", "p2", 0 },
                  { "{\"to\":\"12ab\",\"text\":\"hello\"}", "p3", 0 },
                  { huge, "p4", 0 },
                  { sms(1), "p5", 0 } });
        h.startIntake(h.intakeConfig(m_broker->url(), QStringLiteral("poison"), 500));
        QTRY_COMPARE_WITH_TIMEOUT(h.last.rejected, 4, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.enqueued, 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("poison"), 0, 0), kWait);
        QCOMPARE(h.queued(), 1);
        const Result<int> dead = h.checkReader->deadLetterCount(DeadLetterFilter {});
        QVERIFY2(dead.ok(), qPrintable(dead.error().message));
        QCOMPARE(dead.value(), 4);
        QCOMPARE(h.last.phase, IntakeState::Phase::Running); // poison never stops the intake
    }

    // rabbitmqctl close_all_connections while deliveries wait for the store: the intake says
    // so, connects again by itself, and every message (each with message_id or its own `id`)
    // is stored exactly once although the broker gives the unacknowledged ones again.
    void connectionClosedByTheBrokerResumesWithoutLossOrDuplicate()
    {
        Harness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> messages;
        for (int n = 0; n < 60; ++n) {
            if (n % 2 == 0)
                messages.append({ sms(n), "drop-" + QByteArray::number(n), 0 });
            else
                messages.append({ sms(n, "own-drop-" + QByteArray::number(n)), {}, 0 });
        }
        publish(QStringLiteral("dropped"), messages);
        QVERIFY(h.lock());
        h.startIntake(h.intakeConfig(m_broker->url(), QStringLiteral("dropped"), 20));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 0, kWait);
        const Result<QString> closed
            = m_broker->ctl({ QStringLiteral("close_all_connections"), QStringLiteral("test closes it") });
        QVERIFY2(closed.ok(), qPrintable(closed.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("test closes it")), kWait);
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 60, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("dropped"), 0, 0), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kWait);
        QCOMPARE(h.queued(), 60);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read >= 60, kWait);
    }

    // The broker stopped (with deliveries unacknowledged) and started again: the intake says
    // it is gone, waits, connects by itself, and nothing is lost.
    void brokerStoppedAndStartedAgainResumesByItself()
    {
        Harness h;
        QVERIFY(h.open());
        QList<RabbitPublisher::Message> first;
        for (int n = 0; n < 10; ++n)
            first.append({ sms(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), first);
        h.startIntake(h.intakeConfig(m_broker->url(), QStringLiteral("restart"), 50));
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 10, kWait);

        QVERIFY(h.lock());
        QList<RabbitPublisher::Message> second;
        for (int n = 10; n < 20; ++n)
            second.append({ sms(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), second);
        QTRY_VERIFY_WITH_TIMEOUT(h.last.read > 10, kWait);
        const Status stopped = m_broker->stop();
        QVERIFY2(stopped.ok(), qPrintable(stopped.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(h.last.phase == IntakeState::Phase::Failing, kWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));
        const Status started = m_broker->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        h.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(h.last.phase, IntakeState::Phase::Running, kWait);

        QList<RabbitPublisher::Message> third;
        for (int n = 20; n < 30; ++n)
            third.append({ sms(n), "restart-" + QByteArray::number(n), 0 });
        publish(QStringLiteral("restart"), third);
        QTRY_COMPARE_WITH_TIMEOUT(h.queued(), 30, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(brokerSettled(QStringLiteral("restart"), 0, 0), kWait);
        QCOMPARE(h.queued(), 30);
    }

    // A refused login is a clear status line (and the intake keeps trying); Test says the
    // same, and what is there when the login is right.
    void wrongPasswordIsAClearStatusLine()
    {
        Harness h;
        QVERIFY(h.open());
        IntakeConfig wrong = h.intakeConfig(m_broker->url(QStringLiteral("guest"), QStringLiteral("not-the-password")),
                                            QStringLiteral("plain"), 10);
        h.startIntake(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(h.sawStatus(IntakeState::Phase::Failing, QStringLiteral("RabbitMQ refused user guest")),
                                 kWait);
        QVERIFY2(h.last.statusLine.contains(QStringLiteral("again in")), qPrintable(h.last.statusLine));
        h.stopIntake();

        const Result<QString> refused = RabbitMqIntake::probe(wrong, 5000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("RabbitMQ refused user guest")),
                 qPrintable(refused.error().message));
    }

    void probeSaysWhatIsThere()
    {
        Harness h;
        publish(QStringLiteral("probed"), { { sms(1), "probe-1", 0 }, { sms(2), "probe-2", 0 } });
        const Result<QString> ok
            = RabbitMqIntake::probe(h.intakeConfig(m_broker->url(), QStringLiteral("probed"), 10), 5000);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QVERIFY2(ok.value().startsWith(QStringLiteral("RabbitMQ 3.")), qPrintable(ok.value()));
        QVERIFY2(ok.value().contains(QStringLiteral("queue probed has 2 message")), qPrintable(ok.value()));

        const Result<QString> missing
            = RabbitMqIntake::probe(h.intakeConfig(m_broker->url(), QStringLiteral("no-such-queue"), 10), 5000);
        QVERIFY2(missing.ok(), qPrintable(missing.error().message));
        QVERIFY2(missing.value().contains(QStringLiteral("no queue no-such-queue yet")), qPrintable(missing.value()));

        QUrl closedPort = m_broker->url();
        closedPort.setPort(1); // nothing listens on 127.0.0.1:1
        const Result<QString> nobody = RabbitMqIntake::probe(h.intakeConfig(closedPort, QStringLiteral("x"), 10), 5000);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.error().message.contains(QStringLiteral("could not connect to RabbitMQ at 127.0.0.1:1")),
                 qPrintable(nobody.error().message));
    }
};

QTEST_GUILESS_MAIN(TstRabbitMqIntake)
#include "tst_rabbitmqintake.moc"
