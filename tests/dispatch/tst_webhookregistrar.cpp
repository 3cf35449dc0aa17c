// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook registration on the phones through their API (issue 11, point 3), over real
// loopback HTTP: the dispatcher's WebhookRegistrar against the simulator's SMSGate local
// and cloud faces (GET/POST/DELETE /webhooks, PATCH /settings), and a received SMS that
// the phone then posts, signed with the key Smsdesk set, to the gateway listener.
#include "dispatchfixture.h"
#include "gatewaylistener.h"
#include "phonenumbers.h"
#include "simulatorfixture.h"
#include "webhookregistrar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QByteArray kSecret = "desk-secret-0123456789";

} // namespace

class TestWebhookRegistrar final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    QJsonArray phoneWebhooks(SimulatorFixture &sim, const QString &path = QStringLiteral("/webhooks"))
    {
        return QJsonDocument::fromJson(httpRequest(m_network, "GET", sim.url(path)).body).array();
    }
    QStringList ids(const QJsonArray &webhooks)
    {
        QStringList out;
        for (const QJsonValue &value : webhooks)
            out.append(value.toObject().value(QLatin1String("id")).toString());
        out.sort();
        return out;
    }
    void registerByHand(SimulatorFixture &sim, const QString &id, const QString &url,
                        const QString &path = QStringLiteral("/webhooks"))
    {
        const QJsonObject body { { QStringLiteral("id"), id }, { QStringLiteral("url"), url },
                                 { QStringLiteral("event"), QStringLiteral("sms:received") } };
        const HttpResult r = httpRequest(m_network, "POST", sim.url(path), QJsonDocument(body).toJson(),
                                         { { "Content-Type", "application/json" } });
        QCOMPARE(r.status, 201);
    }
    static QString reportsVia(DispatchFixture &fx, qint64 deviceId)
    {
        const Result<Device> device = fx.reader().device(deviceId);
        return device ? device->health.reportsVia : QString();
    }

private Q_SLOTS:
    void localPhoneGetsWebhooksAndKey();
    void urlThePhoneRefusesIsNotSent();
    void refusalIsShownAndRetried();
    void cloudRegistersPerPhoneWithoutKey();
    void withoutListenerOursAreRemoved();
};

// WebhooksRoutes.kt + SettingsRoutes.kt through the simulator; the reply the phone then
// posts reaches the conversation through the listener (DESIGN §6b).
void TestWebhookRegistrar::localPhoneGetsWebhooksAndKey()
{
    SimulatorFixture sim;
    QVERIFY(sim.isListening());
    PhoneNumbers numbers(QStringLiteral("DE"));
    DispatchFixture fx;
    GatewayListener::Options lo;
    lo.webhookSecrets.insert(QStringLiteral("smsgate"), kSecret);
    // The phone stamps its webhooks with the real time.
    GatewayListener listener(fx.store(), SystemClock::instance(), numbers, lo);
    QVERIFY(listener.listen());
    const QString hook = listener.url().toString() + QStringLiteral("/webhooks/smsgate");

    const Device phone = fx.addDevice(QStringLiteral("Shop"), sim.baseUrl(), QStringLiteral("smsgate"));
    // Left from before: one of ours for an event no longer used, one a person added by
    // hand to our address (each event would arrive twice), and someone else's.
    const QString stale = QStringLiteral("smsdesk-%1-sms-cancelled").arg(phone.id);
    registerByHand(sim, stale, QStringLiteral("https://old.example/webhooks/smsgate"));
    registerByHand(sim, QStringLiteral("by-hand"), hook);
    registerByHand(sim, QStringLiteral("crm"), QStringLiteral("https://crm.example/sms"));

    QVERIFY(fx.start([&](DispatchStack::Options &o) {
        o.gatewayUrl = listener.url();
        o.smsGateWebhookSecret = kSecret;
        o.inboxPollIntervalMs = 3'000;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(reportsVia(fx, phone.id).startsWith(QLatin1String("webhooks registered at ")), 10'000);
    QStringList expected { QStringLiteral("crm") };
    for (const QString &event : WebhookRegistrar::events())
        expected.append(WebhookRegistrar::webhookId(phone.id, event));
    expected.sort();
    const QJsonArray webhooks = phoneWebhooks(sim);
    QCOMPARE(ids(webhooks), expected);
    for (const QJsonValue &value : webhooks) {
        const QJsonObject webhook = value.toObject();
        if (webhook.value(QLatin1String("id")).toString() != QLatin1String("crm"))
            QCOMPARE(webhook.value(QLatin1String("url")).toString(), hook);
    }
    QCOMPARE(sim.sim().signingKey(), kSecret); // PATCH /settings {"webhooks": {"signing_key"}}
    // One line for the phone: webhooks, and the inbox poll behind them.
    QTRY_COMPARE_WITH_TIMEOUT(reportsVia(fx, phone.id),
                              QStringLiteral("webhooks registered at %1; polling every 3 s as a fallback")
                                  .arg(listener.url().toString()),
                              10'000);

    // A customer replies: the phone posts it, signed with our key, and it is stored.
    QSignalSpy incoming(&listener, &GatewayListener::incomingMessage);
    const QJsonObject inbound { { QStringLiteral("from"), QStringLiteral("+4917012345678") },
                                { QStringLiteral("text"), QStringLiteral("See you at 8") } };
    QCOMPARE(httpRequest(m_network, "POST", sim.url(QStringLiteral("/_sim/inbound")), QJsonDocument(inbound).toJson(),
                         { { "Content-Type", "application/json" } })
                 .status / 100,
             2);
    QTRY_COMPARE_WITH_TIMEOUT(incoming.size(), 1, 5'000);
    QCOMPARE(incoming.first().at(1).toString(), QStringLiteral("See you at 8"));

    // A reload changes nothing on the phone; a new secret is set on it at once.
    fx.stack().roster().reload();
    QTest::qWait(200);
    QCOMPARE(ids(phoneWebhooks(sim)), expected);
    fx.stack().setWebhookSecret(QStringLiteral("smsgate"), "rotated-secret");
    QTRY_COMPARE_WITH_TIMEOUT(sim.sim().signingKey(), QByteArray("rotated-secret"), 10'000);
}

// WebHooksService.replace refuses plain HTTP to a LAN address: Smsdesk does not even ask,
// and says why in the phone's status line.
void TestWebhookRegistrar::urlThePhoneRefusesIsNotSent()
{
    SimulatorFixture sim;
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Shop"), sim.baseUrl(), QStringLiteral("smsgate"));
    QVERIFY(fx.start([&](DispatchStack::Options &o) {
        o.gatewayUrl = QUrl(QStringLiteral("http://192.168.1.20:8080"));
        o.smsGateWebhookSecret = kSecret;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(reportsVia(fx, phone.id).startsWith(QLatin1String("webhooks not registered: the phone "
                                                                               "posts webhooks only to https://")),
                             10'000);
    QVERIFY(phoneWebhooks(sim).isEmpty());
}

// A phone that refuses the credentials: the reason is shown; it is asked again later.
void TestWebhookRegistrar::refusalIsShownAndRetried()
{
    GatewaySimulator::Settings settings;
    settings.apiKey = QStringLiteral("right-key");
    SimulatorFixture sim(settings);
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Shop"), sim.baseUrl(), QStringLiteral("smsgate"));
    QVERIFY(fx.start([&](DispatchStack::Options &o) {
        o.gatewayUrl = QUrl(QStringLiteral("https://192.168.1.20:8443"));
        o.smsGateWebhookSecret = kSecret;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(reportsVia(fx, phone.id).contains(QLatin1String("user name or password")), 10'000);
    QVERIFY2(reportsVia(fx, phone.id).startsWith(QLatin1String("webhooks not registered: listing the webhooks failed: "
                                                               "HTTP 401")),
             qPrintable(reportsVia(fx, phone.id)));
}

// handlers/webhooks/3rdparty.go: the account's list holds every phone's webhooks; each of
// ours names its phone (deviceId); the signing key is the app's to set.
void TestWebhookRegistrar::cloudRegistersPerPhoneWithoutKey()
{
    GatewaySimulator::Settings settings;
    settings.cloudDeviceIds = { QStringLiteral("phone-A"), QStringLiteral("phone-B") };
    SimulatorFixture sim(settings);
    DispatchFixture fx;
    const QUrl base(sim.baseUrlString() + QStringLiteral("/3rdparty/v1"));
    const Device a = fx.addDevice(QStringLiteral("A"), base, QStringLiteral("smsgate-cloud"), 0, 0, QStringLiteral("phone-A"));
    const Device b = fx.addDevice(QStringLiteral("B"), base, QStringLiteral("smsgate-cloud"), 0, 0, QStringLiteral("phone-B"));
    const QByteArray keyBefore = sim.sim().signingKey();
    QVERIFY(fx.start([&](DispatchStack::Options &o) {
        o.gatewayUrl = QUrl(QStringLiteral("https://desk.example.com"));
        o.smsGateWebhookSecret = kSecret;
    }));
    for (const Device &device : { a, b }) {
        QTRY_VERIFY_WITH_TIMEOUT(reportsVia(fx, device.id).startsWith(QLatin1String("webhooks registered at "
                                                                                   "https://desk.example.com")),
                                 10'000);
        QVERIFY2(reportsVia(fx, device.id).contains(QLatin1String("set the signing key in the app")),
                 qPrintable(reportsVia(fx, device.id)));
    }
    const QJsonArray webhooks = phoneWebhooks(sim, QStringLiteral("/3rdparty/v1/webhooks"));
    QCOMPARE(webhooks.size(), 8); // both phones' registrations survive each other's tidying up
    for (const QJsonValue &value : webhooks) {
        const QJsonObject webhook = value.toObject();
        const bool ofA = webhook.value(QLatin1String("id")).toString().startsWith(QStringLiteral("smsdesk-%1-").arg(a.id));
        QCOMPARE(webhook.value(QLatin1String("deviceId")).toString(),
                 ofA ? QStringLiteral("phone-A") : QStringLiteral("phone-B"));
    }
    QCOMPARE(sim.sim().signingKey(), keyBefore);
}

// Without a listener, the ones Smsdesk made before are removed (the phone would post to an
// address nobody listens on) and others are kept; the status line is the poller's alone.
void TestWebhookRegistrar::withoutListenerOursAreRemoved()
{
    SimulatorFixture sim;
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Shop"), sim.baseUrl(), QStringLiteral("smsgate"));
    registerByHand(sim, WebhookRegistrar::webhookId(phone.id, QStringLiteral("sms:received")),
                   QStringLiteral("https://192.168.1.20:8443/webhooks/smsgate"));
    registerByHand(sim, QStringLiteral("crm"), QStringLiteral("https://crm.example/sms"));
    QVERIFY(fx.start([&](DispatchStack::Options &o) { o.inboxPollIntervalMs = 3'000; }));
    QTRY_COMPARE_WITH_TIMEOUT(ids(phoneWebhooks(sim)), QStringList { QStringLiteral("crm") }, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(reportsVia(fx, phone.id), QStringLiteral("polling every 3 s"), 10'000);
}

QTEST_GUILESS_MAIN(TestWebhookRegistrar)
#include "tst_webhookregistrar.moc"
