// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's SMSGate local-server face against the app's source, over loopback HTTP.
// Upstream: capcom6/android-sms-gateway app/src/main/java/me/capcom/smsgateway/ (paths below).
#include "simulatorfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using smsdesk::test::httpRequest;
using smsdesk::test::SimulatorFixture;

namespace {

QByteArray send(const QString &id, const QString &text = QStringLiteral("hello"), const QJsonObject &extra = {})
{
    QJsonObject o { { QStringLiteral("textMessage"), QJsonObject { { QStringLiteral("text"), text } } },
                    { QStringLiteral("phoneNumbers"), QJsonArray { QStringLiteral("+15550002") } } };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

GatewaySimulator::Settings slow(int reportDelayMs = 60'000)
{
    GatewaySimulator::Settings s;
    s.reportDelayMs = reportDelayMs;
    s.seed = 11;
    return s;
}

} // namespace

class TestSimSmsGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedAnswerShape();
    void resendAfterFailureIsStill409();
    void pollingFollowsEveryState();
    void healthFailsWith500();
    void malformedSends_data();
    void malformedSends();
    void deviceListsItsSims();
    void simChoice();
    void restartKeepsTheDatabase();

private:
    QNetworkAccessManager m_nam;
};

// modules/localserver/routes/MessagesRoutes.kt post: 202 with Message.kt as Gson writes it
// (nulls left out); the answer's "states" is {} (the entity's states are not loaded yet).
void TestSimSmsGate::acceptedAnswerShape()
{
    SimulatorFixture fx(slow());
    const test::HttpResult r = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("a-1")));
    QCOMPARE(r.status, 202);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("a-1"));
    QCOMPARE(o.value(QLatin1String("deviceId")).toString(), QStringLiteral("sim-phone"));
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("Pending"));
    QCOMPARE(o.value(QLatin1String("isHashed")), QJsonValue(false));
    QCOMPARE(o.value(QLatin1String("isEncrypted")), QJsonValue(false));
    QCOMPARE(o.value(QLatin1String("textMessage")).toObject().value(QLatin1String("text")).toString(), QStringLiteral("hello"));
    QCOMPARE(o.value(QLatin1String("recipients")).toArray(),
             (QJsonArray { QJsonObject { { QStringLiteral("phoneNumber"), QStringLiteral("+15550002") },
                                         { QStringLiteral("state"), QStringLiteral("Pending") } } }));
    QCOMPARE(o.value(QLatin1String("states")).toObject(), QJsonObject());
    QVERIFY(!o.contains(QLatin1String("scheduleAt")));
    // Without an id the app makes a NanoId (21 characters).
    const test::HttpResult generated = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/messages")), send({}));
    QCOMPARE(generated.status, 202);
    QCOMPARE(generated.json().value(QLatin1String("id")).toString().size(), 21);
}

// MessagesService.enqueueMessage: the insert's SQLiteConstraintException is a 409 for every
// known id, whatever its state; a resend after a failure needs an id of its own.
void TestSimSmsGate::resendAfterFailureIsStill409()
{
    GatewaySimulator::Settings s = slow(0);
    s.deliverRate = 0.0;
    SimulatorFixture fx(s);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("f-1"))).status, 202);
    fx.sim().flushReports();
    const QJsonObject failed = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/f-1"))).json();
    QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    const QJsonObject recipient = failed.value(QLatin1String("recipients")).toArray().at(0).toObject();
    QCOMPARE(recipient.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(recipient.value(QLatin1String("error")).toString(),
             QStringLiteral("Send result: RESULT_ERROR_GENERIC_FAILURE (Generic failure cause)"));
    const test::HttpResult again = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("f-1")));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QLatin1String("message")).toString(), QStringLiteral("Message with the same ID already exists"));
    // Two equal numbers in one request break the (message, number) key the same way.
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                         R"({"id":"dup","textMessage":{"text":"x"},"phoneNumbers":["+15550002","+15550002"]})")
                 .status,
             409);
    fx.sim().setDeliverRate(1.0);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("f-2"))).status, 202);
    const sim::Stats st = fx.sim().stats();
    QCOMPARE(st.requests, 4);
    QCOMPARE(st.accepted, 2); // a 409 is not accepted (DESIGN §6)
    QCOMPARE(st.failedReports, 1);
}

// domain/ProcessingState.kt and MessagesService: Pending → Processed → Sent → Delivered, each
// time stamped once in "states" (data/dao/MessagesDao.kt _insertMessageState, IGNORE).
void TestSimSmsGate::pollingFollowsEveryState()
{
    SimulatorFixture fx(slow(800));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("p-1"))).status, 202);
    QStringList seen;
    QJsonObject last;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5'000) {
        last = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/p-1"))).json();
        const QString state = last.value(QLatin1String("state")).toString();
        if (seen.isEmpty() || seen.constLast() != state)
            seen.append(state);
        if (state == QLatin1String("Delivered"))
            break;
        QTest::qWait(40);
    }
    QCOMPARE(seen, (QStringList { QStringLiteral("Pending"), QStringLiteral("Processed"), QStringLiteral("Sent"),
                                  QStringLiteral("Delivered") }));
    QVERIFY2(t.elapsed() >= 700, qPrintable(QString::number(t.elapsed()))); // final only after reportDelayMs
    const QJsonObject states = last.value(QLatin1String("states")).toObject();
    QCOMPARE(states.keys().size(), 4);
    qint64 previous = 0;
    for (const char *name : { "Pending", "Processed", "Sent", "Delivered" }) {
        const QString stamp = states.value(QLatin1String(name)).toString();
        QVERIFY2(stamp.endsWith(u'Z') && stamp.contains(u'.'), qPrintable(stamp)); // yyyy-MM-dd'T'HH:mm:ss.SSSXXX
        const qint64 at = QDateTime::fromString(stamp, Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY(at >= previous);
        previous = at;
    }
    QCOMPARE(last.value(QLatin1String("textMessage")).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("hello"));
}

// localserver/WebService.kt get("/health"): Status.FAIL → 500 with the document; WARN → 200.
// modules/health/monitors/BatteryMonitor.kt (< 10 fail, < 25 warn), connection/ConnectionService.kt,
// messages/MessagesService.kt healthCheck (failed and none processed in the last hour: fail).
void TestSimSmsGate::healthFailsWith500()
{
    GatewaySimulator::Settings s = slow();
    s.batteryPercent = 5;
    {
        SimulatorFixture fx(s);
        const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health")));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        const QJsonObject level = r.json().value(QLatin1String("checks")).toObject().value(QLatin1String("battery:level")).toObject();
        QCOMPARE(level.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(level.value(QLatin1String("observedValue")).toInt(), 5);
        QCOMPARE(level.value(QLatin1String("observedUnit")).toString(), QStringLiteral("percent"));
        QCOMPARE(level.value(QLatin1String("description")).toString(), QStringLiteral("Battery level in percent"));
    }
    s.batteryPercent = 20;
    {
        SimulatorFixture fx(s);
        const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("warn"));
        QStringList keys = r.json().value(QLatin1String("checks")).toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("battery:charging"), QStringLiteral("battery:level"),
                                      QStringLiteral("connection:cellular"), QStringLiteral("connection:status"),
                                      QStringLiteral("connection:transport"), QStringLiteral("messages:failed") }));
    }
    s.batteryPercent = 90;
    s.connected = false;
    {
        SimulatorFixture fx(s);
        const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health")));
        QCOMPARE(r.status, 500);
        const QJsonObject link = r.json().value(QLatin1String("checks")).toObject().value(QLatin1String("connection:status")).toObject();
        QCOMPARE(link.value(QLatin1String("observedValue")).toInt(), 0);
    }
    s.connected = true;
    s.deliverRate = 0.0;
    s.reportDelayMs = 0;
    {
        SimulatorFixture fx(s);
        QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health"))).status, 200);
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("h-1")));
        fx.sim().flushReports();
        const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health")));
        QCOMPARE(r.status, 500); // every message of the last hour failed
        QCOMPARE(r.json().value(QLatin1String("checks")).toObject().value(QLatin1String("messages:failed")).toObject()
                     .value(QLatin1String("observedValue")).toInt(),
                 1);
        fx.sim().setDeliverRate(1.0);
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("h-2")));
        fx.sim().flushReports();
        const test::HttpResult warn = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health")));
        QCOMPARE(warn.status, 200); // some failures alone only warn
        QCOMPARE(warn.json().value(QLatin1String("status")).toString(), QStringLiteral("warn"));
    }
}

// domain/messages/PostMessageRequest.kt validate() and the StatusPages of WebService.kt:
// IllegalArgumentException → 400; Gson's conversion failures → 400; a null where Kotlin
// wants a value (no phoneNumbers, textMessage without text), no JSON type → 500.
void TestSimSmsGate::malformedSends_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray json = "application/json";
    QTest::newRow("not json") << QByteArray("{nope") << json << 400 << QString();
    QTest::newRow("no content type") << send(QStringLiteral("x")) << QByteArray("text/plain") << 500 << QString();
    QTest::newRow("empty body") << QByteArray(" ") << json << 500 << QString();
    QTest::newRow("no phoneNumbers") << QByteArray(R"({"textMessage":{"text":"x"}})") << json << 500 << QString();
    QTest::newRow("textMessage without text") << QByteArray(R"({"textMessage":{},"phoneNumbers":["+15550002"]})")
                                              << json << 500 << QString();
    QTest::newRow("no content") << QByteArray(R"({"phoneNumbers":["+15550002"]})") << json << 400
                                << QStringLiteral("Must specify exactly one of: textMessage, dataMessage, or message");
    QTest::newRow("two contents") << QByteArray(R"({"message":"a","textMessage":{"text":"b"},"phoneNumbers":["+1555"]})")
                                  << json << 400 << QStringLiteral("Cannot specify multiple message types simultaneously");
    QTest::newRow("empty text") << QByteArray(R"({"textMessage":{"text":""},"phoneNumbers":["+15550002"]})") << json
                                << 400 << QStringLiteral("Text message is empty");
    QTest::newRow("no numbers") << QByteArray(R"({"message":"x","phoneNumbers":[]})") << json << 400
                                << QStringLiteral("Empty phone numbers list");
    QTest::newRow("sim 0") << QByteArray(R"({"message":"x","phoneNumbers":["+15550002"],"simNumber":0})") << json << 400
                           << QStringLiteral("SIM number cannot be less than 1");
    QTest::newRow("past schedule") << QByteArray(R"({"message":"x","phoneNumbers":["+1555"],"scheduleAt":"2001-01-01T00:00:00Z"})")
                                   << json << 400 << QStringLiteral("scheduleAt must be in the future");
    QTest::newRow("date without zone") << QByteArray(R"({"message":"x","phoneNumbers":["+1555"],"scheduleAt":"2099-01-01T00:00:00"})")
                                       << json << 400 << QString();
    QTest::newRow("ttl and validUntil") << QByteArray(R"({"message":"x","phoneNumbers":["+1555"],"ttl":60,"validUntil":"2099-01-01T00:00:00Z"})")
                                        << json << 400 << QStringLiteral("fields conflict: ttl and validUntil");
    QTest::newRow("other device") << QByteArray(R"({"message":"x","phoneNumbers":["+1555"],"deviceId":"someone-else"})")
                                  << json << 400 << QStringLiteral("Invalid device ID");
    QTest::newRow("legacy message is fine") << QByteArray(R"({"message":"x","phoneNumbers":["+15550002"]})") << json
                                            << 202 << QString();
}

void TestSimSmsGate::malformedSends()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, message);
    SimulatorFixture fx(slow());
    const test::HttpResult r
        = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), body, { { "Content-Type", contentType } });
    QCOMPARE(r.status, status);
    if (status != 202)
        QVERIFY(r.json().contains(QLatin1String("message"))); // {"message": cause.description}
    if (!message.isEmpty())
        QCOMPARE(r.json().value(QLatin1String("message")).toString(), message);
    QCOMPARE(fx.sim().stats().rejected, status == 400 ? 1 : 0);
}

// localserver/WebService.kt route("/device") with domain/Device.kt and SimCard.kt.
void TestSimSmsGate::deviceListsItsSims()
{
    GatewaySimulator::Settings s = slow();
    s.simCount = 3;
    s.deviceId = QStringLiteral("phone-x");
    SimulatorFixture fx(s);
    const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/device")));
    QCOMPARE(r.status, 200);
    const QJsonArray devices = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(devices.size(), 1);
    const QJsonObject device = devices.at(0).toObject();
    QCOMPARE(device.value(QLatin1String("id")).toString(), QStringLiteral("phone-x"));
    for (const char *key : { "name", "createdAt", "updatedAt", "lastSeen" })
        QVERIFY2(!device.value(QLatin1String(key)).toString().isEmpty(), key);
    const QJsonArray cards = device.value(QLatin1String("simCards")).toArray();
    QCOMPARE(cards.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cards.at(i).toObject().value(QLatin1String("slotIndex")).toInt(), i);
        QCOMPARE(cards.at(i).toObject().value(QLatin1String("simNumber")).toInt(), i + 1);
        QVERIFY(cards.at(i).toObject().value(QLatin1String("phoneNumber")).toString().startsWith(u'+'));
    }
}

// MessagesService.selectSimNumber / getSmsManager: an asked-for SIM is used, a missing one
// fails the message ("Can't send message: SIM 3 not found"); without one the mode decides
// (MessagesSettings: OSDefault leaves it null, RoundRobin by row id), set by PATCH /settings.
void TestSimSmsGate::simChoice()
{
    SimulatorFixture fx(slow(0));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                         send(QStringLiteral("s-2"), QStringLiteral("x"), { { QStringLiteral("simNumber"), 2 } }))
                 .status,
             202);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                         send(QStringLiteral("s-3"), QStringLiteral("x"), { { QStringLiteral("simNumber"), 3 } }))
                 .status,
             202);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("s-default"))).status, 202);
    fx.sim().flushReports();
    QCOMPARE(fx.sim().message(QStringLiteral("s-2"))->simUsed, 2);
    QCOMPARE(fx.sim().acceptLog().at(0).sim, 2);
    QCOMPARE(fx.sim().message(QStringLiteral("s-default"))->simUsed, 0);
    const QJsonObject missing = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/s-3"))).json();
    QCOMPARE(missing.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(missing.value(QLatin1String("recipients")).toArray().at(0).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("Can't send message: SIM 3 not found"));
    const test::HttpResult patched = httpRequest(m_nam, "PATCH", fx.url(QStringLiteral("/settings")),
                                                 R"({"messages":{"sim_selection_mode":"RoundRobin"}})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(QLatin1String("messages")).toObject().value(QLatin1String("sim_selection_mode")).toString(),
             QStringLiteral("RoundRobin"));
    QSet<int> sims;
    for (int i = 0; i < 4; ++i) {
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("rr-%1").arg(i)));
        fx.sim().flushReports();
        sims.insert(fx.sim().message(QStringLiteral("rr-%1").arg(i))->simUsed);
    }
    QCOMPARE(sims, (QSet<int> { 1, 2 }));
}

// A restarted app keeps its Room database (messages, inbox, webhooks) and its settings
// (modules/webhooks/WebhooksSettings.kt signing_key): stop() and listen() must too.
void TestSimSmsGate::restartKeepsTheDatabase()
{
    SimulatorFixture fx(slow(0));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("r-1"))).status, 202);
    fx.sim().flushReports();
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/webhooks")),
                         "{\"id\":\"hook-1\",\"url\":\"https://127.0.0.1:1/hook\",\"event\":\"sms:received\"}")
                 .status,
             201);
    QCOMPARE(httpRequest(m_nam, "PATCH", fx.url(QStringLiteral("/settings")), R"({"webhooks":{"signing_key":"kept-key"}})").status,
             200);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")), R"({"from":"+15557770000","text":"hi"})").status,
             202);
    fx.sim().stop();
    QVERIFY(!fx.isListening());
    QVERIFY(fx.restart());
    const QJsonObject kept = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/r-1"))).json();
    QCOMPARE(kept.value(QLatin1String("state")).toString(), QStringLiteral("Delivered"));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), send(QStringLiteral("r-1"))).status, 409);
    const QJsonArray hooks = QJsonDocument::fromJson(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/webhooks"))).body).array();
    QCOMPARE(hooks.size(), 1);
    QCOMPARE(hooks.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("hook-1"));
    const test::HttpResult inbox = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox")));
    QCOMPARE(inbox.header("X-Total-Count"), QByteArray("1"));
    QCOMPARE(fx.sim().signingKey(), QByteArray("kept-key"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message"))).header("X-Total-Count"), QByteArray("1"));
}

QTEST_GUILESS_MAIN(TestSimSmsGate)
#include "tst_simsmsgate.moc"
