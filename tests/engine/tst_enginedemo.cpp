// SPDX-License-Identifier: GPL-3.0-or-later
// --demo keeps its made-up phones and messages apart from real data (issue 13): in the
// demo folder's own SQLite file, also when --database names a real (perhaps shared) one.
#include "demoenvironment.h"
#include "storereader.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestEngineDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoNeverWritesIntoTheGivenDatabase();
    void withoutDemoTheGivenDatabaseIsUsed();
    void aFreshDemoGivesEveryScreenWork();
};

void TestEngineDemo::demoNeverWritesIntoTheGivenDatabase()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString real = elsewhere.filePath(QStringLiteral("real.db"));
    UiEngineFixture fixture(std::make_shared<MemoryCredentialStore>());
    fixture.setDemo(true);
    fixture.setDatabaseUrl(QStringLiteral("sqlite://") + real);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(!QFileInfo::exists(real));
    QCOMPARE(fixture.engine().storeConfig().backend, StoreConfig::Backend::Sqlite);
    QCOMPARE(QFileInfo(fixture.engine().storeConfig().sqlitePath).absoluteFilePath(),
             QDir(fixture.dataDir()).filePath(QStringLiteral("demo/smsdesk.db")));
    // The demo phones are there, in the demo's own file.
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QTRY_VERIFY(!reader.devices().value().isEmpty());
}

void TestEngineDemo::withoutDemoTheGivenDatabaseIsUsed()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString real = elsewhere.filePath(QStringLiteral("real.db"));
    UiEngineFixture fixture(std::make_shared<MemoryCredentialStore>());
    fixture.setDatabaseUrl(QStringLiteral("sqlite://") + real);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QCOMPARE(fixture.engine().storeConfig().sqlitePath, real);
    QVERIFY(QFileInfo::exists(real));
}

// Issue 15, point 7: the demo's first start queues messages its phones refuse for good (dead
// letters once sent), one to the customer who answers STOP, one scheduled in a few hours and a
// small campaign; a second start of the same demo folder adds nothing.
void TestEngineDemo::aFreshDemoGivesEveryScreenWork()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const auto countAll = [](StoreReader &reader) {
        const Result<StatusCounts> counts = reader.counts();
        return counts ? counts->queued + counts->sending + counts->sent + counts->dead : -1;
    };
    qint64 firstTotal = 0;
    MemoryCredentialStore credentials;
    for (int run = 0; run < 2; ++run) {
        Engine::Options options;
        options.dataDir = dataDir.path(); // the same folder both times
        options.startApi = false;
        options.startDispatcher = false;
        options.demo = true;
        Engine engine(SystemClock::instance(), credentials, options);
        const Status started = engine.start();
        QVERIFY2(started.ok(), qPrintable(started.errorString()));
        StoreReader reader(engine.storeConfig());
        QVERIFY(reader.open().ok());
        QTRY_COMPARE(reader.campaigns(10).value().size(), 1);
        const Campaign campaign = reader.campaigns(10).value().constFirst();
        QCOMPARE(campaign.recipients, int(DemoEnvironment::campaignNumbers().size()));
        QVERIFY(campaign.perMinute > 0);
        QTRY_COMPARE(reader.scheduledMessages(0, 10).value().size(), 1);
        const Message scheduled = reader.scheduledMessages(0, 10).value().constFirst();
        QCOMPARE(scheduled.to, DemoEnvironment::scheduledNumber());
        QVERIFY(scheduled.sendAtMs > QDateTime::currentMSecsSinceEpoch() + 3'600'000);
        for (const QString &number : DemoEnvironment::refusedNumbers())
            QCOMPARE(reader.threadItems(number, ThreadCursor {}, 10).value().size(), 1);
        QCOMPARE(reader.threadItems(DemoEnvironment::stopNumber(), ThreadCursor {}, 10).value().size(), 1);
        if (run == 0)
            firstTotal = countAll(reader);
        else
            QCOMPARE(countAll(reader), firstTotal);
        engine.stop();
    }
}

QTEST_GUILESS_MAIN(TestEngineDemo)
#include "tst_enginedemo.moc"
