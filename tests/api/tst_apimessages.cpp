// SPDX-License-Identifier: GPL-3.0-or-later
// API v1 messages over real sockets: enqueue (single, batch), get, list, cancel, stats,
// metrics, idempotency, and clients that leave before their answer.
#include "apiharness.h"
#include "securitygate.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using namespace smsdesk;
using namespace smsdesk::test;

class TestApiMessages final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    qint64 queuedCount()
    {
        return m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String("queued")).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void enqueueAnswers202WithNormalizedMessage()
    {
        const ApiResult result
            = m_api->post(QStringLiteral("/api/v1/messages"),
                          { { QStringLiteral("to"), QStringLiteral("(202) 555-0123") },
                            { QStringLiteral("text"), QStringLiteral("Your table is ready") } });
        QCOMPARE(result.status, 202);
        QCOMPARE(result.json.value(QLatin1String("to")).toString(), QStringLiteral("+12025550123"));
        QCOMPARE(result.json.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(result.json.value(QLatin1String("segments")).toInt(), 1);
        QCOMPARE(result.json.value(QLatin1String("encoding")).toString(), QStringLiteral("GSM-7"));
        QVERIFY(result.json.contains(QLatin1String("created_at")));
        const QString id = result.json.value(QLatin1String("id")).toString();
        QCOMPARE(result.header("location"), "/api/v1/messages/" + id.toLatin1());
        // 202 means on disk: a fresh reader sees it at once.
        StoreReader reader(m_api->store->config());
        QVERIFY(reader.open().ok());
        QVERIFY(reader.message(QUuid::fromString(id)).ok());

        const ApiResult one = m_api->get(QStringLiteral("/api/v1/messages/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QLatin1String("text")).toString(), QStringLiteral("Your table is ready"));
        const QJsonArray events = one.json.value(QLatin1String("events")).toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("enqueued"));
    }

    void enqueueReportsUcs2Segments()
    {
        const QString text = QString(80, u'é') + QStringLiteral("😀");
        const ApiResult result = m_api->post(
            QStringLiteral("/api/v1/messages"),
            { { QStringLiteral("to"), QStringLiteral("+12025550123") }, { QStringLiteral("text"), text } });
        QCOMPARE(result.status, 202);
        QCOMPARE(result.json.value(QLatin1String("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(result.json.value(QLatin1String("segments")).toInt(), 2);
    }

    void enqueueAcceptsScheduleAndPriority()
    {
        const QString inAnHour
            = QDateTime::fromMSecsSinceEpoch(m_api->clock.nowMs() + 3'600'000, QTimeZone::utc())
                  .toString(Qt::ISODate);
        const ApiResult result
            = m_api->post(QStringLiteral("/api/v1/messages"),
                          { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                            { QStringLiteral("text"), QStringLiteral("later") },
                            { QStringLiteral("send_at"), inAnHour },
                            { QStringLiteral("priority"), 5 },
                            { QStringLiteral("sim"), 2 },
                            { QStringLiteral("client_message_id"), QStringLiteral("order-17") } });
        QCOMPARE(result.status, 202);
        QCOMPARE(result.json.value(QLatin1String("priority")).toInt(), 5);
        QCOMPARE(result.json.value(QLatin1String("sim")).toInt(), 2); // the SIM it goes out on
        QCOMPARE(result.json.value(QLatin1String("client_message_id")).toString(),
                 QStringLiteral("order-17"));
        QVERIFY(!result.json.value(QLatin1String("send_at")).isNull());
    }

    void enqueueRefusesInvalidFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad number") << QByteArray("{\"to\":\"12\",\"text\":\"hi\"}") << QStringLiteral("to");
        QTest::newRow("no number") << QByteArray("{\"text\":\"hi\"}") << QStringLiteral("to");
        QTest::newRow("empty text") << QByteArray("{\"to\":\"+12025550123\",\"text\":\"  \"}")
                                    << QStringLiteral("text");
        QTest::newRow("text not a string")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":5}") << QStringLiteral("text");
        QTest::newRow("11 segments") << ("{\"to\":\"+12025550123\",\"text\":\"" + QByteArray(1531, 'a')
                                         + "\"}")
                                     << QStringLiteral("text");
        QTest::newRow("send_at past")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"send_at\":\"2025-12-31T23:00:00Z\"}")
            << QStringLiteral("send_at");
        QTest::newRow("send_at too far")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"send_at\":\"2027-06-01T00:00:00Z\"}")
            << QStringLiteral("send_at");
        QTest::newRow("send_at local")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"send_at\":\"2026-03-01T10:00:00\"}")
            << QStringLiteral("send_at");
        QTest::newRow("priority") << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"priority\":1000}")
                                  << QStringLiteral("priority");
        QTest::newRow("sim 0") << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"sim\":0}")
                               << QStringLiteral("sim");
        QTest::newRow("sim 4") << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"sim\":4}")
                               << QStringLiteral("sim");
        QTest::newRow("unknown device")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"device_id\":99}")
            << QStringLiteral("device_id");
        QTest::newRow("unknown field")
            << QByteArray("{\"to\":\"+12025550123\",\"text\":\"x\",\"sender\":\"me\"}")
            << QStringLiteral("sender");
    }
    void enqueueRefusesInvalidFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const ApiResult result = m_api->call("POST", QStringLiteral("/api/v1/messages"), body,
                                             { { "Content-Type", "application/json" } });
        QCOMPARE(result.status, 422);
        QCOMPARE(result.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(result.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/validation"));
        QCOMPARE(result.json.value(QLatin1String("status")).toInt(), 422);
        const QJsonArray errors = result.json.value(QLatin1String("errors")).toArray();
        QVERIFY2(!errors.isEmpty(), result.body.constData());
        QCOMPARE(errors.first().toObject().value(QLatin1String("field")).toString(), field);
        QVERIFY(!errors.first().toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(queuedCount(), 0);
    }

    void enqueueRefusesDisabledDevice()
    {
        const qint64 device
            = m_api->addDevice(QStringLiteral("Old phone"), QStringLiteral("smsgate"), {}, false);
        QVERIFY(device > 0);
        const ApiResult result = m_api->post(QStringLiteral("/api/v1/messages"),
                                             { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                               { QStringLiteral("text"), QStringLiteral("x") },
                                               { QStringLiteral("device_id"), device } });
        QCOMPARE(result.status, 422);
        QVERIFY(result.body.contains("disabled"));
    }

    void malformedJsonIs400()
    {
        const ApiResult broken = m_api->call("POST", QStringLiteral("/api/v1/messages"),
                                             "{\"to\":", { { "Content-Type", "application/json" } });
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/malformed"));
        const QByteArray deep = "{\"to\":\"+12025550123\",\"text\":\"x\",\"a\":" + QByteArray(8, '[') + "1"
            + QByteArray(8, ']') + "}";
        QCOMPARE(m_api
                     ->call("POST", QStringLiteral("/api/v1/messages"), deep,
                            { { "Content-Type", "application/json" } })
                     .status,
                 400);
        // Eight levels are still JSON we read (and then refuse the unknown field: 422, not 400).
        const QByteArray eight = "{\"to\":\"+12025550123\",\"text\":\"x\",\"a\":" + QByteArray(7, '[') + "1"
            + QByteArray(7, ']') + "}";
        QCOMPARE(m_api
                     ->call("POST", QStringLiteral("/api/v1/messages"), eight,
                            { { "Content-Type", "application/json" } })
                     .status,
                 422);
        QCOMPARE(m_api
                     ->call("POST", QStringLiteral("/api/v1/messages"), "[1]",
                            { { "Content-Type", "application/json" } })
                     .status,
                 400);
    }

    void batchIsAllOrNothing()
    {
        QJsonArray messages;
        for (int i = 0; i < 3; ++i)
            messages.append(QJsonObject { { QStringLiteral("to"), QStringLiteral("+1202555012%1").arg(i) },
                                          { QStringLiteral("text"), QStringLiteral("batch %1").arg(i) } });
        const ApiResult ok = m_api->post(QStringLiteral("/api/v1/messages/batch"),
                                         { { QStringLiteral("messages"), messages } });
        QCOMPARE(ok.status, 202);
        QCOMPARE(ok.json.value(QLatin1String("messages")).toArray().size(), 3);
        QCOMPARE(queuedCount(), 3);

        messages.replace(1,
                         QJsonObject { { QStringLiteral("to"), QStringLiteral("nope") },
                                       { QStringLiteral("text"), QStringLiteral("x") } });
        const ApiResult bad = m_api->post(QStringLiteral("/api/v1/messages/batch"),
                                          { { QStringLiteral("messages"), messages } });
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json.value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 QStringLiteral("messages[1].to"));
        QCOMPARE(queuedCount(), 3);
    }

    void batchOf1000IsTheLimit()
    {
        QJsonArray messages;
        for (int i = 0; i < 1001; ++i)
            messages.append(QJsonObject { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                          { QStringLiteral("text"), QStringLiteral("n") } });
        QCOMPARE(
            m_api
                ->post(QStringLiteral("/api/v1/messages/batch"), { { QStringLiteral("messages"), messages } })
                .status,
            422);
        messages.removeLast();
        const ApiResult ok = m_api->post(QStringLiteral("/api/v1/messages/batch"),
                                         { { QStringLiteral("messages"), messages } });
        QCOMPARE(ok.status, 202);
        QCOMPARE(queuedCount(), 1000);
    }

    void listFiltersAndPages()
    {
        QSet<QString> created;
        for (int i = 0; i < 5; ++i)
            created.insert(m_api->enqueue(QStringLiteral("+12025550123"), QStringLiteral("m%1").arg(i)));
        m_api->enqueue(QStringLiteral("+12025550199"), QStringLiteral("other"));
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            const ApiResult page
                = m_api->get(QStringLiteral("/api/v1/messages?to=%2B12025550123&status=queued&limit=2")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &message : page.json.value(QLatin1String("messages")).toArray())
                seen.insert(message.toObject().value(QLatin1String("id")).toString());
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen, created);
        QCOMPARE(pages, 3);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/messages?status=lost")).status, 422);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/messages?limit=0")).status, 422);
    }

    void cancelOnlyWhileQueued()
    {
        const QString id = m_api->enqueue();
        const ApiResult cancelled = m_api->call("DELETE", QStringLiteral("/api/v1/messages/") + id);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_api->call("DELETE", QStringLiteral("/api/v1/messages/") + id).status, 409);
        const QString sent = m_api->enqueue();
        QVERIFY(m_api->markSent(sent));
        const ApiResult conflict = m_api->call("DELETE", QStringLiteral("/api/v1/messages/") + sent);
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.json.value(QLatin1String("detail")).toString().contains(QLatin1String("sent")));
        QCOMPARE(m_api
                     ->call("DELETE",
                            QStringLiteral("/api/v1/messages/")
                                + QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .status,
                 404);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/messages/not-a-uuid")).status, 404);
    }

    void statsHasExactlyTheDesignFields()
    {
        m_api->enqueue();
        const ApiResult stats = m_api->get(QStringLiteral("/api/v1/stats"));
        QCOMPARE(stats.status, 200);
        QStringList keys = stats.json.keys();
        keys.sort();
        QCOMPARE(
            keys,
            QStringList({ QStringLiteral("cancelled"), QStringLiteral("dead"), QStringLiteral("delivered"),
                          QStringLiteral("inbound"), QStringLiteral("queued"), QStringLiteral("sending"),
                          QStringLiteral("sent") }));
        QCOMPARE(stats.json.value(QLatin1String("queued")).toInt(), 1);
    }

    void metricsAndHealth()
    {
        m_api->enqueue();
        QCOMPARE(m_api->call("GET", QStringLiteral("/healthz"), {}, {}, false).status, 200);
        const ApiResult metrics = m_api->call("GET", QStringLiteral("/metrics"), {}, {}, false);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").startsWith("text/plain"));
        QVERIFY(metrics.body.contains("smsdesk_http_requests_total{code=\"202\"} 1"));
        QVERIFY(metrics.body.contains("smsdesk_queue_depth{status=\"queued\"} 1"));
        QVERIFY(metrics.body.contains("smsdesk_inbound_messages 0"));
    }

    void wrongMethodIs405AndUnknownPathIs404()
    {
        const ApiResult wrong = m_api->call("PUT", QStringLiteral("/api/v1/stats"), "{}",
                                            { { "Content-Type", "application/json" } });
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("allow"), QByteArray("GET"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/nothing")).status, 404);
    }

    void idempotentReplayGivesTheFirstAnswer()
    {
        const QJsonObject body { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                 { QStringLiteral("text"), QStringLiteral("once") } };
        const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "order-17-reminder" } };
        const ApiResult first = m_api->post(QStringLiteral("/api/v1/messages"), body, key);
        QCOMPARE(first.status, 202);
        const ApiResult again = m_api->post(QStringLiteral("/api/v1/messages"), body, key);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("location"), first.header("location"));
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(queuedCount(), 1);

        QJsonObject other = body;
        other.insert(QStringLiteral("text"), QStringLiteral("twice"));
        const ApiResult mismatch = m_api->post(QStringLiteral("/api/v1/messages"), other, key);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/idempotency-key-reused"));
        QCOMPARE(queuedCount(), 1);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/messages"), body, { { "Idempotency-Key", "" } }).status,
                 202);
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/messages"), body,
                            { { "Idempotency-Key", QByteArray(300, 'k') } })
                     .status,
                 400);
    }

    void idempotencyKeysAreScopedToTheToken()
    {
        const QByteArray otherToken = "second-token-abcdef";
        QVERIFY(
            await(m_api->store->addToken(QStringLiteral("other"), SecurityGate::hashToken(otherToken))).ok());
        const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "shared-key" } };
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/messages"),
                            { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                              { QStringLiteral("text"), QStringLiteral("a") } },
                            key)
                     .status,
                 202);
        const QByteArray token = m_api->token;
        m_api->token = otherToken;
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/messages"),
                            { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                              { QStringLiteral("text"), QStringLiteral("b") } },
                            key)
                     .status,
                 202);
        m_api->token = token;
        QCOMPARE(queuedCount(), 2);
    }

    void keyInFlightIs409()
    {
        SMSDESK_SQLITE_ONLY("holds SQLite's write lock from another connection");
        // Another connection holds SQLite's write lock, so the first request stays in the
        // group commit (the store waits up to its busy timeout) while the second arrives.
        QSqlDatabase blocker
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(m_api->store->config().sqlitePath);
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QNetworkRequest request(QUrl(m_api->url(QStringLiteral("/api/v1/messages"))));
        request.setRawHeader("Authorization", "Bearer " + m_api->token);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", "busy-key");
        QNetworkReply *first = m_api->network.post(request, "{\"to\":\"+12025550123\",\"text\":\"first\"}");
        QTest::qWait(300);
        QVERIFY(!first->isFinished());
        const ApiResult second = m_api->post(QStringLiteral("/api/v1/messages"),
                                             { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                               { QStringLiteral("text"), QStringLiteral("first") } },
                                             { { "Idempotency-Key", "busy-key" } });
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/idempotency-in-flight"));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        blocker.close();
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 10'000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        first->deleteLater();
        // Once committed, the same key replays instead of conflicting.
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/messages"),
                            { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                              { QStringLiteral("text"), QStringLiteral("first") } },
                            { { "Idempotency-Key", "busy-key" } })
                     .header("idempotent-replayed"),
                 QByteArray("true"));
    }

    void clientsLeavingEarlyDoNotCrashTheServer()
    {
        const QByteArray body = "{\"to\":\"+12025550123\",\"text\":\"bye\"}";
        const QByteArray request = "POST /api/v1/messages HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
            + "\r\nAuthorization: Bearer " + m_api->token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_api->port);
            QVERIFY(socket.waitForConnected(2'000));
            const qint64 jobsBefore = m_api->store->writerStats().jobs;
            socket.write(request);
            QVERIFY(socket.waitForBytesWritten(2'000));
            // Server and test share this thread: once the store has the job, the responder is
            // parked and its answer cannot be written before we process events again.
            QVERIFY(QTest::qWaitFor([&] { return m_api->store->writerStats().jobs > jobsBefore; }, 5'000));
            socket.abort(); // gone before the group commit answers
        }
        QTest::qWait(200); // answers for the departed clients fall due now
        const ApiResult after = m_api->post(QStringLiteral("/api/v1/messages"),
                                            { { QStringLiteral("to"), QStringLiteral("+12025550123") },
                                              { QStringLiteral("text"), QStringLiteral("still here") } });
        QCOMPARE(after.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(queuedCount(), 51, 5'000);
    }
};

QTEST_GUILESS_MAIN(TestApiMessages)
#include "tst_apimessages.moc"
