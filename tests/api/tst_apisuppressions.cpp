// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/suppressions over real sockets (issue 15, point 1; DESIGN §6 names the route and
// the 422 `.../opted-out` answer): a customer's STOP arriving through the store puts the
// number on the list, and an enqueue to it is refused with a problem type of its own and
// queues nothing; the list pages with a cursor and exports as CSV; a number is added and
// lifted by hand; bad input names the field.
#include "apiharness.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kList = QStringLiteral("/api/v1/suppressions");
const QString kAnna = QStringLiteral("+12025550123");

QString problemType(const ApiResult &result)
{
    return result.json.value(QLatin1String("type")).toString().section(u'/', -1);
}
} // namespace

class TestApiSuppressions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;

    ApiResult post(const QString &path, const QJsonObject &body)
    {
        return m_api->call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           { { "Content-Type", "application/json" } });
    }
    void receive(const QString &from, const QString &text)
    {
        InboundMessage m;
        m.from = from;
        m.text = text;
        QVERIFY(await(m_api->store->addInbound(m)).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void aStopRefusesTheNextEnqueue()
    {
        const QString queued = m_api->enqueue(kAnna, QStringLiteral("Your table is ready"));
        QVERIFY(!queued.isEmpty());
        receive(kAnna, QStringLiteral("stop"));

        const ApiResult refused = post(QStringLiteral("/api/v1/messages"),
                                       { { QStringLiteral("to"), QStringLiteral("(202) 555-0123") },
                                         { QStringLiteral("text"), QStringLiteral("One more offer") } });
        QCOMPARE(refused.status, 422);
        QCOMPARE(problemType(refused), QStringLiteral("opted-out"));
        QVERIFY(refused.json.value(QLatin1String("detail")).toString().contains(kAnna));

        // What was queued before the STOP is cancelled, with the reason.
        const ApiResult before = m_api->get(QStringLiteral("/api/v1/messages/") + queued);
        QCOMPARE(before.json.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));

        const ApiResult one = m_api->get(kList + QStringLiteral("/%2B12025550123"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QLatin1String("source")).toString(), QStringLiteral("keyword"));
        QCOMPARE(one.json.value(QLatin1String("detail")).toString(), QStringLiteral("stop"));
        QVERIFY(one.json.value(QLatin1String("opted_out_at")).toString().endsWith(u'Z'));
    }

    void addedByHandAndLifted()
    {
        const ApiResult added = post(kList, { { QStringLiteral("number"), QStringLiteral("202-555-0199") },
                                              { QStringLiteral("note"), QStringLiteral("asked by e-mail") } });
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json.value(QLatin1String("number")).toString(), QStringLiteral("+12025550199"));
        QCOMPARE(added.json.value(QLatin1String("source")).toString(), QStringLiteral("api"));
        QCOMPARE(added.json.value(QLatin1String("detail")).toString(), QStringLiteral("asked by e-mail"));
        const ApiResult refused = post(QStringLiteral("/api/v1/messages"),
                                       { { QStringLiteral("to"), QStringLiteral("+12025550199") },
                                         { QStringLiteral("text"), QStringLiteral("hi") } });
        QCOMPARE(refused.status, 422);

        QCOMPARE(m_api->call("DELETE", kList + QStringLiteral("/+12025550199")).status, 204);
        QCOMPARE(m_api->call("DELETE", kList + QStringLiteral("/+12025550199")).status, 404);
        QCOMPARE(m_api->get(kList + QStringLiteral("/+12025550199")).status, 404);
        QVERIFY(!m_api->enqueue(QStringLiteral("+12025550199"), QStringLiteral("hi again")).isEmpty());
    }

    void pagesWithACursorAndExportsCsv()
    {
        for (int i = 0; i < 7; ++i) {
            const ApiResult added
                = post(kList, { { QStringLiteral("number"), QStringLiteral("+1202555010%1").arg(i) } });
            QCOMPARE(added.status, 201);
            m_api->clock.advanceMs(i % 2); // some share a millisecond
        }
        QStringList seen;
        QString cursor;
        for (int pages = 0; pages < 10; ++pages) {
            const ApiResult page = m_api->get(kList + QStringLiteral("?limit=3")
                                              + (cursor.isEmpty() ? QString()
                                                                  : QStringLiteral("&cursor=")
                                                         + QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &row : page.json.value(QLatin1String("suppressions")).toArray())
                seen.append(row.toObject().value(QLatin1String("number")).toString());
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 7);

        const ApiResult csv = m_api->get(kList + QStringLiteral("?format=csv"));
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("content-type").startsWith("text/csv"));
        const QString text = QString::fromUtf8(csv.body);
        QVERIFY(text.contains(QLatin1String("number,name,opted_out_at,source,detail")));
        QCOMPARE(text.count(QLatin1String("+1202555010")), 7);
    }

    void badInputNamesTheField()
    {
        ApiResult bad = post(kList, { { QStringLiteral("number"), QStringLiteral("not a number") } });
        QCOMPARE(bad.status, 422);
        QCOMPARE(problemType(bad), QStringLiteral("validation"));
        bad = post(kList, { { QStringLiteral("number"), 12025550123LL } });
        QCOMPARE(bad.status, 422);
        bad = post(kList, { { QStringLiteral("number"), kAnna }, { QStringLiteral("reason"), QStringLiteral("x") } });
        QCOMPARE(bad.status, 422);
        bad = post(kList, { { QStringLiteral("number"), kAnna }, { QStringLiteral("note"), QString(501, u'x') } });
        QCOMPARE(bad.status, 422);
        QCOMPARE(m_api->get(kList + QStringLiteral("?cursor=garbage")).status, 422);
        QCOMPARE(m_api->get(kList + QStringLiteral("?limit=0")).status, 422);
        QCOMPARE(m_api->get(kList + QStringLiteral("?colour=red")).status, 422);
        QCOMPARE(m_api->get(kList + QStringLiteral("?format=xml")).status, 422);
        QCOMPARE(m_api->get(kList + QStringLiteral("/hello")).status, 404);
        QCOMPARE(m_api->call("DELETE", kList + QStringLiteral("/hello")).status, 404);
        const ApiResult list = m_api->get(kList);
        QCOMPARE(list.json.value(QLatin1String("suppressions")).toArray().size(), 0); // nothing was added
    }
};

QTEST_GUILESS_MAIN(TestApiSuppressions)
#include "tst_apisuppressions.moc"
