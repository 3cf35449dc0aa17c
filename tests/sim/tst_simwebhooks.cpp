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

QTEST_GUILESS_MAIN(TestSimWebhooks)
#include "tst_simwebhooks.moc"
