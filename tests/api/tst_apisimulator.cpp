// SPDX-License-Identifier: GPL-3.0-or-later
// The real gateway simulator posting its signed webhooks to a real ApiServer: proves the
// two implementations agree on formats and signatures, not only each with its own tests.
#include "apiharness.h"
#include "gatewaysimulator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestApiSimulator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<GatewaySimulator> m_sim;

    void startSimulator(const QString &webhookPath, const QByteArray &secret, bool sentEvents = false)
    {
        GatewaySimulator::Settings settings;
        settings.webhookUrl = QUrl(m_api->url(webhookPath));
        settings.webhookSecret = secret;
        settings.deviceId = QStringLiteral("sim-phone");
        settings.reportDelayMs = 0;
        settings.sentEvents = sentEvents;
        // The simulator signs with the same (manual) clock the API checks the window with.
        m_sim = std::make_unique<GatewaySimulator>(settings, m_api->clock);
        QVERIFY(m_sim->listen());
    }
    qint64 stat(const char *name)
    {
        return m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String(name)).toInteger();
    }
    QString status(const QString &id)
    {
        return m_api->get(QStringLiteral("/api/v1/messages/") + id)
            .json.value(QLatin1String("status"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup()
    {
        m_sim.reset();
        m_api.reset();
    }

    void smsGateIncomingSms()
    {
        startSimulator(QStringLiteral("/webhooks/smsgate"), "smsgate-secret");
        QVERIFY(!m_sim
                     ->injectIncoming(QStringLiteral("+12025550123"), QStringLiteral("Table for 4?"),
                                      sim::Api::SmsGateLocal)
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stat("inbound"), 1, 5'000);
    }

    void mySmsGateIncomingSms()
    {
        startSimulator(QStringLiteral("/webhooks/mysmsgate"), "mysmsgate-secret");
        QVERIFY(
            !m_sim
                 ->injectIncoming(QStringLiteral("+12025550123"), QStringLiteral("STOP"), sim::Api::MySmsGate)
                 .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stat("inbound"), 1, 5'000);
    }

    void smsGateDeliveryReportReachesTheMessage()
    {
        startSimulator(QStringLiteral("/webhooks/smsgate"), "smsgate-secret", true);
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        // What the SMSGate adapter sends: our id as the client id.
        const QJsonObject body { { QStringLiteral("id"), id },
                                 { QStringLiteral("textMessage"),
                                   QJsonObject { { QStringLiteral("text"), QStringLiteral("hi") } } },
                                 { QStringLiteral("phoneNumbers"),
                                   QJsonArray { QStringLiteral("+12025550123") } },
                                 { QStringLiteral("withDeliveryReport"), true } };
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/message")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = m_api->network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5'000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
        m_sim->flushReports();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("delivered"), 5'000);
    }

    void mySmsGateDeliveryReportReachesTheMessage()
    {
        startSimulator(QStringLiteral("/webhooks/mysmsgate"), "mysmsgate-secret");
        const QString id = m_api->enqueue();
        QVERIFY(m_api->markSent(id));
        const QJsonObject body { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                 { QStringLiteral("text"), QStringLiteral("hi") },
                                 { QStringLiteral("client_message_id"), id } };
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/api/v1/send")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = m_api->network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5'000);
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2);
        reply->deleteLater();
        m_sim->flushReports();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("delivered"), 5'000);
    }
};

QTEST_GUILESS_MAIN(TestApiSimulator)
#include "tst_apisimulator.moc"
