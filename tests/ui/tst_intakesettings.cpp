// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Intake and the dashboard's intake line (issue 16, point 6), on a real engine
// reading a real rabbitmq-server (RabbitBroker, tests/intake) and a real redis-server
// (RedisServer; XADD and XPENDING as redis/redis-doc commands/xadd.md, xpending.md say): an
// intake added through the
// dialog (Test first), its password kept in the credential store and never in settings.ini,
// live counts as messages arrive, a wrong password said in the state, off and removed.
// AMQP behaviour relied on: rabbitmq-website docs/confirms.md (acks after storing). Amazon SQS
// through ElasticMQ (ElasticMq, tests/intake), as AWS's SQS API Reference describes
// SendMessageBatch and GetQueueAttributes (ApproximateNumberOfMessages…).
#include "dashboardpage.h"
#include "elasticmq.h"
#include "intakedialog.h"
#include "intakemodel.h"
#include "intakessection.h"
#include "intakestrip.h"
#include "rabbitmqbroker.h"
#include "redisserver.h"
#include "settingspage.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

QString cell(IntakesSection &section, int row, int column)
{
    return section.model()->index(row, column).data().toString();
}

QByteArray sms(int i)
{
    return QStringLiteral("{\"to\":\"+4915112345%1\",\"text\":\"Order %1 ready\"}").arg(600 + i).toUtf8();
}

} // namespace

class TestIntakeSettings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RabbitBroker> m_broker;

private Q_SLOTS:
    void initTestCase()
    {
        m_broker = std::make_unique<RabbitBroker>();
        const Status started = m_broker->start();
        QVERIFY2(started.ok(), qPrintable(started.errorString() + m_broker->logText().right(2000)));
    }

    void cleanupTestCase() { m_broker.reset(); }

    void addedThroughTheDialogReadsAndCounts()
    {
        auto credentials = std::make_shared<MemoryCredentialStore>();
        UiEngineFixture fixture(credentials);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        SettingsPage settings(fixture.facade(), fixture.facade().readModel());
        DashboardPage dashboard(fixture.facade(), fixture.facade().readModel());
        IntakesSection &section = *settings.intakes();
        QVERIFY(!dashboard.intakeStrip()->isVisibleTo(&dashboard)); // no intake: no line

        QTest::mouseClick(section.addButton(), Qt::LeftButton);
        auto *dialog = section.findChild<IntakeDialog *>();
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(IntakeConfig::Kind::RabbitMq)));
        QVERIFY(!dialog->streamField()->isVisibleTo(dialog));
        dialog->urlField()->setText(QStringLiteral("amqp://guest@127.0.0.1:%1/").arg(m_broker->amqpPort()));
        dialog->passwordField()->setText(QStringLiteral("guest"));
        dialog->queueField()->setText(QStringLiteral("desk"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(QLatin1String("RabbitMQ 3.")), 20'000);
        dialog->accept();
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(credentials->entries.value(QStringLiteral("intake/1")).password, QStringLiteral("guest"));
        QFile ini(fixture.dataDir() + QStringLiteral("/settings.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray kept = ini.readAll();
        QVERIFY2(kept.contains("amqp://guest@127.0.0.1") && !kept.contains("guest:guest"), kept.constData());
        QTRY_VERIFY_WITH_TIMEOUT(cell(section, 0, IntakeModel::StateColumn).startsWith(QLatin1String("Running")),
                                 30'000);

        RabbitPublisher producer;
        QVERIFY(producer.connect(m_broker->url()).ok());
        QVERIFY(producer.declareDurable(QStringLiteral("desk")).ok());
        QVERIFY(
            producer
                .publish(QStringLiteral("desk"),
                         { { sms(1), "m-1", 0 }, { sms(2), "m-2", 0 }, { sms(3), "m-3", 0 }, { "not json", "m-4", 0 } })
                .ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::ReadColumn), QStringLiteral("4"), 30'000);
        QTRY_COMPARE(cell(section, 0, IntakeModel::QueuedColumn), QStringLiteral("3"));
        QCOMPARE(cell(section, 0, IntakeModel::RejectedColumn), QStringLiteral("1"));
        QCOMPARE(fixture.facade().readModel().counts()->queued, qint64(3));
        QCOMPARE(fixture.facade().readModel().counts()->dead, qint64(1));

        QTRY_VERIFY(dashboard.intakeStrip()->isVisibleTo(&dashboard));
        QCOMPARE(dashboard.intakeStrip()->lines().size(), 1);
        QTRY_VERIFY2(dashboard.intakeStrip()->lines().first()->text().contains(QLatin1String("3 queued")),
                     qPrintable(dashboard.intakeStrip()->lines().first()->text()));

        // Turned off: the state says so and nothing more is read.
        section.view()->selectRow(0);
        QTest::mouseClick(section.toggleButton(), Qt::LeftButton);
        QTRY_VERIFY(cell(section, 0, IntakeModel::StateColumn).startsWith(QLatin1String("Off")));
        QCOMPARE(section.toggleButton()->text(), QStringLiteral("Turn &on"));

        // Removed after the question: the row, and its password, are gone.
        section.removeSelected();
        auto *box = section.findChild<QMessageBox *>(QStringLiteral("confirmRemoveIntake"));
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        QTRY_COMPARE(section.model()->rowCount(), 0);
        QTRY_VERIFY(!credentials->entries.contains(QStringLiteral("intake/1")));
        QTRY_VERIFY(!dashboard.intakeStrip()->isVisibleTo(&dashboard));
    }

    // A Redis Streams intake through the same dialog: Test names the server, the group is made
    // when it starts, the producer's entries are counted (one without `message` rejected) and
    // acknowledged.
    void aRedisStreamIsReadLikeTheOthers()
    {
        RedisServer redis;
        const Status up = redis.start();
        QVERIFY2(up.ok(), qPrintable(up.errorString()));
        auto credentials = std::make_shared<MemoryCredentialStore>();
        UiEngineFixture fixture(credentials);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        SettingsPage settings(fixture.facade(), fixture.facade().readModel());
        DashboardPage dashboard(fixture.facade(), fixture.facade().readModel());
        IntakesSection &section = *settings.intakes();

        QTest::mouseClick(section.addButton(), Qt::LeftButton);
        auto *dialog = section.findChild<IntakeDialog *>();
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(IntakeConfig::Kind::Redis)));
        QVERIFY(dialog->streamField()->isVisibleTo(dialog));
        QVERIFY(!dialog->queueField()->isVisibleTo(dialog));
        dialog->urlField()->setText(QStringLiteral("redis://127.0.0.1:%1").arg(redis.port()));
        dialog->passwordField()->setText(QString::fromLatin1(redis.password()));
        QCOMPARE(dialog->streamField()->text(), QStringLiteral("sms_queue")); // the design's defaults
        QCOMPARE(dialog->groupField()->text(), QStringLiteral("sms_workers"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(QLatin1String("Redis 7.")), 20'000);
        QVERIFY2(dialog->resultLabel()->text().contains(QLatin1String("no stream sms_queue yet")),
                 qPrintable(dialog->resultLabel()->text()));
        dialog->accept();
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(cell(section, 0, IntakeModel::StateColumn).startsWith(QLatin1String("Running")),
                                 30'000);

        RedisClient producer;
        QVERIFY(producer.connect(redis.port(), redis.password()).ok());
        QVERIFY(producer
                    .pipeline({ { "XADD", "sms_queue", "*", "message", sms(1) },
                                { "XADD", "sms_queue", "*", "message", sms(2) },
                                { "XADD", "sms_queue", "*", "message", sms(3) },
                                { "XADD", "sms_queue", "*", "to", "+4915112345604" } })
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::ReadColumn), QStringLiteral("4"), 30'000);
        QTRY_COMPARE(cell(section, 0, IntakeModel::QueuedColumn), QStringLiteral("3"));
        QCOMPARE(cell(section, 0, IntakeModel::RejectedColumn), QStringLiteral("1"));
        const auto pending = [&producer] {
            const Result<qint64> p = producer.pending("sms_queue", "sms_workers");
            return p.ok() ? p.value() : -1;
        };
        QTRY_COMPARE(pending(), qint64(0)); // acknowledged once stored
        QCOMPARE(fixture.facade().readModel().counts()->queued, qint64(3));
        QTRY_VERIFY2(dashboard.intakeStrip()->lines().value(0) != nullptr
                         && dashboard.intakeStrip()->lines().first()->text().contains(QLatin1String("3 queued")),
                     "the dashboard's intake line counts the stream's entries");
    }

    // Amazon SQS the same way: the take-over time is shown (it is the visibility timeout),
    // Test says what the queue holds, the secret key goes to the credential store, and the
    // counts and the dashboard line follow what a producer sends.
    void anSqsQueueIsReadLikeTheOthers()
    {
        ElasticMq sqs;
        const Status up = sqs.start();
        QVERIFY2(up.ok(), qPrintable(up.errorString()));
        SqsTestClient producer;
        const Result<QUrl> queue = producer.createQueue(sqs.endpoint(), QStringLiteral("shop_sms"));
        QVERIFY2(queue.ok(), qPrintable(queue.errorString()));
        auto credentials = std::make_shared<MemoryCredentialStore>();
        UiEngineFixture fixture(credentials);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        SettingsPage settings(fixture.facade(), fixture.facade().readModel());
        DashboardPage dashboard(fixture.facade(), fixture.facade().readModel());
        IntakesSection &section = *settings.intakes();

        QTest::mouseClick(section.addButton(), Qt::LeftButton);
        auto *dialog = section.findChild<IntakeDialog *>();
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(IntakeConfig::Kind::Sqs)));
        QVERIFY(!dialog->streamField()->isVisibleTo(dialog));
        QVERIFY(dialog->queueField()->isVisibleTo(dialog));
        QVERIFY(dialog->claimIdleField()->isVisibleTo(dialog));
        dialog->urlField()->setText(QStringLiteral("http://AKIDEXAMPLE@127.0.0.1:%1/?region=eu-west-1").arg(sqs.port()));
        dialog->passwordField()->setText(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        dialog->queueField()->setText(QStringLiteral("shop_sms"));
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(QLatin1String("SQS at")), 20'000);
        QVERIFY2(dialog->resultLabel()->text().contains(QLatin1String("queue shop_sms has 0 message")),
                 qPrintable(dialog->resultLabel()->text()));
        dialog->accept();
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(cell(section, 0, IntakeModel::StateColumn).startsWith(QLatin1String("Running")),
                                 30'000);
        const IntakeConfig saved = fixture.facade().intakes()->first();
        QVERIFY2(saved.url.password().isEmpty(), "the secret key is in the credential store, not the settings");

        QVERIFY(producer.send(queue.value(), { sms(1), sms(2), sms(3), R"({"to":"+4915112345604"})" }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::ReadColumn), QStringLiteral("4"), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::QueuedColumn), QStringLiteral("3"), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::RejectedColumn), QStringLiteral("1"), 30'000);
        QCOMPARE(fixture.facade().readModel().counts()->queued, qint64(3));
        QTRY_VERIFY2(dashboard.intakeStrip()->lines().value(0) != nullptr
                         && dashboard.intakeStrip()->lines().first()->text().contains(QLatin1String("3 queued")),
                     "the dashboard's intake line counts the queue's messages");
    }

    // Not a check: the shots for the docs (Settings → Intake with a Redis stream and a
    // RabbitMQ queue being read, the dialog after Test, the dashboard's intake lines), taken
    // when asked for with SMSDESK_INTAKE_SHOTS=DIR (scripts/screenshots.sh).
    void shots()
    {
        const QString dir = qEnvironmentVariable("SMSDESK_INTAKE_SHOTS");
        if (dir.isEmpty())
            QSKIP("SMSDESK_INTAKE_SHOTS is not set");
        RedisServer redis;
        QVERIFY(redis.start().ok());
        auto credentials = std::make_shared<MemoryCredentialStore>();
        UiEngineFixture fixture(credentials);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        EngineFacade &facade = fixture.facade();
        IntakeConfig stream;
        stream.kind = IntakeConfig::Kind::Redis;
        stream.url = QUrl(QStringLiteral("redis://127.0.0.1:%1").arg(redis.port()));
        QVERIFY(await(facade.saveIntake(stream, QString::fromLatin1(redis.password()))).ok());
        IntakeConfig queue;
        queue.kind = IntakeConfig::Kind::RabbitMq;
        queue.url = QUrl(QStringLiteral("amqp://guest@127.0.0.1:%1/").arg(m_broker->amqpPort()));
        queue.queue = QStringLiteral("shop_orders");
        QVERIFY(await(facade.saveIntake(queue, QStringLiteral("guest"))).ok());
        ElasticMq sqs;
        QVERIFY(sqs.start().ok());
        SqsTestClient sqsProducer;
        const Result<QUrl> sqsQueue = sqsProducer.createQueue(sqs.endpoint(), QStringLiteral("web_orders"));
        QVERIFY(sqsQueue.ok());
        IntakeConfig fromSqs;
        fromSqs.kind = IntakeConfig::Kind::Sqs;
        fromSqs.url = QUrl(QStringLiteral("http://AKIDEXAMPLE@127.0.0.1:%1/?region=eu-west-1").arg(sqs.port()));
        fromSqs.queue = QStringLiteral("web_orders");
        fromSqs.claimIdleMs = 30'000; // SQS's own default visibility timeout
        QVERIFY(await(facade.saveIntake(fromSqs, QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))).ok());

        SettingsPage settings(facade, facade.readModel());
        IntakesSection &section = *settings.intakes();
        section.reload();
        QTRY_VERIFY_WITH_TIMEOUT(cell(section, 0, IntakeModel::StateColumn).startsWith(QLatin1String("Running"))
                                     && cell(section, 1, IntakeModel::StateColumn).startsWith(QLatin1String("Running"))
                                     && cell(section, 2, IntakeModel::StateColumn).startsWith(QLatin1String("Running")),
                                 30'000);
        RedisClient producer;
        QVERIFY(producer.connect(redis.port(), redis.password()).ok());
        QList<QList<QByteArray>> entries;
        for (int i = 1; i <= 12; ++i)
            entries.append({ "XADD", "sms_queue", "*", "message", sms(i) });
        entries.append({ "XADD", "sms_queue", "*", "to", "+4915112345699" });
        QVERIFY(producer.pipeline(entries).ok());
        RabbitPublisher publisher;
        QVERIFY(publisher.connect(m_broker->url()).ok());
        QVERIFY(publisher.declareDurable(QStringLiteral("shop_orders")).ok());
        QVERIFY(publisher.publish(QStringLiteral("shop_orders"), { { sms(20), "o-20", 0 }, { sms(21), "o-21", 0 } }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 0, IntakeModel::ReadColumn), QStringLiteral("13"), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 1, IntakeModel::ReadColumn), QStringLiteral("2"), 30'000);
        QVERIFY(sqsProducer.send(sqsQueue.value(), { sms(30), sms(31), sms(32), sms(33), sms(34) }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(section, 2, IntakeModel::ReadColumn), QStringLiteral("5"), 30'000);

        settings.resize(1060, 640);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settings.showSection(&section);
        section.view()->selectRow(0);
        QTest::qWait(300);
        QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("settings-intake.png"))));

        DashboardPage dashboard(facade, facade.readModel());
        dashboard.resize(1060, 640);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_COMPARE(dashboard.intakeStrip()->lines().size(), 3);
        QTest::qWait(1500); // the figures' first refresh
        QVERIFY(dashboard.grab().save(QDir(dir).filePath(QStringLiteral("dashboard-intake.png"))));
        dashboard.hide();

        section.editSelected();
        auto *dialog = section.findChild<IntakeDialog *>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(QLatin1String("Redis 7.")), 20'000);
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("intake-dialog-redis.png"))));
        dialog->reject();

        // ElasticMQ counts a deleted message as being read until its visibility timeout is over
        // and a receive has come by; SQS does not. Shown once it is.
        QTRY_VERIFY_WITH_TIMEOUT(sqsProducer.counts(sqsQueue.value()).value() == std::make_pair(qint64(0), qint64(0)),
                                 120'000);
        section.view()->selectRow(2);
        section.editSelected();
        IntakeDialog *sqsDialog = nullptr; // the Redis one may still wait for its deleteLater
        for (IntakeDialog *d : section.findChildren<IntakeDialog *>())
            if (d->kindBox()->currentData().toInt() == int(IntakeConfig::Kind::Sqs))
                sqsDialog = d;
        QVERIFY(sqsDialog);
        QTest::mouseClick(sqsDialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sqsDialog->resultLabel()->text().startsWith(QLatin1String("SQS at")), 20'000);
        QTest::qWait(300);
        QVERIFY(sqsDialog->grab().save(QDir(dir).filePath(QStringLiteral("intake-dialog-sqs.png"))));
        sqsDialog->reject();
    }

    void aWrongPasswordIsSaid()
    {
        auto credentials = std::make_shared<MemoryCredentialStore>();
        UiEngineFixture fixture(credentials);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        SettingsPage settings(fixture.facade(), fixture.facade().readModel());
        IntakesSection &section = *settings.intakes();
        IntakeConfig config;
        config.kind = IntakeConfig::Kind::RabbitMq;
        config.url = QUrl(QStringLiteral("amqp://guest@127.0.0.1:%1/").arg(m_broker->amqpPort()));
        config.queue = QStringLiteral("wrong");
        QVERIFY(await(fixture.facade().saveIntake(config, QStringLiteral("not-the-password"))).ok());
        section.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(section, 0, IntakeModel::StateColumn).contains(QLatin1String("refused user guest")), 30'000);
        // Bad input in the dialog: nothing saved, the reason shown.
        auto *dialog = new IntakeDialog(fixture.facade(), IntakeConfig(), &section);
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(IntakeConfig::Kind::RabbitMq)));
        dialog->urlField()->setText(QStringLiteral("redis://127.0.0.1:5672"));
        dialog->accept();
        QTRY_VERIFY(dialog->resultLabel()->text().contains(QLatin1String("amqp://")));
        QCOMPARE(fixture.facade().intakes()->size(), 1);
    }
};

QTEST_MAIN(TestIntakeSettings)
#include "tst_intakesettings.moc"
