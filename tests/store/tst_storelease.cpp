// SPDX-License-Identifier: GPL-3.0-or-later
// Claiming with a lease, completing, and what an expired lease may no longer do.
#include "storetestsupport.h"

#include <QSet>

#include <thread>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kTo = QStringLiteral("+4915112345678");

QStringList kinds(StoreReader &reader, const QUuid &id)
{
    QStringList list;
    // Keep the Result alive: Result::value() && hands out a reference into the temporary.
    const Result<QList<MessageEvent>> events = reader.events(id);
    for (const MessageEvent &e : events.value())
        list << e.kind;
    return list;
}
} // namespace

class tst_StoreLease final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claimsByPriorityThenAge();
    void scheduledMessageWaitsForSendAt();
    void claimSetsLease();
    void completeSentSetsStickyDevice();
    void completeRetryRequeuesAtTime();
    void retryWithoutAttemptsLeftIsDead();
    void completeDead();
    void releaseDoesNotCountTheAttempt();
    void lostLeaseCannotOverwrite();
    void recoveryReturnsOnlyExpiredLeases();
    void renewalKeepsOnlyWhatTheHolderStillHas();
    void twoDispatchersNeverClaimTheSameMessage();
    void leaseIdsComeFromOneSequence();
};

void tst_StoreLease::claimsByPriorityThenAge()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message oldLow = f.enqueue(kTo, QStringLiteral("old low"), 0);
    f.clock().advanceMs(10);
    const Message high = f.enqueue(kTo, QStringLiteral("high"), 5);
    f.clock().advanceMs(10);
    const Message newLow = f.enqueue(kTo, QStringLiteral("new low"), 0);
    f.clock().advanceMs(10);
    const Message newHigh = f.enqueue(kTo, QStringLiteral("new high"), 5);

    const QList<Message> first = f.claim(3);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first[0].id, high.id);
    QCOMPARE(first[1].id, newHigh.id);
    QCOMPARE(first[2].id, oldLow.id);
    const QList<Message> rest = f.claim(3);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].id, newLow.id);
    QVERIFY(f.claim(3).isEmpty());
}

void tst_StoreLease::scheduledMessageWaitsForSendAt()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const qint64 at = f.clock().nowMs() + 60'000;
    const Message later = f.enqueue(kTo, QStringLiteral("later"), 9, at);
    QCOMPARE(later.nextAttemptAtMs, at);
    QCOMPARE(f.reader()->nextDueAtMs().value(), at);
    QVERIFY(f.claim().isEmpty());
    f.clock().setNowMs(at - 1);
    QVERIFY(f.claim().isEmpty());
    f.clock().setNowMs(at);
    const QList<Message> claimed = f.claim();
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().id, later.id);
}

void tst_StoreLease::claimSetsLease()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(kTo, QStringLiteral("x"));
    const QList<Message> claimed = f.claim(10, 30'000, QStringLiteral("worker-a"));
    QCOMPARE(claimed.size(), 1);
    const Message &c = claimed.first();
    QCOMPARE(c.status, MessageStatus::Sending);
    QCOMPARE(c.leaseOwner, QStringLiteral("worker-a"));
    QVERIFY(c.leaseId > 0);
    QCOMPARE(c.leaseExpiresAtMs, f.clock().nowMs() + 30'000);
    QCOMPARE(c.attempts, 1);
    auto reader = f.reader();
    QCOMPARE(reader->counts()->sending, 1);
    QCOMPARE(reader->counts()->queued, 0);
    QCOMPARE(reader->nextLeaseExpiryMs().value(), c.leaseExpiresAtMs);
    QCOMPARE(kinds(*reader, m.id), (QStringList { QStringLiteral("enqueued"), QStringLiteral("sending") }));
}

void tst_StoreLease::completeSentSetsStickyDevice()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("x"));
    const Message c = f.claim().first();
    f.clock().advanceMs(1500);
    SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Sent);
    o.gatewayMessageId = QStringLiteral("gw-1");
    o.httpStatus = 202;
    QVERIFY(f.completeOne(o).ok());
    auto reader = f.reader();
    const Message m = reader->message(c.id).value();
    QCOMPARE(m.status, MessageStatus::Sent);
    QCOMPARE(m.sentAtMs, f.clock().nowMs());
    QCOMPARE(m.sentDeviceId, 7);
    QCOMPARE(m.gatewayMessageId, QStringLiteral("gw-1"));
    QCOMPARE(reader->stickyDevice(kTo).value(), 7);
    QCOMPARE(reader->segmentsSentSince(7, 0).value(), 1);
    QCOMPARE(reader->events(c.id)->last().httpStatus, 202);
    const auto t = reader->throughputSince(0).value();
    QCOMPARE(t.sent, 1);
    QCOMPARE(t.medianLatencyMs, 1500);
}

void tst_StoreLease::completeRetryRequeuesAtTime()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("x"));
    const Message c = f.claim().first();
    // The store's policy decides the wait (the fixture's: always the ceiling, 5 s less a
    // hair for the first retry), never less than what the gateway asked for.
    SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Retry);
    o.attempt = c.attempts;
    o.retryAfterMs = 5000;
    o.httpStatus = 503;
    o.error = QStringLiteral("gateway unavailable");
    QVERIFY(f.completeOne(o).ok());
    const qint64 retryAt = f.clock().nowMs() + 5000;
    const Message m = f.reader()->message(c.id).value();
    QCOMPARE(m.status, MessageStatus::Queued);
    QCOMPARE(m.nextAttemptAtMs, retryAt);
    QCOMPARE(m.lastError, o.error);
    QCOMPARE(m.attempts, 1);
    QVERIFY(f.claim().isEmpty());
    f.clock().setNowMs(retryAt);
    const Message again = f.claim().first();
    QCOMPARE(again.attempts, 2);
    QVERIFY(again.leaseId != c.leaseId);
}

void tst_StoreLease::retryWithoutAttemptsLeftIsDead()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    NewMessage in = StoreFixture::message(kTo, QStringLiteral("x"));
    in.maxAttempts = 2;
    f.enqueue(in);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const Message c = f.claim().first();
        QCOMPARE(c.attempts, attempt);
        SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Retry);
        o.attempt = c.attempts;
        o.error = QStringLiteral("timeout");
        QVERIFY(f.completeOne(o).ok());
        if (attempt < 2)
            f.clock().advanceMs(RetryPolicy().ceilingMs(attempt)); // the retry's wait
    }
    auto reader = f.reader();
    const Message m = reader->messages({}).value().messages.first();
    QCOMPARE(m.status, MessageStatus::Dead);
    QVERIFY(m.lastError.contains(QStringLiteral("attempts exhausted")));
    QCOMPARE(m.deadAtMs, f.clock().nowMs());
    QCOMPARE(reader->counts()->dead, 1);
    QCOMPARE(reader->throughputSince(0)->failed, 2); // one retry, one dead
}

void tst_StoreLease::completeDead()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("x"));
    const Message c = f.claim().first();
    SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Dead);
    o.httpStatus = 400;
    o.error = QStringLiteral("invalid number");
    QVERIFY(f.completeOne(o).ok());
    auto reader = f.reader();
    const Message m = reader->message(c.id).value();
    QCOMPARE(m.status, MessageStatus::Dead);
    QCOMPARE(m.lastError, QStringLiteral("invalid number"));
    QCOMPARE(reader->deadLetterCount({}).value(), 1);
    QCOMPARE(reader->events(c.id)->last().kind, QString::fromLatin1(EventKind::Dead));
}

void tst_StoreLease::releaseDoesNotCountTheAttempt()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    NewMessage in = StoreFixture::message(kTo, QStringLiteral("x"));
    in.maxAttempts = 1;
    f.enqueue(in);
    for (int i = 0; i < 3; ++i) {
        const Message c = f.claim().first();
        SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Release);
        o.retryAtMs = f.clock().nowMs() + 100;
        QVERIFY(f.completeOne(o).ok());
        f.clock().advanceMs(100);
    }
    const Message m = f.reader()->messages({}).value().messages.first();
    QCOMPARE(m.status, MessageStatus::Queued);
    QCOMPARE(m.attempts, 0);
}

void tst_StoreLease::lostLeaseCannotOverwrite()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("x"));
    const Message oldClaim = f.claim(1, 1000, QStringLiteral("slow")).first();
    f.clock().advanceMs(1001);
    QCOMPARE(await(f.store().recoverExpiredLeases()).value(), 1);
    const Message newClaim = f.claim(1, 30'000, QStringLiteral("fast")).first();
    QCOMPARE(newClaim.id, oldClaim.id);
    QVERIFY(newClaim.leaseId != oldClaim.leaseId);

    // Every outcome of the old holder is refused and changes nothing.
    auto reader = f.reader();
    const Message before = reader->message(oldClaim.id).value();
    const int eventsBefore = int(reader->events(oldClaim.id)->size());
    for (auto kind : { SendOutcome::Kind::Sent, SendOutcome::Kind::Retry, SendOutcome::Kind::Dead,
                       SendOutcome::Kind::Release }) {
        const Status s = f.completeOne(StoreFixture::outcome(oldClaim, kind));
        QCOMPARE(s.code(), ErrorCode::Conflict);
        QVERIFY(s.errorString().contains(QStringLiteral("lease lost")));
    }
    const Message after = reader->message(oldClaim.id).value();
    QCOMPARE(after.status, MessageStatus::Sending);
    QCOMPARE(after.leaseOwner, QStringLiteral("fast"));
    QCOMPARE(after.leaseId, newClaim.leaseId);
    QCOMPARE(after.updatedAtMs, before.updatedAtMs);
    QCOMPARE(reader->events(oldClaim.id)->size(), eventsBefore);
    // The new holder still can.
    QVERIFY(f.completeOne(StoreFixture::outcome(newClaim, SendOutcome::Kind::Sent)).ok());
    // And after it is sent, the old lease still cannot.
    QCOMPARE(f.completeOne(StoreFixture::outcome(oldClaim, SendOutcome::Kind::Dead)).code(),
             ErrorCode::Conflict);
    QCOMPARE(reader->message(oldClaim.id)->status, MessageStatus::Sent);
}

void tst_StoreLease::recoveryReturnsOnlyExpiredLeases()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("short"));
    const Message shortLease = f.claim(1, 1000).first();
    f.enqueue(kTo, QStringLiteral("long"));
    const Message longLease = f.claim(1, 60'000).first();
    f.clock().advanceMs(999);
    QCOMPARE(await(f.store().recoverExpiredLeases()).value(), 0);
    f.clock().advanceMs(2);
    QCOMPARE(await(f.store().recoverExpiredLeases()).value(), 1);
    auto reader = f.reader();
    QCOMPARE(reader->message(shortLease.id)->status, MessageStatus::Queued);
    QCOMPARE(reader->message(longLease.id)->status, MessageStatus::Sending);
    QCOMPARE(reader->events(shortLease.id)->last().kind, QString::fromLatin1(EventKind::LeaseExpired));
    QCOMPARE(reader->counts()->queued, 1);
    QCOMPARE(reader->counts()->sending, 1);
    // Recovery also works across a restart (crash recovery at start).
    f.close();
    f.clock().advanceMs(60'000);
    QVERIFY(f.open().ok());
    QCOMPARE(await(f.store().recoverExpiredLeases()).value(), 1);
    QCOMPARE(f.reader()->counts()->queued, 2);
}

// A live dispatcher renews what it holds; a renewal reaches only the rows its lease still
// holds, so a lease recovered (and claimed again) while its holder was paused stays lost.
void tst_StoreLease::renewalKeepsOnlyWhatTheHolderStillHas()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("kept"));
    const Message kept = f.claim(1, 1000, QStringLiteral("a")).first();
    f.enqueue(kTo, QStringLiteral("sent"));
    const Message sent = f.claim(1, 1000, QStringLiteral("a")).first();
    QVERIFY(f.completeOne(StoreFixture::outcome(sent, SendOutcome::Kind::Sent)).ok());
    f.enqueue(kTo, QStringLiteral("lost"));
    const Message lost = f.claim(1, 1000, QStringLiteral("a")).first();

    f.clock().advanceMs(600);
    Result<LeaseRenewal> r = await(f.store().renewLeases(QStringLiteral("a"), { kept.leaseId, sent.leaseId }, 1000));
    QVERIFY(r.ok());
    QCOMPARE(r->seqs, QList<qint64> { kept.seq }); // the sent one is no longer leased
    QCOMPARE(r->expiresAtMs, f.clock().nowMs() + 1000);
    // Another owner's name renews nothing, even with the right lease id.
    QVERIFY(await(f.store().renewLeases(QStringLiteral("b"), { kept.leaseId }, 60'000))->seqs.isEmpty());

    // Past the first expiry only the unrenewed lease is recovered.
    f.clock().advanceMs(600);
    QCOMPARE(await(f.store().recoverExpiredLeases()).value(), 1);
    auto reader = f.reader();
    QCOMPARE(reader->message(kept.id)->status, MessageStatus::Sending);
    QCOMPARE(reader->message(kept.id)->leaseExpiresAtMs, r->expiresAtMs);
    QCOMPARE(reader->message(lost.id)->status, MessageStatus::Queued);
    // Claimed again by someone else: the old holder's renewal cannot take it back.
    const Message again = f.claim(1, 30'000, QStringLiteral("b")).first();
    QCOMPARE(again.id, lost.id);
    QVERIFY(await(f.store().renewLeases(QStringLiteral("a"), { lost.leaseId }, 60'000))->seqs.isEmpty());
    QCOMPARE(reader->message(lost.id)->leaseExpiresAtMs, again.leaseExpiresAtMs);
    QCOMPARE(await(f.store().renewLeases(QStringLiteral("a"), {}, 0)).code(), ErrorCode::Invalid);
}

// Several dispatchers on several machines share one PostgreSQL queue (FOR UPDATE SKIP
// LOCKED): two stores on one database claim side by side, and no message is ever held by
// both.
void tst_StoreLease::twoDispatchersNeverClaimTheSameMessage()
{
    SMSDESK_POSTGRES_ONLY("an SQLite file has one writer (DESIGN §2); several dispatchers need PostgreSQL");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> second = f.openAnother();
    QVERIFY(second);
    constexpr int total = 600;
    for (int batch = 0; batch < total / 50; ++batch) {
        EnqueueRequest request;
        for (int i = 0; i < 50; ++i)
            request.messages << StoreFixture::message(
                QStringLiteral("+49151%1").arg(batch * 50 + i, 8, 10, QLatin1Char('0')), QStringLiteral("m"));
        QVERIFY(await(f.store().enqueue(request)).ok());
    }

    struct Dispatcher
    {
        QueueStore *store;
        QString owner;
        QList<Message> claimed;
        int errors = 0;
    };
    Dispatcher a { &f.store(), QStringLiteral("machine-a"), {}, 0 };
    Dispatcher b { second.get(), QStringLiteral("machine-b"), {}, 0 };
    const auto run = [](Dispatcher *d) {
        for (int idle = 0; idle < 3;) {
            QFuture<Result<QList<Message>>> claim = d->store->claimDue(d->owner, 7, 60'000);
            claim.waitForFinished();
            const Result<QList<Message>> r = claim.result();
            if (!r.ok()) {
                ++d->errors;
                qWarning("%s: %s", qPrintable(d->owner), qPrintable(r.errorString()));
                continue;
            }
            idle = r->isEmpty() ? idle + 1 : 0;
            QList<SendOutcome> outcomes;
            for (const Message &m : r.value()) {
                d->claimed << m;
                outcomes << StoreFixture::outcome(m, SendOutcome::Kind::Sent);
            }
            if (outcomes.isEmpty())
                continue;
            QFuture<Result<QList<Status>>> done = d->store->complete(outcomes);
            done.waitForFinished();
            const Result<QList<Status>> statuses = done.result();
            if (!statuses.ok()) {
                ++d->errors;
                continue;
            }
            for (const Status &s : statuses.value())
                d->errors += s.ok() ? 0 : 1;
        }
    };
    std::thread ta(run, &a);
    std::thread tb(run, &b);
    ta.join();
    tb.join();
    QCOMPARE(a.errors, 0);
    QCOMPARE(b.errors, 0);
    qInfo("machine-a claimed %lld, machine-b %lld", qint64(a.claimed.size()), qint64(b.claimed.size()));
    QVERIFY2(!a.claimed.isEmpty() && !b.claimed.isEmpty(), "one dispatcher got nothing: no real concurrency");

    QSet<QUuid> ids;
    for (const Dispatcher *d : { &a, &b }) {
        for (const Message &m : d->claimed) {
            QVERIFY2(!ids.contains(m.id),
                     qPrintable(QStringLiteral("claimed twice: %1").arg(m.id.toString())));
            ids.insert(m.id);
            QCOMPARE(m.leaseOwner, d->owner);
            QCOMPARE(m.attempts, 1);
        }
    }
    QCOMPARE(ids.size(), total);
    // A lease id names one holder, so that one dispatcher's late outcome can never match a
    // lease the other holds on the same message, even for two writers started in the same
    // millisecond (here: one manual clock): each writer tags its ids with a random tag.
    QSet<qint64> leasesOfA;
    for (const Message &m : a.claimed)
        leasesOfA.insert(m.leaseId);
    bool distinct = true;
    for (const Message &m : b.claimed)
        distinct = distinct && !leasesOfA.contains(m.leaseId);
    QVERIFY2(distinct, "both dispatchers handed out the same lease id");
    auto reader = f.reader();
    const StatusCounts counts = reader->counts().value();
    QCOMPARE(counts.sent, total);
    QCOMPARE(counts.queued, 0);
    QCOMPARE(counts.sending, 0);
}

// Lease ids are what fences a dispatcher whose lease ran out: on a shared PostgreSQL queue
// they come from one database sequence, so two dispatchers can never hold the same id.
void tst_StoreLease::leaseIdsComeFromOneSequence()
{
    SMSDESK_POSTGRES_ONLY("an SQLite file has one writer, whose own counter is certain");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> second = f.openAnother();
    QVERIFY(second);
    for (int i = 0; i < 3; ++i)
        f.enqueue(kTo, QStringLiteral("m%1").arg(i));
    const Message a1 = f.claim(1, 30'000, QStringLiteral("a")).first();
    const QList<Message> b = await(second->claimDue(QStringLiteral("b"), 1, 30'000)).value();
    QCOMPARE(b.size(), 1);
    const Message a2 = f.claim(1, 30'000, QStringLiteral("a")).first();
    QCOMPARE(b.first().leaseId, a1.leaseId + 1);
    QCOMPARE(a2.leaseId, b.first().leaseId + 1);
    // And it goes on after a restart of both.
    second.reset();
    f.close();
    QVERIFY(f.open().ok());
    f.enqueue(kTo, QStringLiteral("after"));
    QVERIFY(f.claim(1, 30'000, QStringLiteral("a")).first().leaseId > a2.leaseId);
}

QTEST_GUILESS_MAIN(tst_StoreLease)
#include "tst_storelease.moc"
