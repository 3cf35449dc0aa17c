// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's SMSGate cloud face (/3rdparty/v1) and its MySMSGate face, over loopback.
// Upstream for the cloud: android-sms-gateway/server internal/sms-gateway/handlers/ and
// android-sms-gateway/client-go smsgateway/. MySMSGate has no reference: the integrations
// named in /tmp/upstream-mysmsgate.md (cited per case).
#include "simulatorfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using smsdesk::test::httpRequest;
using smsdesk::test::SimulatorFixture;

namespace {

QByteArray cloudBody(const QString &id, const QString &deviceId)
{
    QJsonObject o { { QStringLiteral("textMessage"), QJsonObject { { QStringLiteral("text"), QStringLiteral("hi") } } },
                    { QStringLiteral("phoneNumbers"), QJsonArray { QStringLiteral("+15550003") } } };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (!deviceId.isEmpty())
        o.insert(QStringLiteral("deviceId"), deviceId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray mySend(const QString &clientId, const QJsonObject &extra = {})
{
    QJsonObject o { { QStringLiteral("to"), QStringLiteral("+15550004") }, { QStringLiteral("message"), QStringLiteral("hey") } };
    if (!clientId.isEmpty())
        o.insert(QStringLiteral("client_message_id"), clientId);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

GatewaySimulator::Settings account()
{
    GatewaySimulator::Settings s;
    s.reportDelayMs = 60'000;
    s.cloudDeviceIds = QStringList { QStringLiteral("phone-1"), QStringLiteral("phone-2") };
    s.seed = 5;
    return s;
}

QJsonArray array(const test::HttpResult &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

} // namespace

class TestSimCloud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownDeviceIs400();
    void sendPicksThePhoneAnd409PerPhone();
    void devicesList();
    void cloudWebhooksAreHttpsOnly();
    void inboxIsNotImplementedInTheCloud();
    void queueLimitIs503();
    void mySmsGateBalanceRunsOut();
    void mySmsGateNeverRefusesARepeat();
    void mySmsGateHistoryInAndOut();
    void mySmsGateDevicesAndSlots();

private:
    QNetworkAccessManager m_nam;
};

// handlers/messages/3rdparty.go post: devices.GetAny fails with ErrNotFound ("record not
// found", modules/devices/repository.go), which errorHandler answers 400 (3rdparty_test.go
// "device not found keeps 400").
void TestSimCloud::unknownDeviceIs400()
{
    SimulatorFixture fx(account());
    const test::HttpResult r = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/3rdparty/v1/messages")),
                                           cloudBody(QStringLiteral("u-1"), QStringLiteral("phone-9")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray(R"({"message":"failed to select device: record not found"})"));
    QCOMPARE(fx.sim().stats().accepted, 0);
    QCOMPARE(fx.sim().stats().rejected, 1);
}

// messages/3rdparty.go post → 202 smsgateway.MessageState with Location; modules/messages/
// models.go: (ext_id, device_id) is unique, so 409 per phone ("message with the same ID
// already exists"), and GetState by id alone finds two → 400 "multiple messages found".
void TestSimCloud::sendPicksThePhoneAnd409PerPhone()
{
    SimulatorFixture fx(account());
    const QUrl messages = fx.url(QStringLiteral("/3rdparty/v1/messages"));
    const test::HttpResult first = httpRequest(m_nam, "POST", messages, cloudBody(QStringLiteral("c-1"), QStringLiteral("phone-2")));
    QCOMPARE(first.status, 202);
    QCOMPARE(first.header("Location"), QByteArray("/3rdparty/v1/messages/c-1"));
    const QJsonObject o = first.json();
    QCOMPARE(o.value(QLatin1String("deviceId")).toString(), QStringLiteral("phone-2"));
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("Pending"));
    QVERIFY(o.value(QLatin1String("states")).toObject().contains(QLatin1String("Pending")));
    QCOMPARE(o.value(QLatin1String("recipients")).toArray().at(0).toObject().value(QLatin1String("phoneNumber")).toString(),
             QStringLiteral("+15550003"));
    QCOMPARE(fx.sim().acceptLog().constLast().deviceKey, QStringLiteral("phone-2"));
    const test::HttpResult again = httpRequest(m_nam, "POST", messages, cloudBody(QStringLiteral("c-1"), QStringLiteral("phone-2")));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body, QByteArray(R"({"message":"message with the same ID already exists"})"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/messages/c-1"))).status, 200);
    QCOMPARE(httpRequest(m_nam, "POST", messages, cloudBody(QStringLiteral("c-1"), QStringLiteral("phone-1"))).status, 202);
    const test::HttpResult ambiguous = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/messages/c-1")));
    QCOMPARE(ambiguous.status, 400);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/messages/none"))).body,
             QByteArray(R"({"message":"message not found"})"));
    // No deviceId: any phone of the account.
    const test::HttpResult any = httpRequest(m_nam, "POST", messages, cloudBody({}, {}));
    QCOMPARE(any.status, 202);
    QVERIFY(account().cloudDeviceIds.contains(any.json().value(QLatin1String("deviceId")).toString()));
    QCOMPARE(any.json().value(QLatin1String("id")).toString().size(), 21);
    const test::HttpResult list = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/messages?deviceId=phone-1")));
    const bool anyOnOne = any.json().value(QLatin1String("deviceId")).toString() == QLatin1String("phone-1");
    QCOMPARE(list.header("X-Total-Count"), QByteArray::number(anyOnOne ? 2 : 1));
    // Phone validation (services/messages cleanPhoneNumber) and unique numbers: 400.
    QCOMPARE(httpRequest(m_nam, "POST", messages, R"({"message":"x","phoneNumbers":["call me"]})").json()
                 .value(QLatin1String("message")).toString(),
             QStringLiteral("invalid phone number"));
    QCOMPARE(httpRequest(m_nam, "POST", messages, R"({"message":"x","phoneNumbers":["+15550003","+15550003"]})").json()
                 .value(QLatin1String("message")).toString(),
             QStringLiteral("phone numbers must be unique"));
}

// handlers/devices/3rdparty.go get → []smsgateway.Device (client-go domain_devices.go).
void TestSimCloud::devicesList()
{
    GatewaySimulator::Settings s = account();
    s.simCount = 1;
    SimulatorFixture fx(s);
    const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/devices")));
    QCOMPARE(r.status, 200);
    const QJsonArray devices = array(r);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("phone-1"));
    for (const char *key : { "name", "createdAt", "updatedAt", "lastSeen" })
        QVERIFY2(devices.at(1).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(devices.at(1).toObject().value(QLatin1String("simCards")).toArray().size(), 1);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/device"))).status, 200); // old alias
}

// handlers/webhooks/3rdparty.go with client-go Webhook.Validate(): https:// only (no loopback
// exception on the server), events of webhookEventTypes (no sms:cancelled); 201, same id replaces.
void TestSimCloud::cloudWebhooksAreHttpsOnly()
{
    SimulatorFixture fx(account());
    const QUrl hooks = fx.url(QStringLiteral("/3rdparty/v1/webhooks"));
    const test::HttpResult ok = httpRequest(m_nam, "POST", hooks,
                                            "{\"id\":\"cw-1\",\"url\":\"https://127.0.0.1:1/h\",\"event\":\"sms:received\"}");
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json().value(QLatin1String("deviceId")), QJsonValue(QJsonValue::Null));
    const test::HttpResult plain = httpRequest(m_nam, "POST", hooks,
                                               "{\"url\":\"http://127.0.0.1:8765/h\",\"event\":\"sms:received\"}");
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.json().value(QLatin1String("message")).toString(),
             QStringLiteral("failed to validate: validation failed: url must start with https://"));
    QCOMPARE(httpRequest(m_nam, "POST", hooks, "{\"url\":\"https://127.0.0.1:1/h\",\"event\":\"sms:cancelled\"}").json()
                 .value(QLatin1String("message")).toString(),
             QStringLiteral("failed to validate: validation failed: invalid event type"));
    QCOMPARE(httpRequest(m_nam, "POST", hooks,
                         "{\"url\":\"https://127.0.0.1:1/h\",\"event\":\"sms:sent\",\"deviceId\":\"phone-9\"}")
                 .status,
             400);
    QCOMPARE(array(httpRequest(m_nam, "GET", hooks)).size(), 1);
    QCOMPARE(array(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/webhooks")))).size(), 0); // separate lists
    QCOMPARE(httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/3rdparty/v1/webhooks/cw-1"))).status, 204);
    QCOMPARE(array(httpRequest(m_nam, "GET", hooks)).size(), 0);
}

// handlers/inbox/3rdparty.go list: 501 "Inbox API is not implemented yet"; refresh: 202.
void TestSimCloud::inboxIsNotImplementedInTheCloud()
{
    SimulatorFixture fx(account());
    const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/3rdparty/v1/inbox")));
    QCOMPARE(r.status, 501);
    QCOMPARE(r.json().value(QLatin1String("message")).toString(), QStringLiteral("Inbox API is not implemented yet"));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/3rdparty/v1/inbox/refresh")),
                         R"({"since":"2024-01-01T00:00:00Z","until":"2024-01-02T00:00:00Z"})")
                 .status,
             202);
}

// messages/3rdparty.go errorHandler: ErrQueueLimitExceeded → 503.
void TestSimCloud::queueLimitIs503()
{
    GatewaySimulator::Settings s = account();
    s.failRate = 1.0;
    SimulatorFixture fx(s);
    const test::HttpResult r = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/3rdparty/v1/messages")),
                                           cloudBody(QStringLiteral("q-1"), QStringLiteral("phone-1")));
    QCOMPARE(r.status, 503);
    QVERIFY(r.json().value(QLatin1String("message")).toString().startsWith(
        QLatin1String("failed to enqueue message: queue limits exceeded")));
    QCOMPARE(fx.sim().stats().unavailable, 1);
}

// brgy-sync lib/services/twilio_service.dart: 402 = "Insufficient SMS balance"; error body
// {"success": false, "error"} as the notification_service tests mock it.
void TestSimCloud::mySmsGateBalanceRunsOut()
{
    GatewaySimulator::Settings s = account();
    s.balance = 2;
    SimulatorFixture fx(s);
    const QUrl send = fx.url(QStringLiteral("/api/v1/send"));
    QCOMPARE(httpRequest(m_nam, "POST", send, mySend(QStringLiteral("b-1"))).status, 202);
    QCOMPARE(httpRequest(m_nam, "POST", send, mySend(QStringLiteral("b-2"))).status, 202);
    const test::HttpResult broke = httpRequest(m_nam, "POST", send, mySend(QStringLiteral("b-3")));
    QCOMPARE(broke.status, 402);
    QCOMPARE(broke.json().value(QLatin1String("success")), QJsonValue(false));
    QCOMPARE(broke.json().value(QLatin1String("error")).toString(), QStringLiteral("Insufficient SMS balance"));
    QCOMPARE(fx.sim().stats().requests, 3);
    QCOMPARE(fx.sim().stats().accepted, 2);
    QCOMPARE(fx.sim().balance(), 0);
}

// KabQue notifications.py: no client reference exists, a resend is a second SMS (it warns
// "a retry would deliver the student a duplicate code"); 202 {"success","sms_id","status"}.
void TestSimCloud::mySmsGateNeverRefusesARepeat()
{
    SimulatorFixture fx(account());
    const QUrl send = fx.url(QStringLiteral("/api/v1/send"));
    const test::HttpResult a = httpRequest(m_nam, "POST", send, mySend(QStringLiteral("same")));
    const test::HttpResult b = httpRequest(m_nam, "POST", send, mySend(QStringLiteral("same")));
    QCOMPARE(a.status, 202);
    QCOMPARE(b.status, 202);
    QCOMPARE(a.json().value(QLatin1String("success")), QJsonValue(true));
    QCOMPARE(a.json().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QVERIFY(a.json().value(QLatin1String("sms_id")).isDouble());
    QVERIFY(a.json().value(QLatin1String("sms_id")) != b.json().value(QLatin1String("sms_id")));
    QCOMPARE(fx.sim().stats().accepted, 2);
    QCOMPARE(fx.sim().stats().duplicates, 1); // by our client_message_id
    QCOMPARE(fx.sim().stats().uniqueClientIds, 1);
}

// KabQue reconcile_sms_logs.py (history?direction=out&limit=200: history[].id, source, phone_to,
// created_at, status, error_message) and Pharmacy FortmedSmsService.php (limit/offset, total).
void TestSimCloud::mySmsGateHistoryInAndOut()
{
    GatewaySimulator::Settings s = account();
    s.reportDelayMs = 0;
    SimulatorFixture fx(s);
    const qint64 first = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySend(QStringLiteral("h-1")))
                             .json().value(QLatin1String("sms_id")).toVariant().toLongLong();
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySend(QStringLiteral("h-2"), { { QStringLiteral("text"), QStringLiteral("alias") } }));
    const test::HttpResult in = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                                            R"({"from":"+15556660000","text":"reply","api":"mysmsgate"})");
    QCOMPARE(in.status, 202);
    fx.sim().flushReports();
    const QJsonObject out = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/history?direction=out&limit=200"))).json();
    QCOMPARE(out.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray rows = out.value(QLatin1String("history")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject oldest = rows.at(1).toObject(); // newest first
    QCOMPARE(oldest.value(QLatin1String("id")).toVariant().toLongLong(), first);
    QCOMPARE(oldest.value(QLatin1String("source")).toString(), QStringLiteral("api"));
    QCOMPARE(oldest.value(QLatin1String("phone_to")).toString(), QStringLiteral("+15550004"));
    QCOMPARE(oldest.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(oldest.value(QLatin1String("error_message")), QJsonValue(QJsonValue::Null));
    QVERIFY(oldest.value(QLatin1String("created_at")).toString().size() >= 19);
    const QJsonArray inRows = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/history?direction=in"))).json()
                                  .value(QLatin1String("history")).toArray();
    QCOMPARE(inRows.size(), 1);
    QCOMPARE(inRows.at(0).toObject().value(QLatin1String("phone_from")).toString(), QStringLiteral("+15556660000"));
    QCOMPARE(inRows.at(0).toObject().value(QLatin1String("message")).toString(), QStringLiteral("reply"));
    QCOMPARE(inRows.at(0).toObject().value(QLatin1String("id")).toVariant().toString(),
             in.json().value(QLatin1String("message_id")).toString()); // as the inbound webhook names it
    const QJsonObject both = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/history?limit=1&offset=1"))).json();
    QCOMPARE(both.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(both.value(QLatin1String("history")).toArray().size(), 1);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/history?direction=sideways"))).status, 400);
}

// brgy-sync workers/sms-proxy/index.js (devices[].id, status == "online"); Pharmacy
// (default_sim_slot); render.yaml "slot: 0 = SIM 1, 1 = SIM 2".
void TestSimCloud::mySmsGateDevicesAndSlots()
{
    GatewaySimulator::Settings s = account();
    s.apiKey = QStringLiteral("K");
    SimulatorFixture fx(s);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/devices"))).status, 401);
    const QJsonArray devices = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/api/v1/devices")), {},
                                           { { "Authorization", "Bearer K" } })
                                   .json().value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("online"));
    QCOMPARE(devices.at(0).toObject().value(QLatin1String("default_sim_slot")).toInt(), 0);
    const QList<QPair<QByteArray, QByteArray>> auth { { "Authorization", "Bearer K" } };
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")),
                         mySend({}, { { QStringLiteral("slot"), 1 }, { QStringLiteral("device_id"), QStringLiteral("phone-2") } }), auth)
                 .status,
             202);
    QCOMPARE(fx.sim().acceptLog().constLast().sim, 2);
    QCOMPARE(fx.sim().acceptLog().constLast().deviceKey, QStringLiteral("phone-2"));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySend({}, { { QStringLiteral("slot"), 5 } }), auth)
                 .status,
             400);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")),
                         R"({"to":"15550004","message":"bare local number"})", auth)
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestSimCloud)
#include "tst_simcloud.moc"
