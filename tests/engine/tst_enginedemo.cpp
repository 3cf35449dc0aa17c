// SPDX-License-Identifier: GPL-3.0-or-later
// --demo keeps its made-up phones and messages apart from real data (issue 13): in the
// demo folder's own SQLite file, also when --database names a real (perhaps shared) one.
#include "storereader.h"
#include "testsupport.h"
#include "uienginefixture.h"

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

QTEST_GUILESS_MAIN(TestEngineDemo)
#include "tst_enginedemo.moc"
