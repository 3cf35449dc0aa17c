// SPDX-License-Identifier: GPL-3.0-or-later
// The one place HTTP outcomes are classified (DESIGN §3), Retry-After, request bodies.
#include "gatewayadapter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace smsdesk;
Q_DECLARE_METATYPE(SendResult::Kind)

class TestGatewayClassify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyStatus_data();
    void classifyStatus();
    void networkErrorsAndTimeouts();
    void retryAfter_data();
    void retryAfter();
    void retryAfterOnThrottle();
    void adapterNames();
    void bodiesAreValidJson_data();
    void bodiesAreValidJson();
    void urlJoinKeepsPrefix();
};

void TestGatewayClassify::classifyStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<SendResult::Kind>("kind");
    QTest::addColumn<bool>("deviceLevel");
    using K = SendResult::Kind;
    QTest::newRow("400") << 400 << K::Permanent << false;
    QTest::newRow("404") << 404 << K::Permanent << false;
    QTest::newRow("422") << 422 << K::Permanent << false;
    QTest::newRow("401") << 401 << K::AuthFailed << true;
    QTest::newRow("403") << 403 << K::AuthFailed << true;
    QTest::newRow("408") << 408 << K::Transient << false;
    QTest::newRow("425") << 425 << K::Transient << false;
    QTest::newRow("429") << 429 << K::Transient << true;
    QTest::newRow("500") << 500 << K::Transient << true;
    QTest::newRow("502") << 502 << K::Transient << true;
    QTest::newRow("503") << 503 << K::Transient << true;
    QTest::newRow("599") << 599 << K::Transient << true;
}

void TestGatewayClassify::classifyStatus()
{
    QFETCH(int, status);
    QFETCH(SendResult::Kind, kind);
    QFETCH(bool, deviceLevel);
    GatewayReply reply;
    reply.httpStatus = status;
    reply.networkError = QNetworkReply::UnknownServerError; // what QNAM sets beside an error status
    reply.body = "{\"message\":\"nope\"}";
    const SendResult r = classifyHttpFailure(reply);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.deviceLevel, deviceLevel);
    QCOMPARE(r.httpStatus, status);
    QVERIFY2(r.error.contains(QString::number(status)), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("nope")), qPrintable(r.error));
}

void TestGatewayClassify::networkErrorsAndTimeouts()
{
    GatewayReply refused;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    refused.networkErrorString = QStringLiteral("Connection refused");
    SendResult r = classifyHttpFailure(refused);
    QCOMPARE(r.kind, SendResult::Kind::Transient);
    QVERIFY(r.deviceLevel);
    QVERIFY(r.error.contains(QStringLiteral("Connection refused")));

    GatewayReply timeout;
    timeout.networkError = QNetworkReply::OperationCanceledError;
    timeout.timedOut = true;
    r = classifyHttpFailure(timeout);
    QCOMPARE(r.kind, SendResult::Kind::Transient);
    QVERIFY(r.deviceLevel);
    QVERIFY(r.error.contains(QStringLiteral("timeout")));

    // A 2xx whose body was cut off: retry on the same device (no failover duplicate).
    GatewayReply cut;
    cut.httpStatus = 200;
    cut.networkError = QNetworkReply::RemoteHostClosedError;
    r = classifyHttpFailure(cut);
    QCOMPARE(r.kind, SendResult::Kind::Transient);
    QVERIFY(!r.deviceLevel);
}

void TestGatewayClassify::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    const qint64 now = QDateTime(QDate(2026, 3, 14), QTime(10, 30, 0), Qt::UTC).toMSecsSinceEpoch();
    Q_UNUSED(now)
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray("  12 ") << qint64(12000);
    QTest::newRow("imf-date") << QByteArray("Sat, 14 Mar 2026 10:30:30 GMT") << qint64(30000);
    QTest::newRow("rfc850") << QByteArray("Saturday, 14-Mar-26 10:31:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Sat Mar 14 10:30:05 2026") << qint64(5000);
    QTest::newRow("past-date") << QByteArray("Sat, 14 Mar 2026 10:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("huge") << QByteArray("99999999999999999999999") << qint64(-1);
}

void TestGatewayClassify::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const qint64 now = QDateTime(QDate(2026, 3, 14), QTime(10, 30, 0), Qt::UTC).toMSecsSinceEpoch();
    const QList<QNetworkReply::RawHeaderPair> headers { { "Content-Type", "application/json" },
                                                        { "retry-after", value } };
    QCOMPARE(parseRetryAfterMs(headers, now), expected);
    QCOMPARE(parseRetryAfterMs({}, now), qint64(-1));
}

void TestGatewayClassify::retryAfterOnThrottle()
{
    GatewayReply reply;
    reply.httpStatus = 429;
    reply.headers = { { "Retry-After", "3" } };
    QCOMPARE(classifyHttpFailure(reply).retryAfterMs, qint64(3000));
    reply.httpStatus = 400;
    QCOMPARE(classifyHttpFailure(reply).retryAfterMs, qint64(-1));
    // A date is a wait from when the answer arrived, by the caller's clock (a test clock
    // here), never by the wall clock of the machine.
    reply.httpStatus = 503;
    reply.headers = { { "Retry-After", "Sat, 14 Mar 2026 10:30:30 GMT" } };
    reply.receivedAtMs = QDateTime(QDate(2026, 3, 14), QTime(10, 30, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(classifyHttpFailure(reply).retryAfterMs, qint64(30'000));
    reply.receivedAtMs = 0; // nobody said when: a date means nothing
    QCOMPARE(classifyHttpFailure(reply).retryAfterMs, qint64(-1));
}

void TestGatewayClassify::adapterNames()
{
    QCOMPARE(smsdesk::adapterNames(),
             (QStringList { QStringLiteral("mysmsgate"), QStringLiteral("smsgate"),
                            QStringLiteral("smsgate-cloud") }));
    for (const QString &name : smsdesk::adapterNames()) {
        const auto adapter = createAdapter(name);
        QVERIFY(adapter);
        QCOMPARE(adapter->name(), name);
    }
    QVERIFY(!createAdapter(QStringLiteral("carrier-pigeon")));
}

void TestGatewayClassify::bodiesAreValidJson_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::addColumn<QString>("text");
    for (const char *adapter : { "mysmsgate", "smsgate", "smsgate-cloud" }) {
        const QString a = QLatin1String(adapter);
        QTest::newRow(QByteArray(QByteArray(adapter) + "-plain").constData())
            << a << QStringLiteral("Your table is ready");
        QTest::newRow(QByteArray(QByteArray(adapter) + "-escapes").constData())
            << a << QStringLiteral("quote \" back\\slash\nnew\tline \x01 end");
        QTest::newRow(QByteArray(QByteArray(adapter) + "-unicode").constData())
            << a << QStringLiteral("€ 10 — Grüße 😀 {}[]~^|");
    }
}

void TestGatewayClassify::bodiesAreValidJson()
{
    QFETCH(QString, adapter);
    QFETCH(QString, text);
    Message m;
    m.id = QUuid::createUuid();
    m.to = QStringLiteral("+491701234567");
    m.text = text;
    Device d;
    d.baseUrl = QStringLiteral("http://127.0.0.1:9/");
    d.remoteId = QStringLiteral("phone \"7\"");
    d.sim = 2;
    const GatewayRequest req = createAdapter(adapter)->sendRequest(m, d, Credentials {});
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(req.body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, req.body.constData());
    const QString id = m.id.toString(QUuid::WithoutBraces);
    if (adapter == QLatin1String("mysmsgate")) {
        // The text goes as "message", SIM 2 as "slot": 1, as the integrations that run against
        // the live service send it (FrankFayz/KabQue backend/queueapp/notifications.py).
        QCOMPARE(body.value(QLatin1String("message")).toString(), text);
        QCOMPARE(body.value(QLatin1String("slot")).toInt(), 1);
        QCOMPARE(body.value(QLatin1String("client_message_id")).toString(), id);
        QCOMPARE(body.value(QLatin1String("device_id")).toString(), d.remoteId);
        QCOMPARE(req.request.url().path(), QStringLiteral("/api/v1/send"));
    } else {
        QCOMPARE(body.value(QLatin1String("textMessage")).toObject().value(QLatin1String("text")).toString(),
                 text);
        QCOMPARE(body.value(QLatin1String("id")).toString(), id);
        QCOMPARE(body.value(QLatin1String("phoneNumbers")).toArray().first().toString(), m.to);
        QCOMPARE(body.value(QLatin1String("simNumber")).toInt(), 2);
        QCOMPARE(body.value(QLatin1String("withDeliveryReport")).toBool(), true);
        QCOMPARE(body.contains(QLatin1String("deviceId")), adapter == QLatin1String("smsgate-cloud"));
    }
    QVERIFY(req.request.rawHeader("Authorization").isEmpty()); // no credentials given, none sent
}

void TestGatewayClassify::urlJoinKeepsPrefix()
{
    Message m;
    m.id = QUuid::createUuid();
    m.to = QStringLiteral("+15550001");
    m.text = QStringLiteral("x");
    Device d;
    d.baseUrl = QStringLiteral("http://127.0.0.1:8080/gateway//");
    QCOMPARE(createAdapter(QStringLiteral("smsgate-cloud"))->sendRequest(m, d, {}).request.url().path(),
             QStringLiteral("/gateway/3rdparty/v1/messages"));
    const auto status = createAdapter(QStringLiteral("smsgate"))->statusRequest(m, d, {});
    QVERIFY(status);
    QCOMPARE(status->verb, QByteArray("GET"));
    QCOMPARE(status->request.url().path(),
             QStringLiteral("/gateway/message/") + m.id.toString(QUuid::WithoutBraces));
}

QTEST_GUILESS_MAIN(TestGatewayClassify)
#include "tst_gatewayclassify.moc"
