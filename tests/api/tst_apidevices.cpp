// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/devices over real sockets: add, list, edit, disable, remove; credentials go to
// the CredentialStore, are refused when none can be written, and are never returned.
#include "apiharness.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestApiDevices final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    QJsonObject phone() const
    {
        return { { QStringLiteral("name"), QStringLiteral("Shop phone") },
                 { QStringLiteral("adapter"), QStringLiteral("smsgate") },
                 { QStringLiteral("base_url"), QStringLiteral("http://192.168.1.20:8080") },
                 { QStringLiteral("remote_id"), QStringLiteral("phone-A") },
                 { QStringLiteral("sim"), 1 },
                 { QStringLiteral("rate_per_minute"), 20 },
                 { QStringLiteral("rate_per_day"), 400 } };
    }
    int deviceCount()
    {
        return int(m_api->get(QStringLiteral("/api/v1/devices"))
                       .json.value(QLatin1String("devices"))
                       .toArray()
                       .size());
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void addStoresCredentialsAndNeverReturnsThem()
    {
        QJsonObject body = phone();
        body.insert(QStringLiteral("credentials"),
                    QJsonObject { { QStringLiteral("user"), QStringLiteral("sms") },
                                  { QStringLiteral("password"), QStringLiteral("s3cret-pw") } });
        const ApiResult created = m_api->post(QStringLiteral("/api/v1/devices"), body);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("location"), "/api/v1/devices/" + QByteArray::number(id));
        QCOMPARE(created.json.value(QLatin1String("remote_id")).toString(), QStringLiteral("phone-A"));
        QCOMPARE(created.json.value(QLatin1String("rate_per_day")).toInt(), 400);
        QVERIFY(!created.body.contains("s3cret-pw"));
        QVERIFY(!created.json.contains(QLatin1String("credentials")));
        QCOMPARE(m_api->credentials.entries.value(deviceCredentialsKey(id)).password,
                 QStringLiteral("s3cret-pw"));

        const ApiResult list = m_api->get(QStringLiteral("/api/v1/devices"));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains("s3cret-pw"));
        QCOMPARE(list.json.value(QLatin1String("devices")).toArray().size(), 1);
    }

    void credentialsRefusedWithoutKeychain()
    {
        m_api->credentials.writable = false;
        QJsonObject body = phone();
        body.insert(QStringLiteral("credentials"),
                    QJsonObject { { QStringLiteral("api_key"), QStringLiteral("k") } });
        const ApiResult refused = m_api->post(QStringLiteral("/api/v1/devices"), body);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/credentials-unavailable"));
        QVERIFY(
            refused.json.value(QLatin1String("detail")).toString().contains(QLatin1String("No keychain")));
        QCOMPARE(deviceCount(), 0); // nothing half-done
        // Without credentials the same device is fine (a simulator asks for none).
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/devices"), phone()).status, 201);
    }

    void editDisableAndRemove()
    {
        const qint64 id = m_api->post(QStringLiteral("/api/v1/devices"), phone())
                              .json.value(QLatin1String("id"))
                              .toInteger();
        const QString path = QStringLiteral("/api/v1/devices/%1").arg(id);
        const ApiResult disabled = m_api->call("PATCH", path, "{\"enabled\":false,\"name\":\"Back office\"}",
                                               { { "Content-Type", "application/json" } });
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json.value(QLatin1String("enabled")).toBool(), false);
        QCOMPARE(disabled.json.value(QLatin1String("name")).toString(), QStringLiteral("Back office"));
        QCOMPARE(disabled.json.value(QLatin1String("rate_per_minute")).toInt(), 20); // untouched fields stay
        const ApiResult toDisabled = m_api->post(QStringLiteral("/api/v1/messages"),
                                                 { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                                   { QStringLiteral("text"), QStringLiteral("x") },
                                                   { QStringLiteral("device_id"), id } });
        QCOMPARE(toDisabled.status, 422);

        m_api->credentials.entries.insert(deviceCredentialsKey(id),
                                          Credentials { {}, {}, QStringLiteral("key") });
        QCOMPARE(m_api->call("DELETE", path).status, 204);
        QVERIFY(!m_api->credentials.entries.contains(deviceCredentialsKey(id)));
        QCOMPARE(m_api->call("DELETE", path).status, 404);
        QCOMPARE(m_api->call("PATCH", path, "{}", { { "Content-Type", "application/json" } }).status, 404);
        QCOMPARE(deviceCount(), 0);
    }

    void invalidDevicesAre422_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QByteArray("{\"adapter\":\"smsgate\",\"base_url\":\"http://x.lan\"}")
                                 << QStringLiteral("name");
        QTest::newRow("adapter") << QByteArray(
            "{\"name\":\"a\",\"adapter\":\"fax\",\"base_url\":\"http://x.lan\"}")
                                 << QStringLiteral("adapter");
        QTest::newRow("url") << QByteArray(
            "{\"name\":\"a\",\"adapter\":\"smsgate\",\"base_url\":\"ftp://x\"}")
                             << QStringLiteral("base_url");
        QTest::newRow("rate") << QByteArray(
            "{\"name\":\"a\",\"adapter\":\"smsgate\",\"base_url\":\"http://x.lan\",\"rate_per_minute\":0}")
                              << QStringLiteral("rate_per_minute");
        QTest::newRow("read-only id")
            << QByteArray("{\"id\":4,\"name\":\"a\",\"adapter\":\"smsgate\",\"base_url\":\"http://x.lan\"}")
            << QStringLiteral("id");
        QTest::newRow("credentials") << QByteArray(
            "{\"name\":\"a\",\"adapter\":\"smsgate\",\"base_url\":\"http://x.lan\",\"credentials\":\"pw\"}")
                                     << QStringLiteral("credentials");
    }
    void invalidDevicesAre422()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const ApiResult result = m_api->call("POST", QStringLiteral("/api/v1/devices"), body,
                                             { { "Content-Type", "application/json" } });
        QCOMPARE(result.status, 422);
        QCOMPARE(result.json.value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 field);
        QCOMPARE(deviceCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiDevices)
#include "tst_apidevices.moc"
