// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the API without sockets: head inspection, JSON depth, RFC 3339,
// webhook signatures, problem+json mapping.
#include "apijson.h"
#include "headinspector.h"
#include "problem.h"
#include "requestvalidator.h"
#include "webhookparser.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace smsdesk;

class TestApiValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headInspectorFollowsTheStreamAcrossChunks()
    {
        HeadInspector inspector;
        const QByteArray body(100, 'x');
        const QByteArray ok = "POST /api/v1/messages HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + body;
        const QByteArray big = "POST /api/v1/messages HTTP/1.1\r\nContent-Length: 99999\r\n\r\n";
        const QByteArray stream = ok + ok + big;
        // Byte by byte: heads split anywhere, bodies skipped, the third request refused.
        std::optional<Problem> problem;
        qsizetype at = 0;
        for (; at < stream.size() && !problem; ++at)
            problem = inspector.feed(QByteArrayView(stream).sliced(at, 1));
        QVERIFY(problem.has_value());
        QCOMPARE(problem->status(), 413);
        QCOMPARE(at, stream.size());
    }

    void headInspectorVerdicts_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 0;
        QTest::newRow("batch 1 MiB") << QByteArray(
            "POST /api/v1/messages/batch HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n")
                                     << 0;
        QTest::newRow("batch over") << QByteArray(
            "POST /api/v1/messages/batch HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n")
                                    << 413;
        QTest::newRow("query does not change the limit")
            << QByteArray("POST /api/v1/messages/batch?x=1 HTTP/1.1\r\nContent-Length: 70000\r\n\r\n") << 0;
        QTest::newRow("64 KiB") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") << 0;
        QTest::newRow("64 KiB + 1") << QByteArray("POST /x HTTP/1.1\r\ncontent-length: 65537\r\n\r\n") << 413;
        QTest::newRow("two lengths") << QByteArray(
            "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
    }
    void headInspectorVerdicts()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        HeadInspector inspector;
        const std::optional<Problem> problem = inspector.feed(head);
        QCOMPARE(problem ? problem->status() : 0, status);
    }

    void nestingDepthSkipsStrings()
    {
        QCOMPARE(RequestJson::nestingDepth("{\"a\":\"[[[[[[[[[[\",\"b\":[1]}"), 2);
        QCOMPARE(RequestJson::nestingDepth("{\"a\":\"\\\"[[[[[[[[[[\\\"\",\"b\":{}}"), 2);
        QCOMPARE(RequestJson::nestingDepth(QByteArray(20, '[')), RequestJson::kMaxDepth + 1);
    }

    void rfc3339()
    {
        QCOMPARE(ApiJson::parseRfc3339(QStringLiteral("2026-03-14T10:30:00Z")),
                 std::optional<qint64>(1'773'484'200'000));
        QCOMPARE(ApiJson::parseRfc3339(QStringLiteral("2026-03-14T12:30:00+02:00")),
                 std::optional<qint64>(1'773'484'200'000));
        QCOMPARE(ApiJson::parseRfc3339(QStringLiteral("2026-03-14t10:30:00.123456z")),
                 std::optional<qint64>(1'773'484'200'123));
        QVERIFY(
            !ApiJson::parseRfc3339(QStringLiteral("2026-03-14T10:30:00"))); // no offset: whose local time?
        QVERIFY(!ApiJson::parseRfc3339(QStringLiteral("2026-02-30T10:30:00Z"))); // no such day
        QVERIFY(!ApiJson::parseRfc3339(QStringLiteral("tomorrow")));
        QCOMPARE(ApiJson::toRfc3339(1'773'484'200'000), QStringLiteral("2026-03-14T10:30:00.000Z"));
    }

    void smsGateSignature()
    {
        const QByteArray body = "{\"event\":\"system:ping\"}";
        const qint64 now = 1'767'225'600'000;
        const QByteArray ts = "1767225600";
        const QByteArray sig
            = QMessageAuthenticationCode::hash(body + ts, "k", QCryptographicHash::Sha256).toHex();
        QVERIFY(!WebhookParser::verifySmsGate("k", body, sig, ts, now));
        QVERIFY(!WebhookParser::verifySmsGate("k", body, sig.toUpper(), ts, now)); // hex case does not matter
        QVERIFY(WebhookParser::verifySmsGate("k", body, sig, ts, now + 301'000));
        QVERIFY(WebhookParser::verifySmsGate("k", body, sig, "abc", now));
        QVERIFY(WebhookParser::verifySmsGate("other", body, sig, ts, now));
    }

    void problemMappingIsStable()
    {
        QCOMPARE(Problem::fromError({ ErrorCode::QueueFull, {} }).status(), 429);
        QCOMPARE(Problem::fromError({ ErrorCode::QueueFull, {} }).retryAfterSeconds > 0, true);
        QCOMPARE(Problem::fromError({ ErrorCode::KeyMismatch, {} }).status(), 422);
        QCOMPARE(Problem::fromError({ ErrorCode::InFlight, {} }).status(), 409);
        QCOMPARE(Problem::fromError({ ErrorCode::Unavailable, {} }).status(), 503);
        QCOMPARE(Problem::fromError({ ErrorCode::NotFound, {} }).status(), 404);
        const QJsonObject json
            = QJsonDocument::fromJson(
                  Problem::fromError({ ErrorCode::QueueFull, QStringLiteral("full") }).toJson())
                  .object();
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/queue-full"));
        QCOMPARE(json.value(QLatin1String("detail")).toString(), QStringLiteral("full"));
        QVERIFY(json.contains(QLatin1String("title")));
    }
};

QTEST_GUILESS_MAIN(TestApiValidation)
#include "tst_apivalidation.moc"
