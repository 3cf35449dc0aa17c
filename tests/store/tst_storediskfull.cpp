// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk (issue 2, bad input): the store lives on a small tmpfs of its own
// (tests/run-with-small-disk.sh) and fills it. The enqueue that no longer fits fails with
// a clear error and takes nothing with it; everything acknowledged before stays and can be
// read; once space is freed the same store goes on without a restart; reopened, the
// database passes PRAGMA integrity_check and holds exactly what was acknowledged.
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace smsdesk;
using namespace smsdesk::test;

class tst_StoreDiskFull final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDiskFailsCleanlyAndRecovers();

private:
    QString m_dir;
};

namespace {

// Space that the test gives back once the disk is full.
constexpr qint64 kReserveBytes = 512 * 1024;

EnqueueRequest batch(int round, int size)
{
    EnqueueRequest request;
    for (int i = 0; i < size; ++i) {
        // Distinct numbers and texts, so rows and index entries do not compress into
        // shared pages: the disk fills as it would in use.
        request.messages << StoreFixture::message(
            QStringLiteral("+49301%1").arg(round * size + i, 7, 10, QLatin1Char('0')),
            QStringLiteral("Order %1-%2 is ready for pick-up at the counter; we keep it for you until "
                           "Saturday.")
                .arg(round)
                .arg(i));
    }
    return request;
}

} // namespace

void tst_StoreDiskFull::initTestCase()
{
    SMSDESK_SQLITE_ONLY("the file system under a SQLite file");
    m_dir = qEnvironmentVariable("SMSDESK_TEST_SMALL_DISK");
    QVERIFY2(!m_dir.isEmpty(), "run through tests/run-with-small-disk.sh, which mounts the small disk");
    QVERIFY(QDir(m_dir).exists());
}

void tst_StoreDiskFull::fullDiskFailsCleanlyAndRecovers()
{
    const QString reservePath = QDir(m_dir).filePath(QStringLiteral("reserve"));
    {
        QFile reserve(reservePath);
        QVERIFY(reserve.open(QIODevice::WriteOnly));
        QCOMPARE(reserve.write(QByteArray(kReserveBytes, 'r')), kReserveBytes);
    }
    const QString dbPath = QDir(m_dir).filePath(QStringLiteral("smsdesk.db"));
    StoreFixture f;
    QVERIFY(f.open(StoreConfig::sqliteAt(dbPath)).ok());

    // Fill the disk with batches of 20 until one does not fit.
    QSet<QUuid> acknowledged;
    Status full;
    for (int round = 0; round < 100'000 && full.ok(); ++round) {
        const Result<EnqueueResult> r = await(f.store().enqueue(batch(round, 20)));
        if (!r.ok()) {
            full = r.error();
            break;
        }
        for (const Message &m : r->messages)
            acknowledged.insert(m.id);
    }
    QVERIFY2(!full.ok(), "the small disk never filled up");
    QVERIFY2(acknowledged.size() >= 500, qPrintable(QString::number(acknowledged.size())));
    qInfo("the disk filled after %lld messages: %s", qint64(acknowledged.size()),
          qPrintable(full.errorString()));
    QVERIFY2(full.code() == ErrorCode::Io, qPrintable(full.errorString()));
    QVERIFY2(full.errorString().contains(QLatin1String("the disk that holds the database is full")),
             qPrintable(full.errorString()));

    // A batch of 20 no longer fits, but single messages may still, for a while: take them
    // until one fails too. Then full it is: the next fails the same way, and nothing
    // half-written shows.
    Result<EnqueueResult> again = await(f.store().enqueue(batch(-1, 1)));
    for (int i = 0; again.ok() && i < 1000; ++i) {
        acknowledged.insert(again->messages.first().id);
        again = await(f.store().enqueue(batch(-1000 - i, 1)));
    }
    QVERIFY(!again.ok());
    QCOMPARE(again.code(), ErrorCode::Io);
    QCOMPARE(await(f.store().enqueue(batch(-1, 1))).code(), ErrorCode::Io);
    {
        StoreReader reader(StoreConfig::sqliteAt(dbPath));
        QVERIFY(reader.open().ok());
        const Result<StatusCounts> counts = reader.counts();
        QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
        QCOMPARE(counts->queued, qint64(acknowledged.size()));
    }

    // Space is back: the same store takes messages again, no restart.
    QVERIFY(QFile::remove(reservePath));
    const Result<EnqueueResult> after = await(f.store().enqueue(batch(-2, 5)));
    QVERIFY2(after.ok(), qPrintable(after.errorString()));
    for (const Message &m : after->messages)
        acknowledged.insert(m.id);
    // Claims and outcomes work too.
    const QList<Message> claimed = f.claim(3);
    QCOMPARE(claimed.size(), 3);
    QVERIFY(f.completeOne(StoreFixture::outcome(claimed.first(), SendOutcome::Kind::Sent)).ok());

    // Reopened: sound, and exactly what was acknowledged.
    f.close();
    QCOMPARE(sqliteIntegrityCheck(dbPath), QStringLiteral("ok"));
    QVERIFY(f.open(StoreConfig::sqliteAt(dbPath)).ok());
    StoreReader reader(StoreConfig::sqliteAt(dbPath));
    QVERIFY(reader.open().ok());
    const Result<StatusCounts> counts = reader.counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->queued + counts->sending + counts->sent, qint64(acknowledged.size()));
    QCOMPARE(counts->sent, qint64(1));
    int found = 0;
    for (const QUuid &id : std::as_const(acknowledged))
        found += reader.message(id).ok() ? 1 : 0;
    QCOMPARE(found, int(acknowledged.size()));
}

QTEST_GUILESS_MAIN(tst_StoreDiskFull)
#include "tst_storediskfull.moc"
