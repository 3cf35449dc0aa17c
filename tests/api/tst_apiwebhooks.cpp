// SPDX-License-Identifier: GPL-3.0-or-later
// Gateway webhooks over real sockets, signed exactly as the simulator signs them:
// signatures, the ±5 min window, replays, out-of-order and per-part reports, inbound SMS.
#include "apiharness.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestApiWebhooks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    qint64 m_eventSeq = 0;

    QByteArray nowSeconds(qint64 offsetMs = 0) const
    {
        return QByteArray::number((m_api->clock.nowMs() + offsetMs) / 1000);
    }
    ApiResult smsGate(const QJsonObject &event, qint64 skewMs = 0,
                      const QByteArray &secret = "smsgate-secret")
    {
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray timestamp = nowSeconds(skewMs);
        const QByteArray signature
            = QMessageAuthenticationCode::hash(body + timestamp, secret, QCryptographicHash::Sha256).toHex();
        return m_api->call("POST", QStringLiteral("/webhooks/smsgate"), body,
                           { { "Content-Type", "application/json" },
                             { "X-Signature", signature },
                             { "X-Timestamp", timestamp } },
                           false);
    }
    QJsonObject smsGateEvent(const QString &event, const QJsonObject &payload, const QString &id = {})
    {
        return { { QStringLiteral("deviceId"), QStringLiteral("phone-A") },
                 { QStringLiteral("event"), event },
                 { QStringLiteral("id"), id.isEmpty() ? QStringLiteral("evt-%1").arg(++m_eventSeq) : id },
                 { QStringLiteral("payload"), payload },
                 { QStringLiteral("webhookId"), QStringLiteral("wh-1") } };
    }
    ApiResult mySmsGate(const QJsonObject &payload, const QByteArray &webhookId, qint64 skewMs = 0,
                        const QByteArray &secret = "mysmsgate-secret", const QByteArray &extraSignature = {})
    {
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        const QByteArray timestamp = nowSeconds(skewMs);
        const QByteArray signature = "v1,"
            + QMessageAuthenticationCode::hash(webhookId + '.' + timestamp + '.' + body, secret,
                                               QCryptographicHash::Sha256)
                  .toBase64();
        return m_api->call("POST", QStringLiteral("/webhooks/mysmsgate"), body,
                           { { "Content-Type", "application/json" },
                             { "webhook-id", webhookId },
                             { "webhook-timestamp", timestamp },
                             { "webhook-signature",
                               extraSignature.isEmpty() ? signature : extraSignature + ' ' + signature } },
                           false);
    }
    QJsonObject message(const QString &id)
    {
        return m_api->get(QStringLiteral("/api/v1/messages/") + id).json;
    }
    int eventsOfKind(const QString &id, const QString &kind)
    {
        int count = 0;
        for (const QJsonValue &event : message(id).value(QLatin1String("events")).toArray())
            count += event.toObject().value(QLatin1String("kind")).toString() == kind ? 1 : 0;
        return count;
    }
    static QString effect(const ApiResult &result)
    {
        return result.json.value(QLatin1String("effect")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void smsGateDeliveryReportApplies()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const ApiResult result = smsGate(
            smsGateEvent(QStringLiteral("sms:delivered"),
                         { { QStringLiteral("messageId"), id },
                           { QStringLiteral("phoneNumber"), QStringLiteral("+12025550123") },
                           { QStringLiteral("deliveredAt"), QStringLiteral("2026-01-01T00:00:05Z") } }));
        QCOMPARE(result.status, 200);
        QCOMPARE(effect(result), QStringLiteral("applied"));
        QCOMPARE(message(id).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    void smsGateBadOrStaleSignatureIs401()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const QJsonObject event
            = smsGateEvent(QStringLiteral("sms:delivered"), { { QStringLiteral("messageId"), id } });
        const ApiResult wrongKey = smsGate(event, 0, "another-secret");
        QCOMPARE(wrongKey.status, 401);
        QCOMPARE(wrongKey.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/bad-signature"));
        QCOMPARE(smsGate(event, -6 * 60 * 1000).status, 401); // signed 6 min ago
        QCOMPARE(smsGate(event, +6 * 60 * 1000).status, 401); // from the future
        QCOMPARE(smsGate(event, -4 * 60 * 1000).status, 200); // within the window
        // A body changed after signing.
        const QByteArray timestamp = nowSeconds();
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray signature
            = QMessageAuthenticationCode::hash(body + timestamp, "smsgate-secret", QCryptographicHash::Sha256)
                  .toHex();
        const ApiResult tampered = m_api->call("POST", QStringLiteral("/webhooks/smsgate"), body + ' ',
                                               { { "Content-Type", "application/json" },
                                                 { "X-Signature", signature },
                                                 { "X-Timestamp", timestamp } },
                                               false);
        QCOMPARE(tampered.status, 401);
        const ApiResult unsigned_ = m_api->call("POST", QStringLiteral("/webhooks/smsgate"), body,
                                                { { "Content-Type", "application/json" } }, false);
        QCOMPARE(unsigned_.status, 401);
    }

    void replayedEventChangesNothing()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const QJsonObject failed
            = smsGateEvent(QStringLiteral("sms:failed"),
                           { { QStringLiteral("messageId"), id },
                             { QStringLiteral("reason"), QStringLiteral("RESULT_ERROR_GENERIC_FAILURE") } },
                           QStringLiteral("evt-failed-1"));
        QCOMPARE(effect(smsGate(failed)), QStringLiteral("applied"));
        const QJsonObject after = message(id);
        const ApiResult replay = smsGate(failed);
        QCOMPARE(replay.status, 200);
        QCOMPARE(effect(replay), QStringLiteral("duplicate"));
        QCOMPARE(message(id), after);
    }

    void reportsOutOfOrderNeverMoveBackwards()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        QCOMPARE(effect(smsGate(
                     smsGateEvent(QStringLiteral("sms:delivered"), { { QStringLiteral("messageId"), id } }))),
                 QStringLiteral("applied"));
        const ApiResult late
            = smsGate(smsGateEvent(QStringLiteral("sms:sent"), { { QStringLiteral("messageId"), id } }));
        QCOMPARE(late.status, 200);
        QVERIFY(effect(late) != QStringLiteral("applied"));
        QCOMPARE(message(id).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        smsGate(smsGateEvent(QStringLiteral("sms:failed"), { { QStringLiteral("messageId"), id } }));
        QCOMPARE(message(id).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    void perPartDeliveryReportsCollapse()
    {
        const QString id = m_api->enqueue(QStringLiteral("+12025550123"), QString(400, u'a')); // 3 parts
        QVERIFY(m_api->markSent(id));
        QStringList effects;
        for (int part = 0; part < 3; ++part)
            effects << effect(smsGate(
                smsGateEvent(QStringLiteral("sms:delivered"),
                             { { QStringLiteral("messageId"), id }, { QStringLiteral("partsCount"), 3 } })));
        QCOMPARE(effects,
                 QStringList({ QStringLiteral("applied"), QStringLiteral("duplicate"),
                               QStringLiteral("duplicate") }));
        QCOMPARE(eventsOfKind(id, QStringLiteral("delivered")), 1);
    }

    void incomingSmsLandsInTheConversation()
    {
        const qint64 device = m_api->addDevice(QStringLiteral("Shop phone"), QStringLiteral("smsgate"),
                                               QStringLiteral("phone-A"));
        QSignalSpy incoming(m_api->server.get(), &ApiServer::incomingMessage);
        const QJsonObject event
            = smsGateEvent(QStringLiteral("sms:received"),
                           { { QStringLiteral("messageId"), QStringLiteral("in-1") },
                             { QStringLiteral("phoneNumber"), QStringLiteral("(202) 555-0123") },
                             { QStringLiteral("message"), QStringLiteral("Is the table free at 8?") },
                             { QStringLiteral("receivedAt"), QStringLiteral("2026-01-01T00:00:01Z") } });
        const ApiResult result = smsGate(event);
        QCOMPARE(result.status, 200);
        QCOMPARE(effect(result), QStringLiteral("stored"));
        QCOMPARE(incoming.size(), 1);
        QCOMPARE(incoming.first().at(0).toString(), QStringLiteral("+12025550123"));
        QCOMPARE(incoming.first().at(2).toLongLong(), device);
        StoreReader reader(m_api->store->config());
        QVERIFY(reader.open().ok());
        const Result<QList<ChatItem>> items = reader.threadItems(QStringLiteral("+12025550123"), {}, 10);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().text, QStringLiteral("Is the table free at 8?"));
        QVERIFY(!items->first().outgoing);
        // The same SMS posted again (new event id, same gateway message) is kept once.
        QCOMPARE(effect(smsGate(event)), QStringLiteral("duplicate"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String("inbound")).toInt(), 1);
    }

    void mySmsGateStandardWebhooks()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const QJsonObject delivered { { QStringLiteral("message_id"), QStringLiteral("gw-1") },
                                      { QStringLiteral("client_message_id"), id },
                                      { QStringLiteral("status"), QStringLiteral("DELIVERED") },
                                      { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                      { QStringLiteral("text"), QStringLiteral("hi") },
                                      { QStringLiteral("timestamp"),
                                        QStringLiteral("2026-01-01T00:00:03Z") } };
        QCOMPARE(mySmsGate(delivered, "msg_1", 0, "wrong-secret").status, 401);
        QCOMPARE(mySmsGate(delivered, "msg_1", -10 * 60 * 1000).status, 401);
        // Key rotation: several signatures, one of them valid, is accepted.
        const ApiResult ok = mySmsGate(delivered, "msg_1", 0, "mysmsgate-secret", "v1,AAAAAAAA");
        QCOMPARE(ok.status, 200);
        QCOMPARE(effect(ok), QStringLiteral("applied"));
        QCOMPARE(message(id).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        const ApiResult replay = mySmsGate(delivered, "msg_1");
        QCOMPARE(replay.status, 200);
        QCOMPARE(effect(replay), QStringLiteral("duplicate"));
        QJsonObject pending = delivered;
        pending.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
        QCOMPARE(effect(mySmsGate(pending, "msg_2")), QStringLiteral("ignored"));
    }

    void mySmsGateFailedReportAndInbound()
    {
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const QJsonObject failed { { QStringLiteral("message_id"), QStringLiteral("gw-2") },
                                   { QStringLiteral("client_message_id"), id },
                                   { QStringLiteral("status"), QStringLiteral("FAILED") },
                                   { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:03Z") } };
        QCOMPARE(effect(mySmsGate(failed, "msg_f")), QStringLiteral("applied"));
        QVERIFY(message(id).value(QLatin1String("status")).toString() != QStringLiteral("sent"));
        const QJsonObject inbound { { QStringLiteral("event"), QStringLiteral("sms:received") },
                                    { QStringLiteral("message_id"), QStringLiteral("gw-in-9") },
                                    { QStringLiteral("from"), QStringLiteral("+12025550177") },
                                    { QStringLiteral("text"), QStringLiteral("STOP") },
                                    { QStringLiteral("device_id"), QStringLiteral("dev-9") },
                                    { QStringLiteral("timestamp"), 1'767'225'601 } };
        QCOMPARE(effect(mySmsGate(inbound, "msg_in")), QStringLiteral("stored"));
        QCOMPARE(effect(mySmsGate(inbound, "msg_in")), QStringLiteral("duplicate"));
    }

    // MySMSGate documents no signing (reference/gateways.md; the public integrations protect
    // their endpoint with a shared token instead, msead3030-byte/bot src/SmsWebhookServer.js):
    // with webhooks/mysmsgate_check = token the secret comes as ?token= or X-Webhook-Token,
    // and a report naming only the service's own id (the sms_id of the send, FrankFayz/KabQue
    // backend/queueapp/notifications.py) finds its message.
    void mySmsGateTokenCheckAndServiceIds()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start([](ApiServer::Options &o) { o.mySmsGateCheck = WebhookParser::MySmsGateCheck::Token; }));
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id, 0, QStringLiteral("258")));
        const QByteArray delivered = QJsonDocument(QJsonObject {
                                                       { QStringLiteral("message_id"), 258 },
                                                       { QStringLiteral("status"), QStringLiteral("delivered") },
                                                       { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:03Z") } })
                                         .toJson(QJsonDocument::Compact);
        const QList<QPair<QByteArray, QByteArray>> json { { "Content-Type", "application/json" } };
        QCOMPARE(m_api->call("POST", QStringLiteral("/webhooks/mysmsgate"), delivered, json, false).status, 401);
        QCOMPARE(m_api->call("POST", QStringLiteral("/webhooks/mysmsgate?token=wrong"), delivered, json, false).status,
                 401);
        // Standard Webhooks headers prove nothing in token mode.
        QCOMPARE(mySmsGate(QJsonDocument::fromJson(delivered).object(), "msg_t").status, 401);
        const ApiResult ok = m_api->call("POST", QStringLiteral("/webhooks/mysmsgate?token=mysmsgate-secret"),
                                         delivered, json, false);
        QCOMPARE(ok.status, 200);
        QCOMPARE(effect(ok), QStringLiteral("applied"));
        QCOMPARE(message(id).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QList<QPair<QByteArray, QByteArray>> header = json;
        header.append(qMakePair(QByteArray("X-Webhook-Token"), QByteArray("mysmsgate-secret")));
        QCOMPARE(effect(m_api->call("POST", QStringLiteral("/webhooks/mysmsgate"), delivered, header, false)),
                 QStringLiteral("duplicate"));
        // A business setting, which another desk may change while this one runs: from then on
        // the token proves nothing, and a Standard Webhooks signature is what counts.
        m_api->server->setMySmsGateCheck(WebhookParser::MySmsGateCheck::StandardWebhooks);
        QCOMPARE(m_api->call("POST", QStringLiteral("/webhooks/mysmsgate"), delivered, header, false).status, 401);
        QCOMPARE(effect(mySmsGate(QJsonDocument::fromJson(delivered).object(), "msg_t2")),
                 QStringLiteral("duplicate"));
    }

    void webhookWithoutConfiguredSecretIsRefused()
    {
        m_api = std::make_unique<ApiHarness>();
        m_api->webhookSecrets.clear();
        QVERIFY(m_api->start());
        const ApiResult result = smsGate(smsGateEvent(QStringLiteral("system:ping"), {}));
        QCOMPARE(result.status, 503);
        QVERIFY(result.json.value(QLatin1String("detail")).toString().contains(QLatin1String("secret")));
        m_api->server->setWebhookSecret(QStringLiteral("smsgate"), "smsgate-secret");
        QCOMPARE(smsGate(smsGateEvent(QStringLiteral("system:ping"), {})).status, 200);
    }

    void pingMarksTheDeviceOnline()
    {
        const qint64 device = m_api->addDevice(QStringLiteral("Shop phone"), QStringLiteral("smsgate"),
                                               QStringLiteral("phone-A"));
        QCOMPARE(effect(smsGate(smsGateEvent(QStringLiteral("system:ping"), {}))), QStringLiteral("applied"));
        StoreReader reader(m_api->store->config());
        QVERIFY(reader.open().ok());
        const Result<Device> stored = reader.device(device);
        QVERIFY(stored.ok());
        QVERIFY(stored->health.online);
        QCOMPARE(stored->health.lastSeenMs, m_api->clock.nowMs());
    }
};

QTEST_GUILESS_MAIN(TestApiWebhooks)
#include "tst_apiwebhooks.moc"
