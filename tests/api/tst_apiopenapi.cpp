// SPDX-License-Identifier: GPL-3.0-or-later
// docs/openapi.json against the API itself (issue 16, point 5), over real sockets on a real
// store. Follows DESIGN §6b "`GET /api/v1/openapi.json`" and "Names to build on; shapes beyond
// these are yours (document them in docs/api.md and the OpenAPI document)", and docs/api.md
// "The OpenAPI document": the API serves the file's bytes; every route the Router has is an
// operation of the document and every operation a route; every route is driven for real
// (Messages, Received messages and conversations, Dead letters, Devices, Contacts, Import a
// file, Saved texts, Campaigns, Opt-outs, Stats/metrics/health, Webhooks) and each answer,
// errors included (Errors: 400, 401, 404, 409, 422 with its field errors), is checked
// against the document: its status is documented for that operation, its body validates,
// every field sent is documented and every required field is sent.
#include "apiharness.h"
#include "schemachecker.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMetaEnum>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const Headers kJson { { "Content-Type", "application/json" } };
const QString kAnna = QStringLiteral("+12025550123");

QByteArray documentBytes()
{
    QFile file(qEnvironmentVariable("SMSDESK_TEST_DATA") + QStringLiteral("/../../docs/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestApiOpenApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<SchemaChecker> m_schema;
    QSet<QString> m_answered; // "get /api/v1/messages/{id}" → some answer was checked
    QSet<QString> m_succeeded; // … and a 2xx among them
    QSet<int> m_errorStatuses;
    QStringList m_mistakes;

    // One request; its answer is checked against the document (and a 2xx request body against
    // the operation's requestBody schema). `expected` is what this scenario must get.
    ApiResult checked(const QByteArray &verb, const QString &pattern, const QString &path, int expected,
                      const QByteArray &body = {}, const Headers &headers = {}, bool withToken = true)
    {
        const QString method = QString::fromLatin1(verb).toLower();
        const ApiResult r = m_api->call(verb, path, body, headers, withToken);
        const QStringList mistakes
            = m_schema->checkAnswer(method, pattern, r.status, r.header("content-type"), r.body);
        m_mistakes += mistakes;
        if (r.status != expected)
            m_mistakes.append(QStringLiteral("%1 %2: %3 expected, got %4 %5")
                                  .arg(QString::fromLatin1(verb), path)
                                  .arg(expected)
                                  .arg(r.status)
                                  .arg(QString::fromUtf8(r.body.left(300))));
        const QString key = method + u' ' + pattern;
        m_answered.insert(key);
        if (r.status >= 200 && r.status < 300) {
            m_succeeded.insert(key);
            m_mistakes += m_schema->checkRequest(method, pattern, body);
        } else {
            m_errorStatuses.insert(r.status);
        }
        return r;
    }
    ApiResult get(const QString &pattern, const QString &path, int expected = 200)
    {
        return checked("GET", pattern, path, expected);
    }
    ApiResult post(const QString &pattern, const QString &path, const QJsonObject &body, int expected)
    {
        return checked("POST", pattern, path, expected, json(body), kJson);
    }
    void verifyNoMistakes()
    {
        const QStringList mistakes = std::exchange(m_mistakes, {});
        QVERIFY2(mistakes.isEmpty(), qPrintable(mistakes.join(u'\n')));
    }
    // A dead letter, as a phone's permanent refusal makes one (tst_apideadletters does the same).
    QString makeDead(const QString &to)
    {
        EnqueueRequest request;
        NewMessage m;
        m.to = to;
        m.text = QStringLiteral("Your parcel left");
        request.messages.append(m);
        if (!await(m_api->store->enqueue(request)))
            return {};
        // Whatever else is due dies with it (the messages queued by the tests before).
        const Result<QList<Message>> claimed
            = await(m_api->store->claimDue(QStringLiteral("test"), 1000, 60'000));
        if (!claimed)
            return {};
        QList<SendOutcome> outcomes;
        QString id;
        for (const Message &c : claimed.value()) {
            SendOutcome o = StoreFixture::outcome(c, SendOutcome::Kind::Dead);
            o.error = QStringLiteral("the phone refused the number");
            outcomes.append(o);
            if (c.to == to)
                id = c.id.toString(QUuid::WithoutBraces);
        }
        if (!await(m_api->store->complete(outcomes)).ok())
            return {};
        return id;
    }
    QByteArray nowSeconds() const { return QByteArray::number(m_api->clock.nowMs() / 1000); }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray bytes = documentBytes();
        QVERIFY2(!bytes.isEmpty(), "docs/openapi.json not found next to SMSDESK_TEST_DATA");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_schema = std::make_unique<SchemaChecker>(document.object());
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
    }
    void cleanupTestCase() { m_api.reset(); }

    void theApiServesTheFileAsItIs()
    {
        const ApiResult served
            = get(QStringLiteral("/api/v1/openapi.json"), QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(served.body, documentBytes());
        QCOMPARE(served.header("content-type"), QByteArray("application/json"));
        // Under /api/ like the rest: the token is needed (docs/api.md, The OpenAPI document).
        checked("GET", QStringLiteral("/api/v1/openapi.json"), QStringLiteral("/api/v1/openapi.json"), 401,
                {}, {}, false);
        verifyNoMistakes();
    }

    void theDocumentIsOpenApi31AndWhole()
    {
        const QJsonObject document = m_schema->document();
        QCOMPARE(document.value(u"openapi").toString(), QStringLiteral("3.1.0"));
        QVERIFY(document.value(u"info").toObject().contains(u"title"));
        QCOMPARE(m_schema->danglingRefs(), QStringList());
        const QJsonObject bearer = document.value(u"components")
                                       .toObject()
                                       .value(u"securitySchemes")
                                       .toObject()
                                       .value(u"bearer")
                                       .toObject();
        QCOMPARE(bearer.value(u"scheme").toString(), QStringLiteral("bearer"));
        // Every operation answers something documented, and an error is a problem.
        for (const QString &operation : m_schema->operations()) {
            const QStringList parts = operation.split(u' ');
            const QJsonObject responses
                = m_schema->operation(parts[0], parts[1]).value(u"responses").toObject();
            QVERIFY2(!responses.isEmpty(), qPrintable(operation));
            for (auto it = responses.begin(); it != responses.end(); ++it)
                if (it.key().toInt() >= 400)
                    QVERIFY2(m_schema->resolve(it.value())
                                 .value(u"content")
                                 .toObject()
                                 .contains(u"application/problem+json"),
                             qPrintable(operation + u' ' + it.key()));
        }
    }

    // The checker itself is held to what the document says in tst_schemachecker.

    void everyRouteIsDocumentedAndEveryOperationIsARoute()
    {
        QSet<QString> routes;
        const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
        for (const auto &[method, pattern] : m_api->server->routes())
            routes.insert(QString::fromLatin1(methods.valueToKey(int(method))).toLower() + u' ' + pattern);
        QVERIFY(routes.size() > 40);
        QVERIFY(routes.contains(QStringLiteral("get /api/v1/openapi.json")));
        const QSet<QString> documented = m_schema->operations();
        QStringList undocumented = (routes - documented).values();
        QStringList notRoutes = (documented - routes).values();
        undocumented.sort();
        notRoutes.sort();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("routes the document lacks: ") + undocumented.join(u", ")));
        QVERIFY2(notRoutes.isEmpty(),
                 qPrintable(QStringLiteral("operations that are no route: ") + notRoutes.join(u", ")));
    }

    void devicesAndMessages()
    {
        const QString devices = QStringLiteral("/api/v1/devices");
        const QString device = QStringLiteral("/api/v1/devices/{id}");
        const ApiResult made = post(devices, devices,
                                    { { QStringLiteral("name"), QStringLiteral("Shop phone") },
                                      { QStringLiteral("adapter"), QStringLiteral("smsgate") },
                                      { QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9") },
                                      { QStringLiteral("remote_id"), QStringLiteral("phone-A") },
                                      { QStringLiteral("rate_per_minute"), 20 } },
                                    201);
        const QString id = QString::number(made.json.value(u"id").toInteger());
        get(devices, devices);
        checked("PATCH", device, devices + u'/' + id, 200, "{\"enabled\": true, \"sim\": 1}", kJson);
        checked("PATCH", device, devices + QStringLiteral("/999"), 404, "{\"enabled\": false}", kJson);
        post(devices, devices,
             { { QStringLiteral("name"), QStringLiteral("x") },
               { QStringLiteral("adapter"), QStringLiteral("fax") } },
             422);
        const ApiResult spare
            = post(devices, devices,
                   { { QStringLiteral("name"), QStringLiteral("Spare") },
                     { QStringLiteral("adapter"), QStringLiteral("mysmsgate") },
                     { QStringLiteral("base_url"), QStringLiteral("https://127.0.0.1:9") } },
                   201);
        checked("DELETE", device, devices + u'/' + QString::number(spare.json.value(u"id").toInteger()), 204);

        const QString messages = QStringLiteral("/api/v1/messages");
        const QString message = QStringLiteral("/api/v1/messages/{id}");
        const ApiResult one = post(messages, messages,
                                   { { QStringLiteral("to"), QStringLiteral("+1 202 555 0123") },
                                     { QStringLiteral("text"), QStringLiteral("Your table is ready") },
                                     { QStringLiteral("client_message_id"), QStringLiteral("booking-4711") },
                                     { QStringLiteral("device_id"), made.json.value(u"id") },
                                     { QStringLiteral("urgent"), true } },
                                   202);
        const QString messageId = one.json.value(u"id").toString();
        checked("POST", messages, messages, 202,
                "{\"to\": \"+12025550124\", \"text\": \"Grüße\", \"priority\": 5}",
                { { "Content-Type", "application/json" }, { "Idempotency-Key", "k-1" } });
        const QString batch = QStringLiteral("/api/v1/messages/batch");
        post(batch, batch,
             { { QStringLiteral("messages"),
                 QJsonArray { QJsonObject { { QStringLiteral("to"), QStringLiteral("+12025550125") },
                                            { QStringLiteral("text"), QStringLiteral("Shop opens at 9") } },
                              QJsonObject { { QStringLiteral("to"), QStringLiteral("+12025550126") },
                                            { QStringLiteral("text"), QStringLiteral("Shop opens at 9") },
                                            { QStringLiteral("send_at"),
                                              QStringLiteral("2026-01-02T09:00:00Z") } } } } },
             202);
        get(messages, messages + QStringLiteral("?limit=2"));
        get(messages, messages + QStringLiteral("?status=queued&to=%2B12025550123"));
        get(message, messages + u'/' + messageId);
        checked("DELETE", message, messages + u'/' + messageId, 200);
        checked("DELETE", message, messages + u'/' + messageId, 409);
        get(message, messages + QStringLiteral("/0b6f1b7e-0a55-4d39-9a53-2d1f2b8c4e11"), 404);
        checked("GET", messages, messages, 401, {}, {}, false);
        const ApiResult invalid = post(messages, messages,
                                       { { QStringLiteral("to"), QStringLiteral("nope") },
                                         { QStringLiteral("text"), QString() },
                                         { QStringLiteral("device"), 1 } },
                                       422);
        QCOMPARE(invalid.json.value(u"errors").toArray().size(), 3);
        post(batch, batch,
             { { QStringLiteral("messages"),
                 QJsonArray { QJsonObject { { QStringLiteral("to"), QStringLiteral("+12025550125") } } } } },
             422);
        checked("POST", messages, messages, 400, "{not json", kJson);
        checked("POST", messages, messages, 415, "{\"to\": \"+12025550123\", \"text\": \"x\"}",
                { { "Content-Type", "text/plain" } });
        verifyNoMistakes();
    }

    void receivedMessagesConversationsAndDeadLetters()
    {
        InboundMessage in;
        in.from = kAnna;
        in.text = QStringLiteral("Is the table free at 8?");
        QVERIFY(await(m_api->store->addInbound(in)).ok());
        const QString messages = QStringLiteral("/api/v1/messages");
        const ApiResult page
            = get(messages, messages + QStringLiteral("?direction=in&since=2025-12-31T00:00:00Z"));
        QCOMPARE(page.json.value(u"messages").toArray().size(), 1);
        get(messages, messages + QStringLiteral("?direction=in&status=queued"), 422);
        const QString conversations = QStringLiteral("/api/v1/conversations");
        QVERIFY(get(conversations, conversations + QStringLiteral("?limit=10"))
                    .json.value(u"conversations")
                    .toArray()
                    .size()
                >= 1);
        const QString thread = QStringLiteral("/api/v1/conversations/{id}/messages");
        const ApiResult both = get(thread, conversations + QStringLiteral("/%2B12025550123/messages"));
        QSet<QString> directions;
        for (const QJsonValue &m : both.json.value(u"messages").toArray())
            directions.insert(m.toObject().value(u"direction").toString());
        QCOMPARE(directions, (QSet<QString> { QStringLiteral("in"), QStringLiteral("out") }));
        get(conversations, conversations + QStringLiteral("?limit=0"), 422);

        const QString dead = QStringLiteral("/api/v1/dead-letters");
        const QString first = makeDead(QStringLiteral("+12025550170"));
        QVERIFY(!first.isEmpty());
        QVERIFY(get(dead, dead + QStringLiteral("?limit=1")).json.value(u"total").toInt() >= 1);
        const QString requeue = dead + QStringLiteral("/requeue");
        const ApiResult requeued
            = post(requeue, requeue,
                   { { QStringLiteral("ids"),
                       QJsonArray { first, QStringLiteral("0b6f1b7e-0a55-4d39-9a53-2d1f2b8c4e11") } } },
                   200);
        QCOMPARE(requeued.json.value(u"skipped").toArray().size(), 1);
        const ApiResult refused
            = post(requeue, requeue,
                   { { QStringLiteral("ids"), QJsonArray {} }, { QStringLiteral("all"), true } }, 422);
        QVERIFY(!refused.json.value(u"errors").toArray().isEmpty());
        QVERIFY(!makeDead(QStringLiteral("+12025550171")).isEmpty());
        const QString remove = dead + QStringLiteral("/delete");
        post(remove, remove,
             { { QStringLiteral("filter"),
                 QJsonObject { { QStringLiteral("search"), QStringLiteral("parcel") } } } },
             200);
        const QString third = makeDead(QStringLiteral("+12025550172"));
        checked("DELETE", QStringLiteral("/api/v1/dead-letters/{id}"), dead + u'/' + third, 204);
        checked("DELETE", QStringLiteral("/api/v1/dead-letters/{id}"), dead + u'/' + third, 404);
        verifyNoMistakes();
    }

    void contactsAndTheirImport()
    {
        const QString contacts = QStringLiteral("/api/v1/contacts");
        const QString contact = QStringLiteral("/api/v1/contacts/{id}");
        const ApiResult ada
            = post(contacts, contacts,
                   { { QStringLiteral("first_name"), QStringLiteral("Ada") },
                     { QStringLiteral("last_name"), QStringLiteral("Lovelace") },
                     { QStringLiteral("numbers"), QJsonArray { QStringLiteral("(202) 555-0142") } },
                     { QStringLiteral("groups"), QJsonArray { QStringLiteral("regulars") } },
                     { QStringLiteral("fields"),
                       QJsonObject { { QStringLiteral("table"), QStringLiteral("7") } } } },
                   201);
        const QString id = QString::number(ada.json.value(u"id").toInteger());
        get(contacts, contacts + QStringLiteral("?group=regulars&search=%2B1202555&limit=10&offset=0"));
        get(contact, contacts + u'/' + id);
        checked("PATCH", contact, contacts + u'/' + id, 200,
                "{\"note\": \"Window seat\", \"groups\": [\"regulars\", \"newsletter\"]}", kJson);
        get(QStringLiteral("/api/v1/contact-groups"), QStringLiteral("/api/v1/contact-groups"));
        post(contacts, contacts,
             { { QStringLiteral("name"), QStringLiteral("Front desk") },
               { QStringLiteral("numbers"), QJsonArray { QStringLiteral("+12025550142") } } },
             409);
        const ApiResult wrong = post(contacts, contacts,
                                     { { QStringLiteral("numbers"), QJsonArray { QStringLiteral("12") } },
                                       { QStringLiteral("id"), 4 } },
                                     422);
        QCOMPARE(wrong.json.value(u"errors").toArray().size(), 2);
        get(contacts, contacts + QStringLiteral("?bogus=1"), 422);
        get(contact, contacts + QStringLiteral("/999"), 404);
        checked("POST", contacts, contacts, 401, "{\"numbers\": [\"+12025550150\"]}", kJson, false);

        const QString import = QStringLiteral("/api/v1/contacts/import");
        const QByteArray csv
            = "Name,Phone,Table\nGrace Hopper,+1 202 555 0143,4\nAlan Turing,0171 2345678,\n";
        const Headers asCsv { { "Content-Type", "text/csv" } };
        QCOMPARE(checked("POST", import, import + QStringLiteral("?dry_run=true"), 200, csv, asCsv)
                     .json.value(u"contacts")
                     .toInt(),
                 1);
        QCOMPARE(checked("POST", import, import + QStringLiteral("?group=newsletter"), 200, csv, asCsv)
                     .json.value(u"imported")
                     .toInt(),
                 1);
        checked("POST", import, import, 422, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bernd\r\n",
                { { "Content-Type", "text/vcard" } });
        checked("POST", import, import, 415, csv, { { "Content-Type", "image/png" } });
        checked("DELETE", contact, contacts + u'/' + id, 204);
        verifyNoMistakes();
    }

    void templatesAndCampaigns()
    {
        const QString templates = QStringLiteral("/api/v1/templates");
        const QString one = QStringLiteral("/api/v1/templates/{id}");
        const ApiResult saved
            = post(templates, templates,
                   { { QStringLiteral("name"), QStringLiteral("Table ready") },
                     { QStringLiteral("text"),
                       QStringLiteral("Hi {first_name|there}, table {table|any} is ready.") } },
                   201);
        const QString id = QString::number(saved.json.value(u"id").toInteger());
        get(templates, templates);
        get(one, templates + u'/' + id);
        const ApiResult mistake = checked("PATCH", one, templates + u'/' + id, 422,
                                          "{\"text\": \"Hi {first_name, table\"}", kJson);
        QCOMPARE(mistake.json.value(u"errors").toArray().size(), 1);
        checked("PATCH", one, templates + u'/' + id, 200, "{\"name\": \"Table ready!\"}", kJson);
        post(templates, templates,
             { { QStringLiteral("name"), QStringLiteral("Table ready!") },
               { QStringLiteral("text"), QStringLiteral("x") } },
             409);
        get(one, templates + QStringLiteral("/abc"), 404);

        const QString campaigns = QStringLiteral("/api/v1/campaigns");
        const QString campaign = QStringLiteral("/api/v1/campaigns/{id}");
        const QJsonObject numbers { { QStringLiteral("numbers"),
                                      QStringLiteral(
                                          "+12025550150\n(202) 555-0151, +1 202 555 0150\n202555") } };
        const ApiResult preview = post(campaigns, campaigns,
                                       { { QStringLiteral("name"), QStringLiteral("Spring sale") },
                                         { QStringLiteral("template_id"), saved.json.value(u"id") },
                                         { QStringLiteral("recipients"), numbers },
                                         { QStringLiteral("dry_run"), true } },
                                       200);
        QCOMPARE(preview.json.value(u"left_out_count").toInt(), 2);
        const ApiResult made
            = post(campaigns, campaigns,
                   { { QStringLiteral("name"), QStringLiteral("Spring sale") },
                     { QStringLiteral("text"), QStringLiteral("Spring sale: 20% off until Sunday") },
                     { QStringLiteral("recipients"), numbers },
                     { QStringLiteral("per_minute"), 20 } },
                   202);
        const QString path = campaigns + u'/' + QString::number(made.json.value(u"id").toInteger());
        post(campaigns, campaigns,
             { { QStringLiteral("name"), QStringLiteral("From a file") },
               { QStringLiteral("text"), QStringLiteral("Hi {customer}") },
               { QStringLiteral("recipients"),
                 QJsonObject {
                     { QStringLiteral("csv"), QStringLiteral("Customer,Reach me at\nAda,(202) 555-0142\n") },
                     { QStringLiteral("number_column"), QStringLiteral("reach me at") } } } },
             202);
        get(campaigns, campaigns + QStringLiteral("?limit=5"));
        get(campaign, path);
        post(campaign + QStringLiteral("/pause"), path + QStringLiteral("/pause"), {}, 200);
        post(campaign + QStringLiteral("/resume"), path + QStringLiteral("/resume"), {}, 200);
        get(campaign + QStringLiteral("/messages"), path + QStringLiteral("/messages?limit=1"));
        const ApiResult report = get(campaign + QStringLiteral("/report"), path + QStringLiteral("/report"));
        QVERIFY(report.body.contains("number,name,status"));
        QCOMPARE(post(campaign + QStringLiteral("/cancel"), path + QStringLiteral("/cancel"), {}, 200)
                     .json.value(u"cancelled")
                     .toInt(),
                 2);
        post(campaign + QStringLiteral("/resume"), path + QStringLiteral("/resume"), {}, 409);
        get(campaign, campaigns + QStringLiteral("/abc"), 400);
        get(campaign, campaigns + QStringLiteral("/999"), 404);
        const ApiResult empty = post(campaigns, campaigns, { { QStringLiteral("name"), QString() } }, 422);
        QVERIFY(!empty.json.value(u"errors").toArray().isEmpty());
        checked("DELETE", one, templates + u'/' + id, 204);
        verifyNoMistakes();
    }

    void suppressionsAndSystem()
    {
        const QString list = QStringLiteral("/api/v1/suppressions");
        const QString one = QStringLiteral("/api/v1/suppressions/{id}");
        post(list, list,
             { { QStringLiteral("number"), QStringLiteral("+1 202 555 0199") },
               { QStringLiteral("note"), QStringLiteral("asked on the phone") } },
             201);
        post(list, list, { { QStringLiteral("number"), QStringLiteral("+12025550198") } }, 201);
        const ApiResult optedOut
            = post(QStringLiteral("/api/v1/messages"), QStringLiteral("/api/v1/messages"),
                   { { QStringLiteral("to"), QStringLiteral("+12025550199") },
                     { QStringLiteral("text"), QStringLiteral("New menu") } },
                   422);
        QCOMPARE(optedOut.json.value(u"type").toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/opted-out"));
        QCOMPARE(get(list, list + QStringLiteral("?limit=1")).json.value(u"suppressions").toArray().size(),
                 1);
        QVERIFY(get(list, list + QStringLiteral("?format=csv")).body.contains("+12025550199"));
        get(list, list + QStringLiteral("?colour=red"), 422);
        get(one, list + QStringLiteral("/%2B12025550199"));
        checked("DELETE", one, list + QStringLiteral("/%2B12025550199"), 204);
        get(one, list + QStringLiteral("/%2B12025550199"), 404);
        checked("DELETE", one, list + QStringLiteral("/%2B12025550199"), 404);

        get(QStringLiteral("/api/v1/stats"), QStringLiteral("/api/v1/stats"));
        checked("GET", QStringLiteral("/api/v1/stats"), QStringLiteral("/api/v1/stats"), 401, {}, {}, false);
        checked("GET", QStringLiteral("/healthz"), QStringLiteral("/healthz"), 200, {}, {}, false);
        checked("GET", QStringLiteral("/metrics"), QStringLiteral("/metrics"), 200, {}, {}, false);
        verifyNoMistakes();
    }

    void webhooks()
    {
        const QString smsGate = QStringLiteral("/webhooks/smsgate");
        const QByteArray event = json(
            { { QStringLiteral("deviceId"), QStringLiteral("phone-A") },
              { QStringLiteral("event"), QStringLiteral("sms:received") },
              { QStringLiteral("id"), QStringLiteral("evt-1") },
              { QStringLiteral("payload"),
                QJsonObject { { QStringLiteral("messageId"), QStringLiteral("in-1") },
                              { QStringLiteral("phoneNumber"), kAnna },
                              { QStringLiteral("message"), QStringLiteral("Thanks!") },
                              { QStringLiteral("receivedAt"), QStringLiteral("2026-01-01T00:00:00Z") } } },
              { QStringLiteral("webhookId"), QStringLiteral("wh-1") } });
        const QByteArray signature = QMessageAuthenticationCode::hash(event + nowSeconds(), "smsgate-secret",
                                                                      QCryptographicHash::Sha256)
                                         .toHex();
        const Headers signedHeaders { { "Content-Type", "application/json" },
                                      { "X-Signature", signature },
                                      { "X-Timestamp", nowSeconds() } };
        QCOMPARE(checked("POST", smsGate, smsGate, 200, event, signedHeaders, false)
                     .json.value(u"effect")
                     .toString(),
                 QStringLiteral("stored"));
        QCOMPARE(checked("POST", smsGate, smsGate, 200, event, signedHeaders, false)
                     .json.value(u"effect")
                     .toString(),
                 QStringLiteral("duplicate"));
        const ApiResult forged = checked("POST", smsGate, smsGate, 401, event,
                                         { { "Content-Type", "application/json" },
                                           { "X-Signature", "00" },
                                           { "X-Timestamp", nowSeconds() } },
                                         false);
        QCOMPARE(forged.json.value(u"type").toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/bad-signature"));

        const QString mySmsGate = QStringLiteral("/webhooks/mysmsgate");
        const QByteArray status
            = json({ { QStringLiteral("message_id"), QStringLiteral("gw-404") },
                     { QStringLiteral("status"), QStringLiteral("DELIVERED") },
                     { QStringLiteral("to"), kAnna },
                     { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00Z") } });
        const QByteArray webhookId = "msg_1";
        const QByteArray mac
            = QMessageAuthenticationCode::hash(webhookId + '.' + nowSeconds() + '.' + status,
                                               "mysmsgate-secret", QCryptographicHash::Sha256)
                  .toBase64();
        checked("POST", mySmsGate, mySmsGate, 200, status,
                { { "Content-Type", "application/json" },
                  { "webhook-id", webhookId },
                  { "webhook-timestamp", nowSeconds() },
                  { "webhook-signature", "v1," + mac } },
                false);
        checked("POST", mySmsGate, mySmsGate, 401, status, kJson, false);
        verifyNoMistakes();
    }

    // Outbound webhooks (issue 16, point 4): an endpoint, the opt-out it hears of (no sender
    // runs here, so the delivery waits), its log, a resend, its removal.
    void webhookEndpoints()
    {
        const QString list = QStringLiteral("/api/v1/webhook-endpoints");
        const QString one = list + QStringLiteral("/{id}");
        const QString log = one + QStringLiteral("/deliveries");
        const QString resend = QStringLiteral("/api/v1/webhook-deliveries/{id}/resend");
        const QJsonObject hook { { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hooks") },
                                 { QStringLiteral("events"), QJsonArray { QStringLiteral("number.opted_out") } } };
        const ApiResult made = post(list, list, hook, 201);
        QVERIFY(made.json.value(u"secret").toString().startsWith(QLatin1String("whsec_")));
        const QString id = made.json.value(u"id").toString();
        post(list, list, { { QStringLiteral("url"), QStringLiteral("ftp://x") }, { QStringLiteral("events"), QJsonArray { 1 } } }, 422);
        QCOMPARE(get(list, list).json.value(u"webhook_endpoints").toArray().size(), 1);
        post(QStringLiteral("/api/v1/suppressions"), QStringLiteral("/api/v1/suppressions"),
             { { QStringLiteral("number"), QStringLiteral("+12025550197") } }, 201);
        const QJsonArray deliveries = get(log, list + u'/' + id + QStringLiteral("/deliveries")).json.value(u"deliveries").toArray();
        QCOMPARE(deliveries.size(), 1);
        get(log, list + u'/' + id + QStringLiteral("/deliveries?limit=0"), 422);
        get(log, list + QStringLiteral("/no-such/deliveries"), 404);
        const QString deliveryId = QString::number(deliveries.first().toObject().value(u"id").toInteger());
        post(resend, QStringLiteral("/api/v1/webhook-deliveries/%1/resend").arg(deliveryId), {}, 202);
        post(resend, QStringLiteral("/api/v1/webhook-deliveries/99999/resend"), {}, 404);
        checked("DELETE", one, list + u'/' + id, 204);
        checked("DELETE", one, list + u'/' + id, 404);
        verifyNoMistakes();
    }

    // Last: every operation of the document was driven above and answered a 2xx at least
    // once, and the errors of docs/api.md "Errors" that a route gives were among the answers.
    void everyOperationWasDrivenToSuccess()
    {
        QStringList missing = (m_schema->operations() - m_succeeded).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("never answered 2xx: ") + missing.join(u", ")));
        for (int status : { 400, 401, 404, 409, 415, 422 })
            QVERIFY2(m_errorStatuses.contains(status), qPrintable(QString::number(status)));
    }
};

QTEST_GUILESS_MAIN(TestApiOpenApi)
#include "tst_apiopenapi.moc"
