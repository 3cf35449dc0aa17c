// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/dead-letters over real sockets (issue 15, point 5). Follows DESIGN §6b "API:
// `POST /api/v1/dead-letters/requeue {"ids":[...]}` or `{"filter":{...}}`": dead letters
// listed and paged; requeued by ids (what is not a dead letter skipped, with why), by a
// filter of 1,000, and deleted all or one; every bad body is a 422 naming the field and
// changes nothing. SMSDESK_DEAD_LETTERS=N makes the filter case use N (the 100,000 of the
// issue, measured by hand; docs/api.md) and prints the longest the event loop waited.
#include "apiharness.h"
#include "storereader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kBase = QStringLiteral("/api/v1/dead-letters");

QStringList fieldsOf(const ApiResult &result)
{
    QStringList fields;
    for (const QJsonValue &e : result.json.value(QLatin1String("errors")).toArray())
        fields.append(e.toObject().value(QLatin1String("field")).toString());
    return fields;
}
} // namespace

class TestApiDeadLetters final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;

    // `count` new messages to numbers +1202555xxxx, made dead as a phone's permanent
    // refusal would (through `deviceId`); their ids, oldest first.
    QList<QUuid> makeDead(int count, const QString &text, qint64 deviceId = 7)
    {
        QList<QUuid> ids;
        for (int from = 0; from < count; from += 1000) {
            EnqueueRequest request;
            for (int i = from; i < std::min(count, from + 1000); ++i) {
                NewMessage m;
                m.to = QStringLiteral("+1202555%1").arg(i % 10'000, 4, 10, QLatin1Char('0'));
                m.text = text;
                request.messages.append(m);
            }
            const Result<EnqueueResult> queued = await(m_api->store->enqueue(request));
            if (!queued)
                return {};
            const Result<QList<Message>> claimed
                = await(m_api->store->claimDue(QStringLiteral("test"), 1000, 60'000));
            if (!claimed)
                return {};
            QList<SendOutcome> outcomes;
            for (const Message &m : claimed.value()) {
                SendOutcome o = StoreFixture::outcome(m, SendOutcome::Kind::Dead);
                o.deviceId = deviceId;
                o.error = QStringLiteral("the phone refused the number");
                outcomes.append(o);
                ids.append(m.id);
            }
            if (!await(m_api->store->complete(outcomes)).ok())
                return {};
        }
        return ids;
    }
    ApiResult post(const QString &path, const QByteArray &json)
    {
        return m_api->call("POST", path, json, { { "Content-Type", "application/json" } });
    }
    qint64 deadCount()
    {
        return m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String("dead")).toInteger();
    }
    QString statusOf(const QUuid &id)
    {
        return m_api->get(QStringLiteral("/api/v1/messages/") + id.toString(QUuid::WithoutBraces))
            .json.value(QLatin1String("status"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void listedNewestFirstInPagesAndFiltered()
    {
        const QList<QUuid> invoices = makeDead(5, QStringLiteral("Your invoice is ready"), 2);
        const QList<QUuid> others = makeDead(2, QStringLiteral("Table for two"), 3);
        QCOMPARE(invoices.size() + others.size(), 7);
        QList<QUuid> seen;
        QString cursor;
        for (int pages = 0; pages < 5; ++pages) {
            const ApiResult page
                = m_api->get(kBase + QStringLiteral("?limit=3")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(QLatin1String("total")).toInt(), 7);
            for (const QJsonValue &row : page.json.value(QLatin1String("dead_letters")).toArray()) {
                QCOMPARE(row.toObject().value(QLatin1String("status")).toString(), QStringLiteral("dead"));
                seen.append(QUuid::fromString(row.toObject().value(QLatin1String("id")).toString()));
            }
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        QList<QUuid> newestFirst = invoices + others;
        std::reverse(newestFirst.begin(), newestFirst.end());
        QCOMPARE(seen, newestFirst);

        const ApiResult search = m_api->get(kBase + QStringLiteral("?search=invoice"));
        QCOMPARE(search.json.value(QLatin1String("dead_letters")).toArray().size(), 5);
        QCOMPARE(search.json.value(QLatin1String("total")).toInt(), 5);
        const ApiResult device = m_api->get(kBase + QStringLiteral("?device_id=3"));
        QCOMPARE(device.json.value(QLatin1String("dead_letters")).toArray().size(), 2);

        QCOMPARE(fieldsOf(m_api->get(kBase + QStringLiteral("?cursor=soon"))),
                 QStringList { QStringLiteral("cursor") });
        QCOMPARE(fieldsOf(m_api->get(kBase + QStringLiteral("?device_id=x"))),
                 QStringList { QStringLiteral("device_id") });
        QCOMPARE(fieldsOf(m_api->get(kBase + QStringLiteral("?status=dead"))),
                 QStringList { QStringLiteral("status") });
    }

    void requeuedByIdsWhatIsNotDeadSkippedWithWhy()
    {
        const QList<QUuid> dead = makeDead(2, QStringLiteral("Your order shipped"));
        const QString queued = m_api->enqueue(QStringLiteral("+12025550199"), QStringLiteral("still queued"));
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body { { QStringLiteral("ids"),
                                   QJsonArray { dead.at(0).toString(QUuid::WithoutBraces), queued, unknown,
                                                dead.at(0).toString(QUuid::WithoutBraces) } } };
        const ApiResult done = post(kBase + QStringLiteral("/requeue"), QJsonDocument(body).toJson());
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QLatin1String("requeued")).toInt(), 1);
        const QJsonArray skipped = done.json.value(QLatin1String("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(0).toObject().value(QLatin1String("id")).toString(), queued);
        QCOMPARE(skipped.at(0).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("not a dead letter: it is queued"));
        QCOMPARE(skipped.at(1).toObject().value(QLatin1String("id")).toString(), unknown);
        QCOMPARE(skipped.at(1).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("no message with this id"));

        QCOMPARE(statusOf(dead.at(0)), QStringLiteral("queued"));
        QCOMPARE(statusOf(dead.at(1)), QStringLiteral("dead"));
        const ApiResult history
            = m_api->get(QStringLiteral("/api/v1/messages/") + dead.at(0).toString(QUuid::WithoutBraces));
        QCOMPARE(history.json.value(QLatin1String("events"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("requeued"));
        QCOMPARE(history.json.value(QLatin1String("attempts")).toInt(), 0);
    }

    void requeuedByAFilterOfAThousand()
    {
        const int count = qEnvironmentVariableIsSet("SMSDESK_DEAD_LETTERS")
            ? qEnvironmentVariableIntValue("SMSDESK_DEAD_LETTERS")
            : 1000;
        QCOMPARE(makeDead(count, QStringLiteral("Reminder: your appointment")).size(), count);
        const QList<QUuid> kept = makeDead(3, QStringLiteral("Happy birthday"));
        QCOMPARE(deadCount(), count + 3);

        // How long the event loop (the server's and this test's: one thread) waits at most.
        QElapsedTimer sinceTick;
        qint64 longestMs = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] { longestMs = std::max(longestMs, sinceTick.restart()); });
        QElapsedTimer took;
        took.start();
        sinceTick.start();
        tick.start();
        const ApiResult done
            = post(kBase + QStringLiteral("/requeue"), R"({"filter": {"search": "appointment"}})");
        tick.stop();
        qInfo("requeued %d dead letters by a filter in %lld ms; the event loop waited at most %lld ms", count,
              took.elapsed(), longestMs);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QLatin1String("requeued")).toInt(), count);
        QCOMPARE(done.json.value(QLatin1String("skipped")).toArray().size(), 0);
        QCOMPARE(deadCount(), 3);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String("queued")).toInteger(),
                 count);
        for (const QUuid &id : kept)
            QCOMPARE(statusOf(id), QStringLiteral("dead"));

        // Again: nothing matches any more.
        const ApiResult again
            = post(kBase + QStringLiteral("/requeue"), R"({"filter": {"search": "appointment"}})");
        QCOMPARE(again.json.value(QLatin1String("requeued")).toInt(), 0);
    }

    void deletedAllThenNone()
    {
        const int count = qEnvironmentVariableIsSet("SMSDESK_DEAD_LETTERS")
            ? qEnvironmentVariableIntValue("SMSDESK_DEAD_LETTERS")
            : 1'200;
        const QList<QUuid> dead = makeDead(count, QStringLiteral("Your parcel is waiting"));
        QCOMPARE(dead.size(), count);
        const QString queued = m_api->enqueue(QStringLiteral("+12025550199"), QStringLiteral("not dead"));
        QElapsedTimer took;
        took.start();
        const ApiResult done = post(kBase + QStringLiteral("/delete"), R"({"all": true})");
        qInfo("deleted %d dead letters in %lld ms", count, took.elapsed());
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QLatin1String("deleted")).toInt(), count);
        QCOMPARE(deadCount(), 0);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/messages/") + dead.first().toString(QUuid::WithoutBraces))
                     .status,
                 404);
        QCOMPARE(statusOf(QUuid::fromString(queued)), QStringLiteral("queued"));
        const ApiResult list = m_api->get(kBase);
        QCOMPARE(list.json.value(QLatin1String("dead_letters")).toArray().size(), 0);
        QCOMPARE(list.json.value(QLatin1String("total")).toInt(), 0);
        QCOMPARE(post(kBase + QStringLiteral("/delete"), R"({"all": true})")
                     .json.value(QLatin1String("deleted"))
                     .toInt(),
                 0);
        QCOMPARE(post(kBase + QStringLiteral("/requeue"), R"({"all": true})")
                     .json.value(QLatin1String("requeued"))
                     .toInt(),
                 0);
    }

    void deletedOne()
    {
        const QList<QUuid> dead = makeDead(2, QStringLiteral("Code 1234"));
        const QString id = dead.first().toString(QUuid::WithoutBraces);
        QCOMPARE(m_api->call("DELETE", kBase + u'/' + id).status, 204);
        QCOMPARE(m_api->call("DELETE", kBase + u'/' + id).status, 404);
        QCOMPARE(statusOf(dead.at(1)), QStringLiteral("dead"));
        const QString queued = m_api->enqueue(QStringLiteral("+12025550199"), QStringLiteral("not dead"));
        const ApiResult notDead = m_api->call("DELETE", kBase + u'/' + queued);
        QCOMPARE(notDead.status, 404);
        QVERIFY(notDead.json.value(QLatin1String("detail")).toString().contains(QLatin1String("queued")));
        QCOMPARE(statusOf(QUuid::fromString(queued)), QStringLiteral("queued"));
        QCOMPARE(m_api->call("DELETE", kBase + QStringLiteral("/not-a-uuid")).status, 404);
    }

    void badBodiesNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QStringList ids { QStringLiteral("ids") };
        QTest::newRow("nothing") << QByteArray("{}") << ids;
        QTest::newRow("unknown key") << QByteArray(R"({"all": true, "force": 1})")
                                     << QStringList { QStringLiteral("force") };
        QTest::newRow("ids and filter")
            << QByteArray(R"({"ids": ["6f1c2a4e-8f0b-4d7e-9a57-0c3b1f9d2e11"], "filter": {"search": "x"}})")
            << QStringList { QStringLiteral("ids"), QStringLiteral("filter") };
        QTest::newRow("empty ids") << QByteArray(R"({"ids": []})") << ids;
        QTest::newRow("ids not a list")
            << QByteArray(R"({"ids": "6f1c2a4e-8f0b-4d7e-9a57-0c3b1f9d2e11"})") << ids;
        QTest::newRow("not a uuid") << QByteArray(
            R"({"ids": ["6f1c2a4e-8f0b-4d7e-9a57-0c3b1f9d2e11", "12"]})")
                                    << QStringList { QStringLiteral("ids[1]") };
        QTest::newRow("empty filter")
            << QByteArray(R"({"filter": {}})") << QStringList { QStringLiteral("filter") };
        QTest::newRow("filter key") << QByteArray(R"({"filter": {"to": "+12025550100"}})")
                                    << QStringList { QStringLiteral("filter.to") };
        QTest::newRow("filter device") << QByteArray(R"({"filter": {"device_id": "7"}})")
                                       << QStringList { QStringLiteral("filter.device_id") };
        QTest::newRow("all false") << QByteArray(R"({"all": false})")
                                   << QStringList { QStringLiteral("all") };
    }
    void badBodiesNameTheFieldAndChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const QList<QUuid> dead = makeDead(3, QStringLiteral("x marks the spot"));
        for (const char *action : { "/requeue", "/delete" }) {
            const ApiResult bad = post(kBase + QLatin1String(action), body);
            QCOMPARE(bad.status, 422);
            QStringList named = fieldsOf(bad);
            named.sort();
            QStringList expected = fields;
            expected.sort();
            QCOMPARE(named, expected);
        }
        QCOMPARE(deadCount(), 3);
        for (const QUuid &id : dead)
            QCOMPARE(statusOf(id), QStringLiteral("dead"));
    }
};

QTEST_GUILESS_MAIN(TestApiDeadLetters)
#include "tst_apideadletters.moc"
