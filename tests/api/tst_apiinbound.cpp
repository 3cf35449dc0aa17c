// SPDX-License-Identifier: GPL-3.0-or-later
// Received messages and conversations over real sockets (issue 15, point 5). Follows DESIGN
// §6b "API: `GET /api/v1/messages?direction=in|out&since=&cursor=`" and §6 "`GET
// /api/v1/messages?status=&to=&limit=&cursor=`" (direction=out, the default, unchanged): a
// poller paging received SMS sees each once and in order, and after the last page only what
// came since; since/from filter; the conversations list and one thread's pages; bad input is
// a 422 naming the field.
#include "apiharness.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kAnna = QStringLiteral("+12025550123");
const QString kBen = QStringLiteral("+12025550142");
constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z, the harness clock

QStringList fieldsOf(const ApiResult &result)
{
    QStringList fields;
    for (const QJsonValue &e : result.json.value(QLatin1String("errors")).toArray())
        fields.append(e.toObject().value(QLatin1String("field")).toString());
    return fields;
}

QJsonArray arrayOf(const ApiResult &result, const char *key)
{
    return result.json.value(QLatin1String(key)).toArray();
}
} // namespace

class TestApiInbound final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;

    void receive(const QString &from, const QString &text, qint64 atMs = 0)
    {
        InboundMessage m;
        m.from = from;
        m.text = text;
        m.receivedAtMs = atMs;
        QVERIFY(await(m_api->store->addInbound(m)).ok());
    }
    ApiResult received(const QString &query)
    {
        return m_api->get(QStringLiteral("/api/v1/messages?direction=in&") + query);
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanup() { m_api.reset(); }

    void aPollerSeesEachOnceInOrderThenOnlyTheNewOne()
    {
        for (int i = 0; i < 250; ++i) {
            receive(i % 2 ? kAnna : kBen, QStringLiteral("reply %1").arg(i));
            m_api->clock.advanceMs(i % 3 == 0 ? 1 : 0); // some share a millisecond
        }
        QStringList seen;
        QList<qint64> ids;
        QString cursor;
        QList<bool> more;
        for (int pages = 0; pages < 3; ++pages) {
            const ApiResult page
                = received(QStringLiteral("limit=100")
                           + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &row : arrayOf(page, "messages")) {
                seen.append(row.toObject().value(QLatin1String("text")).toString());
                ids.append(row.toObject().value(QLatin1String("id")).toInteger());
                QCOMPARE(row.toObject().value(QLatin1String("direction")).toString(), QStringLiteral("in"));
            }
            more.append(page.json.value(QLatin1String("has_more")).toBool());
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            QVERIFY(!cursor.isEmpty()); // given on the last page too: the next poll starts there
        }
        QCOMPARE(seen.size(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(seen.at(i), QStringLiteral("reply %1").arg(i));
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 250);
        QCOMPARE(more, (QList<bool> { true, true, false }));

        const ApiResult idle = received(QStringLiteral("limit=100&cursor=") + cursor);
        QCOMPARE(arrayOf(idle, "messages").size(), 0);
        QCOMPARE(idle.json.value(QLatin1String("next_cursor")).toString(), cursor);

        receive(kAnna, QStringLiteral("one more thing"));
        const ApiResult next = received(QStringLiteral("limit=100&cursor=") + cursor);
        QCOMPARE(next.status, 200);
        const QJsonArray only = arrayOf(next, "messages");
        QCOMPARE(only.size(), 1);
        const QJsonObject m = only.first().toObject();
        QCOMPARE(m.value(QLatin1String("text")).toString(), QStringLiteral("one more thing"));
        QCOMPARE(m.value(QLatin1String("from")).toString(), kAnna);
        QVERIFY(m.value(QLatin1String("received_at")).toString().endsWith(u'Z'));
        QVERIFY(m.value(QLatin1String("device_id")).isNull());
        QVERIFY(m.value(QLatin1String("name")).isNull());
        QVERIFY(m.value(QLatin1String("id")).toInteger() > ids.last());
    }

    void sinceFromAndTheContactsName()
    {
        Contact anna;
        anna.name = QStringLiteral("Anna Berg");
        anna.numbers = { kAnna };
        QVERIFY(await(m_api->store->saveContact(anna)).ok());
        receive(kAnna, QStringLiteral("old"), kStart - 3'600'000);
        receive(kBen, QStringLiteral("from Ben"), kStart + 1'000);
        receive(kAnna, QStringLiteral("new"), kStart + 2'000);

        const ApiResult since = received(QStringLiteral("since=2026-01-01T00:00:00Z"));
        QCOMPARE(since.status, 200);
        QCOMPARE(arrayOf(since, "messages").size(), 2);
        // The same instant in another offset.
        const ApiResult offset = m_api->get(
            QStringLiteral("/api/v1/messages?direction=in&since=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("2026-01-01T01:00:01+01:00"))));
        QCOMPARE(arrayOf(offset, "messages").size(), 2);

        const ApiResult fromAnna
            = received(QStringLiteral("from=")
                       + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("(202) 555-0123"))));
        QCOMPARE(fromAnna.status, 200);
        const QJsonArray rows = arrayOf(fromAnna, "messages");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("text")).toString(), QStringLiteral("old"));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Anna Berg"));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("read")).toBool(), false);
    }

    void directionOutIsTodaysListWithSince()
    {
        const QString first = m_api->enqueue(kAnna, QStringLiteral("first"));
        m_api->clock.advanceMs(60'000);
        const QString second = m_api->enqueue(kBen, QStringLiteral("second"));
        receive(kAnna, QStringLiteral("not outgoing"));
        for (const QString &path :
             { QStringLiteral("/api/v1/messages"), QStringLiteral("/api/v1/messages?direction=out") }) {
            const ApiResult all = m_api->get(path);
            QCOMPARE(all.status, 200);
            const QJsonArray rows = arrayOf(all, "messages");
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.at(0).toObject().value(QLatin1String("id")).toString(), second); // newest first
            QVERIFY(all.json.value(QLatin1String("next_cursor")).isNull());
        }
        const ApiResult since = m_api->get(QStringLiteral("/api/v1/messages?since=2026-01-01T00:01:00Z"));
        QCOMPARE(since.status, 200);
        QCOMPARE(arrayOf(since, "messages").size(), 1);
        QCOMPARE(arrayOf(since, "messages").at(0).toObject().value(QLatin1String("id")).toString(), second);
        QVERIFY(!first.isEmpty());
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("status with in") << "direction=in&status=queued"
                                        << "status";
        QTest::newRow("to with in") << "direction=in&to=%2B12025550123"
                                    << "to";
        QTest::newRow("unknown with in") << "direction=in&colour=red"
                                         << "colour";
        QTest::newRow("since not a time") << "direction=in&since=yesterday"
                                          << "since";
        QTest::newRow("since without offset") << "direction=in&since=2026-01-01T00:00:00"
                                              << "since";
        QTest::newRow("since out") << "since=2026-13-01T00:00:00Z"
                                   << "since";
        QTest::newRow("an outgoing cursor") << "direction=in&cursor=12"
                                            << "cursor";
        QTest::newRow("cursor not a number") << "direction=in&cursor=in.x"
                                             << "cursor";
        QTest::newRow("limit") << "direction=in&limit=0"
                               << "limit";
        QTest::newRow("direction") << "direction=sideways"
                                   << "direction";
    }
    void badInputNamesTheField()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiResult bad = m_api->get(QStringLiteral("/api/v1/messages?") + query);
        QCOMPARE(bad.status, 422);
        QVERIFY2(fieldsOf(bad).contains(field), qPrintable(fieldsOf(bad).join(u',')));
    }

    void conversationsPageWithTheirUnreadCounts()
    {
        for (int i = 0; i < 5; ++i) {
            receive(QStringLiteral("+1202555010%1").arg(i), QStringLiteral("hello %1").arg(i));
            m_api->clock.advanceMs(1'000);
        }
        receive(QStringLiteral("+12025550104"), QStringLiteral("are you there?"));
        m_api->enqueue(QStringLiteral("+12025550100"), QStringLiteral("yes, we are"));

        QStringList order;
        QString cursor;
        for (int pages = 0; pages < 5; ++pages) {
            const ApiResult page
                = m_api->get(QStringLiteral("/api/v1/conversations?limit=2")
                             + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &row : arrayOf(page, "conversations"))
                order.append(row.toObject().value(QLatin1String("number")).toString());
            cursor = page.json.value(QLatin1String("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(order,
                 (QStringList { QStringLiteral("+12025550100"), QStringLiteral("+12025550104"),
                                QStringLiteral("+12025550103"), QStringLiteral("+12025550102"),
                                QStringLiteral("+12025550101") }));

        const ApiResult found = m_api->get(QStringLiteral("/api/v1/conversations?search=0104"));
        const QJsonArray rows = arrayOf(found, "conversations");
        QCOMPARE(rows.size(), 1);
        const QJsonObject ben = rows.first().toObject();
        QCOMPARE(ben.value(QLatin1String("unread")).toInt(), 2);
        QCOMPARE(ben.value(QLatin1String("last_text")).toString(), QStringLiteral("are you there?"));
        QCOMPARE(ben.value(QLatin1String("last_direction")).toString(), QStringLiteral("in"));
        QCOMPARE(ben.value(QLatin1String("message_count")).toInt(), 2);

        const ApiResult replied = m_api->get(QStringLiteral("/api/v1/conversations?search=0100"));
        QCOMPARE(arrayOf(replied, "conversations")
                     .first()
                     .toObject()
                     .value(QLatin1String("last_direction"))
                     .toString(),
                 QStringLiteral("out"));

        QCOMPARE(fieldsOf(m_api->get(QStringLiteral("/api/v1/conversations?cursor=7"))),
                 QStringList { QStringLiteral("cursor") });
        QCOMPARE(fieldsOf(m_api->get(QStringLiteral("/api/v1/conversations?limit=501"))),
                 QStringList { QStringLiteral("limit") });
        QCOMPARE(fieldsOf(m_api->get(QStringLiteral("/api/v1/conversations?sort=name"))),
                 QStringList { QStringLiteral("sort") });
    }

    void oneThreadBothDirectionsNewestFirstInPages()
    {
        QStringList written;
        for (int i = 0; i < 7; ++i) {
            if (i % 2)
                receive(kAnna, QStringLiteral("in %1").arg(i));
            else
                QVERIFY(!m_api->enqueue(kAnna, QStringLiteral("out %1").arg(i)).isEmpty());
            written.prepend(i % 2 ? QStringLiteral("in %1").arg(i) : QStringLiteral("out %1").arg(i));
            m_api->clock.advanceMs(i == 3 ? 0 : 500); // two share a millisecond
        }
        receive(kBen, QStringLiteral("another thread"));

        QStringList seen;
        QString before;
        int pages = 0;
        for (; pages < 10; ++pages) {
            const ApiResult page
                = m_api->get(QStringLiteral("/api/v1/conversations/%2B12025550123/messages?limit=3")
                             + (before.isEmpty() ? QString() : QStringLiteral("&before=") + before));
            QVERIFY2(page.status == 200, page.body.constData());
            QCOMPARE(page.json.value(QLatin1String("number")).toString(), kAnna);
            for (const QJsonValue &row : arrayOf(page, "messages")) {
                const QJsonObject item = row.toObject();
                seen.append(item.value(QLatin1String("text")).toString());
                QCOMPARE(item.value(QLatin1String("direction")).toString(),
                         seen.last().startsWith(u'i') ? QStringLiteral("in") : QStringLiteral("out"));
                if (item.value(QLatin1String("direction")).toString() == u"out")
                    QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
            }
            before = page.json.value(QLatin1String("next_cursor")).toString();
            if (before.isEmpty())
                break;
        }
        QCOMPARE(seen, written);
        QCOMPARE(pages, 2);

        // The number as the business writes it.
        const ApiResult local
            = m_api->get(QStringLiteral("/api/v1/conversations/2025550123/messages?limit=1"));
        QCOMPARE(arrayOf(local, "messages").first().toObject().value(QLatin1String("text")).toString(),
                 written.first());
        // A number with no conversation: nothing.
        const ApiResult none = m_api->get(QStringLiteral("/api/v1/conversations/%2B12025550999/messages"));
        QCOMPARE(none.status, 200);
        QCOMPARE(arrayOf(none, "messages").size(), 0);
        QCOMPARE(
            fieldsOf(m_api->get(QStringLiteral("/api/v1/conversations/%2B12025550123/messages?before=soon"))),
            QStringList { QStringLiteral("before") });
    }
};

QTEST_GUILESS_MAIN(TestApiInbound)
#include "tst_apiinbound.moc"
