// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound webhook outbox in the store (issue 16, point 4), on SQLite and, as
// tst_storewebhooks_postgres, on PostgreSQL. What an event posts follows the Standard Webhooks
// specification (standard-webhooks/standard-webhooks, spec/standard-webhooks.md): "Payload
// structure" (type, timestamp, data), "Webhook metadata" (one unique id per event that
// "remains the same no matter how many times a webhook that has failed is retried"), and the
// signature test vector of its reference libraries (libraries/python/tests/test_webhooks.py,
// test_sign_function). The outbox is written in the transaction of the change it tells of,
// only for the endpoints that want the event; rows are claimed with a lease, retried, given
// up, resent, and outlive the store being closed.
#include "storereader.h"
#include "storetestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kAnna = QStringLiteral("+4915112345678");

WebhookEndpoint endpoint(const QString &id, quint32 events)
{
    WebhookEndpoint e;
    e.id = id;
    e.url = QStringLiteral("http://127.0.0.1:9/hooks/") + id;
    e.events = events;
    return e;
}

OptOut optOut(const QString &number, OptOut::Source source, const QString &detail = {})
{
    OptOut o;
    o.number = number;
    o.source = source;
    o.detail = detail;
    return o;
}

QJsonObject payloadOf(const WebhookDelivery &d)
{
    return QJsonDocument::fromJson(StandardWebhooks::payload(d)).object();
}

WebhookOutcome failedPost(const WebhookDelivery &d, qint64 retryAtMs, bool giveUp = false)
{
    WebhookOutcome o;
    o.deliveryId = d.id;
    o.leaseId = d.leaseId;
    o.giveUp = giveUp;
    o.retryAtMs = retryAtMs;
    o.attempt = { d.id, 1000, 500, QStringLiteral("HTTP 500 Internal Server Error"), 12 };
    return o;
}

} // namespace

class tst_StoreWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSignatureIsTheReferenceOne();
    void nothingIsQueuedWithoutAnEndpointThatWantsIt();
    void eachEventReachesTheEndpointsThatWantIt();
    void aClaimLeasesRetriesGivesUpAndAResendStartsAgain();
    void theOutboxOutlivesTheStore();
    void twoSendersNeverHoldTheSameRow();
    void removingAnEndpointTakesItsRowsAndStopsTheQueueing();
    void theLogIsPurgedButNothingThatWaits();

private:
    static Status add(StoreFixture &f, const WebhookEndpoint &e)
    {
        const Result<WebhookEndpoint> r = await(f.store().addWebhookEndpoint(e));
        return r ? Status() : r.error();
    }
    static QList<WebhookDelivery> deliveries(StoreFixture &f, const QString &endpointId)
    {
        const Result<QList<WebhookDelivery>> r = f.reader()->webhookDeliveries(endpointId, 0, 100);
        return r ? r.value() : QList<WebhookDelivery>();
    }
    // Sends one message through claim → Sent (gateway id "gw-1").
    static Message sendOne(StoreFixture &f, const QString &text)
    {
        const Message m = f.enqueue(kAnna, text);
        const QList<Message> claimed = f.claim(1);
        SendOutcome o = StoreFixture::outcome(claimed.value(0), SendOutcome::Kind::Sent);
        o.gatewayMessageId = QStringLiteral("gw-1");
        const Status s = f.completeOne(o);
        if (!s)
            qWarning("send: %s", qPrintable(s.errorString()));
        return m;
    }
};

// libraries/python/tests/test_webhooks.py, test_sign_function: the same secret, id,
// timestamp and body give the same signature, with the whsec_ prefix or without.
void tst_StoreWebhooks::theSignatureIsTheReferenceOne()
{
    const std::optional<QByteArray> key = StandardWebhooks::keyOf(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    QVERIFY(key);
    QCOMPARE(StandardWebhooks::signature(*key, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 2432232314}"),
             QByteArrayLiteral("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    QCOMPARE(StandardWebhooks::keyOf(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")), key);
    QVERIFY(!StandardWebhooks::keyOf(QStringLiteral("whsec_")));
    QVERIFY(!StandardWebhooks::keyOf(QStringLiteral("whsec_not base64!")));
    // A new secret: whsec_ and 32 random bytes (the spec: "at least 24 bytes").
    const QString secret = StandardWebhooks::newSecret();
    QVERIFY(secret.startsWith(QLatin1String("whsec_")));
    QCOMPARE(StandardWebhooks::keyOf(secret)->size(), 32);
    QVERIFY(secret != StandardWebhooks::newSecret());
}

void tst_StoreWebhooks::nothingIsQueuedWithoutAnEndpointThatWantsIt()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    sendOne(f, QStringLiteral("no endpoint"));
    QVariant count;
    QVERIFY(f.rawExec({ QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries") }, &count));
    QCOMPARE(count.toInt(), 0);

    // An endpoint that wants opt-outs only: a sent message is still not its business.
    QVERIFY(add(f, endpoint(QStringLiteral("optouts"), WebhookEvents::OptedOut)).ok());
    sendOne(f, QStringLiteral("still not wanted"));
    QVERIFY(deliveries(f, QStringLiteral("optouts")).isEmpty());
    QVERIFY(await(f.store().addOptOut(optOut(kAnna, OptOut::Source::Staff, QStringLiteral("asked by phone")))).ok());
    const QList<WebhookDelivery> rows = deliveries(f, QStringLiteral("optouts"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().type, WebhookEvents::OptedOut);
    const QJsonObject data = payloadOf(rows.first()).value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("number")).toString(), kAnna);
    QCOMPARE(data.value(QStringLiteral("source")).toString(), QStringLiteral("staff"));
    QCOMPARE(data.value(QStringLiteral("detail")).toString(), QStringLiteral("asked by phone"));

    // Endpoints that do not make sense are refused, and nothing is stored.
    QCOMPARE(add(f, endpoint(QString(), WebhookEvents::Sent)).code(), ErrorCode::Invalid);
    QCOMPARE(add(f, endpoint(QStringLiteral("none"), 0)).code(), ErrorCode::Invalid);
    QCOMPARE(add(f, endpoint(QStringLiteral("bits"), 1u << 10)).code(), ErrorCode::Invalid);
    QCOMPARE(f.reader()->webhookEndpoints()->size(), 1);
}

void tst_StoreWebhooks::eachEventReachesTheEndpointsThatWantIt()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QVERIFY(add(f, endpoint(QStringLiteral("all"), WebhookEvents::kAll)).ok());
    QVERIFY(add(f, endpoint(QStringLiteral("replies"), WebhookEvents::Received | WebhookEvents::Dead)).ok());

    const Message sent = sendOne(f, QStringLiteral("first"));
    QCOMPARE(await(f.store().applyReports({ [&] {
                 StatusReport r;
                 r.kind = StatusReport::Kind::Delivered;
                 r.id = sent.id;
                 r.deviceId = 7;
                 return r;
             }() }))->value(0),
             ReportEffect::Applied);
    const Message second = f.enqueue(kAnna, QStringLiteral("second"));
    SendOutcome retry = StoreFixture::outcome(f.claim(1).value(0), SendOutcome::Kind::Retry);
    retry.httpStatus = 503;
    retry.error = QStringLiteral("HTTP 503: busy");
    retry.attempt = 1;
    QVERIFY(f.completeOne(retry).ok());
    f.clock().advanceMs(24 * 3'600'000LL);
    SendOutcome dead = StoreFixture::outcome(f.claim(1).value(0), SendOutcome::Kind::Dead);
    dead.httpStatus = 400;
    dead.error = QStringLiteral("HTTP 400: invalid number");
    QVERIFY(f.completeOne(dead).ok());
    InboundMessage in;
    in.from = kAnna;
    in.text = QStringLiteral("See you at 8");
    in.deviceId = 7;
    in.receivedAtMs = f.clock().nowMs() - 5'000;
    QVERIFY(await(f.store().addInbound(in)).value());

    // Newest first: received, dead, failed, delivered, sent.
    const QList<WebhookDelivery> all = deliveries(f, QStringLiteral("all"));
    QStringList types;
    for (const WebhookDelivery &d : all)
        types << WebhookEvents::name(d.type);
    QCOMPARE(types, (QStringList { QStringLiteral("message.received"), QStringLiteral("message.dead"),
                                   QStringLiteral("message.failed"), QStringLiteral("message.delivered"),
                                   QStringLiteral("message.sent") }));
    const QJsonObject sentPayload = payloadOf(all.at(4));
    QCOMPARE(sentPayload.value(QStringLiteral("type")).toString(), QStringLiteral("message.sent"));
    QVERIFY(sentPayload.value(QStringLiteral("timestamp")).toString().endsWith(u'Z'));
    const QJsonObject sentData = sentPayload.value(QStringLiteral("data")).toObject();
    QCOMPARE(sentData.value(QStringLiteral("id")).toString(), sent.id.toString(QUuid::WithoutBraces));
    QCOMPARE(sentData.value(QStringLiteral("to")).toString(), kAnna);
    QCOMPARE(sentData.value(QStringLiteral("gateway_message_id")).toString(), QStringLiteral("gw-1"));
    const QJsonObject failed = payloadOf(all.at(2)).value(QStringLiteral("data")).toObject();
    QCOMPARE(failed.value(QStringLiteral("id")).toString(), second.id.toString(QUuid::WithoutBraces));
    QCOMPARE(failed.value(QStringLiteral("http_status")).toInt(), 503);
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("HTTP 503: busy"));
    const QJsonObject deadData = payloadOf(all.at(1)).value(QStringLiteral("data")).toObject();
    QCOMPARE(deadData.value(QStringLiteral("reason")).toString(), QStringLiteral("HTTP 400: invalid number"));
    QCOMPARE(deadData.value(QStringLiteral("attempts")).toInt(), 2);
    const QJsonObject received = payloadOf(all.at(0)).value(QStringLiteral("data")).toObject();
    QCOMPARE(received.value(QStringLiteral("from")).toString(), kAnna);
    QCOMPARE(received.value(QStringLiteral("text")).toString(), QStringLiteral("See you at 8"));
    QCOMPARE(received.value(QStringLiteral("device_id")).toInt(), 7);

    // The other endpoint has the two it asked for, each under the same event id as the first
    // one's copy: the id names the event, not the delivery.
    const QList<WebhookDelivery> replies = deliveries(f, QStringLiteral("replies"));
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).eventId, all.at(0).eventId);
    QCOMPARE(replies.at(1).eventId, all.at(1).eventId);
    QVERIFY(replies.at(0).eventId.startsWith(QLatin1String("msg_")));
    QVERIFY(!replies.at(0).eventId.contains(u'.')); // spec: no '.' in the id
    QVERIFY(all.at(0).eventId != all.at(1).eventId);

    const QList<WebhookEndpoint> endpoints = f.reader()->webhookEndpoints().value();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(0).id, QStringLiteral("all"));
    QCOMPARE(endpoints.at(0).pending, 5);
    QCOMPARE(endpoints.at(1).pending, 2);
}

void tst_StoreWebhooks::aClaimLeasesRetriesGivesUpAndAResendStartsAgain()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QString id = QStringLiteral("hooks");
    QVERIFY(add(f, endpoint(id, WebhookEvents::kAll)).ok());
    QVERIFY(await(f.store().addOptOut(optOut(kAnna, OptOut::Source::Api))).ok());
    auto reader = f.reader();
    QCOMPARE(reader->nextWebhookDueMs({ id }).value(), f.clock().nowMs());
    QCOMPARE(reader->nextWebhookDueMs({ QStringLiteral("another desk's") }).value(), 0);

    // Only the endpoints a sender names, and only what is due.
    QVERIFY(await(f.store().claimWebhooks(QStringLiteral("s1"), { QStringLiteral("other") }, 10, 60'000))->isEmpty());
    QList<WebhookDelivery> claimed = await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000)).value();
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 1);
    QVERIFY(claimed.first().leaseId != 0);
    // Leased: nobody else gets it until the lease runs out.
    QVERIFY(await(f.store().claimWebhooks(QStringLiteral("s2"), { id }, 10, 60'000))->isEmpty());

    // A post that failed: due again at the time given, with the attempt in the log.
    const qint64 retryAt = f.clock().nowMs() + 30'000;
    QVERIFY(await(f.store().completeWebhooks({ failedPost(claimed.first(), retryAt) }))->value(0).ok());
    WebhookDelivery row = reader->webhookDelivery(claimed.first().id).value();
    QCOMPARE(row.state, WebhookDelivery::State::Pending);
    QCOMPARE(row.nextAttemptAtMs, retryAt);
    QCOMPARE(row.lastHttpStatus, 500);
    QVERIFY(await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000))->isEmpty());
    // The same outcome again: its lease is spent, so it changes nothing but is logged.
    QCOMPARE(await(f.store().completeWebhooks({ failedPost(claimed.first(), retryAt) }))->value(0).code(),
             ErrorCode::Conflict);

    f.clock().advanceMs(30'000);
    claimed = await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000)).value();
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 2);
    QCOMPARE(claimed.first().eventId, row.eventId); // the same webhook-id on every attempt
    QVERIFY(await(f.store().completeWebhooks({ failedPost(claimed.first(), 0, true) }))->value(0).ok());
    row = reader->webhookDelivery(claimed.first().id).value();
    QCOMPARE(row.state, WebhookDelivery::State::Failed);
    QCOMPARE(reader->webhookAttempts(row.id)->size(), 3);
    QCOMPARE(reader->webhookEndpoints()->value(0).failed, 1);
    QCOMPARE(reader->nextWebhookDueMs({ id }).value(), 0);

    // A resend: due now, its attempts counted from zero, the log kept.
    QSignalSpy queued(&f.store(), &QueueStore::webhooksQueued);
    QVERIFY(await(f.store().resendWebhook(id, row.id)).ok());
    QTRY_COMPARE(queued.size(), 1);
    QCOMPARE(await(f.store().resendWebhook(id, row.id + 1000)).code(), ErrorCode::NotFound);
    QCOMPARE(await(f.store().resendWebhook(QStringLiteral("other"), row.id)).code(), ErrorCode::NotFound);
    claimed = await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000)).value();
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 1);
    WebhookOutcome delivered;
    delivered.deliveryId = claimed.first().id;
    delivered.leaseId = claimed.first().leaseId;
    delivered.delivered = true;
    delivered.attempt = { claimed.first().id, f.clock().nowMs(), 204, {}, 3 };
    QVERIFY(await(f.store().completeWebhooks({ delivered }))->value(0).ok());
    row = reader->webhookDelivery(claimed.first().id).value();
    QCOMPARE(row.state, WebhookDelivery::State::Delivered);
    QCOMPARE(row.deliveredAtMs, f.clock().nowMs());
    const QList<WebhookAttempt> log = reader->webhookAttempts(row.id).value();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.constLast().httpStatus, 204);

    // A lease that runs out (a sender that died mid-post) makes the row due again.
    QVERIFY(await(f.store().addOptOut(optOut(QStringLiteral("+4915199999999"), OptOut::Source::Api))).ok());
    QCOMPARE(await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000))->size(), 1);
    f.clock().advanceMs(60'001);
    QCOMPARE(await(f.store().claimWebhooks(QStringLiteral("s2"), { id }, 10, 60'000))->value(0).attempts, 2);

    QCOMPARE(await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 0, 60'000)).code(), ErrorCode::Invalid);
}

void tst_StoreWebhooks::theOutboxOutlivesTheStore()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QString id = QStringLiteral("hooks");
    QVERIFY(add(f, endpoint(id, WebhookEvents::Sent)).ok());
    sendOne(f, QStringLiteral("before"));
    f.close();
    // Reopened, the store still knows who wants what, and what was queued is there.
    QVERIFY(f.open().ok());
    sendOne(f, QStringLiteral("after"));
    const QList<WebhookDelivery> claimed
        = await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 10, 60'000)).value();
    QCOMPARE(claimed.size(), 2);
    QVERIFY(claimed.at(0).id < claimed.at(1).id);
}

void tst_StoreWebhooks::twoSendersNeverHoldTheSameRow()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QString id = QStringLiteral("hooks");
    QVERIFY(add(f, endpoint(id, WebhookEvents::OptedOut)).ok());
    for (int i = 0; i < 20; ++i) {
        const OptOut o = optOut(QStringLiteral("+49151000000%1").arg(i, 2, 10, QLatin1Char('0')), OptOut::Source::Api);
        QVERIFY(await(f.store().addOptOut(o)).ok());
    }
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    // Both at once, in batches, until nothing is left.
    QSet<qint64> seen;
    int total = 0;
    for (int round = 0; round < 10; ++round) {
        auto a = f.store().claimWebhooks(QStringLiteral("a"), { id }, 3, 60'000);
        auto b = other->claimWebhooks(QStringLiteral("b"), { id }, 3, 60'000);
        for (const auto &batch : { await(a), await(b) }) {
            QVERIFY2(batch.ok(), qPrintable(batch.errorString()));
            for (const WebhookDelivery &d : batch.value()) {
                QVERIFY2(!seen.contains(d.id), "a row was claimed twice");
                seen.insert(d.id);
                ++total;
            }
        }
    }
    QCOMPARE(total, 20);
}

void tst_StoreWebhooks::removingAnEndpointTakesItsRowsAndStopsTheQueueing()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QVERIFY(add(f, endpoint(QStringLiteral("gone"), WebhookEvents::Sent)).ok());
    QVERIFY(add(f, endpoint(QStringLiteral("kept"), WebhookEvents::OptedOut)).ok());
    sendOne(f, QStringLiteral("one"));
    QCOMPARE(deliveries(f, QStringLiteral("gone")).size(), 1);
    QSignalSpy changed(&f.store(), &QueueStore::webhookEndpointsChanged);
    QVERIFY(await(f.store().removeWebhookEndpoint(QStringLiteral("gone"))).ok());
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(await(f.store().removeWebhookEndpoint(QStringLiteral("gone"))).code(), ErrorCode::NotFound);
    QVariant count;
    QVERIFY(f.rawExec({ QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries") }, &count));
    QCOMPARE(count.toInt(), 0);
    sendOne(f, QStringLiteral("two")); // nobody wants message.sent any more
    QVERIFY(f.rawExec({ QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries") }, &count));
    QCOMPARE(count.toInt(), 0);
    QCOMPARE(f.reader()->webhookEndpoints()->size(), 1);
}

void tst_StoreWebhooks::theLogIsPurgedButNothingThatWaits()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QString id = QStringLiteral("hooks");
    QVERIFY(add(f, endpoint(id, WebhookEvents::OptedOut)).ok());
    QVERIFY(await(f.store().addOptOut(optOut(kAnna, OptOut::Source::Api))).ok());
    QVERIFY(await(f.store().addOptOut(optOut(QStringLiteral("+4915199999999"), OptOut::Source::Api))).ok());
    const QList<WebhookDelivery> claimed = await(f.store().claimWebhooks(QStringLiteral("s1"), { id }, 1, 60'000)).value();
    QCOMPARE(claimed.size(), 1);
    WebhookOutcome done;
    done.deliveryId = claimed.first().id;
    done.leaseId = claimed.first().leaseId;
    done.delivered = true;
    done.attempt = { claimed.first().id, f.clock().nowMs(), 200, {}, 1 };
    QVERIFY(await(f.store().completeWebhooks({ done }))->value(0).ok());
    f.clock().advanceMs(31LL * 24 * 3'600'000);
    QCOMPARE(await(f.store().purgeWebhooks(f.clock().nowMs() - 30LL * 24 * 3'600'000)).value(), 1);
    const QList<WebhookDelivery> left = deliveries(f, id);
    QCOMPARE(left.size(), 1); // the one still waiting, however old
    QCOMPARE(left.first().state, WebhookDelivery::State::Pending);
    QVERIFY(f.reader()->webhookAttempts(claimed.first().id)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreWebhooks)
#include "tst_storewebhooks.moc"
