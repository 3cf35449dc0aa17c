// SPDX-License-Identifier: GPL-3.0-or-later
// Status reports, cancel, requeue from the dead letters, delete.
#include "storetestsupport.h"

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kTo = QStringLiteral("+4915112345678");

StatusReport report(const QUuid &id, StatusReport::Kind kind, const QString &key = {})
{
    StatusReport r;
    r.kind = kind;
    r.id = id;
    r.deviceId = 7;
    r.dedupeKey = key;
    r.error = QStringLiteral("RESULT_ERROR_GENERIC_FAILURE");
    return r;
}
} // namespace

class tst_StoreReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredReportMovesForward();
    void reportsNeverMoveBackwards();
    void duplicateReportHasNoEffect();
    void unknownMessageIsNotFound();
    void failedReportRetriesThenDies();
    void resendAfterFailureHasItsOwnWireId();
    void reportForAnEarlierSendChangesNothing();
    void reportByGatewayIdFindsTheMessage();
    void inDoubtLastsUntilAnAnswer();
    void cancelOnlyWhileQueued();
    void requeueKeepsIdAndHistory();
    void requeueWithEditMovesThread();
    void deleteOnlyDeadOrCancelled();

private:
    Message sentMessage(StoreFixture &f, int maxAttempts = 8);
};

Message tst_StoreReports::sentMessage(StoreFixture &f, int maxAttempts)
{
    NewMessage in = StoreFixture::message(kTo, QStringLiteral("x"));
    in.maxAttempts = maxAttempts;
    f.enqueue(in);
    const QList<Message> claimed = f.claim(1);
    if (claimed.isEmpty())
        return {};
    f.completeOne(StoreFixture::outcome(claimed.first(), SendOutcome::Kind::Sent));
    return claimed.first();
}

void tst_StoreReports::deliveredReportMovesForward()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f);
    f.clock().advanceMs(3000);
    const auto effects = await(f.store().applyReports({ report(m.id, StatusReport::Kind::Delivered) }));
    QVERIFY(effects.ok());
    QCOMPARE(effects->first(), ReportEffect::Applied);
    auto reader = f.reader();
    const Message after = reader->message(m.id).value();
    QCOMPARE(after.status, MessageStatus::Delivered);
    QCOMPARE(after.deliveredAtMs, f.clock().nowMs());
    QCOMPARE(reader->counts()->delivered, 1);
    QCOMPARE(reader->counts()->sent, 0);
    QCOMPARE(reader->throughputSince(0)->delivered, 1);
}

void tst_StoreReports::reportsNeverMoveBackwards()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f);
    QCOMPARE(await(f.store().applyReports({ report(m.id, StatusReport::Kind::Delivered) }))->first(),
             ReportEffect::Applied);
    const auto late = await(f.store().applyReports({ report(m.id, StatusReport::Kind::Sent),
                                                     report(m.id, StatusReport::Kind::Failed),
                                                     report(m.id, StatusReport::Kind::Delivered) }));
    QVERIFY(late.ok());
    QCOMPARE(late.value(),
             (QList<ReportEffect> { ReportEffect::Ignored, ReportEffect::Ignored, ReportEffect::Ignored }));
    auto reader = f.reader();
    QCOMPARE(reader->message(m.id)->status, MessageStatus::Delivered);
    QCOMPARE(reader->events(m.id)->last().kind, QString::fromLatin1(EventKind::Report));

    // A dead letter stays dead; the report is only recorded.
    f.enqueue(kTo, QStringLiteral("y"));
    const Message c = f.claim().first();
    QVERIFY(f.completeOne(StoreFixture::outcome(c, SendOutcome::Kind::Dead)).ok());
    QCOMPARE(await(f.store().applyReports({ report(c.id, StatusReport::Kind::Delivered) }))->first(),
             ReportEffect::Ignored);
    QCOMPARE(reader->message(c.id)->status, MessageStatus::Dead);
}

void tst_StoreReports::duplicateReportHasNoEffect()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f);
    const auto first = await(
        f.store().applyReports({ report(m.id, StatusReport::Kind::Failed, QStringLiteral("evt-1")) }));
    QCOMPARE(first->first(), ReportEffect::Applied);
    auto reader = f.reader();
    const Message afterFirst = reader->message(m.id).value();
    QCOMPARE(afterFirst.status, MessageStatus::Queued);
    const int events = int(reader->events(m.id)->size());
    const auto again = await(
        f.store().applyReports({ report(m.id, StatusReport::Kind::Failed, QStringLiteral("evt-1")) }));
    QCOMPARE(again->first(), ReportEffect::Duplicate);
    QCOMPARE(reader->events(m.id)->size(), events);
    QCOMPARE(reader->message(m.id)->updatedAtMs, afterFirst.updatedAtMs);
}

void tst_StoreReports::unknownMessageIsNotFound()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const auto r
        = await(f.store().applyReports({ report(QUuid::createUuid(), StatusReport::Kind::Delivered) }));
    QVERIFY(r.ok());
    QCOMPARE(r->first(), ReportEffect::NotFound);
}

void tst_StoreReports::failedReportRetriesThenDies()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f, 2);
    QCOMPARE(await(f.store().applyReports({ report(m.id, StatusReport::Kind::Failed) }))->first(),
             ReportEffect::Applied);
    auto reader = f.reader();
    Message after = reader->message(m.id).value();
    QCOMPARE(after.status, MessageStatus::Queued);
    // The test policy always waits the full ceiling: 5 s for the first retry.
    QVERIFY(after.nextAttemptAtMs >= f.clock().nowMs() + 4999);
    QVERIFY(f.claim().isEmpty());
    f.clock().setNowMs(after.nextAttemptAtMs);
    const Message second = f.claim().first();
    QCOMPARE(second.attempts, 2);
    QVERIFY(f.completeOne(StoreFixture::outcome(second, SendOutcome::Kind::Sent)).ok());
    // The second send went out under the resend's own id, and the phone reports that one.
    QCOMPARE(second.wireGeneration, 1);
    QCOMPARE(await(f.store().applyReports({ report(wireUuid(m.id, 1), StatusReport::Kind::Failed) }))->first(),
             ReportEffect::Applied);
    after = reader->message(m.id).value();
    QCOMPARE(after.status, MessageStatus::Dead);
    QVERIFY(after.lastError.contains(QStringLiteral("attempts exhausted")));
}

// An SMSGate phone answers 409 to an id it has seen, also when that message FAILED
// (capcom6/android-sms-gateway, modules/localserver/routes/MessagesRoutes.kt and
// reference/gateways.md "an id that exists answers 409 — also when that message has already
// FAILED"): the resend after a reported failure must carry another id, fixed before the
// claim so a crash mid-resend reuses it (and then 409 does mean "already taken").
void tst_StoreReports::resendAfterFailureHasItsOwnWireId()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f, 3);
    QCOMPARE(m.wireGeneration, 0);
    QVERIFY(await(f.store().applyReports({ report(m.id, StatusReport::Kind::Failed) })).ok());
    f.clock().setNowMs(f.reader()->message(m.id)->nextAttemptAtMs);
    const Message resend = f.claim().first();
    QCOMPARE(resend.wireGeneration, 1);
    const QUuid wire = wireUuid(resend.id, resend.wireGeneration);
    QVERIFY(wire != m.id);
    QCOMPARE(wire.toString(QUuid::WithoutBraces).size(), 36); // the cloud server's id limit
    QCOMPARE(wireUuid(m.id, 1), wire); // the same id every time it is computed
    // Lost lease (crash) and claimed again: still the same generation, so the phone's 409
    // for it now means "you sent this already".
    f.clock().advanceMs(120'000);
    QVERIFY(await(f.store().recoverExpiredLeases()).ok());
    const Message again = f.claim().first();
    QCOMPARE(again.wireGeneration, 1);
}

void tst_StoreReports::reportForAnEarlierSendChangesNothing()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = sentMessage(f, 3);
    QVERIFY(await(f.store().applyReports({ report(m.id, StatusReport::Kind::Failed) })).ok());
    f.clock().setNowMs(f.reader()->message(m.id)->nextAttemptAtMs);
    const Message resend = f.claim().first();
    QVERIFY(f.completeOne(StoreFixture::outcome(resend, SendOutcome::Kind::Sent)).ok());
    // A late webhook about the first send must not fail the second.
    QCOMPARE(await(f.store().applyReports({ report(m.id, StatusReport::Kind::Failed, QStringLiteral("late")) }))
                 ->first(),
             ReportEffect::Ignored);
    QCOMPARE(f.statusOf(m.id), MessageStatus::Sent);
    QCOMPARE(await(f.store().applyReports({ report(wireUuid(m.id, 1), StatusReport::Kind::Delivered) }))->first(),
             ReportEffect::Applied);
    QCOMPARE(f.statusOf(m.id), MessageStatus::Delivered);
}

// MySMSGate's history names its own id (sms_id), not ours (FrankFayz/KabQue
// backend/queueapp/management/commands/reconcile_sms_logs.py).
void tst_StoreReports::reportByGatewayIdFindsTheMessage()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(kTo, QStringLiteral("hello"));
    Message claimed = f.claim().first();
    SendOutcome sent = StoreFixture::outcome(claimed, SendOutcome::Kind::Sent);
    sent.gatewayMessageId = QStringLiteral("258");
    QVERIFY(f.completeOne(sent).ok());
    StatusReport byGateway = report(QUuid(), StatusReport::Kind::Delivered);
    byGateway.gatewayMessageId = QStringLiteral("258");
    QCOMPARE(await(f.store().applyReports({ byGateway }))->first(), ReportEffect::Applied);
    QCOMPARE(f.statusOf(m.id), MessageStatus::Delivered);
    byGateway.gatewayMessageId = QStringLiteral("259");
    QCOMPARE(await(f.store().applyReports({ byGateway }))->first(), ReportEffect::NotFound);
}

void tst_StoreReports::inDoubtLastsUntilAnAnswer()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(kTo, QStringLiteral("hello"));
    QVERIFY(!f.claim().first().inDoubt);
    f.clock().advanceMs(120'000);
    QVERIFY(await(f.store().recoverExpiredLeases()).ok());
    Message claimed = f.claim().first();
    QVERIFY(claimed.inDoubt); // its lease ran out: it may have reached the gateway
    SendOutcome retry = StoreFixture::outcome(claimed, SendOutcome::Kind::Retry);
    retry.inDoubt = true;
    QVERIFY(f.completeOne(retry).ok());
    QVERIFY(f.reader()->message(m.id)->inDoubt);
    f.clock().advanceMs(3600'000);
    claimed = f.claim().first();
    QVERIFY(f.completeOne(StoreFixture::outcome(claimed, SendOutcome::Kind::Sent)).ok());
    QVERIFY(!f.reader()->message(m.id)->inDoubt);
}

void tst_StoreReports::cancelOnlyWhileQueued()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message queued = f.enqueue(kTo, QStringLiteral("a"));
    QVERIFY(await(f.store().cancel(queued.id)).ok());
    QCOMPARE(f.statusOf(queued.id), MessageStatus::Cancelled);
    QCOMPARE(await(f.store().cancel(queued.id)).code(), ErrorCode::Conflict);
    QCOMPARE(await(f.store().cancel(QUuid::createUuid())).code(), ErrorCode::NotFound);
    f.enqueue(kTo, QStringLiteral("b"));
    const Message sending = f.claim().first();
    QCOMPARE(await(f.store().cancel(sending.id)).code(), ErrorCode::Conflict);
    QCOMPARE(f.statusOf(sending.id), MessageStatus::Sending);
    auto reader = f.reader();
    QCOMPARE(reader->counts()->cancelled, 1);
    QCOMPARE(reader->counts()->queued, 0);
}

void tst_StoreReports::requeueKeepsIdAndHistory()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    NewMessage in = StoreFixture::message(kTo, QStringLiteral("x"));
    in.clientMessageId = QStringLiteral("client-9");
    f.enqueue(in);
    const Message c = f.claim().first();
    SendOutcome dead = StoreFixture::outcome(c, SendOutcome::Kind::Dead);
    dead.error = QStringLiteral("invalid number");
    QVERIFY(f.completeOne(dead).ok());
    auto reader = f.reader();
    const int historyBefore = int(reader->events(c.id)->size());

    QCOMPARE(await(f.store().requeue({ RequeueRequest { c.id, {}, {}, 0, {} } })).value(), 1);
    const Message m = reader->message(c.id).value();
    QCOMPARE(m.id, c.id);
    QCOMPARE(m.seq, c.seq);
    QCOMPARE(m.status, MessageStatus::Queued);
    QCOMPARE(m.attempts, 0);
    QCOMPARE(m.clientMessageId, QStringLiteral("client-9"));
    QVERIFY(m.lastError.isEmpty());
    const auto events = reader->events(c.id).value();
    QCOMPARE(events.size(), historyBefore + 1);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::Requeued));
    QCOMPARE(reader->deadLetterCount({}).value(), 0);
    // Requeueing what is not a dead letter does nothing.
    QCOMPARE(await(f.store().requeue({ RequeueRequest { c.id, {}, {}, 0, {} } })).value(), 0);
    QCOMPARE(f.claim().first().attempts, 1);
}

void tst_StoreReports::requeueWithEditMovesThread()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(kTo, QStringLiteral("wrong number"));
    QVERIFY(await(f.store().cancel(m.id)).ok());
    const QString fixed = QStringLiteral("+4915199999999");
    RequeueRequest edit { m.id, fixed, QStringLiteral("right number"), 1, QStringLiteral("GSM-7") };
    QCOMPARE(await(f.store().requeue({ edit })).value(), 1);
    auto reader = f.reader();
    const Message after = reader->message(m.id).value();
    QCOMPARE(after.to, fixed);
    QCOMPARE(after.text, QStringLiteral("right number"));
    const auto events = reader->events(m.id).value();
    QCOMPARE(events.at(events.size() - 2).kind, QString::fromLatin1(EventKind::Edited));
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::Requeued));
    QCOMPARE(reader->threadItems(fixed, {}, 10)->size(), 1);
    QCOMPARE(reader->threadItems(kTo, {}, 10)->size(), 0);
}

void tst_StoreReports::deleteOnlyDeadOrCancelled()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message queued = f.enqueue(kTo, QStringLiteral("keep"));
    const Message cancelled = f.enqueue(kTo, QStringLiteral("drop"));
    QVERIFY(await(f.store().cancel(cancelled.id)).ok());
    QCOMPARE(await(f.store().deleteMessages({ queued.id, cancelled.id, QUuid::createUuid() })).value(), 1);
    auto reader = f.reader();
    QVERIFY(reader->message(queued.id).ok());
    QCOMPARE(reader->message(cancelled.id).code(), ErrorCode::NotFound);
    QCOMPARE(reader->counts()->cancelled, 0);
    QCOMPARE(reader->threads({}, 10, 0)->first().messageCount, 1);
}

QTEST_GUILESS_MAIN(tst_StoreReports)
#include "tst_storereports.moc"
