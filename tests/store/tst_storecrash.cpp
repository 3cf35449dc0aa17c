// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 2, point 6): a child enqueues from several threads and is killed
// with SIGKILL at random moments; every id it printed (= acknowledged) must survive, and
// the database must pass PRAGMA integrity_check.
#include "storetestsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

// Complete lines only: a line cut by the kill was never acknowledged.
void takeLines(QByteArray *buffer, QSet<QUuid> *acked)
{
    const int end = int(buffer->lastIndexOf('\n'));
    if (end < 0)
        return;
    for (const QByteArray &line : buffer->left(end).split('\n')) {
        const QUuid id = QUuid::fromString(QLatin1String(line.trimmed()));
        if (!id.isNull())
            acked->insert(id);
    }
    buffer->remove(0, end + 1);
}

} // namespace

class tst_StoreCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEnqueuesSurviveSigkill();
};

void tst_StoreCrash::acknowledgedEnqueuesSurviveSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("smsdesk.db"));
    constexpr int rounds = 24;
    QSet<QUuid> allAcked;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(STORE_CRASH_CHILD), { dir.path(), QStringLiteral("6") });
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(10'000), "child did not get ready");
        QByteArray buffer = child.readAllStandardOutput();
        QVERIFY2(buffer.startsWith("READY\n"), buffer.constData());
        buffer.remove(0, 6);
        // Kill at a random moment: after a random number of acknowledgements (often 0).
        const int killAfter = int(random->bounded(400));
        QSet<QUuid> acked;
        [[maybe_unused]] const bool reached = QTest::qWaitFor(
            [&] {
                buffer += child.readAllStandardOutput();
                takeLines(&buffer, &acked);
                return acked.size() >= killAfter || child.state() != QProcess::Running;
            },
            10'000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        buffer += child.readAllStandardOutput();
        takeLines(&buffer, &acked);
        allAcked.unite(acked);

        // Restart: the store must open (and recover), and hold every acknowledged id.
        StoreFixture f;
        QVERIFY(f.open(StoreConfig::sqliteAt(dbPath)).ok());
        QVERIFY(await(f.store().recoverExpiredLeases()).ok());
        f.close();
        StoreReader reader(StoreConfig::sqliteAt(dbPath));
        QVERIFY(reader.open().ok());
        int missing = 0;
        for (const QUuid &id : std::as_const(allAcked))
            missing += reader.message(id).ok() ? 0 : 1;
        QVERIFY2(missing == 0,
                 qPrintable(QStringLiteral("round %1: %2 of %3 acknowledged ids lost")
                                .arg(round)
                                .arg(missing)
                                .arg(allAcked.size())));
        QCOMPARE(sqliteIntegrityCheck(dbPath), QStringLiteral("ok"));
    }
    qInfo("%d rounds, %lld acknowledged ids, all present", rounds, qint64(allAcked.size()));
    QVERIFY(allAcked.size() > rounds); // the child did real work
}

QTEST_GUILESS_MAIN(tst_StoreCrash)
#include "tst_storecrash.moc"
