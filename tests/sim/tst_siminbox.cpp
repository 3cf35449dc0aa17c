// SPDX-License-Identifier: GPL-3.0-or-later
// Received SMS on the simulated SMSGate phone: POST /_sim/inbound (DESIGN §6b), the app's
// inbox API and its sms:received webhook. Upstream: capcom6/android-sms-gateway
// app/src/main/java/me/capcom/smsgateway/ (paths below); docs features/reading-messages.md.
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

// Java's String.hashCode, Date.hashCode and InboxMessage.Text.hashCode, written out again
// here from modules/receiver/data/InboxMessage.kt, independently of the simulator's code.
qint32 javaHash(const QString &address, qint64 dateMs, int subscriptionId, const QString &text)
{
    const auto str = [](const QString &s) {
        qint32 h = 0;
        for (const QChar c : s)
            h = qint32(quint32(31) * quint32(h) + c.unicode());
        return h;
    };
    const qint32 date = qint32(quint32(quint64(dateMs) ^ (quint64(dateMs) >> 32)));
    qint32 h = str(address);
    h = qint32(31u * quint32(h) + quint32(date));
    h = qint32(31u * quint32(h) + quint32(subscriptionId));
    return qint32(31u * quint32(h) + quint32(str(text)));
}

QByteArray inbound(const QString &from, const QString &text, const QJsonObject &extra = {})
{
    QJsonObject o { { QStringLiteral("from"), from }, { QStringLiteral("text"), text } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray array(const test::HttpResult &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

} // namespace

class TestSimInbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundIsListedWithContentIds();
    void inboxPagingAndValidation();
    void receivedWebhookIsSignedWithTheSigningKey();
    void refreshPicksUpWhatTheAppMissed();
    void injectIncomingGoesTheSameWay();
    void inboundRateReceivesAtRandom();

private:
    QNetworkAccessManager m_nam;
};

// localserver/routes/InboxRoutes.kt get + InboxMessage; incoming/IncomingMessagesService.kt
// buildId ("text:" + hashCode); receiver/ReceiverService.kt messageId (hashCode as hex).
void TestSimInbox::inboundIsListedWithContentIds()
{
    SimulatorFixture fx;
    const test::HttpResult posted = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                                                inbound(QStringLiteral("+491701234567"), QStringLiteral("Hallo 👋"),
                                                        { { QStringLiteral("sim"), 2 } }));
    QCOMPARE(posted.status, 202);
    QCOMPARE(posted.json().value(QLatin1String("stored")), QJsonValue(true));
    const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?type=SMS")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Total-Count"), QByteArray("1"));
    const QJsonObject item = array(r).at(0).toObject();
    QCOMPARE(item.value(QLatin1String("type")).toString(), QStringLiteral("SMS"));
    QCOMPARE(item.value(QLatin1String("sender")).toString(), QStringLiteral("+491701234567"));
    QCOMPARE(item.value(QLatin1String("contentPreview")).toString(), QStringLiteral("Hallo 👋"));
    QCOMPARE(item.value(QLatin1String("simNumber")).toInt(), 2);
    QVERIFY(item.value(QLatin1String("recipient")).toString().startsWith(u'+')); // the SIM's own number
    QCOMPARE(item.value(QLatin1String("attachments")).toArray(), QJsonArray());
    const QDateTime created = QDateTime::fromString(item.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.toMSecsSinceEpoch() % 1000, 0); // the SMSC stamp has whole seconds
    // The subscription id is the SIM number in the simulator.
    const qint32 hash = javaHash(QStringLiteral("+491701234567"), created.toMSecsSinceEpoch(), 2, QStringLiteral("Hallo 👋"));
    QCOMPARE(item.value(QLatin1String("id")).toString(), QStringLiteral("text:%1").arg(hash));
    QCOMPARE(posted.json().value(QLatin1String("id")).toString(), QStringLiteral("text:%1").arg(hash));
    QCOMPARE(posted.json().value(QLatin1String("message_id")).toString(), QString::number(quint32(hash), 16));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")), R"({"from":"+1555"})").status, 400);
    QCOMPARE(fx.sim().stats().requests, 0); // control routes are not counted
}

// InboxRoutes.kt: limit 1..500, offset >= 0, type of IncomingMessageType, ISO from/to;
// IncomingMessagesDao.select orders by createdAt DESC, id DESC.
void TestSimInbox::inboxPagingAndValidation()
{
    SimulatorFixture fx;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                             inbound(QStringLiteral("+1555000%1").arg(i), QStringLiteral("msg %1").arg(i)))
                     .status,
                 202);
    const test::HttpResult first = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?type=SMS&limit=2&offset=0")));
    QCOMPARE(first.header("X-Total-Count"), QByteArray("5"));
    QCOMPARE(array(first).size(), 2);
    const test::HttpResult last = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?limit=2&offset=4")));
    QCOMPARE(array(last).size(), 1);
    QSet<QString> ids;
    for (int offset = 0; offset < 5; offset += 2) {
        for (const QJsonValue &v : array(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?limit=2&offset=%1").arg(offset)))))
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), 5); // the pages cover every SMS once
    const QString future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const QString later = QDateTime::currentDateTimeUtc().addSecs(7200).toString(Qt::ISODate);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?from=%1&to=%2").arg(future, later))).header("X-Total-Count"),
             QByteArray("0"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?from=") + future)).json().value(QLatin1String("message")).toString(),
             QStringLiteral("Start date cannot be after end date")); // "to" defaults to now
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?type=MMS"))).header("X-Total-Count"), QByteArray("0"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?limit=0"))).status, 400);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?limit=501"))).status, 400);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?offset=-1"))).status, 400);
    const test::HttpResult badType = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?type=TEXT")));
    QCOMPARE(badType.status, 400);
    QCOMPARE(badType.json().value(QLatin1String("message")).toString(), QStringLiteral("Invalid type"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?from=yesterday"))).json().value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid from datetime"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox?deviceId=other"))).status, 400);
}

// webhooks/WebHooksService.kt emit (registrations of the event) + plugins/PayloadSingingPlugin.kt
// (X-Signature = hex HMAC-SHA256(signing key, body + X-Timestamp)); payload SmsEventPayload.SmsReceived.
void TestSimInbox::receivedWebhookIsSignedWithTheSigningKey()
{
    WebhookCatcher catcher;
    SimulatorFixture fx;
    QCOMPARE(httpRequest(m_nam, "PATCH", fx.url(QStringLiteral("/settings")), R"({"webhooks":{"signing_key":"k-42"}})").status,
             200);
    const QJsonObject hook { { QStringLiteral("url"), catcher.url().toString() }, { QStringLiteral("event"), QStringLiteral("sms:received") } };
    const test::HttpResult registered = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/webhooks")),
                                                    QJsonDocument(hook).toJson(QJsonDocument::Compact));
    QCOMPARE(registered.status, 201);
    const test::HttpResult posted = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                                                inbound(QStringLiteral("+15551230000"), QStringLiteral("STOP")));
    QTRY_COMPARE(catcher.requests().size(), 1);
    const WebhookCatcher::Request &r = catcher.requests().first();
    const QByteArray ts = r.header("X-Timestamp");
    QVERIFY(qAbs(ts.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(r.header("X-Signature"),
             QMessageAuthenticationCode::hash(r.body + ts, "k-42", QCryptographicHash::Sha256).toHex());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("sms:received"));
    QCOMPARE(o.value(QLatin1String("deviceId")).toString(), QStringLiteral("sim-phone"));
    QCOMPARE(o.value(QLatin1String("webhookId")).toString(), registered.json().value(QLatin1String("id")).toString());
    QCOMPARE(o.value(QLatin1String("id")).toString().size(), 21); // NanoId
    const QJsonObject p = o.value(QLatin1String("payload")).toObject();
    QCOMPARE(p.value(QLatin1String("messageId")).toString(), posted.json().value(QLatin1String("message_id")).toString());
    QCOMPARE(p.value(QLatin1String("message")).toString(), QStringLiteral("STOP"));
    QCOMPARE(p.value(QLatin1String("sender")).toString(), QStringLiteral("+15551230000"));
    QCOMPARE(p.value(QLatin1String("simNumber")).toInt(), 1);
    QVERIFY(QDateTime::fromString(p.value(QLatin1String("receivedAt")).toString(), Qt::ISODateWithMs).isValid());
}

// receiver/ReceiverService.kt export/process: an SMS the app already has is skipped (webhooks
// too); one it missed (arrived while it was down) is stored, with webhooks only when asked:
// InboxRoutes.kt refresh (triggerWebhooks default false), MessagesRoutes.kt inbox/export (true).
void TestSimInbox::refreshPicksUpWhatTheAppMissed()
{
    WebhookCatcher catcher;
    GatewaySimulator::Settings s;
    s.webhookUrl = catcher.url();
    s.webhookSecret = "secret";
    SimulatorFixture fx(s);
    const test::HttpResult missed = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                                                inbound(QStringLiteral("+15550001111"), QStringLiteral("while you were out"),
                                                        { { QStringLiteral("missed"), true } }));
    QCOMPARE(missed.json().value(QLatin1String("stored")), QJsonValue(false));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox"))).header("X-Total-Count"), QByteArray("0"));
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate);
    const QString until = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate);
    const QByteArray period = QStringLiteral(R"({"since":"%1","until":"%2"})").arg(since, until).toUtf8();
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/inbox/refresh")), R"({"since":"2024-01-01T00:00:00Z"})").json()
                 .value(QLatin1String("message")).toString(),
             QStringLiteral("until is required"));
    const test::HttpResult refreshed = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/inbox/refresh")), period);
    QCOMPARE(refreshed.status, 202);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox"))).header("X-Total-Count"), QByteArray("1"));
    QTest::qWait(100);
    QCOMPARE(catcher.requests().size(), 0); // refresh alone triggers no webhooks
    httpRequest(m_nam, "POST", fx.url(QStringLiteral("/_sim/inbound")),
                inbound(QStringLiteral("+15550002222"), QStringLiteral("second miss"), { { QStringLiteral("missed"), true } }));
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/messages/inbox/export")), period).status, 202);
    QTRY_COMPARE(catcher.requests().size(), 1); // only the new one: the first is already in the inbox
    const QJsonObject payload = QJsonDocument::fromJson(catcher.requests().first().body).object().value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("message")).toString(), QStringLiteral("second miss"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox"))).header("X-Total-Count"), QByteArray("2"));
}

void TestSimInbox::injectIncomingGoesTheSameWay()
{
    SimulatorFixture fx;
    const QString id = fx.sim().injectIncoming(QStringLiteral("+15559998888"), QStringLiteral("from C++"));
    QVERIFY(!id.isEmpty());
    const QJsonArray items = array(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox"))));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("contentPreview")).toString(), QStringLiteral("from C++"));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("text:%1").arg(qint32(id.toUInt(nullptr, 16))));
}

// DESIGN §6b: --inbound-rate F random received SMS per second.
void TestSimInbox::inboundRateReceivesAtRandom()
{
    GatewaySimulator::Settings s;
    s.inboundRate = 40.0;
    SimulatorFixture fx(s);
    QTRY_VERIFY_WITH_TIMEOUT(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/inbox"))).header("X-Total-Count").toInt() >= 5,
                             5'000);
}

QTEST_GUILESS_MAIN(TestSimInbox)
#include "tst_siminbox.moc"
