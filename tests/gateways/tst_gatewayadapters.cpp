// SPDX-License-Identifier: GPL-3.0-or-later
// Each adapter against the simulator over real loopback HTTP (issue 3, point 2).
#include "gatewayadapter.h"
#include "gatewayexchange.h"
#include "simulatorfixture.h"

#include <QTest>

using namespace smsdesk;
using smsdesk::test::exchange;
using smsdesk::test::SimulatorFixture;

namespace {

GatewaySimulator::Settings keyed()
{
    GatewaySimulator::Settings s;
    s.apiKey = QStringLiteral("s3cret");
    // The cloud phones the tests name: the server refuses others with 400 "failed to select
    // device" (android-sms-gateway/server internal/sms-gateway/handlers/messages/3rdparty.go).
    s.cloudDeviceIds = { QStringLiteral("dev-1"), QStringLiteral("dev-9") };
    s.reportDelayMs = 60'000; // reports only when a test flushes them
    s.seed = 42;
    return s;
}

Message newMessage(const QString &text = QStringLiteral("Your order is ready"))
{
    Message m;
    m.id = QUuid::createUuid();
    m.to = QStringLiteral("+491701234567");
    m.text = text;
    m.sentDeviceId = 7;
    return m;
}

Device deviceFor(const SimulatorFixture &fx, const QString &adapter, const QString &remoteId = {})
{
    Device d;
    d.id = 7;
    d.adapter = adapter;
    d.baseUrl = fx.baseUrlString();
    d.remoteId = remoteId;
    return d;
}

Credentials good(const QString &adapter)
{
    Credentials c;
    if (adapter == QLatin1String("mysmsgate"))
        c.apiKey = QStringLiteral("s3cret");
    else
        c = Credentials { QStringLiteral("sms"), QStringLiteral("s3cret"), {} };
    return c;
}

Credentials bad(const QString &adapter)
{
    Credentials c = good(adapter);
    c.apiKey = c.apiKey.isEmpty() ? QString() : QStringLiteral("wrong");
    if (!c.password.isEmpty())
        c.password = QStringLiteral("wrong");
    return c;
}

} // namespace

class TestGatewayAdapters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendIsAcceptedWithOurId_data();
    void sendIsAcceptedWithOurId();
    void faultsAreClassified_data();
    void faultsAreClassified();
    void badCredentials_data();
    void badCredentials();
    void smsgateReplayAfterCrashCountsAsAccepted();
    void smsgateStatusPolling();
    void smsgateFailedReportCarriesReason();
    void smsgateHealth();
    void offlinePhoneHealthFails();
    void unknownMessageStatusIsNotFound();

private:
    QNetworkAccessManager m_nam;
};

void TestGatewayAdapters::sendIsAcceptedWithOurId_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("deviceKey");
    QTest::newRow("mysmsgate") << QStringLiteral("mysmsgate") << QStringLiteral("phone-2")
                               << QStringLiteral("phone-2");
    QTest::newRow("smsgate") << QStringLiteral("smsgate") << QString() << QStringLiteral("sim-phone");
    QTest::newRow("smsgate-cloud") << QStringLiteral("smsgate-cloud") << QStringLiteral("dev-9")
                                   << QStringLiteral("dev-9");
}

void TestGatewayAdapters::sendIsAcceptedWithOurId()
{
    QFETCH(QString, adapter);
    QFETCH(QString, remoteId);
    QFETCH(QString, deviceKey);
    SimulatorFixture fx(keyed());
    const auto a = createAdapter(adapter);
    const Message m = newMessage(QStringLiteral("Grüße aus Köln 😀"));
    const SendResult r = a->classifySend(
        exchange(m_nam, a->sendRequest(m, deviceFor(fx, adapter, remoteId), good(adapter))));
    QCOMPARE(r.kind, SendResult::Kind::Accepted);
    QVERIFY(!r.gatewayMessageId.isEmpty());
    const auto stored = fx.sim().message(r.gatewayMessageId);
    QVERIFY(stored);
    QCOMPARE(stored->clientId, m.id.toString(QUuid::WithoutBraces));
    QCOMPARE(stored->text, m.text);
    QCOMPARE(stored->to, m.to);
    QCOMPARE(fx.sim().acceptLog().constLast().deviceKey, deviceKey);
    QCOMPARE(fx.sim().stats().accepted, 1);
    QCOMPARE(fx.sim().stats().uniqueClientIds, 1);
}

void TestGatewayAdapters::faultsAreClassified_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::addColumn<int>("fault"); // 0 = 503, 1 = 429, 2 = 400
    for (const char *adapter : { "mysmsgate", "smsgate", "smsgate-cloud" }) {
        QTest::newRow(QByteArray(QByteArray(adapter) + "-503").constData())
            << QString::fromLatin1(adapter) << 0;
        QTest::newRow(QByteArray(QByteArray(adapter) + "-429").constData())
            << QString::fromLatin1(adapter) << 1;
        QTest::newRow(QByteArray(QByteArray(adapter) + "-400").constData())
            << QString::fromLatin1(adapter) << 2;
    }
}

void TestGatewayAdapters::faultsAreClassified()
{
    QFETCH(QString, adapter);
    QFETCH(int, fault);
    GatewaySimulator::Settings s = keyed();
    s.retryAfterSeconds = 7;
    SimulatorFixture fx(s);
    fx.sim().setFaultRates(fault == 0 ? 1.0 : 0.0, fault == 1 ? 1.0 : 0.0, fault == 2 ? 1.0 : 0.0);
    const auto a = createAdapter(adapter);
    const SendResult r = a->classifySend(
        exchange(m_nam, a->sendRequest(newMessage(), deviceFor(fx, adapter), good(adapter))));
    if (fault == 0) {
        QCOMPARE(r.kind, SendResult::Kind::Transient);
        QCOMPARE(r.httpStatus, 503);
        QVERIFY(r.deviceLevel);
        QCOMPARE(fx.sim().stats().unavailable, 1);
    } else if (fault == 1) {
        QCOMPARE(r.kind, SendResult::Kind::Transient);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.retryAfterMs, qint64(7000));
        QCOMPARE(fx.sim().stats().throttled, 1);
    } else {
        QCOMPARE(r.kind, SendResult::Kind::Permanent);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(fx.sim().stats().rejected, 1);
    }
    QCOMPARE(fx.sim().stats().accepted, 0);
    QCOMPARE(fx.sim().stats().requests, 1);
}

void TestGatewayAdapters::badCredentials_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::newRow("mysmsgate") << QStringLiteral("mysmsgate");
    QTest::newRow("smsgate") << QStringLiteral("smsgate");
    QTest::newRow("smsgate-cloud") << QStringLiteral("smsgate-cloud");
}

void TestGatewayAdapters::badCredentials()
{
    QFETCH(QString, adapter);
    SimulatorFixture fx(keyed());
    const auto a = createAdapter(adapter);
    const Device d = deviceFor(fx, adapter);
    const SendResult r = a->classifySend(exchange(m_nam, a->sendRequest(newMessage(), d, bad(adapter))));
    QCOMPARE(r.kind, SendResult::Kind::AuthFailed);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(fx.sim().stats().accepted, 0);
    // "Test connection" agrees, and accepts the right credentials.
    const Status refused
        = a->checkCredentialsReply(exchange(m_nam, a->credentialsCheckRequest(d, bad(adapter))));
    QCOMPARE(refused.code(), ErrorCode::Invalid);
    const Status accepted
        = a->checkCredentialsReply(exchange(m_nam, a->credentialsCheckRequest(d, good(adapter))));
    QVERIFY2(accepted.ok(), qPrintable(accepted.errorString()));
    QCOMPARE(fx.sim().stats().accepted, 0); // checking sends nothing
}

void TestGatewayAdapters::smsgateReplayAfterCrashCountsAsAccepted()
{
    SimulatorFixture fx(keyed());
    const auto a = createAdapter(QStringLiteral("smsgate"));
    const Message m = newMessage();
    const GatewayRequest req
        = a->sendRequest(m, deviceFor(fx, QStringLiteral("smsgate")), good(QStringLiteral("smsgate")));
    QCOMPARE(a->classifySend(exchange(m_nam, req)).kind, SendResult::Kind::Accepted);
    const SendResult replay = a->classifySend(exchange(m_nam, req));
    QCOMPARE(replay.kind, SendResult::Kind::Accepted);
    QCOMPARE(replay.httpStatus, 409);
    QCOMPARE(fx.sim().stats().accepted, 1);
    QCOMPARE(fx.sim().stats().duplicates, 0); // the phone refused the second copy
    QCOMPARE(fx.sim().stats().requests, 2);
}

void TestGatewayAdapters::smsgateStatusPolling()
{
    SimulatorFixture fx(keyed());
    for (const QString &adapter : { QStringLiteral("smsgate"), QStringLiteral("smsgate-cloud") }) {
        const auto a = createAdapter(adapter);
        const Device d = deviceFor(fx, adapter, QStringLiteral("dev-1"));
        const Message m = newMessage();
        QCOMPARE(a->classifySend(exchange(m_nam, a->sendRequest(m, d, good(adapter)))).kind,
                 SendResult::Kind::Accepted);
        const auto poll
            = [&] { return a->parseStatus(m, exchange(m_nam, *a->statusRequest(m, d, good(adapter)))); };
        auto pending = poll();
        QVERIFY2(pending.ok(), qPrintable(pending.errorString()));
        QVERIFY(!pending.value().has_value()); // nothing final yet
        fx.sim().flushReports();
        auto done = poll();
        QVERIFY(done.ok());
        QVERIFY(done.value().has_value());
        const StatusReport &report = *done.value();
        QCOMPARE(report.kind, StatusReport::Kind::Delivered);
        QCOMPARE(report.id, m.id);
        QCOMPARE(report.deviceId, qint64(7));
        QVERIFY(report.atMs > 0);
        QVERIFY(!report.dedupeKey.isEmpty());
        QCOMPARE(poll().value()->dedupeKey, report.dedupeKey); // polled twice, same key
    }
}

void TestGatewayAdapters::smsgateFailedReportCarriesReason()
{
    GatewaySimulator::Settings s = keyed();
    s.deliverRate = 0.0;
    SimulatorFixture fx(s);
    const auto a = createAdapter(QStringLiteral("smsgate"));
    const Device d = deviceFor(fx, QStringLiteral("smsgate"));
    const Message m = newMessage();
    exchange(m_nam, a->sendRequest(m, d, good(QStringLiteral("smsgate"))));
    fx.sim().flushReports();
    const auto r
        = a->parseStatus(m, exchange(m_nam, *a->statusRequest(m, d, good(QStringLiteral("smsgate")))));
    QVERIFY(r.ok() && r.value());
    QCOMPARE(r.value()->kind, StatusReport::Kind::Failed);
    QVERIFY(r.value()->error.contains(QStringLiteral("RESULT_ERROR")));
    QCOMPARE(fx.sim().stats().failedReports, 1);
}

// The app's health checks (capcom6/android-sms-gateway modules/health/HealthService.kt,
// served by localserver/WebService.kt): some failures in the last hour warn (HTTP 200);
// only failures and nothing sent fail the check, answered HTTP 500 with the document.
void TestGatewayAdapters::smsgateHealth()
{
    GatewaySimulator::Settings s = keyed();
    s.batteryPercent = 55;
    s.deliverRate = 0.0;
    SimulatorFixture fx(s);
    const auto a = createAdapter(QStringLiteral("smsgate"));
    const Device d = deviceFor(fx, QStringLiteral("smsgate"));
    for (int i = 0; i < 2; ++i)
        exchange(m_nam, a->sendRequest(newMessage(), d, good(QStringLiteral("smsgate"))));
    fx.sim().flushReports();
    const auto probe = a->healthRequest(d, Credentials {}); // no auth needed
    QVERIFY(probe);
    const GatewayReply failing = exchange(m_nam, *probe);
    QCOMPARE(failing.httpStatus, 500);
    const Result<DeviceHealth> down = a->parseHealth(failing);
    QVERIFY2(down.ok(), qPrintable(down.errorString())); // the document is read all the same
    QVERIFY(!down->online);
    QCOMPARE(down->failedLastHour, 2);
    // One message goes through: the phone works, with failures to warn about.
    fx.sim().setDeliverRate(1.0);
    exchange(m_nam, a->sendRequest(newMessage(), d, good(QStringLiteral("smsgate"))));
    fx.sim().flushReports();
    const Result<DeviceHealth> h = a->parseHealth(exchange(m_nam, *probe));
    QVERIFY2(h.ok(), qPrintable(h.errorString()));
    QVERIFY(h->online);
    QCOMPARE(h->batteryPercent, 55);
    QCOMPARE(h->failedLastHour, 2);
    QVERIFY(!createAdapter(QStringLiteral("mysmsgate"))->healthRequest(d, {}));
    QVERIFY(!createAdapter(QStringLiteral("smsgate-cloud"))->healthRequest(d, {}));
}

void TestGatewayAdapters::offlinePhoneHealthFails()
{
    GatewaySimulator::Settings s = keyed();
    s.connected = false;
    SimulatorFixture fx(s);
    const auto a = createAdapter(QStringLiteral("smsgate"));
    const Device d = deviceFor(fx, QStringLiteral("smsgate"));
    Result<DeviceHealth> h = a->parseHealth(exchange(m_nam, *a->healthRequest(d, {})));
    QVERIFY(h.ok()); // 503 with a health body: the phone answers, its network is down
    QVERIFY(!h->online);
    fx.sim().setFaultRates(1.0, 0, 0);
    h = a->parseHealth(exchange(m_nam, *a->healthRequest(d, {})));
    QVERIFY(!h.ok());
    QCOMPARE(h.code(), ErrorCode::Unavailable);
    fx.sim().stop();
    h = a->parseHealth(exchange(m_nam, *a->healthRequest(d, {})));
    QCOMPARE(h.code(), ErrorCode::Unavailable);
    QVERIFY(h.errorString().contains(QStringLiteral("network error")));
}

void TestGatewayAdapters::unknownMessageStatusIsNotFound()
{
    SimulatorFixture fx(keyed());
    const auto a = createAdapter(QStringLiteral("smsgate"));
    const Device d = deviceFor(fx, QStringLiteral("smsgate"));
    const Message m = newMessage();
    const auto r
        = a->parseStatus(m, exchange(m_nam, *a->statusRequest(m, d, good(QStringLiteral("smsgate")))));
    QCOMPARE(r.code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestGatewayAdapters)
#include "tst_gatewayadapters.moc"
