// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyJudge: what each kind of gateway answer does to the message (the outcome the store
// records) and to the phone (breaker, budget, hold, pause, routing hints, alerts). The
// answers are SendResults as the adapters classify them (tst_upstreamreplies checks the
// classification against the gateways' sources); the store is real.
#include "deviceroster.h"
#include "dispatchfixture.h"
#include "metrics.h"
#include "outcomerecorder.h"
#include "replyjudge.h"
#include "routememory.h"

#include <QSignalSpy>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

// The parts a judge works with, on a fixture's store and clock, and one phone.
struct Bench
{
    explicit Bench(DispatchFixture &fx, int perMinute = 0)
        : fx(fx)
        , devices(fx.clock(), CircuitBreaker::Settings {}, QTimeZone::utc())
        , roster(fx.store(), fx.reader(), fx.clock(), nullptr, devices)
        , memory(fx.reader())
        , recorder(fx.store(), metrics)
        , judge(roster, memory, recorder, fx.clock(), metrics)
    {
        phoneId = fx.addDevice(QStringLiteral("phone"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                               QStringLiteral("mysmsgate"), perMinute)
                      .id;
        roster.reload();
        QTRY_VERIFY(phone() && phone()->credentialsReady);
    }
    DeviceRuntime *phone() { return devices.find(phoneId); }
    Message claimOne()
    {
        fx.enqueue(1);
        const QList<Message> claimed = await(fx.store().claimDue(QStringLiteral("judge"), 1, 60'000)).value();
        return claimed.value(0);
    }
    void settle() { QTRY_VERIFY(recorder.isIdle()); }

    DispatchFixture &fx;
    Metrics metrics;
    DeviceTable devices;
    DeviceRoster roster;
    RouteMemory memory;
    OutcomeRecorder recorder;
    ReplyJudge judge;
    qint64 phoneId = 0;
};

SendResult result(SendResult::Kind kind, int httpStatus, const QString &error = {})
{
    SendResult r;
    r.kind = kind;
    r.httpStatus = httpStatus;
    r.error = error;
    return r;
}

} // namespace

class TestReplyJudge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedIsSentAndRemembered();
    void deviceLevelFailureRetriesElsewhereAndHolds();
    void messageLevelFailureKeepsThePhoneHealthy();
    void refusedConnectionGivesTheBudgetBack();
    void refusedCredentialsPauseThePhoneOnce();
    void refusedAccountPausesForAWhile();
    void permanentRejectionIsDead();
};

void TestReplyJudge::acceptedIsSentAndRemembered()
{
    DispatchFixture fx;
    Bench b(fx);
    QSignalSpy accepted(&b.judge, &ReplyJudge::messageAccepted);
    const Message m = b.claimOne();
    SendResult ok = result(SendResult::Kind::Accepted, 202);
    ok.gatewayMessageId = QStringLiteral("771");
    b.judge.judge(m, b.phoneId, b.phone(), ok, GatewayReply {});
    b.settle();
    const Message stored = fx.message(m.id);
    QCOMPARE(stored.status, MessageStatus::Sent);
    QCOMPARE(stored.gatewayMessageId, QStringLiteral("771"));
    QCOMPARE(b.memory.stickyDevice(m.to), b.phoneId); // the number keeps hearing from it
    QCOMPARE(b.metrics.value("smsdesk_messages_sent_total"), 1.0);
    QCOMPARE(accepted.size(), 1); // polling follows it to its final state
    QCOMPARE(accepted.first().at(0).value<Message>().gatewayMessageId, QStringLiteral("771"));
}

// A 503 with Retry-After: the phone is held that long, the message tries another phone
// first, and the store schedules the retry no sooner than the gateway asked.
void TestReplyJudge::deviceLevelFailureRetriesElsewhereAndHolds()
{
    DispatchFixture fx;
    Bench b(fx);
    const Message m = b.claimOne();
    SendResult busy = result(SendResult::Kind::Transient, 503, QStringLiteral("HTTP 503"));
    busy.deviceLevel = true;
    busy.retryAfterMs = 120'000;
    b.judge.judge(m, b.phoneId, b.phone(), busy, GatewayReply {});
    b.settle();
    QCOMPARE(b.phone()->holdUntilMs, fx.clock().nowMs() + 120'000);
    QCOMPARE(b.memory.failedDevices(m.id), QSet<qint64> { b.phoneId });
    const Message stored = fx.message(m.id);
    QCOMPARE(stored.status, MessageStatus::Queued);
    QVERIFY(stored.nextAttemptAtMs >= fx.clock().nowMs() + 120'000);
    QCOMPARE(stored.lastError, QStringLiteral("HTTP 503"));
    QCOMPARE(b.metrics.value("smsdesk_messages_failed_total"), 1.0);
}

void TestReplyJudge::messageLevelFailureKeepsThePhoneHealthy()
{
    DispatchFixture fx;
    Bench b(fx);
    const Message m = b.claimOne();
    b.phone()->breaker.recordFailure();
    b.judge.judge(m, b.phoneId, b.phone(), result(SendResult::Kind::Transient, 429), GatewayReply {});
    b.settle();
    QCOMPARE(b.phone()->breaker.state(), CircuitBreaker::State::Closed);
    QVERIFY(b.memory.failedDevices(m.id).isEmpty());
    QCOMPARE(fx.message(m.id).status, MessageStatus::Queued);
}

void TestReplyJudge::refusedConnectionGivesTheBudgetBack()
{
    DispatchFixture fx;
    Bench b(fx, 5);
    const Message m = b.claimOne();
    QVERIFY(b.phone()->budget.tryTake(1));
    QCOMPARE(b.phone()->budget.availableNow(), 4);
    SendResult refused = result(SendResult::Kind::Transient, 0, QStringLiteral("connection refused"));
    refused.deviceLevel = true;
    GatewayReply reply;
    reply.networkError = QNetworkReply::ConnectionRefusedError;
    b.judge.judge(m, b.phoneId, b.phone(), refused, reply);
    b.settle();
    QCOMPARE(b.phone()->budget.availableNow(), 5); // nothing reached the phone
}

void TestReplyJudge::refusedCredentialsPauseThePhoneOnce()
{
    DispatchFixture fx;
    Bench b(fx);
    QSignalSpy alerts(&b.roster, &DeviceRoster::deviceAlert);
    const Message first = b.claimOne();
    const Message second = b.claimOne();
    const SendResult refused = result(SendResult::Kind::AuthFailed, 401, QStringLiteral("HTTP 401"));
    b.judge.judge(first, b.phoneId, b.phone(), refused, GatewayReply {});
    b.judge.judge(second, b.phoneId, b.phone(), refused, GatewayReply {});
    b.settle();
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.first().at(1).toString().contains(QLatin1String("refused our credentials (HTTP 401)")));
    QTRY_VERIFY(fx.reader().device(b.phoneId)->health.pausedReason.startsWith(QLatin1String("credentials rejected")));
    // Not the message's fault: both back in the queue, the attempt not counted.
    for (const Message &m : { first, second }) {
        QCOMPARE(fx.message(m.id).status, MessageStatus::Queued);
        QCOMPARE(fx.message(m.id).attempts, 0);
    }
}

// MySMSGate's 402 (balance used up): paused with the gateway's words, tried again later.
void TestReplyJudge::refusedAccountPausesForAWhile()
{
    DispatchFixture fx;
    Bench b(fx);
    QSignalSpy alerts(&b.roster, &DeviceRoster::deviceAlert);
    const Message m = b.claimOne();
    SendResult broke = result(SendResult::Kind::DevicePaused, 402, QStringLiteral("insufficient balance"));
    broke.pauseForMs = 300;
    b.judge.judge(m, b.phoneId, b.phone(), broke, GatewayReply {});
    b.settle();
    QVERIFY(b.phone()->paused());
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.first().at(1).toString().contains(QLatin1String("insufficient balance")));
    QVERIFY(alerts.first().at(1).toString().contains(QLatin1String("tries again")));
    QCOMPARE(fx.message(m.id).status, MessageStatus::Queued);
    QTRY_VERIFY(!b.phone()->paused()); // the pause ends by itself
    QTRY_VERIFY(fx.reader().device(b.phoneId)->health.pausedReason.isEmpty());
}

void TestReplyJudge::permanentRejectionIsDead()
{
    DispatchFixture fx;
    Bench b(fx);
    QSignalSpy died(&fx.store(), &QueueStore::messageDied);
    const Message m = b.claimOne();
    b.judge.judge(m, b.phoneId, b.phone(),
                  result(SendResult::Kind::Permanent, 400, QStringLiteral("invalid phone number")), GatewayReply {});
    b.settle();
    QCOMPARE(fx.message(m.id).status, MessageStatus::Dead);
    QCOMPARE(fx.message(m.id).lastError, QStringLiteral("invalid phone number"));
    QCOMPARE(died.size(), 1); // the store announces it
    QCOMPARE(b.phone()->breaker.state(), CircuitBreaker::State::Closed);
}

QTEST_GUILESS_MAIN(TestReplyJudge)
#include "tst_replyjudge.moc"
