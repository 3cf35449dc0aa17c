// SPDX-License-Identifier: GPL-3.0-or-later
// Limits enforced by HttpGuard before QHttpServer buffers a body: 413 over 64 KiB (1 MiB
// for batch), chunked refused, oversized or malformed heads, idle connections closed.
#include "apiharness.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
int statusOf(const QByteArray &response)
{
    return response.mid(9, 3).toInt();
}
} // namespace

class TestApiLimits final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    QByteArray head(const QByteArray &path, qint64 length, const QByteArray &extra = {})
    {
        return "POST " + path + " HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
            + "\r\nAuthorization: Bearer " + m_api->token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) + "\r\n"
            + extra + "\r\n";
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start([](ApiServer::Options &options) { options.idleTimeoutMs = 400; }));
    }
    void cleanup() { m_api.reset(); }

    void oversizedBodyIsRefusedFromTheHead()
    {
        // Only the head is sent: the answer must not wait for (or buffer) 10 MB of body.
        const QByteArray response = m_api->raw(head("/api/v1/messages", 10'000'000));
        QCOMPARE(statusOf(response), 413);
        QVERIFY(response.contains("application/problem+json"));
        QVERIFY(response.contains("https://smsdesk.invalid/problems/payload-too-large"));
        QVERIFY(response.contains("64 KiB"));
    }

    void limitIs64KiBExceptBatch()
    {
        QCOMPARE(statusOf(m_api->raw(head("/api/v1/messages", 64 * 1024 + 1))), 413);
        QCOMPARE(statusOf(m_api->raw(head("/api/v1/devices", 64 * 1024 + 1))), 413);
        QCOMPARE(statusOf(m_api->raw(head("/api/v1/messages/batch", 1024 * 1024 + 1))), 413);
        // A batch body between 64 KiB and 1 MiB passes the guard and is enqueued.
        QJsonArray messages;
        for (int i = 0; i < 400; ++i)
            messages.append(QJsonObject { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                          { QStringLiteral("text"), QString(160, u'x') } });
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("messages"), messages } })
                                    .toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > 64 * 1024);
        const ApiResult result = m_api->call("POST", QStringLiteral("/api/v1/messages/batch"), body,
                                             { { "Content-Type", "application/json" } });
        QCOMPARE(result.status, 202);
    }

    void uploadingClientSeesThe413()
    {
        // QNetworkAccessManager really uploads the 100 KB; the guard answers, half-closes and
        // drains, so the client reads a 413 instead of a connection reset.
        const ApiResult result
            = m_api->call("POST", QStringLiteral("/api/v1/messages"), QByteArray(100'000, ' '),
                          { { "Content-Type", "application/json" } });
        QCOMPARE(result.status, 413);
        QCOMPARE(result.json.value(QLatin1String("status")).toInt(), 413);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).status, 200);
    }

    void chunkedBodyIsRefused()
    {
        const QByteArray request = "POST /api/v1/messages HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: "
              "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
        const QByteArray response = m_api->raw(request);
        QCOMPARE(statusOf(response), 411);
        QVERIFY(response.contains("Content-Length"));
    }

    void hugeHeadIs431()
    {
        const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
            + "\r\nX-Big: " + QByteArray(20'000, 'a') + "\r\n\r\n";
        QCOMPARE(statusOf(m_api->raw(request)), 431);
    }

    void malformedHeadIs400()
    {
        QCOMPARE(statusOf(m_api->raw("HELLO THERE\r\n\r\n")), 400);
        QCOMPARE(statusOf(m_api->raw("GET /healthz HTTP/1.1\r\nno colon here\r\n\r\n")), 400);
        QCOMPARE(statusOf(m_api->raw(head("/api/v1/messages", -5))), 400);
        // The server still serves others.
        QCOMPARE(m_api->call("GET", QStringLiteral("/healthz"), {}, {}, false).status, 200);
    }

    void idleConnectionsAreClosed()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_api->port);
        QVERIFY(socket.waitForConnected(2'000));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5'000);
        QVERIFY(timer.elapsed() >= 300);
        // A half-sent head counts as idle too (slowloris).
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_api->port);
        QVERIFY(slow.waitForConnected(2'000));
        slow.write("GET /healthz HTTP/1.1\r\nHost: 127");
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5'000);
    }

    void connectionCloseIsHonoured()
    {
        const QByteArray response
            = m_api->raw("GET /healthz HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
                             + "\r\nConnection: close\r\n\r\n",
                         1'000);
        QCOMPARE(statusOf(response), 200);
        QVERIFY(response.contains("Connection: close"));
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_api->port);
        QVERIFY(socket.waitForConnected(2'000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /healthz HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1() + "\r\n\r\n");
            QByteArray got;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    got += socket.readAll();
                    return got.contains("\"status\":\"ok\"");
                },
                5'000));
            QCOMPARE(statusOf(got), 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiLimits)
#include "tst_apilimits.moc"
