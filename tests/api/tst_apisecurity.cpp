// SPDX-License-Identifier: GPL-3.0-or-later
// The checks before routing: token, Host allow-list (DNS rebinding), Origin, Content-Type,
// per-token rate limit. Over real sockets; raw requests where QNetworkAccessManager
// would not send the header we need.
#include "apiharness.h"
#include "apitoken.h"
#include "securitygate.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
int statusOf(const QByteArray &response)
{
    // "HTTP/1.1 403 Forbidden\r\n..."
    return response.mid(9, 3).toInt();
}
} // namespace

class TestApiSecurity final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    QByteArray rawGet(const QByteArray &path, const QByteArray &extraHeaders)
    {
        return m_api->raw("GET " + path + " HTTP/1.1\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }
    QByteArray auth() const { return "Authorization: Bearer " + m_api->token + "\r\n"; }
    QByteArray host() const { return "Host: " + m_api->hostHeader().toLatin1() + "\r\n"; }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start([](ApiServer::Options &options) {
            options.extraAllowedHosts = QStringList { QStringLiteral("smsdesk.lan") };
        }));
    }
    void cleanup() { m_api.reset(); }

    void tokenIsRequiredOnApi()
    {
        const ApiResult none = m_api->call("GET", QStringLiteral("/api/v1/stats"), {}, {}, false);
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(none.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(none.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/unauthorized"));
        QVERIFY(!none.json.value(QLatin1String("detail")).toString().isEmpty());

        const ApiResult wrong = m_api->call("GET", QStringLiteral("/api/v1/stats"), {},
                                            { { "Authorization", "Bearer not-the-token" } }, false);
        QCOMPARE(wrong.status, 401);
        const ApiResult basic = m_api->call("GET", QStringLiteral("/api/v1/stats"), {},
                                            { { "Authorization", "Basic dXNlcjpwYXNz" } }, false);
        QCOMPARE(basic.status, 401);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
        // /healthz and /metrics are for local monitors and need no token.
        QCOMPARE(m_api->call("GET", QStringLiteral("/healthz"), {}, {}, false).status, 200);
    }

    void revokedTokenStopsWorking()
    {
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
        QVERIFY(await(m_api->store->revokeToken(m_api->tokenId)).ok());
        m_api->clock.advanceMs(1'500); // past the 1 s token cache
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 401);
    }

    void hostMustNameThisServer_data()
    {
        QTest::addColumn<QByteArray>("hostLine");
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:%port") << 200;
        QTest::newRow("localhost") << QByteArray("localhost:%port") << 200;
        QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:%port") << 200;
        QTest::newRow("[::1]") << QByteArray("[::1]:%port") << 200;
        QTest::newRow("user-added") << QByteArray("smsdesk.lan:%port") << 200;
        QTest::newRow("rebinding name") << QByteArray("evil.example:%port") << 403;
        QTest::newRow("wrong port") << QByteArray("127.0.0.1:1") << 403;
        QTest::newRow("no port") << QByteArray("localhost") << 403;
        QTest::newRow("empty") << QByteArray("") << 403;
    }
    void hostMustNameThisServer()
    {
        QFETCH(QByteArray, hostLine);
        QFETCH(int, status);
        hostLine.replace("%port", QByteArray::number(m_api->port));
        const QByteArray response = rawGet("/api/v1/stats", "Host: " + hostLine + "\r\n" + auth());
        QCOMPARE(statusOf(response), status);
        if (status == 403)
            QVERIFY(response.contains("https://smsdesk.invalid/problems/forbidden-host"));
    }

    void missingHostIs403() { QCOMPARE(statusOf(rawGet("/healthz", QByteArray())), 403); }

    void crossSiteOriginIs403()
    {
        const QByteArray port = QByteArray::number(m_api->port);
        QCOMPARE(statusOf(rawGet("/api/v1/stats", host() + auth() + "Origin: https://evil.example\r\n")),
                 403);
        QCOMPARE(statusOf(rawGet("/api/v1/stats", host() + auth() + "Origin: null\r\n")), 403);
        QCOMPARE(statusOf(rawGet("/api/v1/stats", host() + auth() + "Origin: http://127.0.0.1:1\r\n")), 403);
        QCOMPARE(
            statusOf(rawGet("/api/v1/stats", host() + auth() + "Origin: http://localhost:" + port + "\r\n")),
            200);
        const ApiResult viaNam = m_api->call("GET", QStringLiteral("/api/v1/stats"), {},
                                             { { "Origin", "http://attacker.example" } });
        QCOMPARE(viaNam.status, 403);
        QCOMPARE(viaNam.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/forbidden-origin"));
    }

    void bodiesMustBeJson()
    {
        const QByteArray body = "{\"to\":\"+12025550123\",\"text\":\"x\"}";
        const ApiResult plain = m_api->call("POST", QStringLiteral("/api/v1/messages"), body,
                                            { { "Content-Type", "text/plain" } });
        QCOMPARE(plain.status, 415);
        QCOMPARE(plain.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/unsupported-media-type"));
        const ApiResult form = m_api->call("POST", QStringLiteral("/api/v1/messages"), body,
                                           { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(form.status, 415);
        const ApiResult charset = m_api->call("POST", QStringLiteral("/api/v1/messages"), body,
                                              { { "Content-Type", "application/json; charset=utf-8" } });
        QCOMPARE(charset.status, 202);
    }

    void rateLimitPerToken()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start([](ApiServer::Options &options) {
            options.tokenLimit.ratePerSecond = 1;
            options.tokenLimit.burst = 2;
        }));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
        const ApiResult limited = m_api->get(QStringLiteral("/api/v1/stats"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("1"));
        QCOMPARE(limited.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/rate-limited"));
        m_api->clock.advanceMs(1'000);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
        // Another token has its own bucket.
        const QByteArray other = "another-token-xyz";
        QVERIFY(await(m_api->store->addToken(QStringLiteral("b"), SecurityGate::hashToken(other))).ok());
        QCOMPARE(m_api
                     ->call("GET", QStringLiteral("/api/v1/stats"), {},
                            { { "Authorization", "Bearer " + other } }, false)
                     .status,
                 200);
    }

    void tokensAreComparedByHash()
    {
        const QByteArray hash = SecurityGate::hashToken("abc");
        QCOMPARE(hash.size(), 64); // hex SHA-256, as `smsdesk token create` stores it
        QCOMPARE(hash, hashApiToken(QStringLiteral("abc")));
        QVERIFY(SecurityGate::constantTimeEquals(hash, SecurityGate::hashToken("abc")));
        QVERIFY(!SecurityGate::constantTimeEquals(hash, SecurityGate::hashToken("abd")));
        QVERIFY(!SecurityGate::constantTimeEquals(hash, hash.left(31)));
    }

    void listensOnLoopbackByDefault()
    {
        ApiServer::Options defaults;
        QCOMPARE(defaults.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(defaults.port, quint16(8765));
        QCOMPARE(m_api->server->address(), QStringLiteral("127.0.0.1:%1").arg(m_api->port));
    }
};

QTEST_GUILESS_MAIN(TestApiSecurity)
#include "tst_apisecurity.moc"
