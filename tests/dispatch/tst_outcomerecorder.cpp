// SPDX-License-Identifier: GPL-3.0-or-later
// OutcomeRecorder: outcomes become durable in few, ordered commits, and none is lost when
// the store cannot take them for a while. A real store on an SQLite file.
#include "dispatchfixture.h"
#include "outcomerecorder.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestOutcomeRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTurnIsOneCommit();
    void outcomesDuringACommitRideInTheNext();
    void aDoubtLastsUntilResolved();
    void anOutcomeUnderALostLeaseIsRefused();
    void nothingIsLostWhileTheStoreIsLocked();
};

namespace {

QList<Message> claimAll(DispatchFixture &fx, int count)
{
    fx.enqueue(count);
    return await(fx.store().claimDue(QStringLiteral("test"), count, 60'000)).value();
}

SendOutcome sentOutcome(const Message &m)
{
    SendOutcome o;
    o.kind = SendOutcome::Kind::Sent;
    o.id = m.id;
    o.leaseId = m.leaseId;
    o.httpStatus = 202;
    o.gatewayMessageId = QStringLiteral("gw-") + m.id.toString(QUuid::WithoutBraces).left(8);
    return o;
}

} // namespace

void TestOutcomeRecorder::oneTurnIsOneCommit()
{
    DispatchFixture fx;
    Metrics metrics;
    OutcomeRecorder recorder(fx.store(), metrics);
    QSignalSpy recorded(&recorder, &OutcomeRecorder::recorded);
    const QList<Message> claimed = claimAll(fx, 50);
    QCOMPARE(claimed.size(), 50);
    for (const Message &m : claimed)
        recorder.add(sentOutcome(m), m);
    QVERIFY(!recorder.isIdle());
    QTRY_VERIFY(recorder.isIdle());
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().first().toBool(), false); // nothing back in the queue
    QCOMPARE(fx.counts().sent, 50);
}

// A commit takes milliseconds of fsync; what arrives meanwhile waits and goes in one more
// commit, not one each.
void TestOutcomeRecorder::outcomesDuringACommitRideInTheNext()
{
    DispatchFixture fx;
    Metrics metrics;
    OutcomeRecorder recorder(fx.store(), metrics);
    QSignalSpy recorded(&recorder, &OutcomeRecorder::recorded);
    const QList<Message> claimed = claimAll(fx, 21);
    recorder.add(sentOutcome(claimed.first()), claimed.first());
    QCoreApplication::processEvents(); // the flush: one complete() is out now
    for (qsizetype i = 1; i < claimed.size(); ++i)
        recorder.add(sentOutcome(claimed.at(i)), claimed.at(i));
    QCOMPARE(recorder.waiting(), 20); // its answer has not been delivered to this thread yet
    QTRY_VERIFY(recorder.isIdle());
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(fx.counts().sent, 21);
}

void TestOutcomeRecorder::aDoubtLastsUntilResolved()
{
    DispatchFixture fx;
    Metrics metrics;
    OutcomeRecorder recorder(fx.store(), metrics);
    QSignalSpy recorded(&recorder, &OutcomeRecorder::recorded);
    Message m = claimAll(fx, 1).first();
    m.inDoubt = true; // its last request may have reached the gateway
    SendOutcome release;
    release.kind = SendOutcome::Kind::Release;
    release.id = m.id;
    release.leaseId = m.leaseId;
    release.retryAtMs = fx.clock().nowMs();
    recorder.add(std::move(release), m);
    QTRY_VERIFY(recorder.isIdle());
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().first().toBool(), true); // back in the queue
    QVERIFY(fx.message(m.id).inDoubt);
    QCOMPARE(fx.message(m.id).status, MessageStatus::Queued);
}

// Fencing: a dispatcher paused past its lease comes back with the gateway's answer; the
// message has been recovered and claimed by another meanwhile. Its outcome is refused (the
// store checks the lease id), counted, and the other dispatcher's record stands.
void TestOutcomeRecorder::anOutcomeUnderALostLeaseIsRefused()
{
    DispatchFixture fx;
    Metrics metrics;
    OutcomeRecorder recorder(fx.store(), metrics);
    const Message paused = claimAll(fx, 1).first();
    fx.clock().advanceMs(60'001);
    QCOMPARE(await(fx.store().recoverExpiredLeases()).value(), 1);
    const Message other = await(fx.store().claimDue(QStringLiteral("other"), 1, 60'000)).value().first();
    QCOMPARE(other.id, paused.id);
    QVERIFY(other.leaseId != paused.leaseId);

    recorder.add(sentOutcome(paused), paused);
    QTRY_VERIFY(recorder.isIdle());
    QCOMPARE(metrics.value("smsdesk_outcomes_refused_total"), 1.0);
    QCOMPARE(fx.message(paused.id).status, MessageStatus::Sending); // still the other's
    recorder.add(sentOutcome(other), other);
    QTRY_VERIFY(recorder.isIdle());
    QCOMPARE(fx.message(paused.id).status, MessageStatus::Sent);
    QCOMPARE(metrics.value("smsdesk_outcomes_refused_total"), 1.0);
}

// Another program holds the write lock past the store's busy timeout (5 s): the outcome is
// kept and offered again every second, and lands once the lock is gone.
void TestOutcomeRecorder::nothingIsLostWhileTheStoreIsLocked()
{
    SMSDESK_SQLITE_ONLY("holds SQLite's write lock from another connection");
    DispatchFixture fx;
    Metrics metrics;
    OutcomeRecorder recorder(fx.store(), metrics);
    QSignalSpy recorded(&recorder, &OutcomeRecorder::recorded);
    const QList<Message> claimed = claimAll(fx, 3);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(fx.dbPath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        recorder.add(sentOutcome(claimed.at(0)), claimed.at(0));
        recorder.add(sentOutcome(claimed.at(1)), claimed.at(1));
        QTRY_COMPARE(recorder.waiting(), 0); // out to the store, which waits for the lock
        // The commit fails after the busy timeout: the outcomes are back, waiting for the
        // next try a second later, and a new one queues behind them.
        QTRY_COMPARE_WITH_TIMEOUT(recorder.waiting(), 2, 15'000);
        recorder.add(sentOutcome(claimed.at(2)), claimed.at(2));
        QCOMPARE(recorder.waiting(), 3);
        QCOMPARE(recorded.size(), 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 15'000);
    QCOMPARE(fx.counts().sent, 3);
    for (const Message &m : claimed)
        QCOMPARE(fx.message(m.id).attempts, 1);
}

QTEST_GUILESS_MAIN(TestOutcomeRecorder)
#include "tst_outcomerecorder.moc"
