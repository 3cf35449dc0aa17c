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
        // A contact file is posted as it is, up to what the readers take (CsvReader::kMaxBytes).
        QTest::newRow("import 20 MiB") << QByteArray(
            "POST /api/v1/contacts/import?dry_run=true HTTP/1.1\r\nContent-Length: 20971520\r\n\r\n")
                                       << 0;
        QTest::newRow("import over") << QByteArray(
            "POST /api/v1/contacts/import HTTP/1.1\r\nContent-Length: 20971521\r\n\r\n")
                                     << 413;
        QTest::newRow("import's limit is its path's only")
            << QByteArray("POST /api/v1/contacts/importx HTTP/1.1\r\nContent-Length: 70000\r\n\r\n") << 413;
        QTest::newRow("64 KiB") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") << 0;
        QTest::newRow("64 KiB + 1") << QByteArray("POST /x HTTP/1.1\r\ncontent-length: 65537\r\n\r\n") << 413;
        QTest::newRow("two lengths") << QByteArray(
            "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400;
        QTest::newRow("mixed-case length, padded")
            << QByteArray("POST /x HTTP/1.1\r\nCONTENT-length:   65537  \r\n\r\n") << 413;
        QTest::newRow("same length twice")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\n") << 0;
        QTest::newRow("length not a number")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n") << 400;
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

    void rfc3339MatchesQDateTime()
    {
        // Leap days, month and year ends, the epoch, and the far future, to the millisecond.
        const QList<QDateTime> times {
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 12, 31), QTime(12, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 10), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        };
        for (const QDateTime &t : times)
            QCOMPARE(ApiJson::toRfc3339(t.toMSecsSinceEpoch()),
                     t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        for (qint64 ms = 0; ms < 4'102'444'800'000; ms += 7'777'777'777) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QCOMPARE(ApiJson::toRfc3339(ms), expected);
        }
    }

    void messageJsonIsValidAndEscaped()
    {
        Message m;
        m.id = QUuid::fromString(QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
        m.to = QStringLiteral("+4915112345678");
        m.text = QStringLiteral("Quote \" backslash \\ tab \t newline \n bell \a Grüße 😀 end");
        m.encoding = QStringLiteral("UCS-2");
        m.segments = 2;
        m.attempts = 3;
        m.priority = -1;
        m.deviceId = 7;
        m.status = MessageStatus::Sent;
        m.createdAtMs = 1'773'484'200'000;
        m.sentAtMs = 1'773'484'200'123;
        m.updatedAtMs = 1'773'484'200'123;
        m.lastError = QStringLiteral("HTTP 500: \"oops\"");
        const QByteArray json = ApiJson::message(m);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        QCOMPARE(o.value(u"text").toString(), m.text);
        QCOMPARE(o.value(u"last_error").toString(), m.lastError);
        QCOMPARE(o.value(u"id").toString(), QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
        QCOMPARE(o.value(u"to").toString(), m.to);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("sent"));
        QCOMPARE(o.value(u"encoding").toString(), m.encoding);
        QCOMPARE(o.value(u"segments").toInt(), 2);
        QCOMPARE(o.value(u"attempts").toInt(), 3);
        QCOMPARE(o.value(u"priority").toInt(), -1);
        QCOMPARE(o.value(u"device_id").toInt(), 7);
        QVERIFY(o.value(u"sent_device_id").isNull());
        QVERIFY(o.value(u"client_message_id").isNull());
        QVERIFY(o.value(u"delivered_at").isNull());
        QVERIFY(o.value(u"send_at").isNull());
        QCOMPARE(o.value(u"created_at").toString(), QStringLiteral("2026-03-14T10:30:00.000Z"));
        QCOMPARE(o.value(u"sent_at").toString(), QStringLiteral("2026-03-14T10:30:00.123Z"));
        QVERIFY(o.value(u"sim").isNull());
        QVERIFY(o.value(u"held_until").isNull()); // not held for quiet hours (issue 15, point 2)
        QVERIFY(o.value(u"held_reason").isNull());
        QCOMPARE(o.value(u"urgent").toBool(), false);
        QCOMPARE(o.size(), 21);
        // The same keys and values as Qt's own writer would give.
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object(), o);
        QVERIFY(json.contains("\\u0007")); // the bell, escaped
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
