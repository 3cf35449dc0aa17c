// SPDX-License-Identifier: GPL-3.0-or-later
// Several desks on one PostgreSQL queue (issue 13, point 3): what one store commits, the
// others hear at once through LISTEN/NOTIFY (PostgreSQL's own documentation of NOTIFY:
// delivered at commit, to every listening session, identical payloads of one transaction
// folded into one) and re-emit as their own signals; a store does not hear itself twice.
#include "storelistener.h"
#include "storetestsupport.h"
#include "storewriter.h"

#include <QProcess>
#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

class tst_StoreShared final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcementsReadBack();
    void anotherStoreHearsWhatOneCommitted();
    void theQueueLimitHoldsForAllDesksTogether();
    void everyDeskGoesOnAfterTheServerRestarts();
};

// The payload format both sides share; runs on every back end.
void tst_StoreShared::announcementsReadBack()
{
    WriteEffects e;
    e.enqueued = 3;
    e.messagesChanged = true;
    e.devicesChanged = true;
    e.requeued = true;
    e.inboundFrom = { QStringLiteral("+4915112345678"), QStringLiteral("My Shop 100%"),
                      QStringLiteral("+4915112345678") };
    const QStringList payloads = announce::of(e, QStringLiteral("abc"));
    QCOMPARE(payloads,
             (QStringList { QStringLiteral("abc enqueued 3"), QStringLiteral("abc changed"),
                            QStringLiteral("abc devices"), QStringLiteral("abc requeued"),
                            QStringLiteral("abc inbound %2B4915112345678"),
                            QStringLiteral("abc inbound My%20Shop%20100%25") }));
    const std::optional<announce::Parsed> inbound = announce::parse(payloads.last());
    QVERIFY(inbound);
    QCOMPARE(inbound->origin, QStringLiteral("abc"));
    QCOMPARE(inbound->kind, QStringLiteral("inbound"));
    QCOMPARE(inbound->arg, QStringLiteral("My Shop 100%"));
    QCOMPARE(announce::parse(QStringLiteral("abc changed"))->arg, QString());
    for (const char *bad : { "", "abc", " changed", "a b c d", "abc  " })
        QVERIFY2(!announce::parse(QString::fromLatin1(bad)), bad);
    QVERIFY(announce::of(WriteEffects {}, QStringLiteral("abc")).isEmpty());
    // A dead letter: id, number and reason (which may hold spaces and line breaks).
    WriteEffects dead;
    const QUuid id = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    dead.died = { { id, QStringLiteral("+4915112345678"), QStringLiteral("HTTP 400: invalid\nnumber 100%") } };
    const QStringList died = announce::of(dead, QStringLiteral("abc"));
    QCOMPARE(died.size(), 1);
    QVERIFY(!died.first().mid(9).contains(u' '));
    const std::optional<announce::Parsed> parsedDead = announce::parse(died.first());
    QVERIFY(parsedDead);
    QCOMPARE(parsedDead->kind, QStringLiteral("died"));
    QCOMPARE(parsedDead->arg,
             QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057\n+4915112345678\nHTTP 400: invalid\nnumber 100%"));
}

void tst_StoreShared::anotherStoreHearsWhatOneCommitted()
{
    SMSDESK_POSTGRES_ONLY("an SQLite file belongs to one machine; desks share a PostgreSQL queue");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    QSignalSpy enqueuedHere(&f.store(), &QueueStore::messagesEnqueued);
    QSignalSpy enqueuedThere(other.get(), &QueueStore::messagesEnqueued);
    QSignalSpy changedThere(other.get(), &QueueStore::messagesChanged);
    QSignalSpy devicesThere(other.get(), &QueueStore::devicesChanged);
    QSignalSpy requeuedThere(other.get(), &QueueStore::messagesRequeued);
    QSignalSpy inboundThere(other.get(), &QueueStore::inboundReceived);
    QSignalSpy diedHere(&f.store(), &QueueStore::messageDied);
    QSignalSpy diedThere(other.get(), &QueueStore::messageDiedElsewhere);
    QSignalSpy diedHereAsOwn(other.get(), &QueueStore::messageDied);

    EnqueueRequest request;
    for (int i = 0; i < 3; ++i)
        request.messages << StoreFixture::message(QStringLiteral("+4915112345%1").arg(i, 3, 10, QLatin1Char('0')),
                                                  QStringLiteral("hello"));
    QVERIFY(await(f.store().enqueue(request)).ok());
    QTRY_COMPARE(enqueuedThere.size(), 1);
    QCOMPARE(enqueuedThere.first().first().toInt(), 3);

    Device d;
    d.name = QStringLiteral("counter phone");
    d.adapter = QStringLiteral("smsgate");
    d.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    QVERIFY(await(f.store().addDevice(d)).ok());
    QTRY_COMPARE(devicesThere.size(), 1);

    InboundMessage in;
    in.from = QStringLiteral("+4915199999999");
    in.text = QStringLiteral("see you at 5");
    in.receivedAtMs = f.clock().nowMs();
    in.gatewayId = QStringLiteral("g-1");
    QVERIFY(await(f.store().addInbound(in)).value());
    QTRY_COMPARE(inboundThere.size(), 1);
    QCOMPARE(inboundThere.first().first().toString(), in.from);

    // A dead letter requeued on this desk wakes the dispatchers of the others.
    const Message m = f.claim(1, 30'000).first();
    QVERIFY(f.completeOne(StoreFixture::outcome(m, SendOutcome::Kind::Dead)).ok());
    QTRY_VERIFY(changedThere.size() >= 1); // the claim and the outcome: status ticks elsewhere
    QTRY_COMPARE(diedThere.size(), 1); // the dead-letter alert shows on every desk
    QCOMPARE(diedThere.first().at(0).toString(), m.to);
    QCOMPARE(diedThere.first().at(1).toString(), diedHere.first().at(1).toString()); // worded once
    QCOMPARE(diedThere.first().at(2).toUuid(), m.id);
    QCOMPARE(diedHereAsOwn.size(), 0); // not as its own: a desk counts only what it decided
    QVERIFY(await(f.store().requeue({ RequeueRequest { m.id, {}, {}, 0, {} } })).ok());
    QTRY_COMPARE(requeuedThere.size(), 1);

    // And this desk heard each of its own commits once, from its own writer only.
    QTest::qWait(200);
    QCOMPARE(enqueuedHere.size(), 1);
    QCOMPARE(enqueuedThere.size(), 1);
    QCOMPARE(devicesThere.size(), 1);
    QCOMPARE(inboundThere.size(), 1);
}

// maxQueueDepth (the API's 429) counts every desk's messages, not one writer's: each
// store reads the shared status_counts under a row lock held to its COMMIT.
void tst_StoreShared::theQueueLimitHoldsForAllDesksTogether()
{
    SMSDESK_POSTGRES_ONLY("an SQLite file has one writer, whose own count is the truth");
    StoreFixture f;
    StoreConfig config = f.config();
    config.maxQueueDepth = 10;
    QVERIFY(f.open(config).ok());
    QueueStore::Options options;
    options.config = config;
    QueueStore other(f.clock(), std::move(options));
    QVERIFY(other.open().ok());
    const auto enqueue = [](QueueStore &store, int count) {
        EnqueueRequest request;
        for (int i = 0; i < count; ++i)
            request.messages << StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("m"));
        return await(store.enqueue(request));
    };
    QVERIFY(enqueue(f.store(), 6).ok());
    QCOMPARE(enqueue(other, 5).code(), ErrorCode::QueueFull); // 6 + 5 > 10, though this desk has none
    QVERIFY(enqueue(other, 4).ok());
    QCOMPARE(enqueue(f.store(), 1).code(), ErrorCode::QueueFull);
    // Side by side, the limit still holds: 20 one-message enqueues from both desks at once.
    const Message m = f.claim(4, 30'000).first(); // (claims keep them counted: sending)
    QVERIFY(f.completeOne(StoreFixture::outcome(m, SendOutcome::Kind::Sent)).ok()); // one place free
    QList<QFuture<Result<EnqueueResult>>> racing;
    for (int i = 0; i < 10; ++i) {
        EnqueueRequest request;
        request.messages << StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("r"));
        racing << f.store().enqueue(request) << other.enqueue(request);
    }
    int accepted = 0;
    for (QFuture<Result<EnqueueResult>> &future : racing) {
        const Result<EnqueueResult> r = await(future);
        QVERIFY(r.ok() || r.code() == ErrorCode::QueueFull);
        accepted += r.ok() ? 1 : 0;
    }
    QCOMPARE(accepted, 1);
    const StatusCounts c = f.reader()->counts().value();
    QCOMPARE(c.queued + c.sending, 10);
}

// The PostgreSQL server restarted (issue 13, point 4): the writer reconnects when a
// transaction cannot begin, a reader when a query finds its connection gone, the listener
// at its next check; nothing acknowledged is lost. A request that fails meanwhile is
// refused with Unavailable (the API's 503), never half-done.
void tst_StoreShared::everyDeskGoesOnAfterTheServerRestarts()
{
    SMSDESK_POSTGRES_ONLY("the PostgreSQL server is what restarts");
    const QString restart = qEnvironmentVariable("SMSDESK_TEST_PG_RESTART");
    QVERIFY2(!restart.isEmpty(), "run through tests/run-with-postgres.sh");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    auto reader = f.reader();
    QSignalSpy enqueuedThere(other.get(), &QueueStore::messagesEnqueued);
    f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("before"));
    QTRY_COMPARE(enqueuedThere.size(), 1);

    QCOMPARE(QProcess::execute(restart, {}), 0);

    // Each enqueue is either acknowledged (and then stored) or refused as unavailable.
    int acknowledged = 1;
    for (int i = 0; i < 20; ++i) {
        EnqueueRequest request;
        request.messages << StoreFixture::message(QStringLiteral("+4915112345678"), QStringLiteral("after"));
        const Result<EnqueueResult> r = await(f.store().enqueue(request));
        QVERIFY2(r.ok() || r.code() == ErrorCode::Unavailable, qPrintable(r.errorString()));
        acknowledged += r.ok() ? 1 : 0;
    }
    QVERIFY(acknowledged >= 20); // the first after the restart begins on a new connection
    QCOMPARE(reader->counts().value().queued, acknowledged); // the reader is back too
    // The other desk's listener is back (within its 2 s check) and hears new commits.
    QTRY_VERIFY_WITH_TIMEOUT(enqueuedThere.size() >= 2, 10'000);
    const qsizetype heard = enqueuedThere.size();
    f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("heard"));
    QTRY_VERIFY(enqueuedThere.size() > heard);
    // And the other desk's writer works as well.
    QVERIFY(await(other->claimDue(QStringLiteral("b"), 1, 30'000)).ok());
}

QTEST_GUILESS_MAIN(tst_StoreShared)
#include "tst_storeshared.moc"
