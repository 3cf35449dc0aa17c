// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery reports and incoming SMS as signed webhooks; signatures are recomputed here
// from the documented recipe, independently of the simulator's code.
#include "simulatorfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace smsdesk;
using smsdesk::test::httpRequest;
using smsdesk::test::SimulatorFixture;
using smsdesk::test::WebhookCatcher;

namespace {

const QByteArray kSecret = "whsec-test-secret";

GatewaySimulator::Settings withHooks(const WebhookCatcher &catcher)
{
    GatewaySimulator::Settings s;
    s.reportDelayMs = 20;
    s.webhookUrl = catcher.url();
    s.webhookSecret = kSecret;
    return s;
}

QByteArray hmac(const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, kSecret, QCryptographicHash::Sha256);
}

void verifySmsGateSignature(const WebhookCatcher::Request &r)
{
    const QByteArray ts = r.header("X-Timestamp");
    QVERIFY(!ts.isEmpty());
    QVERIFY(qAbs(ts.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(r.header("X-Signature"), hmac(r.body + ts).toHex());
}

void verifyStandardSignature(const WebhookCatcher::Request &r)
{
    const QByteArray id = r.header("webhook-id");
    const QByteArray ts = r.header("webhook-timestamp");
    QVERIFY(!id.isEmpty());
    QVERIFY(qAbs(ts.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(r.header("webhook-signature"), "v1," + hmac(id + '.' + ts + '.' + r.body).toBase64());
}

QByteArray smsGateBody(const QString &id)
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("textMessage"),
                               QJsonObject { { QStringLiteral("text"), QStringLiteral("hello") } } },
                             { QStringLiteral("phoneNumbers"), QJsonArray { QStringLiteral("+15550002") } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smsGateDeliveredAndFailed();
    void smsGateSentEventsOptIn();
    void mySmsGateStandardWebhooks();
    void incomingSms();
    void failingReceiverIsRetriedThenRecovers();
    void unreachableReceiverGivesUpWithoutBlocking();
    void registrationIsValidated_data();
    void registrationIsValidated();
    void registrationsAreListedReplacedAndDeleted();
    void signingKeyFromPatchSettings();
    void deliveredOncePerPartSentOnce();

private:
    QNetworkAccessManager m_nam;
};

void TestSimWebhooks::smsGateDeliveredAndFailed()
{
    WebhookCatcher catcher;
    GatewaySimulator::Settings s = withHooks(catcher);
    SimulatorFixture fx(s);
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("ok-1")));
    QTRY_COMPARE(catcher.requests().size(), 1); // the outcome is drawn when the report is due
    fx.sim().setDeliverRate(0.0);
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("ko-1")));
    QTRY_COMPARE(catcher.requests().size(), 2);
    QSet<QString> ids;
    for (const WebhookCatcher::Request &r : catcher.requests()) {
        QCOMPARE(r.path, QStringLiteral("/webhooks/test"));
        verifySmsGateSignature(r);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QLatin1String("deviceId")).toString(), QStringLiteral("sim-phone"));
        // The presets stand for one registration per event (WebHookDTO ids).
        QCOMPARE(o.value(QLatin1String("webhookId")).toString(),
                 QStringLiteral("sim-webhook-") + o.value(QLatin1String("event")).toString().replace(u':', u'-'));
        ids.insert(o.value(QLatin1String("id")).toString());
        const QJsonObject p = o.value(QLatin1String("payload")).toObject();
        // payload/SmsEventPayload.kt: recipient, and the deprecated phoneNumber alike.
        QCOMPARE(p.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+15550002"));
        QCOMPARE(p.value(QLatin1String("recipient")).toString(), QStringLiteral("+15550002"));
        if (p.value(QLatin1String("messageId")).toString() == QLatin1String("ok-1")) {
            QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("sms:delivered"));
            QVERIFY(QDateTime::fromString(p.value(QLatin1String("deliveredAt")).toString(), Qt::ISODateWithMs)
                        .isValid());
        } else {
            QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("sms:failed"));
            // MessagesService.resultToErrorMessage via processStateIntent (ACTION_SENT failed).
            QCOMPARE(p.value(QLatin1String("reason")).toString(),
                     QStringLiteral("Send result: RESULT_ERROR_GENERIC_FAILURE (Generic failure cause)"));
            QVERIFY(p.contains(QLatin1String("failedAt")));
        }
    }
    QCOMPARE(ids.size(), 2); // event ids are unique
    QCOMPARE(fx.sim().stats().deliveredReports, 1);
    QCOMPARE(fx.sim().stats().failedReports, 1);
    QTRY_COMPARE(fx.sim().webhookStats().posted, 2);
}

void TestSimWebhooks::smsGateSentEventsOptIn()
{
    WebhookCatcher catcher;
    GatewaySimulator::Settings s = withHooks(catcher);
    s.sentEvents = true;
    SimulatorFixture fx(s);
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("p-1")));
    QTRY_COMPARE(catcher.requests().size(), 2);
    QStringList events;
    for (const auto &r : catcher.requests())
        events << QJsonDocument::fromJson(r.body).object().value(QLatin1String("event")).toString();
    events.sort();
    QCOMPARE(events, (QStringList { QStringLiteral("sms:delivered"), QStringLiteral("sms:sent") }));
}

void TestSimWebhooks::mySmsGateStandardWebhooks()
{
    WebhookCatcher catcher;
    SimulatorFixture fx(withHooks(catcher));
    const QByteArray body = R"({"to":"+15550001","text":"Grüße","client_message_id":"our-id-1"})";
    const QString gatewayId = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), body)
                                  .json()
                                  .value(QLatin1String("sms_id"))
                                  .toVariant()
                                  .toString();
    QTRY_COMPARE(catcher.requests().size(), 1);
    const WebhookCatcher::Request &r = catcher.requests().first();
    verifyStandardSignature(r);
    QVERIFY(r.header("X-Signature").isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QLatin1String("message_id")).toString(), gatewayId);
    QCOMPARE(o.value(QLatin1String("client_message_id")).toString(), QStringLiteral("our-id-1"));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("DELIVERED"));
    QCOMPARE(o.value(QLatin1String("to")).toString(), QStringLiteral("+15550001"));
    QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("Grüße"));
    QVERIFY(QDateTime::fromString(o.value(QLatin1String("timestamp")).toString(), Qt::ISODate).isValid());
}

void TestSimWebhooks::incomingSms()
{
    WebhookCatcher catcher;
    SimulatorFixture fx(withHooks(catcher));
    const QString smsGateId
        = fx.sim().injectIncoming(QStringLiteral("+491701111111"), QStringLiteral("STOP"));
    const QString myId = fx.sim().injectIncoming(QStringLiteral("+491702222222"),
                                                 QStringLiteral("Yes please"), sim::Api::MySmsGate);
    QVERIFY(!smsGateId.isEmpty() && !myId.isEmpty());
    QTRY_COMPARE(catcher.requests().size(), 2);
    for (const auto &r : catcher.requests()) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (!r.header("X-Signature").isEmpty()) {
            verifySmsGateSignature(r);
            QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("sms:received"));
            const QJsonObject p = o.value(QLatin1String("payload")).toObject();
            QCOMPARE(p.value(QLatin1String("messageId")).toString(), smsGateId);
            QCOMPARE(p.value(QLatin1String("sender")).toString(), QStringLiteral("+491701111111"));
            QCOMPARE(p.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+491701111111"));
            QCOMPARE(p.value(QLatin1String("message")).toString(), QStringLiteral("STOP"));
        } else {
            verifyStandardSignature(r);
            QCOMPARE(o.value(QLatin1String("direction")).toString(), QStringLiteral("INBOUND"));
            QCOMPARE(o.value(QLatin1String("from")).toString(), QStringLiteral("+491702222222"));
            QCOMPARE(o.value(QLatin1String("message_id")).toString(), myId);
        }
    }
    QCOMPARE(fx.sim().stats().requests, 0);
}

void TestSimWebhooks::failingReceiverIsRetriedThenRecovers()
{
    WebhookCatcher catcher;
    catcher.setStatus(500);
    SimulatorFixture fx(withHooks(catcher));
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("retry-1")));
    QTRY_VERIFY(catcher.requests().size() >= 2); // first attempt + at least one retry
    catcher.setStatus(204);
    QTRY_COMPARE_WITH_TIMEOUT(fx.sim().webhookStats().posted, 1, 10'000);
    const auto &requests = catcher.requests();
    const QByteArray eventId = QJsonDocument::fromJson(requests.first().body)
                                   .object()
                                   .value(QLatin1String("id"))
                                   .toString()
                                   .toLatin1();
    for (const auto &r : requests) {
        verifySmsGateSignature(r); // re-signed at every attempt
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("id")).toString().toLatin1(),
                 eventId);
    }
    QVERIFY(fx.sim().webhookStats().retried >= 1);
    QCOMPARE(fx.sim().pendingWebhooks(), 0);
}

void TestSimWebhooks::unreachableReceiverGivesUpWithoutBlocking()
{
    GatewaySimulator::Settings s;
    s.reportDelayMs = 0;
    QUrl dead;
    {
        WebhookCatcher gone;
        dead = gone.url();
    } // nothing listens there any more
    s.webhookUrl = dead;
    s.webhookSecret = kSecret;
    SimulatorFixture fx(s);
    for (int i = 0; i < 20; ++i) {
        const test::HttpResult r = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                                               smsGateBody(QStringLiteral("d-%1").arg(i)), {}, 2000);
        QCOMPARE(r.status, 202); // the server keeps answering while webhooks fail
    }
    QTRY_COMPARE_WITH_TIMEOUT(fx.sim().webhookStats().abandoned, 20, 20'000);
    QCOMPARE(fx.sim().pendingWebhooks(), 0);
}

namespace {

QByteArray hookBody(const QString &url, const QString &event, const QString &id = {}, const QString &deviceId = {})
{
    QJsonObject o { { QStringLiteral("url"), url }, { QStringLiteral("event"), event } };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (!deviceId.isEmpty())
        o.insert(QStringLiteral("deviceId"), deviceId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// modules/webhooks/WebHooksService.kt replace(): https://, or http:// to exactly 127.0.0.1;
// an event of domain/WebHookEvent.kt; localserver/routes/WebhooksRoutes.kt: deviceId must be
// this phone's; 201 with the DTO, 400 {"message"} else (docs faq/webhooks.md).
void TestSimWebhooks::registrationIsValidated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString refusedUrl = QStringLiteral("url must start with https:// or http://127.0.0.1");
    QTest::newRow("https") << QStringLiteral("https://127.0.0.1:1/h") << QStringLiteral("sms:delivered") << QString() << 201
                           << QString();
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8765/webhooks/smsgate")
                                   << QStringLiteral("sms:received") << QString() << 201 << QString();
    QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.5/h") << QStringLiteral("sms:received") << QString()
                              << 400 << refusedUrl;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8765/h") << QStringLiteral("sms:received")
                                    << QString() << 400 << refusedUrl;
    QTest::newRow("no url") << QString() << QStringLiteral("sms:received") << QString() << 400 << refusedUrl;
    QTest::newRow("unknown event") << QStringLiteral("https://127.0.0.1:1/h") << QStringLiteral("sms:bounced")
                                   << QString() << 400 << QStringLiteral("Unsupported event");
    QTest::newRow("cancelled is an event") << QStringLiteral("https://127.0.0.1:1/h") << QStringLiteral("sms:cancelled")
                                           << QString() << 201 << QString();
    QTest::newRow("other device") << QStringLiteral("https://127.0.0.1:1/h") << QStringLiteral("sms:sent")
                                  << QStringLiteral("phone-b") << 400 << QStringLiteral("Device ID mismatch");
    QTest::newRow("this device") << QStringLiteral("https://127.0.0.1:1/h") << QStringLiteral("sms:sent")
                                 << QStringLiteral("sim-phone") << 201 << QString();
}

void TestSimWebhooks::registrationIsValidated()
{
    QFETCH(QString, url);
    QFETCH(QString, event);
    QFETCH(QString, deviceId);
    QFETCH(int, status);
    QFETCH(QString, message);
    SimulatorFixture fx;
    const test::HttpResult r
        = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/webhooks")), hookBody(url, event, {}, deviceId));
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.json().value(QLatin1String("url")).toString(), url);
        QCOMPARE(r.json().value(QLatin1String("event")).toString(), event);
        QCOMPARE(r.json().value(QLatin1String("source")).toString(), QStringLiteral("Local"));
        QCOMPARE(r.json().value(QLatin1String("id")).toString().size(), 21); // NanoId when none given
        QVERIFY(!r.json().contains(QLatin1String("deviceId"))); // null, left out by Gson
    } else {
        QCOMPARE(r.json().value(QLatin1String("message")).toString(), message);
    }
}

// WebhooksRoutes.kt get/post/delete (also under /webhook); WebHooksDao upsert by id.
void TestSimWebhooks::registrationsAreListedReplacedAndDeleted()
{
    SimulatorFixture fx;
    const QUrl hooks = fx.url(QStringLiteral("/webhooks"));
    QCOMPARE(httpRequest(m_nam, "POST", hooks, hookBody(QStringLiteral("https://127.0.0.1:1/a"), QStringLiteral("sms:sent"),
                                                         QStringLiteral("w-1")))
                 .status,
             201);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/webhook")),
                         hookBody(QStringLiteral("https://127.0.0.1:1/b"), QStringLiteral("sms:failed"), QStringLiteral("w-1")))
                 .status,
             201);
    QJsonArray list = QJsonDocument::fromJson(httpRequest(m_nam, "GET", hooks).body).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("url")).toString(), QStringLiteral("https://127.0.0.1:1/b"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("event")).toString(), QStringLiteral("sms:failed"));
    QCOMPARE(httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/webhooks/w-1"))).status, 204);
    QCOMPARE(httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/webhooks/never-was"))).status, 204);
    QCOMPARE(QJsonDocument::fromJson(httpRequest(m_nam, "GET", hooks).body).array().size(), 0);
    // The --webhook-url presets show as registrations of their own (one per event).
    WebhookCatcher catcher;
    SimulatorFixture preset(withHooks(catcher));
    list = QJsonDocument::fromJson(httpRequest(m_nam, "GET", preset.url(QStringLiteral("/webhooks"))).body).array();
    QStringList events;
    for (const QJsonValue &v : list)
        events << v.toObject().value(QLatin1String("event")).toString();
    events.sort();
    QCOMPARE(events, (QStringList { QStringLiteral("sms:cancelled"), QStringLiteral("sms:delivered"),
                                    QStringLiteral("sms:failed"), QStringLiteral("sms:received") }));
}

// localserver/routes/SettingsRoutes.kt patch → WebhooksSettings.import("signing_key"); the
// key is never exported; plugins/PayloadSingingPlugin.kt signs each post with the current one.
void TestSimWebhooks::signingKeyFromPatchSettings()
{
    WebhookCatcher catcher;
    GatewaySimulator::Settings s;
    s.reportDelayMs = 0;
    SimulatorFixture fx(s);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/webhooks")),
                         hookBody(catcher.url().toString(), QStringLiteral("sms:delivered")))
                 .status,
             201);
    const test::HttpResult patched = httpRequest(m_nam, "PATCH", fx.url(QStringLiteral("/settings")),
                                                 R"({"webhooks":{"signing_key":"new-key-1"}})");
    QCOMPARE(patched.status, 200);
    QVERIFY(!patched.json().value(QLatin1String("webhooks")).toObject().contains(QLatin1String("signing_key")));
    QCOMPARE(patched.json().value(QLatin1String("webhooks")).toObject().value(QLatin1String("retry_count")).toInt(), 15);
    const test::HttpResult bad = httpRequest(m_nam, "PATCH", fx.url(QStringLiteral("/settings")),
                                             R"({"webhooks":{"retry_count":0}})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid request: Failed to import webhooks: Retry count must be >= 1"));
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("k-1")));
    QTRY_COMPARE(catcher.requests().size(), 1);
    const WebhookCatcher::Request &r = catcher.requests().first();
    const QByteArray ts = r.header("X-Timestamp");
    QCOMPARE(r.header("X-Signature"),
             QMessageAuthenticationCode::hash(r.body + ts, "new-key-1", QCryptographicHash::Sha256).toHex());
}

// docs features/webhooks.md "Multipart Message Behavior" (and webhooks/EventsReceiver.kt: one
// event per state change): sms:sent once with partsCount, sms:delivered once per part.
void TestSimWebhooks::deliveredOncePerPartSentOnce()
{
    WebhookCatcher catcher;
    GatewaySimulator::Settings s = withHooks(catcher);
    s.sentEvents = true;
    SimulatorFixture fx(s);
    const QString threeParts(400, u'a'); // GSM-7: 3 × 153
    const QJsonObject body { { QStringLiteral("id"), QStringLiteral("long-1") },
                             { QStringLiteral("textMessage"), QJsonObject { { QStringLiteral("text"), threeParts } } },
                             { QStringLiteral("phoneNumbers"), QJsonArray { QStringLiteral("+15550002") } } };
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), QJsonDocument(body).toJson(QJsonDocument::Compact))
                 .status,
             202);
    QTRY_COMPARE(catcher.requests().size(), 4);
    QTest::qWait(100);
    QCOMPARE(catcher.requests().size(), 4);
    QStringList events;
    QSet<QString> eventIds;
    for (const WebhookCatcher::Request &r : catcher.requests()) {
        verifySmsGateSignature(r);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        events << o.value(QLatin1String("event")).toString();
        eventIds.insert(o.value(QLatin1String("id")).toString());
        const QJsonObject p = o.value(QLatin1String("payload")).toObject();
        QCOMPARE(p.value(QLatin1String("messageId")).toString(), QStringLiteral("long-1"));
        if (o.value(QLatin1String("event")).toString() == QLatin1String("sms:sent"))
            QCOMPARE(p.value(QLatin1String("partsCount")).toInt(), 3);
    }
    QCOMPARE(events, (QStringList { QStringLiteral("sms:sent"), QStringLiteral("sms:delivered"),
                                    QStringLiteral("sms:delivered"), QStringLiteral("sms:delivered") }));
    QCOMPARE(eventIds.size(), 4); // each post is its own event: dedupe by messageId, not id
    QCOMPARE(fx.sim().stats().deliveredReports, 1); // one message delivered
}

QTEST_GUILESS_MAIN(TestSimWebhooks)
#include "tst_simwebhooks.moc"
