// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns in the store (issue 14, point 3), on SQLite and, as tst_storecampaigns_postgres,
// on PostgreSQL: a campaign is queued whole or not at all, at its pace and behind the
// conversations' replies; pause holds even what comes back from the wire; cancel cancels
// what is not sent, and what comes back later; the counts follow every message.
#include "storereader.h"
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

QList<NewMessage> recipients(int n)
{
    QList<NewMessage> list;
    for (int i = 0; i < n; ++i)
        list.append(StoreFixture::message(QStringLiteral("+49151100000%1").arg(i, 2, 10, QLatin1Char('0')),
                                          QStringLiteral("We are closed on Monday (%1)").arg(i)));
    return list;
}

Campaign named(const QString &name, int perMinute = 0)
{
    Campaign c;
    c.name = name;
    c.text = QStringLiteral("We are closed on Monday");
    c.source = QStringLiteral("pasted numbers");
    c.perMinute = perMinute;
    return c;
}

} // namespace

class tst_StoreCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCampaignIsPacedAndWaitsBehindReplies();
    void theReadersCountItsMessages();
    void pauseHoldsEvenWhatComesBackFromTheWire();
    void cancelCancelsWhatIsNotSentAndWhatComesBack();
    void aCampaignLargerThanTheQueueIsRefusedWhole();
    void badCampaignsAreRefused();
    void anotherDeskHearsOfCampaigns();
};

void tst_StoreCampaigns::aCampaignIsPacedAndWaitsBehindReplies()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QSignalSpy changed(&f.store(), &QueueStore::campaignsChanged);
    const qint64 start = f.clock().nowMs();
    const Result<Campaign> created = await(f.store().createCampaign(named(QStringLiteral("Closed"), 60), recipients(5)));
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->recipients, 5);
    QCOMPARE(created->segments, 5);
    QCOMPARE(created->startAtMs, start); // "now" when none was given
    QTRY_COMPARE(changed.count(), 1);
    // A reply typed after the campaign was queued.
    const Message reply = f.enqueue(QStringLiteral("+4915199999999"), QStringLiteral("Yes, table for two at 8"));

    // 60 a minute: one due now, the next a second later, and the reply before all of them.
    QList<Message> claimed = f.claim(10);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(claimed.at(0).id, reply.id);
    QCOMPARE(claimed.at(1).campaignId, created->id);
    QCOMPARE(claimed.at(1).priority, kCampaignPriority);
    QCOMPARE(claimed.at(1).to, QStringLiteral("+4915110000000"));
    QCOMPARE(f.claim(10).size(), 0);
    f.clock().advanceMs(2'000);
    claimed = f.claim(10);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(claimed.at(0).to, QStringLiteral("+4915110000001"));
    QCOMPARE(claimed.at(1).to, QStringLiteral("+4915110000002"));
    QCOMPARE(claimed.at(1).sendAtMs, start + 2'000);
}

void tst_StoreCampaigns::theReadersCountItsMessages()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.numbers = { QStringLiteral("+4915110000001") };
    QVERIFY(await(f.store().saveContact(ada)).ok());
    const Result<Campaign> first = await(f.store().createCampaign(named(QStringLiteral("First")), recipients(2)));
    const Result<Campaign> second = await(f.store().createCampaign(named(QStringLiteral("Second")), recipients(4)));
    QVERIFY(first.ok() && second.ok());
    f.enqueue(QStringLiteral("+4915199999999"), QStringLiteral("not a campaign's"));

    const QList<Message> claimed = f.claim(3); // the reply, then the first campaign's two
    QCOMPARE(claimed.size(), 3);
    QVERIFY(f.completeOne(StoreFixture::outcome(claimed.at(1), SendOutcome::Kind::Sent)).ok());
    SendOutcome failed = StoreFixture::outcome(claimed.at(2), SendOutcome::Kind::Retry);
    failed.attempt = 1;
    failed.error = QStringLiteral("gateway unavailable");
    QVERIFY(f.completeOne(failed).ok());

    auto reader = f.reader();
    const Result<QList<Campaign>> list = reader->campaigns(10);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Second")); // newest first
    QCOMPARE(list->at(0).counts.queued, 4);
    QCOMPARE(list->at(0).counts.total(), 4);
    const CampaignCounts counts = list->at(1).counts;
    QCOMPARE(counts.sent, 1);
    QCOMPARE(counts.queued, 1);
    QCOMPARE(counts.retrying, 1);
    QCOMPARE(counts.total(), 2);
    QVERIFY(!list->at(1).isFinished());

    const Result<QList<CampaignMessage>> messages = reader->campaignMessages(first->id, 0, 10);
    QVERIFY(messages.ok());
    QCOMPARE(messages->size(), 2);
    QCOMPARE(messages->at(0).status, MessageStatus::Sent);
    QCOMPARE(messages->at(1).contactName, QStringLiteral("Ada"));
    QCOMPARE(messages->at(1).lastError, QStringLiteral("gateway unavailable"));
    const Result<QList<CampaignMessage>> after = reader->campaignMessages(first->id, messages->at(0).seq, 10);
    QCOMPARE(after->size(), 1);
    QCOMPARE(reader->campaign(first->id + second->id + 1).code(), ErrorCode::NotFound);
}

void tst_StoreCampaigns::pauseHoldsEvenWhatComesBackFromTheWire()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Result<Campaign> c = await(f.store().createCampaign(named(QStringLiteral("Reminders"), 6), recipients(3)));
    QVERIFY(c.ok());
    const QList<Message> onTheWire = f.claim(10);
    QCOMPARE(onTheWire.size(), 1);
    QVERIFY(await(f.store().pauseCampaign(c->id)).ok());
    QVERIFY(await(f.store().pauseCampaign(c->id)).ok()); // twice is fine

    // The phone had no room after all: it comes back, and waits with the others.
    SendOutcome released = StoreFixture::outcome(onTheWire.first(), SendOutcome::Kind::Release);
    QVERIFY(f.completeOne(released).ok());
    f.clock().advanceMs(3'600'000);
    QCOMPARE(f.claim(10).size(), 0);
    auto reader = f.reader();
    QCOMPARE(reader->nextDueAtMs().value(), 0); // the dispatcher's timer finds nothing to wake for
    QCOMPARE(reader->campaign(c->id)->state, Campaign::State::Paused);
    QCOMPARE(reader->campaign(c->id)->counts.queued, 3);

    // Resumed: paced again from now, 6 a minute.
    const qint64 resumedAt = f.clock().nowMs();
    QVERIFY(await(f.store().resumeCampaign(c->id)).ok());
    QCOMPARE(f.claim(10).size(), 1);
    f.clock().advanceMs(10'000);
    QCOMPARE(f.claim(10).size(), 1);
    f.clock().advanceMs(10'000);
    const QList<Message> last = f.claim(10);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().nextAttemptAtMs, resumedAt + 20'000);
}

void tst_StoreCampaigns::cancelCancelsWhatIsNotSentAndWhatComesBack()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Result<Campaign> c = await(f.store().createCampaign(named(QStringLiteral("Spring sale")), recipients(6)));
    QVERIFY(c.ok());
    const QList<Message> claimed = f.claim(2);
    QCOMPARE(claimed.size(), 2);
    QVERIFY(f.completeOne(StoreFixture::outcome(claimed.at(0), SendOutcome::Kind::Sent)).ok());

    const Result<int> cancelled = await(f.store().cancelCampaign(c->id));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorString()));
    QCOMPARE(cancelled.value(), 4);
    auto reader = f.reader();
    CampaignCounts counts = reader->campaign(c->id)->counts;
    QCOMPARE(counts.cancelled, 4);
    QCOMPARE(counts.sending, 1);
    QCOMPARE(counts.sent, 1);

    // The one on the wire fails and would be retried: the next claim cancels it instead.
    SendOutcome failed = StoreFixture::outcome(claimed.at(1), SendOutcome::Kind::Retry);
    failed.attempt = 1;
    failed.error = QStringLiteral("timeout");
    QVERIFY(f.completeOne(failed).ok());
    f.clock().advanceMs(3'600'000);
    QCOMPARE(f.claim(10).size(), 0);
    const Result<Campaign> after = reader->campaign(c->id);
    QCOMPARE(after->counts.cancelled, 5);
    QCOMPARE(after->counts.open(), 0);
    QVERIFY(after->isFinished());
    QCOMPARE(after->state, Campaign::State::Cancelled);
    QCOMPARE(reader->counts()->queued, 0); // the store's own tallies agree
    QCOMPARE(reader->counts()->cancelled, 5);
    const QList<MessageEvent> history = reader->events(claimed.at(1).id).value();
    QCOMPARE(history.constLast().kind, QString::fromLatin1(EventKind::Cancelled));
    QCOMPARE(history.constLast().detail, QStringLiteral("campaign cancelled"));

    QCOMPARE(await(f.store().resumeCampaign(c->id)).code(), ErrorCode::Conflict);
    QCOMPARE(await(f.store().pauseCampaign(c->id)).code(), ErrorCode::Conflict);
    QCOMPARE(await(f.store().cancelCampaign(c->id)).value(), 0);
    QCOMPARE(await(f.store().cancelCampaign(c->id + 100)).code(), ErrorCode::NotFound);

    // Requeued by hand from the cancelled ones, a message is sent after all.
    RequeueRequest again;
    again.id = claimed.at(1).id;
    QCOMPARE(await(f.store().requeue({ again })).value(), 1);
    QCOMPARE(f.claim(10).size(), 1);
}

void tst_StoreCampaigns::aCampaignLargerThanTheQueueIsRefusedWhole()
{
    StoreFixture f;
    StoreConfig config = f.config();
    config.maxQueueDepth = 10;
    QVERIFY(f.open(config).ok());
    for (int i = 0; i < 3; ++i)
        f.enqueue(QStringLiteral("+4915199999999"), QStringLiteral("reply %1").arg(i));
    const Result<Campaign> tooBig = await(f.store().createCampaign(named(QStringLiteral("Everyone")), recipients(8)));
    QCOMPARE(tooBig.code(), ErrorCode::QueueFull);
    QVERIFY2(tooBig.errorString().contains(QLatin1String("8 messages"))
                 && tooBig.errorString().contains(QLatin1String("room for 7")),
             qPrintable(tooBig.errorString()));
    auto reader = f.reader();
    QCOMPARE(reader->campaigns(10)->size(), 0);
    QCOMPARE(reader->counts()->queued, 3);
    Campaign fits = named(QStringLiteral("Some"));
    fits.source.clear(); // said nowhere where they came from: stored as ""
    const Result<Campaign> queued = await(f.store().createCampaign(fits, recipients(7)));
    QVERIFY2(queued.ok(), qPrintable(queued.errorString()));
}

void tst_StoreCampaigns::badCampaignsAreRefused()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QCOMPARE(await(f.store().createCampaign(named(QStringLiteral("  ")), recipients(1))).code(), ErrorCode::Invalid);
    QCOMPARE(await(f.store().createCampaign(named(QStringLiteral("Empty")), {})).code(), ErrorCode::Invalid);
    QCOMPARE(await(f.store().createCampaign(named(QStringLiteral("Backwards"), -5), recipients(1))).code(),
             ErrorCode::Invalid);
    QList<NewMessage> oneWithoutText = recipients(3);
    oneWithoutText[2].text.clear();
    QCOMPARE(await(f.store().createCampaign(named(QStringLiteral("Half")), oneWithoutText)).code(),
             ErrorCode::Invalid);
    auto reader = f.reader();
    QCOMPARE(reader->campaigns(10)->size(), 0); // nothing half-made
    QCOMPARE(reader->counts()->queued, 0);
}

void tst_StoreCampaigns::anotherDeskHearsOfCampaigns()
{
    SMSDESK_POSTGRES_ONLY("desks share a PostgreSQL database");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    QSignalSpy campaigns(other.get(), &QueueStore::campaignsChanged);
    const Result<Campaign> c = await(f.store().createCampaign(named(QStringLiteral("Shared")), recipients(2)));
    QVERIFY(c.ok());
    QTRY_COMPARE(campaigns.count(), 1);
    QVERIFY(await(other->pauseCampaign(c->id)).ok());
    QCOMPARE(f.claim(10).size(), 0); // paused on one desk: held for every desk
}

QTEST_GUILESS_MAIN(tst_StoreCampaigns)
#include "tst_storecampaigns.moc"
