// SPDX-License-Identifier: GPL-3.0-or-later
// What the adapters make of the answers the real gateways give, each expectation taken
// from the gateway's own public source (named at each case), not from our simulator.
#include "gatewayadapter.h"
#include "smsgateinbound.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace smsdesk;

namespace {

GatewayReply reply(int status, const QByteArray &body)
{
    GatewayReply r;
    r.httpStatus = status;
    r.body = body;
    return r;
}

Device device(const QString &adapter, const QString &baseUrl)
{
    Device d;
    d.id = 3;
    d.adapter = adapter;
    d.baseUrl = baseUrl;
    d.createdAtMs = 1;
    return d;
}

Message sentMessage()
{
    Message m;
    m.id = QUuid::fromString(QStringLiteral("6f0c1a52-3c1e-4a8e-9d4e-0a4bb6bd7a11"));
    m.to = QStringLiteral("+491701234567");
    m.text = QStringLiteral("Your table is ready");
    m.createdAtMs = QDateTime::fromString(QStringLiteral("2026-12-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    m.sentDeviceId = 3;
    return m;
}

} // namespace

class TestUpstreamReplies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smsGateStates_data();
    void smsGateStates();
    void smsGateKnownIdIsAccepted();
    void smsGateHealthFailsWithHttp500();
    void cloudUnknownDevicePausesThePhone();
    void cloudBaseUrlBothSpellings();
    void smsGateInboxAndWebhookIdsAgree();
    void smsGateInboxSkipsGarbage();
    void smsGateDeviceSimCards();
    void resendGoesUnderItsOwnId();
    void mySmsGateAccepted();
    void mySmsGateBalanceUsedUpPauses();
    void mySmsGateHistoryStatus();
    void mySmsGateSentCandidates();
    void mySmsGateDevices();
};

// domain/ProcessingState.kt: Pending, Cancelling, Cancelled, Processed, Sent, Delivered, Failed.
void TestUpstreamReplies::smsGateStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("kind"); // -1: nothing to record yet; -2: unreadable
    QTest::newRow("Pending") << QStringLiteral("Pending") << -1;
    QTest::newRow("Processed") << QStringLiteral("Processed") << -1;
    QTest::newRow("Cancelling") << QStringLiteral("Cancelling") << -1;
    QTest::newRow("Sent") << QStringLiteral("Sent") << int(StatusReport::Kind::Sent);
    QTest::newRow("Delivered") << QStringLiteral("Delivered") << int(StatusReport::Kind::Delivered);
    QTest::newRow("Failed") << QStringLiteral("Failed") << int(StatusReport::Kind::Failed);
    QTest::newRow("Cancelled") << QStringLiteral("Cancelled") << int(StatusReport::Kind::Failed);
    QTest::newRow("garbage") << QStringLiteral("Exploded") << -2;
}

void TestUpstreamReplies::smsGateStates()
{
    QFETCH(QString, state);
    QFETCH(int, kind);
    // The GET /message/{id} answer (localserver/domain/messages/Message.kt shape).
    const QByteArray body = QStringLiteral(
                                R"({"id":"x","deviceId":"d","state":"%1","isHashed":false,"isEncrypted":false,)"
                                R"("recipients":[{"phoneNumber":"+491701234567","state":"%1","error":"RESULT_ERROR_NO_SERVICE"}],)"
                                R"("states":{"%1":"2026-12-03T10:00:05.123+01:00"}})")
                                .arg(state)
                                .toUtf8();
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    const auto status = adapter->parseStatus(sentMessage(), reply(200, body));
    if (kind == -2) {
        QVERIFY(!status);
        QCOMPARE(status.code(), ErrorCode::Invalid);
        return;
    }
    QVERIFY(status);
    if (kind == -1) {
        QVERIFY(!status.value());
        return;
    }
    QVERIFY(status.value());
    QCOMPARE(int(status.value()->kind), kind);
    QCOMPARE(status.value()->atMs,
             QDateTime::fromString(QStringLiteral("2026-12-03T09:00:05.123Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
    if (state == QLatin1String("Failed"))
        QCOMPARE(status.value()->error, QStringLiteral("RESULT_ERROR_NO_SERVICE"));
}

// MessagesRoutes.kt: an id that exists answers 409. With resends under their own ids
// (wireUuid), a 409 only ever means "you sent this already".
void TestUpstreamReplies::smsGateKnownIdIsAccepted()
{
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    const SendResult r = adapter->classifySend(reply(409, R"({"message":"Message with id x already exists"})"));
    QCOMPARE(r.kind, SendResult::Kind::Accepted);
    // A 500 on send is one of the app's answers to a malformed request (WebService.kt
    // StatusPages): retried, not proof the phone is down.
    const SendResult e = adapter->classifySend(reply(500, R"({"message":"boom"})"));
    QCOMPARE(e.kind, SendResult::Kind::Transient);
    QVERIFY(!e.deviceLevel);
}

// modules/localserver/WebService.kt get("/health"): Status.FAIL → HTTP 500 with the document.
void TestUpstreamReplies::smsGateHealthFailsWithHttp500()
{
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    const QByteArray body = R"({"status":"fail","version":"1.0","releaseId":1,"checks":{)"
                            R"("battery:level":{"observedValue":7,"status":"fail"},)"
                            R"("connection:status":{"observedValue":1,"status":"pass"}}})";
    const Result<DeviceHealth> health = adapter->parseHealth(reply(500, body));
    QVERIFY2(health, qPrintable(health.errorString()));
    QVERIFY(!health->online);
    QCOMPARE(health->batteryPercent, 7);
    QVERIFY(!adapter->parseHealth(reply(500, "<html>oops</html>")));
}

// server internal/sms-gateway/handlers/messages/3rdparty.go: "failed to select device: %w"
// with devices.ErrNotFound ("record not found") → 400 ErrorResponse {"message"}.
void TestUpstreamReplies::cloudUnknownDevicePausesThePhone()
{
    const auto cloud = createAdapter(QStringLiteral("smsgate-cloud"));
    const SendResult r
        = cloud->classifySend(reply(400, R"({"message":"failed to select device: record not found"})"));
    QCOMPARE(r.kind, SendResult::Kind::DevicePaused);
    QVERIFY(r.error.contains(QLatin1String("does not know this phone")));
    // Any other 400 is the message's fault.
    QCOMPARE(cloud->classifySend(reply(400, R"({"message":"No message content provided"})")).kind,
             SendResult::Kind::Permanent);
}

// client-go smsgateway/config.go: the default BaseURL is https://api.sms-gate.app/3rdparty/v1.
void TestUpstreamReplies::cloudBaseUrlBothSpellings()
{
    const auto cloud = createAdapter(QStringLiteral("smsgate-cloud"));
    for (const char *base : { "https://api.sms-gate.app", "https://api.sms-gate.app/3rdparty/v1",
                              "https://api.sms-gate.app/3rdparty/v1/" }) {
        const GatewayRequest r
            = cloud->sendRequest(sentMessage(), device(QStringLiteral("smsgate-cloud"), QLatin1String(base)), {});
        QCOMPARE(r.request.url().toString(), QStringLiteral("https://api.sms-gate.app/3rdparty/v1/messages"));
        const auto devices
            = cloud->devicesRequest(device(QStringLiteral("smsgate-cloud"), QLatin1String(base)), {});
        QCOMPARE(devices->request.url().path(), QStringLiteral("/3rdparty/v1/devices"));
    }
}

// incoming/IncomingMessagesService.kt buildId: "text:" + hashCode() (signed decimal);
// receiver/ReceiverService.kt webhook messageId: hashCode().toUInt().toString(16).
void TestUpstreamReplies::smsGateInboxAndWebhookIdsAgree()
{
    QCOMPARE(smsGateInboundKey(QStringLiteral("text:-1")), smsGateInboundKey(QStringLiteral("ffffffff")));
    QCOMPARE(smsGateInboundKey(QStringLiteral("text:123456789")), smsGateInboundKey(QStringLiteral("75bcd15")));
    QVERIFY(smsGateInboundKey(QStringLiteral("text:99999999999")).isEmpty());
    QVERIFY(smsGateInboundKey(QStringLiteral("mms:12")).isEmpty());
    QVERIFY(smsGateInboundKey(QString()).isEmpty());
}

// localserver/routes/InboxRoutes.kt InboxMessage {id, type, sender, recipient, simNumber,
// contentPreview, createdAt}; X-Total-Count; only SMS become conversations.
void TestUpstreamReplies::smsGateInboxSkipsGarbage()
{
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    const QByteArray body = R"([)"
                            R"({"id":"text:-42","type":"SMS","sender":"+491701234567","recipient":null,)"
                            R"("simNumber":1,"contentPreview":"Yes, 7pm is fine","createdAt":"2026-12-03T10:01:00.000+00:00"},)"
                            R"({"id":"data:5","type":"DATA_SMS","sender":"+4917","contentPreview":"00ff","createdAt":"2026-12-03T10:02:00Z"},)"
                            R"({"id":"text:7","type":"SMS","contentPreview":"no sender","createdAt":"2026-12-03T10:03:00Z"},)"
                            R"(17])";
    const Result<InboxPage> page
        = adapter->parseInbox(device(QStringLiteral("smsgate"), QStringLiteral("http://phone:8080")), 0, reply(200, body));
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages.first().text, QStringLiteral("Yes, 7pm is fine"));
    QCOMPARE(page->messages.first().gatewayId, smsGateInboundKey(QStringLiteral("text:-42")));
    QCOMPARE(page->problems.size(), 2); // the entry without a sender, and the number 17
    QVERIFY(!adapter->parseInbox(device(QStringLiteral("smsgate"), QStringLiteral("http://p")), 0,
                                 reply(200, "{\"not\":\"a list\"}")));
    // The cloud server's inbox route answers 501 (handlers/inbox/3rdparty.go).
    const auto cloud = createAdapter(QStringLiteral("smsgate-cloud"));
    const Result<InboxPage> none = cloud->parseInbox(
        device(QStringLiteral("smsgate-cloud"), QStringLiteral("https://api.sms-gate.app")), 0,
        reply(501, R"({"message":"Inbox API is not implemented yet"})"));
    QCOMPARE(none.code(), ErrorCode::Incompatible);
}

// localserver/domain/Device.kt {id, name, createdAt, updatedAt, lastSeen, simCards} with
// SimCard.kt {slotIndex, simNumber, phoneNumber, carrierName, iccid}.
void TestUpstreamReplies::smsGateDeviceSimCards()
{
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    const QByteArray body = R"({"id":"PyDmBQZZXYmyxMwED8Fzy","name":"Counter phone",)"
                            R"("createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","lastSeen":"2026-12-03T10:00:00Z",)"
                            R"("simCards":[{"slotIndex":0,"simNumber":1,"phoneNumber":null,"carrierName":"Telekom","iccid":null},)"
                            R"({"slotIndex":1,"simNumber":2,"phoneNumber":"+491709999999","carrierName":"o2","iccid":null}]})";
    const auto devices = adapter->parseDevices(reply(200, body));
    QVERIFY(devices);
    QCOMPARE(devices->size(), 1);
    QCOMPARE(devices->first().id, QStringLiteral("PyDmBQZZXYmyxMwED8Fzy"));
    QCOMPARE(devices->first().simCards.size(), 2);
    QCOMPARE(devices->first().simCards.at(1).slot, 2);
    QCOMPARE(devices->first().simCards.at(1).label, QStringLiteral("o2 · +491709999999"));
}

void TestUpstreamReplies::resendGoesUnderItsOwnId()
{
    const auto adapter = createAdapter(QStringLiteral("smsgate"));
    Message m = sentMessage();
    m.sim = 2;
    const Device d = device(QStringLiteral("smsgate"), QStringLiteral("http://phone:8080"));
    const QJsonObject first = QJsonDocument::fromJson(adapter->sendRequest(m, d, {}).body).object();
    m.wireGeneration = 1;
    const QJsonObject resend = QJsonDocument::fromJson(adapter->sendRequest(m, d, {}).body).object();
    QCOMPARE(first.value(QLatin1String("id")).toString(), m.id.toString(QUuid::WithoutBraces));
    QVERIFY(resend.value(QLatin1String("id")).toString() != first.value(QLatin1String("id")).toString());
    QCOMPARE(resend.value(QLatin1String("simNumber")).toInt(), 2); // the message's SIM
    QVERIFY(adapter->statusRequest(m, d, {})->request.url().path().endsWith(resend.value(QLatin1String("id")).toString()));
}

// FrankFayz/KabQue backend/queueapp/notifications.py: 202 {"success":true,"sms_id":258,"status":"pending"}.
void TestUpstreamReplies::mySmsGateAccepted()
{
    const auto adapter = createAdapter(QStringLiteral("mysmsgate"));
    const SendResult r = adapter->classifySend(reply(202, R"({"success":true,"sms_id":258,"status":"pending"})"));
    QCOMPARE(r.kind, SendResult::Kind::Accepted);
    QCOMPARE(r.gatewayMessageId, QStringLiteral("258"));
    QVERIFY(!adapter->refusesKnownIds());
}

// KabQue notifications.py: 402 = insufficient balance, an account state.
void TestUpstreamReplies::mySmsGateBalanceUsedUpPauses()
{
    const auto adapter = createAdapter(QStringLiteral("mysmsgate"));
    const SendResult r = adapter->classifySend(reply(402, R"({"success":false,"error":"Insufficient balance"})"));
    QCOMPARE(r.kind, SendResult::Kind::DevicePaused);
    QVERIFY(r.pauseForMs > 0);
}

// KabQue management/commands/reconcile_sms_logs.py: {"history":[{"id","source","phone_to",
// "created_at","status","error_message"}]}; statuses pending, sending, sent, delivered, failed.
void TestUpstreamReplies::mySmsGateHistoryStatus()
{
    const auto adapter = createAdapter(QStringLiteral("mysmsgate"));
    Message m = sentMessage();
    m.gatewayMessageId = QStringLiteral("258");
    const QByteArray body = R"({"history":[{"id":257,"source":"api","phone_to":"+491701234567","created_at":"2026-12-03T10:00:04","status":"delivered"},)"
                            R"({"id":258,"source":"api","phone_to":"+491701234567","created_at":"2026-12-03T10:00:09","status":"failed","error_message":"Generic failure"}],"total":2})";
    const auto status = adapter->parseStatus(m, reply(200, body));
    QVERIFY(status && status.value());
    QCOMPARE(status.value()->kind, StatusReport::Kind::Failed);
    QCOMPARE(status.value()->error, QStringLiteral("Generic failure"));
    QCOMPARE(status.value()->gatewayMessageId, QStringLiteral("258"));
    m.gatewayMessageId = QStringLiteral("999");
    QVERIFY(adapter->parseStatus(m, reply(200, body)) && !adapter->parseStatus(m, reply(200, body)).value());
    QVERIFY(!adapter->parseStatus(m, reply(200, "{\"history\":7}")));
}

// reconcile_sms_logs.py: no reference of ours in the history; "source":"api" rows to the
// same number, not before the message, nearest first.
void TestUpstreamReplies::mySmsGateSentCandidates()
{
    const auto adapter = createAdapter(QStringLiteral("mysmsgate"));
    const QByteArray body = R"({"history":[)"
                            R"({"id":300,"source":"api","phone_to":"+491701234567","created_at":"2026-12-03T10:00:30","status":"sent"},)"
                            R"({"id":299,"source":"phone","phone_to":"+491701234567","created_at":"2026-12-03T10:00:20","status":"sent"},)"
                            R"({"id":298,"source":"api","phone_to":"+4930111","created_at":"2026-12-03T10:00:10","status":"sent"},)"
                            R"({"id":297,"source":"api","phone_to":"+491701234567","created_at":"2026-12-03T10:00:05","status":"sent"},)"
                            R"({"id":100,"source":"api","phone_to":"+491701234567","created_at":"2026-12-02T10:00:05","status":"sent"}]})";
    const auto ids = adapter->sentCandidates(sentMessage(), reply(200, body));
    QVERIFY(ids);
    QCOMPARE(ids->candidates, QStringList({ QStringLiteral("297"), QStringLiteral("300") }));
    QVERIFY(!ids->searchOlder); // a short page is the whole history
    QVERIFY(!adapter->sentCandidates(sentMessage(), reply(503, "busy")));
}

// Kvillagreen/Pharmacy-Web-Based app/Services/v1/FortmedSmsService.php: {"devices":[{"id",
// "name","status","default_sim_slot"}]}.
void TestUpstreamReplies::mySmsGateDevices()
{
    const auto adapter = createAdapter(QStringLiteral("mysmsgate"));
    const auto devices = adapter->parseDevices(
        reply(200, R"({"devices":[{"id":12,"name":"Shop","status":"online","default_sim_slot":1},{"id":13,"name":"Old","status":"offline"}]})"));
    QVERIFY(devices);
    QCOMPARE(devices->size(), 2);
    QCOMPARE(devices->first().id, QStringLiteral("12"));
    QCOMPARE(devices->first().simCards.first().slot, 2);
    QVERIFY(!devices->at(1).online);
    // Test connection reads the device list with the key: 200 ok, 401 refused.
    const Device d = device(QStringLiteral("mysmsgate"), QStringLiteral("https://mysmsgate.net"));
    QCOMPARE(adapter->credentialsCheckRequest(d, {}).verb, QByteArray("GET"));
    QVERIFY(adapter->checkCredentialsReply(reply(200, R"({"devices":[]})")).ok());
    QCOMPARE(adapter->checkCredentialsReply(reply(401, "{}")).code(), ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestUpstreamReplies)
#include "tst_upstreamreplies.moc"
