// SPDX-License-Identifier: GPL-3.0-or-later
// Read models: conversations, dead letters, paging, counts, devices, tokens, rates.
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kAlice = QStringLiteral("+4915100000001");
const QString kBob = QStringLiteral("+4915100000002");

InboundMessage inbound(const QString &from, const QString &text, qint64 atMs, const QString &gatewayId = {})
{
    InboundMessage m;
    m.from = from;
    m.text = text;
    m.receivedAtMs = atMs;
    m.deviceId = 4;
    m.gatewayId = gatewayId;
    return m;
}

// Makes a dead letter to `to` with `text` through `device`.
Message deadLetter(StoreFixture &f, const QString &to, const QString &text, qint64 device)
{
    f.enqueue(to, text);
    Message c = f.claim(1).first();
    SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Dead);
    o.deviceId = device;
    o.error = QStringLiteral("rejected");
    f.completeOne(o);
    return c;
}
} // namespace

class tst_StoreReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsShowLastMessageAndUnread();
    void threadItemsArePagedNewestFirst();
    void threadPagesKeepItemsOfTheSameMillisecond();
    void inboundDuplicatesAreDropped();
    void deadLettersFilterAndPage();
    void messagesPageByCursor();
    void devicesRoundTrip();
    void tokensAreFoundByHashOnly();
    void perMinuteBuckets();
};

void tst_StoreReader::threadsShowLastMessageAndUnread()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAlice, QStringLiteral("Hello Alice"));
    f.clock().advanceMs(1000);
    f.enqueue(kBob, QStringLiteral("Hello Bob"));
    f.clock().advanceMs(1000);
    QSignalSpy spy(&f.store(), &QueueStore::inboundReceived);
    QVERIFY(
        await(f.store().addInbound(inbound(kAlice, QStringLiteral("Hi! Table for 4?"), f.clock().nowMs())))
            .value());
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), kAlice);

    auto reader = f.reader();
    const QList<ThreadSummary> threads = reader->threads({}, 10, 0).value();
    QCOMPARE(threads.size(), 2);
    QCOMPARE(threads[0].number, kAlice); // most recent first
    QCOMPARE(threads[0].lastText, QStringLiteral("Hi! Table for 4?"));
    QVERIFY(!threads[0].lastOutgoing);
    QCOMPARE(threads[0].unread, 1);
    QCOMPARE(threads[0].messageCount, 2);
    QCOMPARE(threads[0].deviceId, 4); // the phone that heard from her
    QCOMPARE(threads[1].number, kBob);
    QCOMPARE(threads[1].unread, 0);
    QCOMPARE(reader->threads(QStringLiteral("Bob"), 10, 0)->size(), 1);
    QCOMPARE(reader->threadCount(QStringLiteral("0000002")).value(), 1);
    QCOMPARE(reader->threadCount(QStringLiteral("%")).value(), 0); // wildcards are literal
    QCOMPARE(reader->threads({}, 1, 1)->first().number, kBob);

    QVERIFY(await(f.store().markThreadRead(kAlice)).ok());
    QCOMPARE(reader->threads({}, 10, 0)->first().unread, 0);
    QCOMPARE(reader->counts()->inbound, 1);
}

void tst_StoreReader::threadItemsArePagedNewestFirst()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    for (int i = 0; i < 5; ++i) {
        f.enqueue(kAlice, QStringLiteral("out %1").arg(i));
        f.clock().advanceMs(10);
        await(f.store().addInbound(inbound(kAlice, QStringLiteral("in %1").arg(i), f.clock().nowMs())));
        f.clock().advanceMs(10);
    }
    f.enqueue(kBob, QStringLiteral("other thread"));
    auto reader = f.reader();
    const QList<ChatItem> page1 = reader->threadItems(kAlice, {}, 4).value();
    QCOMPARE(page1.size(), 4);
    QCOMPARE(page1[0].text, QStringLiteral("in 4"));
    QVERIFY(!page1[0].outgoing);
    QCOMPARE(page1[1].text, QStringLiteral("out 4"));
    QVERIFY(page1[1].outgoing);
    QCOMPARE(page1[1].status, MessageStatus::Queued);
    const QList<ChatItem> page2 = reader->threadItems(kAlice, ThreadCursor::before(page1.last()), 4).value();
    QCOMPARE(page2.size(), 4);
    QCOMPARE(page2[0].text, QStringLiteral("in 2"));
    const QList<ChatItem> page3 = reader->threadItems(kAlice, ThreadCursor::before(page2.last()), 4).value();
    QCOMPARE(page3.size(), 2);
    QCOMPARE(page3.last().text, QStringLiteral("out 0"));
}

void tst_StoreReader::threadPagesKeepItemsOfTheSameMillisecond()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    // A batch of 7 to one number and 3 replies, all in one millisecond: pages of 4 must
    // still hand out each of the 10 once, newest first.
    EnqueueRequest batch;
    for (int i = 0; i < 7; ++i)
        batch.messages.append(StoreFixture::message(kAlice, QStringLiteral("out %1").arg(i)));
    QVERIFY(await(f.store().enqueue(batch)).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            await(f.store().addInbound(inbound(kAlice, QStringLiteral("in %1").arg(i), f.clock().nowMs())))
                .ok());
    auto reader = f.reader();
    QList<ChatItem> seen;
    ThreadCursor cursor;
    for (int round = 0; round < 5; ++round) {
        const QList<ChatItem> page = reader->threadItems(kAlice, cursor, 4).value();
        seen += page;
        if (page.size() < 4)
            break;
        cursor = ThreadCursor::before(page.last());
    }
    QStringList texts;
    for (const ChatItem &item : std::as_const(seen))
        texts.append(item.text);
    QCOMPARE(texts,
             QStringList({ QStringLiteral("out 6"), QStringLiteral("out 5"), QStringLiteral("out 4"),
                           QStringLiteral("out 3"), QStringLiteral("out 2"), QStringLiteral("out 1"),
                           QStringLiteral("out 0"), QStringLiteral("in 2"), QStringLiteral("in 1"),
                           QStringLiteral("in 0") }));
}

void tst_StoreReader::inboundDuplicatesAreDropped()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const InboundMessage m
        = inbound(kAlice, QStringLiteral("yes"), f.clock().nowMs(), QStringLiteral("gw-77"));
    QCOMPARE(await(f.store().addInbound(m)).value(), true);
    QCOMPARE(await(f.store().addInbound(m)).value(), false);
    auto reader = f.reader();
    QCOMPARE(reader->counts()->inbound, 1);
    QCOMPARE(reader->threads({}, 10, 0)->first().unread, 1);
}

void tst_StoreReader::deadLettersFilterAndPage()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    for (int i = 0; i < 5; ++i)
        deadLetter(f, kAlice, QStringLiteral("invoice %1").arg(i), 1);
    for (int i = 0; i < 3; ++i)
        deadLetter(f, kBob, QStringLiteral("reminder %1").arg(i), 2);
    f.enqueue(kAlice, QStringLiteral("invoice queued, not dead"));
    auto reader = f.reader();
    QCOMPARE(reader->deadLetterCount({}).value(), 8);
    QCOMPARE(reader->deadLetterCount(DeadLetterFilter { QStringLiteral("invoice"), 0, 0, 200 }).value(), 5);
    QCOMPARE(reader->deadLetterCount(DeadLetterFilter { {}, 2, 0, 200 }).value(), 3);
    QCOMPARE(reader->deadLetterCount(DeadLetterFilter { QStringLiteral("0000002"), 0, 0, 200 }).value(), 3);

    DeadLetterFilter filter { QStringLiteral("invoice"), 0, 0, 2 };
    QStringList seen;
    for (;;) {
        const QList<Message> page = reader->deadLetters(filter).value();
        if (page.isEmpty())
            break;
        for (const Message &m : page) {
            QCOMPARE(m.status, MessageStatus::Dead);
            seen << m.text;
        }
        filter.afterSeq = page.last().seq;
    }
    QCOMPARE(
        seen,
        (QStringList { QStringLiteral("invoice 4"), QStringLiteral("invoice 3"), QStringLiteral("invoice 2"),
                       QStringLiteral("invoice 1"), QStringLiteral("invoice 0") }));
}

void tst_StoreReader::messagesPageByCursor()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    for (int i = 0; i < 7; ++i)
        f.enqueue(i % 2 ? kAlice : kBob, QStringLiteral("m%1").arg(i));
    await(f.store().cancel(f.reader()->messages(MessageFilter { {}, kBob, 0, 1 })->messages.first().id));
    auto reader = f.reader();
    MessageFilter filter;
    filter.limit = 3;
    const MessagePage p1 = reader->messages(filter).value();
    QCOMPARE(p1.messages.size(), 3);
    QCOMPARE(p1.messages.first().text, QStringLiteral("m6"));
    QVERIFY(p1.nextCursor > 0);
    filter.afterSeq = p1.nextCursor;
    const MessagePage p2 = reader->messages(filter).value();
    QCOMPARE(p2.messages.first().text, QStringLiteral("m3"));
    filter.afterSeq = p2.nextCursor;
    const MessagePage p3 = reader->messages(filter).value();
    QCOMPARE(p3.messages.size(), 1);
    QCOMPARE(p3.nextCursor, 0);
    QCOMPARE(reader->messages(MessageFilter { MessageStatus::Cancelled, {}, 0, 10 })->messages.size(), 1);
    QCOMPARE(reader->messages(MessageFilter { MessageStatus::Queued, kAlice, 0, 10 })->messages.size(), 3);
    const StatusCounts counts = reader->counts().value();
    QCOMPARE(counts.queued, 6);
    QCOMPARE(counts.cancelled, 1);
}

void tst_StoreReader::devicesRoundTrip()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QSignalSpy spy(&f.store(), &QueueStore::devicesChanged);
    Device d;
    d.name = QStringLiteral("Shop phone");
    d.adapter = QStringLiteral("smsgate");
    d.baseUrl = QStringLiteral("http://192.168.1.20:8080");
    d.ratePerMinute = 20;
    const Device added = await(f.store().addDevice(d)).value();
    QVERIFY(added.id > 0);
    QCOMPARE(added.createdAtMs, f.clock().nowMs());
    d = added;
    d.name = QStringLiteral("Front desk");
    d.enabled = false;
    QCOMPARE(await(f.store().updateDevice(d))->name, QStringLiteral("Front desk"));
    DeviceHealth h;
    h.online = true;
    h.batteryPercent = 80;
    h.pausedReason = QStringLiteral("bad credentials");
    QVERIFY(await(f.store().updateDeviceHealth(added.id, h)).ok());
    auto reader = f.reader();
    const Device read = reader->device(added.id).value();
    QCOMPARE(read.name, QStringLiteral("Front desk"));
    QVERIFY(!read.enabled);
    QCOMPARE(read.ratePerMinute, 20);
    QCOMPARE(read.health.batteryPercent, 80);
    QCOMPARE(read.health.pausedReason, QStringLiteral("bad credentials"));
    QCOMPARE(reader->devices()->size(), 1);
    QVERIFY(await(f.store().removeDevice(added.id)).ok());
    QCOMPARE(await(f.store().removeDevice(added.id)).code(), ErrorCode::NotFound);
    QCOMPARE(reader->device(added.id).code(), ErrorCode::NotFound);
    QTRY_COMPARE(spy.size(), 4);
    d.name.clear();
    QCOMPARE(await(f.store().addDevice(d)).code(), ErrorCode::Invalid);
}

void tst_StoreReader::tokensAreFoundByHashOnly()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const ApiToken t = await(f.store().addToken(QStringLiteral("booking"), QByteArray(32, 'h'))).value();
    auto reader = f.reader();
    QCOMPARE(reader->tokenByHash(QByteArray(32, 'h'))->name, QStringLiteral("booking"));
    QCOMPARE(reader->tokenByHash(QByteArray(32, 'x')).code(), ErrorCode::NotFound);
    QVERIFY(await(f.store().revokeToken(t.id)).ok());
    QCOMPARE(reader->tokenByHash(QByteArray(32, 'h')).code(), ErrorCode::NotFound);
    QCOMPARE(reader->tokens()->first().revokedAtMs, f.clock().nowMs());
}

void tst_StoreReader::perMinuteBuckets()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const qint64 start = f.clock().nowMs();
    for (int minute = 0; minute < 3; ++minute) {
        for (int i = 0; i <= minute; ++i) {
            f.enqueue(kAlice, QStringLiteral("x"));
            f.completeOne(StoreFixture::outcome(f.claim(1).first(), SendOutcome::Kind::Sent));
        }
        f.enqueue(kAlice, QStringLiteral("y"));
        SendOutcome retry = StoreFixture::outcome(f.claim(1).first(), SendOutcome::Kind::Retry);
        retry.retryAfterMs = 3'600'000; // the gateway asked for an hour
        f.completeOne(retry);
        f.clock().advanceMs(60'000);
    }
    const auto buckets = f.reader()->perMinute(start, start + 4 * 60'000).value();
    QCOMPARE(buckets.size(), 4);
    QCOMPARE(buckets[0], qMakePair(qint64(1), qint64(1)));
    QCOMPARE(buckets[1], qMakePair(qint64(2), qint64(1)));
    QCOMPARE(buckets[2], qMakePair(qint64(3), qint64(1)));
    QCOMPARE(buckets[3], qMakePair(qint64(0), qint64(0)));
    const auto since = f.reader()->throughputSince(start + 60'000).value();
    QCOMPARE(since.sent, 5);
    QCOMPARE(since.failed, 2);
}

QTEST_GUILESS_MAIN(tst_StoreReader)
#include "tst_storereader.moc"
