// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook registration requests and what the adapters make of the answers, each expectation
// taken from the gateway's own public source (named at each case), not from our simulator.
#include "gatewayadapter.h"

#include <QJsonArray>
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

Device device(const QString &adapter, const QString &baseUrl, const QString &remoteId = {})
{
    Device d;
    d.id = 3;
    d.adapter = adapter;
    d.baseUrl = baseUrl;
    d.remoteId = remoteId;
    return d;
}

Credentials basic()
{
    Credentials c;
    c.user = QStringLiteral("sms");
    c.password = QStringLiteral("pw");
    return c;
}

QJsonObject bodyOf(const GatewayRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

WebhookRegistration hook(const QString &id, const QString &event)
{
    return WebhookRegistration { id, QStringLiteral("https://192.168.1.20:8443/webhooks/smsgate"), event, {} };
}

} // namespace

class TestWebhookRegistration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localRequests();
    void cloudRequests();
    void listAnswers();
    void registrationAnswers();
    void deleteAnswers();
    void signingKeyAnswers();
    void mySmsGateHasNoWebhookApi();
    void phoneAcceptsHttpsOrItself();
};

// capcom6/android-sms-gateway modules/localserver/routes/WebhooksRoutes.kt: GET /webhooks,
// POST /webhooks (WebHookDTO {id, deviceId, url, event}; a deviceId other than the phone's
// is refused), DELETE /webhooks/{id}; routes/SettingsRoutes.kt: PATCH /settings with a map
// per module, modules/webhooks/WebhooksSettings.kt key "signing_key"; Basic auth
// (localserver/WebService.kt).
void TestWebhookRegistration::localRequests()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("smsgate"));
    const Device d = device(QStringLiteral("smsgate"), QStringLiteral("http://192.168.1.50:8080"),
                            QStringLiteral("phone-1"));

    const std::optional<GatewayRequest> list = adapter->listWebhooksRequest(d, basic());
    QVERIFY(list);
    QCOMPARE(list->verb, QByteArray("GET"));
    QCOMPARE(list->request.url().toString(), QStringLiteral("http://192.168.1.50:8080/webhooks"));
    QCOMPARE(list->request.rawHeader("Authorization"), QByteArray("Basic ") + QByteArray("sms:pw").toBase64());

    const std::optional<GatewayRequest> add
        = adapter->registerWebhookRequest(d, basic(), hook(QStringLiteral("smsdesk-3-sms-received"),
                                                           QStringLiteral("sms:received")));
    QVERIFY(add);
    QCOMPARE(add->verb, QByteArray("POST"));
    QCOMPARE(add->request.url().path(), QStringLiteral("/webhooks"));
    QCOMPARE(add->request.rawHeader("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = bodyOf(*add);
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("smsdesk-3-sms-received"));
    QCOMPARE(body.value(QLatin1String("event")).toString(), QStringLiteral("sms:received"));
    QCOMPARE(body.value(QLatin1String("url")).toString(), QStringLiteral("https://192.168.1.20:8443/webhooks/smsgate"));
    QVERIFY(!body.contains(QLatin1String("deviceId"))); // the phone's own id or nothing: nothing

    const std::optional<GatewayRequest> remove
        = adapter->deleteWebhookRequest(d, basic(), QStringLiteral("old hook/1"));
    QVERIFY(remove);
    QCOMPARE(remove->verb, QByteArray("DELETE"));
    QCOMPARE(remove->request.url().toString(QUrl::FullyEncoded),
             QStringLiteral("http://192.168.1.50:8080/webhooks/old%20hook%2F1"));

    const std::optional<GatewayRequest> key = adapter->signingKeyRequest(d, basic(), QByteArray("s3cr3t"));
    QVERIFY(key);
    QCOMPARE(key->verb, QByteArray("PATCH"));
    QCOMPARE(key->request.url().path(), QStringLiteral("/settings"));
    QCOMPARE(bodyOf(*key),
             (QJsonObject { { QStringLiteral("webhooks"),
                              QJsonObject { { QStringLiteral("signing_key"), QStringLiteral("s3cr3t") } } } }));
}

// android-sms-gateway/server internal/sms-gateway/handlers/webhooks/3rdparty.go under
// /3rdparty/v1/webhooks; smsgateway.Webhook carries "deviceId" (client-go
// smsgateway/domain_webhooks.go). The signing key cannot be set there (client-go
// domain_settings.go: SigningKey "Must not be used with Cloud Server", validate isdefault).
void TestWebhookRegistration::cloudRequests()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("smsgate-cloud"));
    for (const QString &base : { QStringLiteral("https://api.sms-gate.app/3rdparty/v1"),
                                 QStringLiteral("https://api.sms-gate.app") }) {
        const Device d = device(QStringLiteral("smsgate-cloud"), base, QStringLiteral("MxKw03Q2ZVoomrLeDLlMO"));
        QCOMPARE(adapter->listWebhooksRequest(d, basic())->request.url().toString(),
                 QStringLiteral("https://api.sms-gate.app/3rdparty/v1/webhooks"));
        const GatewayRequest add
            = *adapter->registerWebhookRequest(d, basic(), hook(QStringLiteral("h1"), QStringLiteral("sms:sent")));
        QCOMPARE(add.request.url().toString(), QStringLiteral("https://api.sms-gate.app/3rdparty/v1/webhooks"));
        QCOMPARE(bodyOf(add).value(QLatin1String("deviceId")).toString(), QStringLiteral("MxKw03Q2ZVoomrLeDLlMO"));
        QCOMPARE(adapter->deleteWebhookRequest(d, basic(), QStringLiteral("h1"))->request.url().toString(),
                 QStringLiteral("https://api.sms-gate.app/3rdparty/v1/webhooks/h1"));
        QVERIFY(!adapter->signingKeyRequest(d, basic(), QByteArray("k")));
    }
}

// Local: webHooksService.select() maps to WebHookDTO with deviceId = null and a source;
// cloud: []smsgateway.Webhook. Garbage is an error the status line can show.
void TestWebhookRegistration::listAnswers()
{
    for (const QString &name : { QStringLiteral("smsgate"), QStringLiteral("smsgate-cloud") }) {
        const std::unique_ptr<GatewayAdapter> adapter = createAdapter(name);
        const auto listed = adapter->parseWebhookList(reply(
            200, R"([{"id":"smsdesk-3-sms-sent","deviceId":null,"url":"https://a/webhooks/smsgate","event":"sms:sent","source":"Local"},
                     {"id":"theirs","deviceId":"MxKw","url":"https://b/hook","event":"sms:received"},
                     {"url":"https://c/no-id","event":"sms:failed"}, 7])"));
        QVERIFY2(listed, qPrintable(listed.errorString()));
        QCOMPARE(listed->size(), 2); // entries without an id are not ours to touch
        QCOMPARE(listed->at(0).id, QStringLiteral("smsdesk-3-sms-sent"));
        QCOMPARE(listed->at(0).deviceId, QString());
        QCOMPARE(listed->at(1).deviceId, QStringLiteral("MxKw"));

        QVERIFY(adapter->parseWebhookList(reply(200, "[]"))->isEmpty());
        const auto garbage = adapter->parseWebhookList(reply(200, "<html>proxy login</html>"));
        QVERIFY(!garbage);
        QVERIFY2(garbage.errorString().contains(QLatin1String("not a JSON list")), qPrintable(garbage.errorString()));
        const auto object = adapter->parseWebhookList(reply(200, R"({"id":"x"})"));
        QVERIFY(!object);
        // 401 from requireScope / the server's userauth.
        const auto refused = adapter->parseWebhookList(reply(401, R"({"message":"Unauthorized"})"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QLatin1String("user name or password")),
                 qPrintable(refused.errorString()));
        // An app version without the route (Ktor answers 404).
        const auto missing = adapter->parseWebhookList(reply(404, ""));
        QCOMPARE(missing.code(), ErrorCode::Incompatible);
        GatewayReply offline;
        offline.networkError = QNetworkReply::ConnectionRefusedError;
        offline.networkErrorString = QStringLiteral("Connection refused");
        QCOMPARE(adapter->parseWebhookList(offline).code(), ErrorCode::Unavailable);
    }
}

// WebhooksRoutes.kt post: 201 with the stored WebHookDTO; WebHooksService.replace throws
// IllegalArgumentException("url must start with https:// or http://127.0.0.1"), which
// StatusPages (WebService.kt) answers 400 {"message": ...}. Server: 201 with the dto, 400
// for an invalid event or unknown device.
void TestWebhookRegistration::registrationAnswers()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("smsgate"));
    const auto stored = adapter->parseWebhookRegistered(reply(
        201, R"({"id":"smsdesk-3-sms-received","deviceId":null,"url":"https://192.168.1.20:8443/webhooks/smsgate","event":"sms:received","source":"Local"})"));
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QCOMPARE(stored->id, QStringLiteral("smsdesk-3-sms-received"));
    QCOMPARE(stored->event, QStringLiteral("sms:received"));

    const auto refused = adapter->parseWebhookRegistered(
        reply(400, R"({"message":"url must start with https:// or http://127.0.0.1"})"));
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("HTTP 400"))
                 && refused.errorString().contains(QLatin1String("url must start with https://")),
             qPrintable(refused.errorString()));

    const auto empty = adapter->parseWebhookRegistered(reply(201, ""));
    QVERIFY(!empty);
    QCOMPARE(empty.code(), ErrorCode::Invalid);
    const auto noId = adapter->parseWebhookRegistered(reply(201, R"({"url":"https://x","event":"sms:sent"})"));
    QVERIFY(!noId);
    QVERIFY2(noId.errorString().contains(QLatin1String("no id")), qPrintable(noId.errorString()));
}

// WebhooksRoutes.kt delete: 204 (also for an id it does not have: WebHooksDao.delete
// deletes nothing); the server answers 204 likewise. A 404 leaves nothing behind either.
void TestWebhookRegistration::deleteAnswers()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("smsgate-cloud"));
    QVERIFY(adapter->parseWebhookDeleted(reply(204, "")));
    QVERIFY(adapter->parseWebhookDeleted(reply(404, "")));
    const Status failed = adapter->parseWebhookDeleted(reply(500, R"({"message":"failed to delete webhook"})"));
    QVERIFY(!failed);
    QVERIFY2(failed.errorString().contains(QLatin1String("failed to delete webhook")), qPrintable(failed.errorString()));
}

// SettingsRoutes.kt patch: 200 with settingsService.getAll(); any exception → 400
// {"message": "Invalid request: ..."}.
void TestWebhookRegistration::signingKeyAnswers()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("smsgate"));
    QVERIFY(adapter->parseSigningKeySet(reply(200, R"({"webhooks":{"internet_required":true,"retry_count":15}})")));
    const Status refused
        = adapter->parseSigningKeySet(reply(400, R"({"message":"Invalid request: Failed to import webhooks"})"));
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("signing key"))
                 && refused.errorString().contains(QLatin1String("Invalid request")),
             qPrintable(refused.errorString()));
    // The cloud server refuses the key (client-go domain_settings.go): it is not even asked.
    const std::unique_ptr<GatewayAdapter> cloud = createAdapter(QStringLiteral("smsgate-cloud"));
    QVERIFY(!cloud->signingKeyRequest(device(QStringLiteral("smsgate-cloud"), QStringLiteral("https://api.sms-gate.app")),
                                      basic(), QByteArray("k")));
}

// MySMSGate publishes no webhook API (reference/gateways.md: webhooks are described in a
// blog post only, set up in its dashboard): nothing to ask, and the reason is in words.
void TestWebhookRegistration::mySmsGateHasNoWebhookApi()
{
    const std::unique_ptr<GatewayAdapter> adapter = createAdapter(QStringLiteral("mysmsgate"));
    const Device d = device(QStringLiteral("mysmsgate"), QStringLiteral("https://mysmsgate.net"));
    QVERIFY(!adapter->listWebhooksRequest(d, {}));
    QVERIFY(!adapter->registerWebhookRequest(d, {}, hook(QStringLiteral("x"), QStringLiteral("sms:sent"))));
    QVERIFY(!adapter->deleteWebhookRequest(d, {}, QStringLiteral("x")));
    QVERIFY(!adapter->signingKeyRequest(d, {}, QByteArray("k")));
    const auto list = adapter->parseWebhookList(reply(200, "[]"));
    QCOMPARE(list.code(), ErrorCode::Incompatible);
    QVERIFY2(list.errorString().contains(QLatin1String("no public API")), qPrintable(list.errorString()));
}

// modules/webhooks/WebHooksService.kt replace(): isHttps || isLocalhost (host "127.0.0.1").
void TestWebhookRegistration::phoneAcceptsHttpsOrItself()
{
    for (const QString &name : { QStringLiteral("smsgate"), QStringLiteral("smsgate-cloud") }) {
        const std::unique_ptr<GatewayAdapter> adapter = createAdapter(name);
        QCOMPARE(adapter->webhookUrlRefusal(QUrl(QStringLiteral("https://192.168.1.20:8443"))), QString());
        QCOMPARE(adapter->webhookUrlRefusal(QUrl(QStringLiteral("http://127.0.0.1:9876"))), QString());
        QVERIFY(adapter->webhookUrlRefusal(QUrl(QStringLiteral("http://192.168.1.20:9876"))).contains(QLatin1String("https://")));
        QVERIFY(!adapter->webhookUrlRefusal(QUrl(QStringLiteral("http://localhost:9876"))).isEmpty());
    }
    QVERIFY(!createAdapter(QStringLiteral("mysmsgate"))->webhookUrlRefusal(QUrl(QStringLiteral("https://x"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookRegistration)
#include "tst_webhookregistration.moc"
