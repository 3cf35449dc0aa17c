// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/campaigns over real sockets (issue 14, point 3): campaigns made from pasted
// numbers, a contact group (the text filled in per contact) and a CSV with its own number
// column; left-out rows with their reasons; a dry run and a refused text queue nothing;
// pause → resume → cancel; paging, the CSV report, tokens, ids and bad input. What was
// queued is read back through a StoreReader of the test's own.
#include "apiharness.h"
#include "apijson.h"
#include "securitygate.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kCampaigns = QStringLiteral("/api/v1/campaigns");

QString problemType(const ApiResult &result)
{
    return result.json.value(QLatin1String("type")).toString().section(u'/', -1);
}

QStringList errorFields(const ApiResult &result)
{
    QStringList fields;
    for (const QJsonValue &error : result.json.value(QLatin1String("errors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    return fields;
}

int count(const ApiResult &result, const char *name)
{
    return result.json.value(QLatin1String("counts")).toObject().value(QLatin1String(name)).toInt(-1);
}

QJsonObject pasted(const QJsonValue &numbers)
{
    return { { QStringLiteral("numbers"), numbers } };
}

QJsonObject campaign(const QJsonObject &recipients,
                     const QString &text = QStringLiteral("Spring sale: 20% off"))
{
    return { { QStringLiteral("name"), QStringLiteral("Spring sale") },
             { QStringLiteral("text"), text },
             { QStringLiteral("recipients"), recipients } };
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}
} // namespace

class TestApiCampaigns final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<StoreReader> m_reader; // the test's own view of what was queued

    ApiResult post(const QString &path, const QJsonObject &body = {}) { return m_api->post(path, body); }
    ApiResult create(const QJsonObject &body)
    {
        const ApiResult created = post(kCampaigns, body);
        if (created.status != 202)
            qWarning() << created.status << created.body;
        return created;
    }
    QString path(const ApiResult &created, const QString &tail = {})
    {
        return kCampaigns + u'/' + QString::number(created.json.value(QLatin1String("id")).toInteger())
            + tail;
    }
    QList<Message> queued()
    {
        MessageFilter filter;
        filter.status = MessageStatus::Queued;
        filter.limit = 500;
        return m_reader->messages(filter).value().messages;
    }
    QStringList campaignTexts(const ApiResult &created)
    {
        QStringList texts;
        const ApiResult page = m_api->get(path(created, QStringLiteral("/messages")));
        for (const QJsonValue &message : page.json.value(QLatin1String("messages")).toArray())
            texts.append(message.toObject().value(QLatin1String("text")).toString());
        return texts;
    }
    void addContact(const QString &first, const QString &number, const QString &group,
                    const QJsonObject &fields = {})
    {
        const ApiResult added = post(QStringLiteral("/api/v1/contacts"),
                                     { { QStringLiteral("first_name"), first },
                                       { QStringLiteral("numbers"), QJsonArray { number } },
                                       { QStringLiteral("groups"), QJsonArray { group } },
                                       { QStringLiteral("fields"), fields } });
        QCOMPARE(added.status, 201);
    }
    void startApi(qint64 maxQueueDepth = 0)
    {
        m_reader.reset();
        m_api = std::make_unique<ApiHarness>();
        if (maxQueueDepth > 0) {
            // The harness's start() with a small queue: the store's limit is its config's.
            StoreConfig config = m_api->database.config();
            config.maxQueueDepth = maxQueueDepth;
            m_api->store
                = std::make_unique<QueueStore>(m_api->clock, QueueStore::Options { config, RetryPolicy() });
            QVERIFY(m_api->store->open().ok());
            QVERIFY(await(
                m_api->store->addToken(QStringLiteral("tests"), SecurityGate::hashToken(m_api->token))));
            ApiServer::Options options;
            options.port = 0;
            m_api->server
                = std::make_unique<ApiServer>(*m_api->store, m_api->clock, m_api->phoneNumbers, options);
            const Result<quint16> port = m_api->server->listen();
            QVERIFY(port.ok());
            m_api->port = port.value();
        } else {
            QVERIFY(m_api->start());
        }
        m_reader = std::make_unique<StoreReader>(m_api->store->config());
        QVERIFY(m_reader->open().ok());
    }

private Q_SLOTS:
    void init() { startApi(); }
    void cleanup()
    {
        m_reader.reset();
        m_api.reset();
    }

    // A pasted list with a repeat and a word: the rest is queued at the campaign priority,
    // and the two left out are named by row with the reason.
    void pastedNumbersQueueWithLeftOutRows()
    {
        const ApiResult created = create(
            campaign(pasted(QJsonArray { QStringLiteral("+1 202 555 0101"), QStringLiteral("(202) 555-0102"),
                                         QStringLiteral("+12025550101"), QStringLiteral("call me maybe") })));
        QCOMPARE(created.status, 202);
        QCOMPARE(created.header("location"), path(created).toUtf8());
        QCOMPARE(created.json.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QCOMPARE(created.json.value(QLatin1String("source")).toString(), QStringLiteral("4 numbers"));
        QCOMPARE(created.json.value(QLatin1String("recipients")).toInt(), 2);
        QCOMPARE(created.json.value(QLatin1String("finished")).toBool(true), false);
        QCOMPARE(count(created, "queued"), 2);
        QCOMPARE(created.json.value(QLatin1String("left_out_count")).toInt(), 2);
        const QJsonArray leftOut = created.json.value(QLatin1String("left_out")).toArray();
        QCOMPARE(leftOut.size(), 2);
        QCOMPARE(leftOut.at(0).toObject().value(QLatin1String("row")).toInt(), 3);
        QCOMPARE(leftOut.at(0).toObject().value(QLatin1String("input")).toString(),
                 QStringLiteral("+12025550101"));
        QVERIFY(leftOut.at(0).toObject().value(QLatin1String("reason")).toString().contains(u"line 1"));
        QCOMPARE(leftOut.at(1).toObject().value(QLatin1String("row")).toInt(), 4);
        QVERIFY(leftOut.at(1).toObject().value(QLatin1String("reason")).toString().contains(u"invalid"));

        const QList<Message> messages = queued();
        QCOMPARE(messages.size(), 2);
        QStringList to;
        for (const Message &message : messages) {
            QCOMPARE(message.priority, kCampaignPriority);
            QCOMPARE(message.text, QStringLiteral("Spring sale: 20% off"));
            to.append(message.to);
        }
        to.sort();
        QCOMPARE(to, (QStringList { QStringLiteral("+12025550101"), QStringLiteral("+12025550102") }));
        // The API's own message list says the same.
        const ApiResult listed = m_api->get(QStringLiteral("/api/v1/messages?status=queued"));
        QCOMPARE(listed.json.value(QLatin1String("messages")).toArray().size(), 2);
        for (const QJsonValue &message : listed.json.value(QLatin1String("messages")).toArray())
            QCOMPARE(message.toObject().value(QLatin1String("priority")).toInt(), -1);

        // One string, as pasted from a spreadsheet: lines, commas and semicolons.
        const ApiResult text
            = create(campaign(pasted(QStringLiteral("+12025550103\n+12025550104, +12025550105;"))));
        QCOMPARE(text.status, 202);
        QCOMPARE(text.json.value(QLatin1String("recipients")).toInt(), 3);
        QCOMPARE(queued().size(), 5);
    }

    // Each contact of the group gets the text with their own fields, a default standing in
    // for a field they lack; contacts outside the group get nothing.
    void groupTextIsFilledInPerContact()
    {
        addContact(QStringLiteral("Ada"), QStringLiteral("+12025550142"), QStringLiteral("regulars"),
                   { { QStringLiteral("order_no"), QStringLiteral("A-17") } });
        addContact(QStringLiteral("Grace"), QStringLiteral("+12025550143"), QStringLiteral("regulars"));
        addContact(QStringLiteral("Alan"), QStringLiteral("+12025550144"), QStringLiteral("newsletter"));
        const ApiResult created = create(campaign({ { QStringLiteral("group"), QStringLiteral("regulars") } },
                                                  QStringLiteral("Hi {first_name}, order {order_no|soon}")));
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QLatin1String("source")).toString(), QStringLiteral("group regulars"));
        QCOMPARE(created.json.value(QLatin1String("text")).toString(),
                 QStringLiteral("Hi {first_name}, order {order_no|soon}"));
        QCOMPARE(created.json.value(QLatin1String("recipients")).toInt(), 2);
        QStringList texts = campaignTexts(created);
        texts.sort();
        QCOMPARE(
            texts,
            (QStringList { QStringLiteral("Hi Ada, order A-17"), QStringLiteral("Hi Grace, order soon") }));
        QStringList stored;
        for (const Message &message : queued())
            stored.append(message.to + u' ' + message.text);
        stored.sort();
        QCOMPARE(stored,
                 (QStringList { QStringLiteral("+12025550142 Hi Ada, order A-17"),
                                QStringLiteral("+12025550143 Hi Grace, order soon") }));

        const ApiResult empty
            = post(kCampaigns, campaign({ { QStringLiteral("group"), QStringLiteral("nobody") } }));
        QCOMPARE(empty.status, 422);
        QCOMPARE(errorFields(empty), QStringList { QStringLiteral("recipients") });
    }

    // A CSV whose number column has a name no one guesses: refused until number_column
    // names it; then the other columns fill the text.
    void csvWithItsOwnNumberColumn()
    {
        const QString csv = QStringLiteral("Customer,Reach me at,Order No.\r\nAda,+12025550111,A-1\r\n"
                                           "Bob,+12025550112,B-2\r\nCy,,C-3\r\n");
        QJsonObject recipients { { QStringLiteral("csv"), csv } };
        const QString text = QStringLiteral("Order {order_no} is ready");
        const ApiResult guessed = post(kCampaigns, campaign(recipients, text));
        QCOMPARE(guessed.status, 422);
        QCOMPARE(errorFields(guessed), QStringList { QStringLiteral("recipients.csv") });
        const ApiResult unknown
            = post(kCampaigns,
                   campaign(with(recipients, QStringLiteral("number_column"), QStringLiteral("Fax")), text));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(errorFields(unknown), QStringList { QStringLiteral("recipients.number_column") });
        QCOMPARE(queued().size(), 0);

        recipients.insert(QStringLiteral("number_column"), QStringLiteral("reach me at")); // any case
        const ApiResult created = create(campaign(recipients, text));
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QLatin1String("source")).toString(), QStringLiteral("CSV, 3 rows"));
        QCOMPARE(created.json.value(QLatin1String("recipients")).toInt(), 2);
        QCOMPARE(created.json.value(QLatin1String("left_out_count")).toInt(), 1);
        QCOMPARE(
            created.json.value(QLatin1String("left_out")).toArray().first().toObject().value(u"row").toInt(),
            4);
        QCOMPARE(
            campaignTexts(created),
            (QStringList { QStringLiteral("Order A-1 is ready"), QStringLiteral("Order B-2 is ready") }));
    }

    // A dry run answers what would be sent and queues nothing; so does a text that cannot
    // be filled in, or a list where no one can be sent to.
    void dryRunAndRefusedTextsQueueNothing()
    {
        addContact(QStringLiteral("Ada"), QStringLiteral("+12025550142"), QStringLiteral("regulars"));
        QJsonObject body
            = campaign(pasted(QJsonArray { QStringLiteral("+12025550142"), QStringLiteral("+12025550150"),
                                           QStringLiteral("12") }),
                       QStringLiteral("Hi {first_name|there}!"));
        const ApiResult dry = post(kCampaigns, with(body, QStringLiteral("dry_run"), true));
        QCOMPARE(dry.status, 200);
        QCOMPARE(dry.json.value(QLatin1String("dry_run")).toBool(), true);
        QCOMPARE(dry.json.value(QLatin1String("recipients")).toInt(), 2);
        QCOMPARE(dry.json.value(QLatin1String("left_out_count")).toInt(), 1);
        const QJsonArray messages = dry.json.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Hi Ada!"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Hi there!"));

        const ApiResult unknownField
            = post(kCampaigns, with(body, QStringLiteral("text"), QStringLiteral("Hi {nickname}")));
        QCOMPARE(unknownField.status, 422);
        QCOMPARE(errorFields(unknownField), QStringList { QStringLiteral("text") });
        QVERIFY(unknownField.json.value(QLatin1String("detail")).toString().contains(u"{nickname}"));
        const ApiResult unclosed
            = post(kCampaigns, with(body, QStringLiteral("text"), QStringLiteral("Hi {first")));
        QCOMPARE(unclosed.status, 422);
        const ApiResult nobody
            = post(kCampaigns, campaign(pasted(QJsonArray { QStringLiteral("12"), QStringLiteral("x") })));
        QCOMPARE(nobody.status, 422);
        QCOMPARE(nobody.json.value(QLatin1String("errors")).toArray().size(), 2);

        QCOMPARE(queued().size(), 0);
        QCOMPARE(m_api->get(kCampaigns).json.value(QLatin1String("campaigns")).toArray().size(), 0);
    }

    void savedTextAndStartTime()
    {
        const ApiResult saved = post(QStringLiteral("/api/v1/templates"),
                                     { { QStringLiteral("name"), QStringLiteral("Ready") },
                                       { QStringLiteral("text"), QStringLiteral("Your order is ready") } });
        QCOMPARE(saved.status, 201);
        const qint64 startAt = m_api->clock.nowMs() + 3'600'000;
        QJsonObject body = campaign(pasted(QStringLiteral("+12025550101")));
        body.remove(QStringLiteral("text"));
        body.insert(QStringLiteral("template_id"), saved.json.value(QLatin1String("id")));
        body.insert(QStringLiteral("start_at"), ApiJson::toRfc3339(startAt));
        body.insert(QStringLiteral("per_minute"), 30);
        const ApiResult created = create(body);
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QLatin1String("text")).toString(), QStringLiteral("Your order is ready"));
        QCOMPARE(created.json.value(QLatin1String("start_at")).toString(), ApiJson::toRfc3339(startAt));
        QCOMPARE(created.json.value(QLatin1String("per_minute")).toInt(), 30);
        QCOMPARE(queued().first().sendAtMs, startAt);

        const ApiResult missing = post(kCampaigns, with(body, QStringLiteral("template_id"), 999));
        QCOMPARE(missing.status, 422);
        QCOMPARE(errorFields(missing), QStringList { QStringLiteral("template_id") });
    }

    // Counts by status, and the lifecycle: pause holds, resume goes on, cancel cancels
    // what is queued; a cancelled campaign cannot be resumed or paused.
    void pauseResumeCancel()
    {
        const ApiResult created
            = create(with(campaign(pasted(QStringLiteral("+12025550101\n+12025550102\n+12025550103"))),
                          QStringLiteral("per_minute"), 1));
        QCOMPARE(created.status, 202);
        const ApiResult got = m_api->get(path(created));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QLatin1String("recipients")).toInt(), 3);
        QCOMPARE(count(got, "queued"), 3);
        for (const char *name : { "retrying", "sending", "sent", "delivered", "dead", "cancelled" })
            QCOMPARE(count(got, name), 0);

        const ApiResult paused = post(path(created, QStringLiteral("/pause")));
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json.value(QLatin1String("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(paused.json.value(QLatin1String("finished")).toBool(true), false);
        QCOMPARE(post(path(created, QStringLiteral("/pause"))).status, 200); // twice is fine
        const ApiResult resumed = post(path(created, QStringLiteral("/resume")));
        QCOMPARE(resumed.status, 200);
        QCOMPARE(resumed.json.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QCOMPARE(count(resumed, "queued"), 3);

        const ApiResult cancelled = post(path(created, QStringLiteral("/cancel")));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.json.value(QLatin1String("cancelled")).toInt(), 3);
        QCOMPARE(count(cancelled, "cancelled"), cancelled.json.value(QLatin1String("recipients")).toInt());
        QCOMPARE(count(cancelled, "queued"), 0);
        QCOMPARE(cancelled.json.value(QLatin1String("finished")).toBool(), true);
        QCOMPARE(queued().size(), 0);

        for (const QString &action : { QStringLiteral("/resume"), QStringLiteral("/pause") }) {
            const ApiResult refused = post(path(created, action));
            QCOMPARE(refused.status, 409);
            QCOMPARE(problemType(refused), QStringLiteral("conflict"));
        }
        QCOMPARE(
            post(path(created, QStringLiteral("/cancel"))).json.value(QLatin1String("cancelled")).toInt(-1),
            0);
    }

    // Sent messages count as sent; a campaign with nothing left to send is finished.
    void countsFollowTheQueue()
    {
        const ApiResult created = create(campaign(pasted(QStringLiteral("+12025550101"))));
        QVERIFY(m_api->markSent(queued().first().id.toString(QUuid::WithoutBraces)));
        const ApiResult got = m_api->get(path(created));
        QCOMPARE(count(got, "sent"), 1);
        QCOMPARE(count(got, "queued"), 0);
        QCOMPARE(got.json.value(QLatin1String("finished")).toBool(), true);
    }

    void listMessagesAndReport()
    {
        const ApiResult first = create(campaign(pasted(QStringLiteral("+12025550101"))));
        const ApiResult second = create(campaign(
            pasted(QStringLiteral("+12025550101\n+12025550102\n+12025550103\n+12025550104\n+12025550105"))));
        const QJsonArray all = m_api->get(kCampaigns).json.value(QLatin1String("campaigns")).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().toObject().value(QLatin1String("id")), second.json.value(QLatin1String("id")));
        QCOMPARE(all.last().toObject().value(QLatin1String("id")), first.json.value(QLatin1String("id")));
        QCOMPARE(
            m_api->get(kCampaigns + QStringLiteral("?limit=1")).json.value(u"campaigns").toArray().size(), 1);
        QCOMPARE(m_api->get(kCampaigns + QStringLiteral("?limit=0")).status, 422);
        QCOMPARE(m_api->get(kCampaigns + QStringLiteral("?state=x")).status, 422);

        // Paged by the queue's order: 2 + 2 + 1, the last page without a next cursor.
        QStringList to;
        QString next;
        int pages = 0;
        do {
            const ApiResult page
                = m_api->get(path(second, QStringLiteral("/messages?limit=2"))
                             + (next.isEmpty() ? QString() : QStringLiteral("&cursor=") + next));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &message : page.json.value(QLatin1String("messages")).toArray()) {
                to.append(message.toObject().value(QLatin1String("to")).toString());
                QCOMPARE(message.toObject().value(QLatin1String("status")).toString(),
                         QStringLiteral("queued"));
            }
            next = page.json.value(QLatin1String("next_cursor")).toString();
            ++pages;
        } while (!next.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(to.size(), 5);
        QCOMPARE(to.first(), QStringLiteral("+12025550101"));
        QCOMPARE(to.last(), QStringLiteral("+12025550105"));
        QCOMPARE(m_api->get(path(second, QStringLiteral("/messages?cursor=x"))).status, 422);

        const ApiResult report = m_api->get(path(second, QStringLiteral("/report")));
        QCOMPARE(report.status, 200);
        QVERIFY(report.header("content-type").startsWith("text/csv"));
        QVERIFY(report.header("content-disposition").contains("campaign-"));
        QVERIFY(report.body.startsWith("\xEF\xBB\xBF"
                                       "number,name,status"));
        const QList<QByteArray> lines = report.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 5);
        QVERIFY(lines.at(1).startsWith("+12025550101,,queued,0,"));
    }

    void everyRouteNeedsTheToken()
    {
        const ApiResult created = create(campaign(pasted(QStringLiteral("+12025550101"))));
        const QList<QPair<QByteArray, QString>> routes {
            { "GET", kCampaigns },
            { "POST", kCampaigns },
            { "GET", path(created) },
            { "POST", path(created, QStringLiteral("/pause")) },
            { "POST", path(created, QStringLiteral("/resume")) },
            { "POST", path(created, QStringLiteral("/cancel")) },
            { "GET", path(created, QStringLiteral("/messages")) },
            { "GET", path(created, QStringLiteral("/report")) },
        };
        for (const auto &[verb, route] : routes) {
            const ApiResult refused
                = m_api->call(verb, route, "{}", { { "Content-Type", "application/json" } }, false);
            QVERIFY2(refused.status == 401, qPrintable(QString::fromLatin1(verb) + u' ' + route));
        }
        QCOMPARE(count(m_api->get(path(created)), "queued"), 1); // nothing was paused or cancelled
    }

    void badIds()
    {
        for (const QString &id : { QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("1.0") }) {
            QCOMPARE(m_api->get(kCampaigns + u'/' + id).status, 400);
            QCOMPARE(post(kCampaigns + u'/' + id + QStringLiteral("/cancel")).status, 400);
        }
        for (const QString &id : { QStringLiteral("0"), QStringLiteral("999") }) {
            const ApiResult missing = m_api->get(kCampaigns + u'/' + id);
            QCOMPARE(missing.status, 404);
            QCOMPARE(problemType(missing), QStringLiteral("not-found"));
            QCOMPARE(post(kCampaigns + u'/' + id + QStringLiteral("/pause")).status, 404);
            QCOMPARE(m_api->get(kCampaigns + u'/' + id + QStringLiteral("/messages")).status, 404);
            QCOMPARE(m_api->get(kCampaigns + u'/' + id + QStringLiteral("/report")).status, 404);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonObject good = campaign(pasted(QStringLiteral("+12025550101")));
        const auto json
            = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
        const auto without = [&](const QString &key) {
            QJsonObject object = good;
            object.remove(key);
            return json(object);
        };
        QTest::newRow("not JSON") << QByteArray("{\"name\":") << 400 << QString();
        QTest::newRow("no name") << without(QStringLiteral("name")) << 422 << QStringLiteral("name");
        QTest::newRow("long name") << json(with(good, QStringLiteral("name"), QString(201, u'x'))) << 422
                                   << QStringLiteral("name");
        QTest::newRow("name a number")
            << json(with(good, QStringLiteral("name"), 7)) << 422 << QStringLiteral("name");
        QTest::newRow("text and template")
            << json(with(good, QStringLiteral("template_id"), 1)) << 422 << QStringLiteral("text");
        QTest::newRow("no text") << without(QStringLiteral("text")) << 422 << QStringLiteral("text");
        QTest::newRow("empty text") << json(with(good, QStringLiteral("text"), QStringLiteral(" "))) << 422
                                    << QStringLiteral("text");
        QTest::newRow("no recipients")
            << without(QStringLiteral("recipients")) << 422 << QStringLiteral("recipients");
        QTest::newRow("two kinds") << json(
            with(good, QStringLiteral("recipients"),
                 QJsonObject { { QStringLiteral("group"), QStringLiteral("a") },
                               { QStringLiteral("numbers"), QJsonArray() } }))
                                   << 422 << QStringLiteral("recipients");
        QTest::newRow("numbers of numbers")
            << json(with(good, QStringLiteral("recipients"), pasted(QJsonArray { 12025550101.0 }))) << 422
            << QStringLiteral("recipients.numbers");
        QTest::newRow("column without csv")
            << json(with(good, QStringLiteral("recipients"),
                         with(pasted(QStringLiteral("+12025550101")), QStringLiteral("number_column"),
                              QStringLiteral("a"))))
            << 422 << QStringLiteral("recipients.number_column");
        QTest::newRow("csv without phones") << json(
            with(good, QStringLiteral("recipients"),
                 QJsonObject { { QStringLiteral("csv"), QStringLiteral("Name,City\nAda,London\n") } }))
                                            << 422 << QStringLiteral("recipients.csv");
        QTest::newRow("negative pace")
            << json(with(good, QStringLiteral("per_minute"), -1)) << 422 << QStringLiteral("per_minute");
        QTest::newRow("fractional pace")
            << json(with(good, QStringLiteral("per_minute"), 1.5)) << 422 << QStringLiteral("per_minute");
        QTest::newRow("pace as text") << json(with(good, QStringLiteral("per_minute"), QStringLiteral("5")))
                                      << 422 << QStringLiteral("per_minute");
        QTest::newRow("start not a time")
            << json(with(good, QStringLiteral("start_at"), QStringLiteral("tomorrow"))) << 422
            << QStringLiteral("start_at");
        QTest::newRow("start in the past")
            << json(with(good, QStringLiteral("start_at"), QStringLiteral("2020-01-01T00:00:00Z"))) << 422
            << QStringLiteral("start_at");
        QTest::newRow("dry run as text") << json(with(good, QStringLiteral("dry_run"), QStringLiteral("yes")))
                                         << 422 << QStringLiteral("dry_run");
        QJsonObject saved = good;
        saved.remove(QStringLiteral("text"));
        QTest::newRow("template id as text")
            << json(with(saved, QStringLiteral("template_id"), QStringLiteral("1"))) << 422
            << QStringLiteral("template_id");
        QTest::newRow("unknown field")
            << json(with(good, QStringLiteral("priority"), 5)) << 422 << QStringLiteral("priority");
        // Longer than 64 KiB is fine here (a campaign may carry its CSV, up to 20 MiB): the
        // 70,000 digits are one number too long, said; 21 MiB is refused from the head.
        QTest::newRow("long but allowed") << json(campaign(pasted(QString(70'000, u'1')))) << 422 << QString();
    }

    // Over the 20 MiB a campaign's body may have: refused from the head, before the body is
    // buffered (core/api/headinspector.cpp), as a contact file is.
    void bodyOverTheCampaignLimitIs413()
    {
        const QByteArray head = "POST /api/v1/campaigns HTTP/1.1\r\nHost: " + m_api->hostHeader().toLatin1()
            + "\r\nAuthorization: Bearer " + m_api->token + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(20 * 1024 * 1024 + 1) + "\r\n\r\n";
        const QByteArray response = m_api->raw(head);
        QCOMPARE(response.mid(9, 3).toInt(), 413);
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiResult refused
            = m_api->call("POST", kCampaigns, body, { { "Content-Type", "application/json" } });
        QCOMPARE(refused.status, status);
        if (!field.isEmpty())
            QCOMPARE(errorFields(refused), QStringList { field });
        QCOMPARE(queued().size(), 0);
    }

    // A campaign is queued whole or not at all: one larger than the room left is refused
    // with 429, as an enqueue into a full queue is.
    void fullQueueRefusesTheWholeCampaign()
    {
        startApi(2);
        const ApiResult refused
            = post(kCampaigns, campaign(pasted(QStringLiteral("+12025550101\n+12025550102\n+12025550103"))));
        QCOMPARE(refused.status, 429);
        QCOMPARE(problemType(refused), QStringLiteral("queue-full"));
        QVERIFY(!refused.header("retry-after").isEmpty());
        QCOMPARE(queued().size(), 0);
        QCOMPARE(create(campaign(pasted(QStringLiteral("+12025550101\n+12025550102")))).status, 202);
    }
};

QTEST_MAIN(TestApiCampaigns)
#include "tst_apicampaigns.moc"
