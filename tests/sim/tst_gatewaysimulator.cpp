// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP contract (DESIGN §6): counters, faults, latency, early disconnects,
// going offline and back, listing and cancelling, per-device accounting.
#include "simulatorfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace smsdesk;
using smsdesk::test::httpRequest;
using smsdesk::test::SimulatorFixture;

namespace {

QByteArray mySmsGateBody(const QString &clientId, const QString &device = {},
                         const QString &text = QStringLiteral("hi"))
{
    QJsonObject o { { QStringLiteral("to"), QStringLiteral("+15550001") }, { QStringLiteral("text"), text } };
    if (!clientId.isEmpty())
        o.insert(QStringLiteral("client_message_id"), clientId);
    if (!device.isEmpty())
        o.insert(QStringLiteral("device_id"), device);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

GatewaySimulator::Settings quiet()
{
    GatewaySimulator::Settings s;
    s.reportDelayMs = 60'000;
    s.seed = 7;
    return s;
}

} // namespace

class TestGatewaySimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statsHaveExactlyTheContractFields();
    void duplicatesAndUniqueClientIds();
    void faultRatesAreShares();
    void refusedNumbersFailForGood();
    void authentication();
    void badBodiesAreRejected();
    void latencyDelaysAnswers();
    void clientGoneBeforeDelayedAnswerDoesNotCrash();
    void stopDropsConnectionsAndRestartServesAgain();
    void stopWithParkedAnswers();
    void listAndCancel();
    void reportsBecomeFinal();
    void switchedOffPhoneHoldsItsReports();
    void perDeviceAccounting();
    void segments_data();
    void segments();

private:
    QNetworkAccessManager m_nam;
};

void TestGatewaySimulator::statsHaveExactlyTheContractFields()
{
    SimulatorFixture fx(quiet());
    const test::HttpResult r = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/stats")));
    QCOMPARE(r.status, 200);
    QStringList keys = r.json().keys();
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList { QStringLiteral("accepted"), QStringLiteral("delivered_reports"),
                       QStringLiteral("duplicates"), QStringLiteral("failed_reports"),
                       QStringLiteral("rejected"), QStringLiteral("requests"), QStringLiteral("throttled"),
                       QStringLiteral("unavailable"), QStringLiteral("unique_client_ids") }));
    for (const QString &k : keys)
        QCOMPARE(r.json().value(k).toInt(-1), 0);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/stats")))
                 .json()
                 .value(QLatin1String("requests"))
                 .toInt(),
             0);
}

void TestGatewaySimulator::duplicatesAndUniqueClientIds()
{
    SimulatorFixture fx(quiet());
    const QUrl send = fx.url(QStringLiteral("/api/v1/send"));
    // MySMSGate answers 202 and refuses no repeat (no client reference upstream).
    for (const char *id : { "a", "b", "a", "a", "c" })
        QCOMPARE(httpRequest(m_nam, "POST", send, mySmsGateBody(QLatin1String(id))).status, 202);
    // SMSGate refuses a known id with 409: not accepted, so never a duplicate.
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("s1")))
                 .status,
             202);
    QCOMPARE(
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/messages")), smsGateBody(QStringLiteral("s1")))
            .status,
        409);
    const QJsonObject s = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/stats"))).json();
    QCOMPARE(s.value(QLatin1String("requests")).toInt(), 7);
    QCOMPARE(s.value(QLatin1String("accepted")).toInt(), 6);
    QCOMPARE(s.value(QLatin1String("unique_client_ids")).toInt(), 4);
    QCOMPARE(s.value(QLatin1String("duplicates")).toInt(), 2);
}

void TestGatewaySimulator::faultRatesAreShares()
{
    GatewaySimulator::Settings s = quiet();
    s.failRate = 0.3;
    s.throttleRate = 0.2;
    s.rejectRate = 0.1;
    s.retryAfterSeconds = 2;
    SimulatorFixture fx(s);
    constexpr int kRequests = 400;
    int c503 = 0, c429 = 0, c400 = 0, c200 = 0;
    for (int i = 0; i < kRequests; ++i) {
        const test::HttpResult r = httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")),
                                               mySmsGateBody(QString::number(i)));
        c503 += r.status == 503;
        c400 += r.status == 400;
        c200 += r.status == 202;
        if (r.status == 429) {
            ++c429;
            QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        }
    }
    const sim::Stats st = fx.sim().stats();
    QCOMPARE(st.requests, kRequests);
    QCOMPARE(st.unavailable, c503);
    QCOMPARE(st.throttled, c429);
    QCOMPARE(st.rejected, c400);
    QCOMPARE(st.accepted, c200);
    QCOMPARE(c503 + c429 + c400 + c200, kRequests);
    QVERIFY2(c503 > 80 && c503 < 160, qPrintable(QString::number(c503)));
    QVERIFY2(c429 > 45 && c429 < 120, qPrintable(QString::number(c429)));
    QVERIFY2(c400 > 15 && c400 < 70, qPrintable(QString::number(c400)));
    // At run time: the phone goes offline, then comes back.
    fx.sim().setFaultRates(1.0, 0, 0);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySmsGateBody({})).status,
             503);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health"))).status, 503);
    fx.sim().setFaultRates(0, 0, 0);
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySmsGateBody({})).status,
             202);
}

// A number the phone refuses (the demo's dead letters): 400 every time, others go through.
void TestGatewaySimulator::refusedNumbersFailForGood()
{
    GatewaySimulator::Settings s = quiet();
    s.refusedNumbers = { QStringLiteral("+15550002") };
    SimulatorFixture fx(s);
    const QUrl url = fx.url(QStringLiteral("/message"));
    for (int i = 0; i < 3; ++i) {
        const test::HttpResult r = httpRequest(m_nam, "POST", url, smsGateBody(QStringLiteral("refused-%1").arg(i)));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("permanent"), r.body.constData());
    }
    QByteArray other = smsGateBody(QStringLiteral("taken"));
    other.replace("+15550002", "+15550003");
    QCOMPARE(httpRequest(m_nam, "POST", url, other).status, 202);
    QCOMPARE(fx.sim().stats().rejected, 3);
    QCOMPARE(fx.sim().stats().accepted, 1);
}

void TestGatewaySimulator::authentication()
{
    GatewaySimulator::Settings s = quiet();
    s.apiKey = QStringLiteral("K");
    SimulatorFixture fx(s);
    const QUrl my = fx.url(QStringLiteral("/api/v1/send"));
    const QUrl sg = fx.url(QStringLiteral("/message"));
    QCOMPARE(httpRequest(m_nam, "POST", my, mySmsGateBody({})).status, 401);
    QCOMPARE(httpRequest(m_nam, "POST", my, mySmsGateBody({}), { { "Authorization", "Bearer nope" } }).status,
             401);
    QCOMPARE(httpRequest(m_nam, "POST", my, mySmsGateBody({}), { { "Authorization", "Bearer K" } }).status,
             202);
    const QByteArray basic = "Basic " + QByteArray("sms:K").toBase64();
    const QByteArray wrongUser = "Basic " + QByteArray("admin:K").toBase64();
    const test::HttpResult refused = httpRequest(m_nam, "POST", sg, smsGateBody(QStringLiteral("x")),
                                                 { { "Authorization", wrongUser } });
    QCOMPARE(refused.status, 401); // localserver/WebService.kt: ktor basic auth challenge
    QCOMPARE(refused.header("WWW-Authenticate"), QByteArray("Basic realm=\"Access to SMS Gateway\", charset=UTF-8"));
    QCOMPARE(httpRequest(m_nam, "POST", sg, smsGateBody(QStringLiteral("x")), { { "Authorization", basic } })
                 .status,
             202);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/x"))).status, 401);
    QCOMPARE(
        httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/x")), {}, { { "Authorization", basic } })
            .status,
        200);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/health"))).status,
             200); // no auth, like the app
    QCOMPARE(fx.sim().stats().requests, 5);
    QCOMPARE(fx.sim().stats().accepted, 2);
}

void TestGatewaySimulator::badBodiesAreRejected()
{
    SimulatorFixture fx(quiet());
    const QUrl my = fx.url(QStringLiteral("/api/v1/send"));
    QCOMPARE(httpRequest(m_nam, "POST", my, "not json").status, 400);
    QCOMPARE(httpRequest(m_nam, "POST", my, R"({"to":"call me","text":"x"})").status, 400);
    QCOMPARE(httpRequest(m_nam, "POST", my, R"({"to":"+15550001","text":""})").status, 400);
    const QUrl sg = fx.url(QStringLiteral("/message"));
    QCOMPARE(httpRequest(m_nam, "POST", sg, R"({"textMessage":{"text":"x"},"phoneNumbers":[]})").status, 400);
    // PostMessageRequest.kt validate(): only a SIM number under 1 is refused at once.
    QCOMPARE(httpRequest(m_nam, "POST", sg,
                         R"({"textMessage":{"text":"x"},"phoneNumbers":["+15550001"],"simNumber":0})")
                 .status,
             400);
    QCOMPARE(fx.sim().stats().rejected, 5);
    QCOMPARE(fx.sim().stats().accepted, 0);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/no/such/thing"))).status, 404);
}

void TestGatewaySimulator::latencyDelaysAnswers()
{
    GatewaySimulator::Settings s = quiet();
    s.latencyMs = 150;
    SimulatorFixture fx(s);
    QElapsedTimer t;
    t.start();
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySmsGateBody({})).status,
             202);
    QVERIFY2(t.elapsed() >= 140, qPrintable(QString::number(t.elapsed())));

    // /stats is never delayed: it answers while a send still waits for its latency.
    fx.sim().setLatencyMs(60'000);
    QNetworkRequest request(fx.url(QStringLiteral("/api/v1/send")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *parked = m_nam.post(request, mySmsGateBody({}));
    QTRY_COMPARE(fx.sim().stats().requests, 2);
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/stats"))).status, 200);
    QVERIFY(!parked->isFinished());
    parked->abort();
    parked->deleteLater();
}

// platform-notes.md: writing to a responder whose client left crashes QHttpServer 6.4.
void TestGatewaySimulator::clientGoneBeforeDelayedAnswerDoesNotCrash()
{
    GatewaySimulator::Settings s = quiet();
    s.latencyMs = 100;
    SimulatorFixture fx(s);
    const QByteArray body = mySmsGateBody(QStringLiteral("early"));
    const QByteArray request
        = "POST /api/v1/send HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (int i = 0; i < 50; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fx.sim().port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(request);
        QVERIFY(socket.waitForBytesWritten(2000));
        QTRY_COMPARE(fx.sim().stats().requests, i + 1); // the server has parked its answer
        socket.abort();
    }
    QTest::qWait(250); // every parked answer comes due now, to dead sockets
    QCOMPARE(fx.sim().stats().accepted, 50);
    // Still serving normally afterwards.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySmsGateBody({})).status,
                 202);
}

void TestGatewaySimulator::stopDropsConnectionsAndRestartServesAgain()
{
    SimulatorFixture fx(quiet());
    const QUrl send = fx.url(QStringLiteral("/api/v1/send"));
    QCOMPARE(httpRequest(m_nam, "POST", send, mySmsGateBody({})).status,
             202); // opens a keep-alive connection
    fx.sim().stop();
    QVERIFY(!fx.isListening());
    const test::HttpResult offline = httpRequest(m_nam, "POST", send, mySmsGateBody({}), {}, 2000);
    QCOMPARE(offline.status, 0);
    QVERIFY2(offline.error != QNetworkReply::NoError, qPrintable(offline.errorString));
    fx.sim().flushReports(); // explicit flush still works; timed reports wait for the phone
    QCOMPARE(fx.sim().stats().deliveredReports, 1);
    QVERIFY(fx.restart());
    QCOMPARE(fx.baseUrl().port(), send.port());
    QCOMPARE(httpRequest(m_nam, "POST", send, mySmsGateBody({})).status, 202);
    QCOMPARE(fx.sim().stats().accepted, 2);
}

// A device going offline while answers are parked: they are never written, nothing crashes.
void TestGatewaySimulator::stopWithParkedAnswers()
{
    GatewaySimulator::Settings s = quiet();
    s.latencyMs = 2000; // far longer than the test needs to park them all
    SimulatorFixture fx(s);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) { // QNAM opens 6 connections per host: all parked at once
        QNetworkRequest request(fx.url(QStringLiteral("/api/v1/send")));
        request.setRawHeader("Content-Type", "application/json");
        replies << m_nam.post(request, mySmsGateBody(QString::number(i)));
    }
    QTRY_COMPARE(fx.sim().stats().requests, 6);
    fx.sim().stop();
    for (QNetworkReply *reply : replies) {
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->error() != QNetworkReply::NoError); // the phone vanished mid-request
        reply->deleteLater();
    }
    QTest::qWait(2200); // the parked answers come due, to sockets that are gone
    QVERIFY(!fx.isListening());
    QVERIFY(fx.restart());
    QVERIFY(fx.isListening());
    QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/api/v1/send")), mySmsGateBody({})).status,
             202);
}

// localserver/routes/MessagesRoutes.kt get (newest first, X-Total-Count) and delete
// (MessagesService.cancelMessage: Pending only; a Cancelled one answered as it is; 400 else).
void TestGatewaySimulator::listAndCancel()
{
    SimulatorFixture fx(quiet());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                             smsGateBody(QStringLiteral("id-%1").arg(i)))
                     .status,
                 202);
    test::HttpResult page
        = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message?state=Pending&limit=2&offset=1")));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Total-Count"), QByteArray("5"));
    const QJsonArray items = QJsonDocument::fromJson(page.body).array();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("id-3"));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("id-2"));
    QVERIFY(!items.at(0).toObject().contains(QLatin1String("textMessage"))); // includeContent=false
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message?state=pending"))).status, 400);
    const test::HttpResult cancelled = httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/message/id-3")));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QLatin1String("state")).toString(), QStringLiteral("Cancelled"));
    QCOMPARE(httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/message/id-3"))).status, 200);
    QCOMPARE(httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/message/nope"))).status, 404);
    fx.sim().flushReports();
    QCOMPARE(fx.sim().stats().deliveredReports, 4); // the cancelled one never reports
    const test::HttpResult late = httpRequest(m_nam, "DELETE", fx.url(QStringLiteral("/message/id-1")));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json().value(QLatin1String("message")).toString(), QStringLiteral("Message id-1 is not in Pending state"));
    page = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message?state=Cancelled")));
    QCOMPARE(page.header("X-Total-Count"), QByteArray("1"));
    QCOMPARE(httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/id-3")))
                 .json()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("Cancelled"));
}

void TestGatewaySimulator::reportsBecomeFinal()
{
    GatewaySimulator::Settings s = quiet();
    s.reportDelayMs = 50;
    s.deliverRate = 0.5;
    SimulatorFixture fx(s);
    QSignalSpy produced(&fx.sim(), &GatewaySimulator::reportProduced);
    for (int i = 0; i < 40; ++i)
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")),
                    smsGateBody(QStringLiteral("r-%1").arg(i)));
    QTRY_COMPARE(produced.size(), 40);
    const sim::Stats st = fx.sim().stats();
    QCOMPARE(st.deliveredReports + st.failedReports, 40);
    QVERIFY(st.deliveredReports > 5 && st.failedReports > 5);
    QCOMPARE(fx.sim().pendingReports(), 0);
    int delivered = 0;
    for (int i = 0; i < 40; ++i) {
        const QString state = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/message/r-%1").arg(i)))
                                  .json()
                                  .value(QLatin1String("state"))
                                  .toString();
        QVERIFY(state == QLatin1String("Delivered") || state == QLatin1String("Failed"));
        delivered += state == QLatin1String("Delivered");
    }
    QCOMPARE(delivered, st.deliveredReports);
}

void TestGatewaySimulator::switchedOffPhoneHoldsItsReports()
{
    GatewaySimulator::Settings s = quiet();
    s.reportDelayMs = 50;
    SimulatorFixture fx(s);
    QCOMPARE(
        httpRequest(m_nam, "POST", fx.url(QStringLiteral("/message")), smsGateBody(QStringLiteral("h-1")))
            .status,
        202);
    fx.sim().stop();
    QTest::qWait(300);
    QCOMPARE(fx.sim().stats().deliveredReports, 0);
    QVERIFY(fx.restart());
    QTRY_COMPARE(fx.sim().stats().deliveredReports, 1);
}

void TestGatewaySimulator::perDeviceAccounting()
{
    SimulatorFixture fx(quiet());
    const QUrl my = fx.url(QStringLiteral("/api/v1/send"));
    httpRequest(m_nam, "POST", my, mySmsGateBody(QStringLiteral("1"), QStringLiteral("phone-a")));
    httpRequest(m_nam, "POST", my,
                mySmsGateBody(QStringLiteral("2"), QStringLiteral("phone-a"), QString(200, u'x')));
    httpRequest(m_nam, "POST", my, mySmsGateBody(QStringLiteral("3"), QStringLiteral("phone-b")));
    const QList<sim::AcceptRecord> log = fx.sim().acceptLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(1).deviceKey, QStringLiteral("phone-a"));
    QCOMPARE(log.at(1).segments, 2);
    QCOMPARE(log.at(1).clientId, QStringLiteral("2"));
    QVERIFY(log.at(0).atMs <= log.at(2).atMs);
    const QJsonArray devices = httpRequest(m_nam, "GET", fx.url(QStringLiteral("/stats/devices")))
                                   .json()
                                   .value(QLatin1String("devices"))
                                   .toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject a = devices.at(0).toObject();
    QCOMPARE(a.value(QLatin1String("device")).toString(), QStringLiteral("phone-a"));
    QCOMPARE(a.value(QLatin1String("accepted")).toInt(), 2);
    QCOMPARE(a.value(QLatin1String("segments")).toInt(), 3);
    QCOMPARE(a.value(QLatin1String("accepts")).toArray().size(), 2);
}

void TestGatewaySimulator::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("160 gsm") << QString(160, u'a') << 1;
    QTest::newRow("161 gsm") << QString(161, u'a') << 2;
    QTest::newRow("306 gsm") << QString(306, u'a') << 2;
    QTest::newRow("307 gsm") << QString(307, u'a') << 3;
    QTest::newRow("80 euro = 160 septets") << QString(80, QChar(0x20AC)) << 1;
    QTest::newRow("70 ucs2") << QString(70, QChar(0x0416)) << 1;
    QTest::newRow("71 ucs2") << QString(71, QChar(0x0416)) << 2;
    QTest::newRow("emoji counts two units") << (QString(34, u'a') + QStringLiteral("😀😀")) << 1;
    QTest::newRow("135 units") << QString(135, QChar(0x0416)) << 3;
}

void TestGatewaySimulator::segments()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(sim::countSegments(text), expected);
}

QTEST_GUILESS_MAIN(TestGatewaySimulator)
#include "tst_gatewaysimulator.moc"
