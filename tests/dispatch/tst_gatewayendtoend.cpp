// SPDX-License-Identifier: GPL-3.0-or-later
// One end-to-end run per adapter over real loopback HTTP against the simulator, in real
// time (issue 11, point 6): send → Sent → Delivered by polling, a customer's reply in the
// conversation once (also after a restart and when the phone lists it again), a failure
// the phone reports resent under a new id and delivered, and the phone restarting mid-way.
// The protocol expectations come from the gateways' own sources:
//   SMSGate app (capcom6/android-sms-gateway): localserver/routes/MessagesRoutes.kt (409 for
//   a known id, also after Failed), domain/ProcessingState.kt, localserver/routes/InboxRoutes.kt,
//   receiver/ReceiverService.kt; server (android-sms-gateway/server):
//   handlers/messages/3rdparty.go; MySMSGate: FrankFayz/KabQue backend/queueapp/notifications.py
//   and management/commands/reconcile_sms_logs.py (history, no refusal of a repeated send).
#include "dispatchstack.h"
#include "gatewaysimulator.h"
#include "queuestore.h"
#include "simulatorfixture.h"
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

constexpr auto kCustomer = "+491701234567";

RetryPolicy quickRetries()
{
    RetryPolicy::Settings s;
    s.baseMs = 200;
    s.capMs = 400;
    s.maxAttempts = 5;
    return RetryPolicy(s, [] { return 0.999999; });
}

sim::Api apiOf(const QString &adapter)
{
    if (adapter == QLatin1String("mysmsgate"))
        return sim::Api::MySmsGate;
    return adapter == QLatin1String("smsgate-cloud") ? sim::Api::SmsGateCloud : sim::Api::SmsGateLocal;
}

} // namespace

class TestGatewayEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wholeLife_data();
    void wholeLife();

private:
    bool startDispatcher();
    Message enqueue(const QString &text);
    Message message(const QUuid &id) { return m_reader->message(id).value(); }
    int inboundFrom(const QString &number);

    std::unique_ptr<TestDatabase> m_db; // SQLite, or PostgreSQL in the _postgres run
    std::unique_ptr<QueueStore> m_store;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<DispatchStack> m_dispatcher;
};

void TestGatewayEndToEnd::init()
{
    m_db = std::make_unique<TestDatabase>();
    QueueStore::Options options;
    options.config = m_db->config();
    options.retryPolicy = quickRetries();
    m_store = std::make_unique<QueueStore>(SystemClock::instance(), std::move(options));
    QVERIFY(m_store->open().ok());
    m_reader = std::make_unique<StoreReader>(m_store->config());
    QVERIFY(m_reader->open().ok());
}

void TestGatewayEndToEnd::cleanup()
{
    if (m_dispatcher) {
        m_dispatcher->stop(0);
        m_dispatcher->waitForStopped(10'000);
    }
    m_dispatcher.reset();
    m_reader.reset();
    m_store.reset();
    m_db.reset();
}

bool TestGatewayEndToEnd::startDispatcher()
{
    if (m_dispatcher) {
        m_dispatcher->stop(5'000);
        if (!m_dispatcher->waitForStopped(10'000))
            return false;
        m_dispatcher.reset();
    }
    DispatchStack::Options o;
    o.owner = QStringLiteral("e2e");
    o.httpTimeoutMs = 3'000;
    o.healthIntervalMs = 0;
    o.statusPollIntervalMs = 150;
    o.inboxPollIntervalMs = 150;
    m_dispatcher = std::make_unique<DispatchStack>(*m_store, SystemClock::instance(), std::move(o));
    return m_dispatcher->start().ok();
}

Message TestGatewayEndToEnd::enqueue(const QString &text)
{
    NewMessage m;
    m.to = QLatin1String(kCustomer);
    m.text = text;
    m.maxAttempts = 5;
    EnqueueRequest request;
    request.messages = { m };
    const Result<EnqueueResult> r = await(m_store->enqueue(request));
    return r ? r->messages.first() : Message {};
}

int TestGatewayEndToEnd::inboundFrom(const QString &number)
{
    const Result<QList<ChatItem>> items = m_reader->threadItems(number, ThreadCursor {}, 100);
    if (!items)
        return -1;
    return int(std::count_if(items->cbegin(), items->cend(), [](const ChatItem &i) { return !i.outgoing; }));
}

void TestGatewayEndToEnd::wholeLife_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::newRow("smsgate") << QStringLiteral("smsgate");
    QTest::newRow("smsgate-cloud") << QStringLiteral("smsgate-cloud");
    QTest::newRow("mysmsgate") << QStringLiteral("mysmsgate");
}

void TestGatewayEndToEnd::wholeLife()
{
    QFETCH(QString, adapter);
    GatewaySimulator::Settings settings;
    settings.reportDelayMs = 300;
    SimulatorFixture fx(settings);
    QVERIFY(fx.isListening());
    Device phone;
    phone.name = QStringLiteral("Counter phone");
    phone.adapter = adapter;
    phone.baseUrl = fx.baseUrlString();
    phone.remoteId = adapter == QLatin1String("smsgate-cloud") ? settings.deviceId : QString();
    phone.ratePerMinute = 0;
    phone.ratePerDay = 0;
    QVERIFY(await(m_store->addDevice(phone)).ok());
    QVERIFY(startDispatcher());

    // 1. Sent, then Delivered by polling (the only way on a LAN).
    const Message first = enqueue(QStringLiteral("Your table is ready"));
    QTRY_COMPARE_WITH_TIMEOUT(message(first.id).status, MessageStatus::Delivered, 15'000);

    // 2. A reply reaches the conversation once, by polling the phone's own list.
    fx.sim().injectIncoming(QLatin1String(kCustomer), QStringLiteral("Thanks, on my way"), apiOf(adapter));
    if (adapter == QLatin1String("smsgate-cloud")) {
        // The server's inbox answers 501 (handlers/inbox/3rdparty.go): no reply without a
        // webhook, and the phone's status says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->device(1)->health.reportsVia.contains(QLatin1String("501")), 10'000);
        QCOMPARE(inboundFrom(QLatin1String(kCustomer)), 0);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(inboundFrom(QLatin1String(kCustomer)), 1, 10'000);
        QTest::qWait(600); // several more polls list it again
        QCOMPARE(inboundFrom(QLatin1String(kCustomer)), 1);
        QVERIFY(startDispatcher()); // a restart reads the phone's list afresh
        QTest::qWait(600);
        QCOMPARE(inboundFrom(QLatin1String(kCustomer)), 1);
    }

    // 3. The phone reports a failure: the resend reaches it as a new send (not a 409 counted
    //    as accepted) and is delivered.
    fx.sim().setDeliverRate(0.0);
    const Message failing = enqueue(QStringLiteral("Reminder: tomorrow 10:00"));
    QTRY_VERIFY_WITH_TIMEOUT(message(failing.id).wireGeneration >= 1, 15'000);
    fx.sim().setDeliverRate(1.0);
    QTRY_COMPARE_WITH_TIMEOUT(message(failing.id).status, MessageStatus::Delivered, 15'000);
    QCOMPARE(fx.sim().stats().duplicates, 0);
    QCOMPARE(fx.sim().stats().uniqueClientIds, fx.sim().stats().accepted);

    // 4. The phone restarts while a message waits for its report: polling picks it up again.
    fx.sim().setSettings([&] {
        GatewaySimulator::Settings slow = fx.sim().settings();
        slow.reportDelayMs = 1'500;
        return slow;
    }());
    const Message acrossRestart = enqueue(QStringLiteral("Your parcel is here"));
    QTRY_COMPARE_WITH_TIMEOUT(message(acrossRestart.id).status, MessageStatus::Sent, 10'000);
    fx.sim().stop();
    QTest::qWait(500); // polls fail meanwhile: nothing changes, nothing is lost
    QCOMPARE(message(acrossRestart.id).status, MessageStatus::Sent);
    QVERIFY(fx.restart());
    QTRY_COMPARE_WITH_TIMEOUT(message(acrossRestart.id).status, MessageStatus::Delivered, 15'000);
    QCOMPARE(fx.sim().stats().duplicates, 0);
}

QTEST_GUILESS_MAIN(TestGatewayEndToEnd)
#include "tst_gatewayendtoend.moc"
