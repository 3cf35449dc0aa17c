// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/contacts, /api/v1/contact-groups and /api/v1/templates over real sockets (issue 14):
// create, read, list, edit (only the keys sent), remove; a number belongs to one contact
// (409); bad input is a problem naming the field and changes nothing, read back through a
// StoreReader of the test's own.
#include "apiharness.h"
#include "storereader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kContacts = QStringLiteral("/api/v1/contacts");
const QString kTemplates = QStringLiteral("/api/v1/templates");

QString problemType(const ApiResult &result)
{
    return result.json.value(QLatin1String("type")).toString().section(u'/', -1);
}

QJsonObject firstError(const ApiResult &result)
{
    return result.json.value(QLatin1String("errors")).toArray().first().toObject();
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}
} // namespace

class TestApiContacts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<StoreReader> m_reader; // the test's own view of what was stored

    ApiResult send(const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        return m_api->call(verb, path, body, { { "Content-Type", "application/json" } });
    }
    ApiResult send(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        return send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    qint64 addContact(const QJsonObject &body)
    {
        const ApiResult created = send("POST", kContacts, body);
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.json.value(QLatin1String("id")).toInteger();
    }
    qint64 addContact(const QString &first, const QString &number, const QStringList &groups = {})
    {
        return addContact({ { QStringLiteral("first_name"), first },
                            { QStringLiteral("numbers"), QJsonArray { number } },
                            { QStringLiteral("groups"), QJsonArray::fromStringList(groups) } });
    }
    int storedContacts() { return m_reader->contactCount(ContactFilter {}).value(); }
    QList<SavedTemplate> storedTemplates() { return m_reader->templates().value(); }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY(m_api->start());
        m_reader = std::make_unique<StoreReader>(m_api->store->config());
        QVERIFY(m_reader->open().ok());
    }
    void cleanup()
    {
        m_reader.reset();
        m_api.reset();
    }

    void createStoresNormalisedNumbersAndReadsBack()
    {
        const ApiResult created
            = send("POST", kContacts,
                   QJsonObject {
                       { QStringLiteral("first_name"), QStringLiteral(" Ada ") },
                       { QStringLiteral("last_name"), QStringLiteral("Lovelace") },
                       { QStringLiteral("numbers"),
                         QJsonArray { QStringLiteral("(202) 555-0123"), QStringLiteral("+1 202 555 0124") } },
                       { QStringLiteral("groups"), QJsonArray { QStringLiteral("regulars") } },
                       { QStringLiteral("fields"),
                         QJsonObject { { QStringLiteral("Table"), QStringLiteral("7") } } },
                       { QStringLiteral("note"), QStringLiteral("Window seat") } });
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("location"), "/api/v1/contacts/" + QByteArray::number(id));
        QCOMPARE(created.json.value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(created.json.value(QLatin1String("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(strings(created.json.value(QLatin1String("numbers"))),
                 (QStringList { QStringLiteral("+12025550123"), QStringLiteral("+12025550124") }));
        QCOMPARE(created.json.value(QLatin1String("fields")).toObject(),
                 (QJsonObject { { QStringLiteral("table"), QStringLiteral("7") } })); // names lower-cased
        QCOMPARE(created.json.value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(created.json.value(QLatin1String("updated_at")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));

        const Result<Contact> stored = m_reader->contactByNumber(QStringLiteral("+12025550124"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->id, id);
        QCOMPARE(stored->groups, QStringList { QStringLiteral("regulars") });
        QCOMPARE(stored->fields.value(QStringLiteral("table")), QStringLiteral("7"));
        QCOMPARE(stored->note, QStringLiteral("Window seat"));

        const ApiResult one = m_api->get(kContacts + u'/' + QString::number(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json, created.json);
        const ApiResult list = m_api->get(kContacts);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("total")).toInt(), 1);
        QCOMPARE(list.json.value(QLatin1String("contacts")).toArray().first().toObject(), created.json);
    }

    void listSearchesFiltersAndPages()
    {
        addContact(QStringLiteral("Cy"), QStringLiteral("+12025550130"), { QStringLiteral("regulars") });
        addContact(QStringLiteral("Ann"), QStringLiteral("+12025550131"), { QStringLiteral("regulars") });
        addContact(QStringLiteral("Bob"), QStringLiteral("+12025550132"));
        const auto names = [](const ApiResult &r) {
            QStringList list;
            for (const QJsonValue &c : r.json.value(QLatin1String("contacts")).toArray())
                list.append(c.toObject().value(QLatin1String("name")).toString());
            return list;
        };
        const ApiResult all = m_api->get(kContacts);
        QCOMPARE(names(all),
                 (QStringList { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy") }));
        const ApiResult group = m_api->get(kContacts + QStringLiteral("?group=regulars"));
        QCOMPARE(names(group), (QStringList { QStringLiteral("Ann"), QStringLiteral("Cy") }));
        QCOMPARE(group.json.value(QLatin1String("total")).toInt(), 2);
        QCOMPARE(names(m_api->get(kContacts + QStringLiteral("?search=bo"))),
                 QStringList { QStringLiteral("Bob") });
        QCOMPARE(names(m_api->get(kContacts + QStringLiteral("?search=%2B1202555013%31"))),
                 QStringList { QStringLiteral("Ann") }); // by number, URL-encoded
        const ApiResult page = m_api->get(kContacts + QStringLiteral("?limit=1&offset=1"));
        QCOMPARE(names(page), QStringList { QStringLiteral("Bob") });
        QCOMPARE(page.json.value(QLatin1String("total")).toInt(), 3); // the whole match, not the page
        const ApiResult none = m_api->get(kContacts + QStringLiteral("?group=nobody"));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(QLatin1String("contacts")).toArray().size(), 0);
        QCOMPARE(none.json.value(QLatin1String("total")).toInt(), 0);
    }

    void badListQueriesAre422_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
        QTest::newRow("limit too high") << QStringLiteral("limit=1001") << QStringLiteral("limit");
        QTest::newRow("limit not a number") << QStringLiteral("limit=ten") << QStringLiteral("limit");
        QTest::newRow("offset negative") << QStringLiteral("offset=-1") << QStringLiteral("offset");
        QTest::newRow("offset huge") << QStringLiteral("offset=99999999999") << QStringLiteral("offset");
        QTest::newRow("typo") << QStringLiteral("serach=ann") << QStringLiteral("serach");
        QTest::newRow("search too long")
            << QStringLiteral("search=") + QString(201, u'a') << QStringLiteral("search");
        QTest::newRow("group too long")
            << QStringLiteral("group=") + QString(201, u'g') << QStringLiteral("group");
    }
    void badListQueriesAre422()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiResult result = m_api->get(kContacts + u'?' + query);
        QCOMPARE(result.status, 422);
        QCOMPARE(problemType(result), QStringLiteral("validation"));
        QCOMPARE(firstError(result).value(QLatin1String("field")).toString(), field);
    }

    void unknownAndMalformedIdsAre404_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << QStringLiteral("999");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("word") << QStringLiteral("abc");
        QTest::newRow("decimal") << QStringLiteral("1.0");
        QTest::newRow("plus sign") << QStringLiteral("+1");
        QTest::newRow("space") << QStringLiteral("%201");
        QTest::newRow("out of range") << QStringLiteral("99999999999999999999");
    }
    void unknownAndMalformedIdsAre404()
    {
        QFETCH(QString, id);
        const qint64 existing = addContact(QStringLiteral("Ann"), QStringLiteral("+12025550123"));
        QCOMPARE(existing, 1); // so "1.0", "+1" and " 1" would reach it if read loosely
        const QString path = kContacts + u'/' + id;
        for (const QByteArray &verb : { QByteArray("GET"), QByteArray("PATCH"), QByteArray("DELETE") }) {
            const ApiResult result = send(verb, path, QByteArray("{\"note\":\"x\"}"));
            QVERIFY2(result.status == 404, QByteArray(verb + ' ' + result.body).constData());
            QCOMPARE(problemType(result), QStringLiteral("not-found"));
            QVERIFY(
                result.json.value(QLatin1String("detail")).toString().contains(QLatin1String("No contact")));
        }
        QCOMPARE(storedContacts(), 1);
        QVERIFY(m_reader->contact(existing)->note.isEmpty());
    }

    void aNumberOfAnotherContactIs409()
    {
        const qint64 ann = addContact(QStringLiteral("Ann"), QStringLiteral("+12025550123"));
        const ApiResult taken = send(
            "POST", kContacts,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Bob") },
                          { QStringLiteral("numbers"), QJsonArray { QStringLiteral("202-555-0123") } } });
        QCOMPARE(taken.status, 409);
        QCOMPARE(problemType(taken), QStringLiteral("conflict"));
        const QString detail = taken.json.value(QLatin1String("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("+12025550123")) && detail.contains(QLatin1String("\"Ann\""))
                     && detail.contains(QStringLiteral("contact %1").arg(ann)),
                 qPrintable(detail));
        QCOMPARE(storedContacts(), 1);

        const qint64 bob = addContact(QStringLiteral("Bob"), QStringLiteral("+12025550124"));
        const ApiResult moved
            = send("PATCH", kContacts + u'/' + QString::number(bob),
                   QByteArray("{\"numbers\":[\"+12025550124\",\"+12025550123\"],\"note\":\"moved\"}"));
        QCOMPARE(moved.status, 409);
        QCOMPARE(m_reader->contact(bob)->numbers, QStringList { QStringLiteral("+12025550124") });
        QVERIFY(m_reader->contact(bob)->note.isEmpty());
        QCOMPARE(m_reader->contactByNumber(QStringLiteral("+12025550123"))->id, ann);
    }

    void patchChangesOnlyTheKeysSent()
    {
        const qint64 id
            = addContact({ { QStringLiteral("first_name"), QStringLiteral("Ada") },
                           { QStringLiteral("last_name"), QStringLiteral("Lovelace") },
                           { QStringLiteral("numbers"), QJsonArray { QStringLiteral("+12025550123") } },
                           { QStringLiteral("groups"), QJsonArray { QStringLiteral("regulars") } },
                           { QStringLiteral("fields"),
                             QJsonObject { { QStringLiteral("table"), QStringLiteral("7") } } } });
        const QString path = kContacts + u'/' + QString::number(id);
        m_api->clock.advanceMs(60'000);
        const ApiResult edited
            = send("PATCH", path, QByteArray("{\"note\":\"Allergic to nuts\",\"groups\":[\"vip\"]}"));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.value(QLatin1String("note")).toString(), QStringLiteral("Allergic to nuts"));
        QCOMPARE(strings(edited.json.value(QLatin1String("groups"))), QStringList { QStringLiteral("vip") });
        QCOMPARE(edited.json.value(QLatin1String("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(edited.json.value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(edited.json.value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(edited.json.value(QLatin1String("updated_at")).toString(),
                 QStringLiteral("2026-01-01T00:01:00.000Z"));
        Contact stored = m_reader->contact(id).value();
        QCOMPARE(stored.numbers, QStringList { QStringLiteral("+12025550123") });
        QCOMPARE(stored.fields.value(QStringLiteral("table")), QStringLiteral("7"));
        QCOMPARE(stored.groups, QStringList { QStringLiteral("vip") });

        // null clears a text; a new number list replaces the old one, which is free again.
        const ApiResult renumbered = send("PATCH", path,
                                          QByteArray("{\"last_name\":null,\"numbers\":[\"(202) 555-0199\"],"
                                                     "\"fields\":{},\"name\":\"Ada at the window\"}"));
        QCOMPARE(renumbered.status, 200);
        QVERIFY(renumbered.json.value(QLatin1String("last_name")).isNull());
        stored = m_reader->contact(id).value();
        QCOMPARE(stored.name, QStringLiteral("Ada at the window"));
        QVERIFY(stored.lastName.isEmpty());
        QVERIFY(stored.fields.isEmpty());
        QCOMPARE(stored.numbers, QStringList { QStringLiteral("+12025550199") });
        QCOMPARE(m_reader->contactByNumber(QStringLiteral("+12025550123")).code(), ErrorCode::NotFound);
    }

    void invalidContactsAre422AndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        const QByteArray ok = ",\"numbers\":[\"+12025550123\"]}";
        QTest::newRow("no numbers") << QByteArray("{\"name\":\"Ann\"}") << QStringLiteral("numbers")
                                    << QStringLiteral("required");
        QTest::newRow("empty numbers")
            << QByteArray("{\"numbers\":[]}") << QStringLiteral("numbers") << QStringLiteral("1 to 20");
        QTest::newRow("numbers a string") << QByteArray("{\"numbers\":\"+12025550123\"}")
                                          << QStringLiteral("numbers") << QStringLiteral("array");
        QTest::newRow("bad number") << QByteArray("{\"numbers\":[\"+12025550123\",\"12\"]}")
                                    << QStringLiteral("numbers[1]") << QStringLiteral("\"12\":");
        QTest::newRow("letters") << QByteArray("{\"numbers\":[\"call me\"]}") << QStringLiteral("numbers[0]")
                                 << QStringLiteral("not a phone number");
        QTest::newRow("number not a string") << QByteArray("{\"numbers\":[2025550123]}")
                                             << QStringLiteral("numbers[0]") << QStringLiteral("a string");
        QTest::newRow("number too long") << "{\"numbers\":[\"" + QByteArray(65, '1') + "\"]}"
                                         << QStringLiteral("numbers[0]") << QStringLiteral("too long");
        QByteArray many = "{\"numbers\":[";
        for (int i = 0; i < 21; ++i)
            many += (i ? ",\"+120255501" : "\"+120255501") + QByteArray::number(10 + i) + '"';
        QTest::newRow("21 numbers") << many + "]}" << QStringLiteral("numbers") << QStringLiteral("1 to 20");
        QTest::newRow("name a number")
            << "{\"name\":5" + ok << QStringLiteral("name") << QStringLiteral("a string");
        QTest::newRow("name too long") << "{\"name\":\"" + QByteArray(201, 'n') + '"' + ok
                                       << QStringLiteral("name") << QStringLiteral("200");
        QTest::newRow("first_name a list")
            << "{\"first_name\":[]" + ok << QStringLiteral("first_name") << QStringLiteral("a string");
        QTest::newRow("note too long") << "{\"note\":\"" + QByteArray(2001, 'n') + '"' + ok
                                       << QStringLiteral("note") << QStringLiteral("2000");
        QTest::newRow("groups a string")
            << "{\"groups\":\"vip\"" + ok << QStringLiteral("groups") << QStringLiteral("array");
        QTest::newRow("empty group") << "{\"groups\":[\"vip\",\" \"]" + ok << QStringLiteral("groups[1]")
                                     << QStringLiteral("non-empty");
        QTest::newRow("group a number")
            << "{\"groups\":[7]" + ok << QStringLiteral("groups[0]") << QStringLiteral("non-empty string");
        QTest::newRow("fields a list")
            << "{\"fields\":[]" + ok << QStringLiteral("fields") << QStringLiteral("object");
        QTest::newRow("field value a number") << "{\"fields\":{\"table\":7}" + ok
                                              << QStringLiteral("fields.table") << QStringLiteral("a string");
        QTest::newRow("field name with a space")
            << "{\"fields\":{\"table no\":\"7\"}" + ok << QStringLiteral("fields.table no")
            << QStringLiteral("letters");
        QTest::newRow("standard field")
            << "{\"fields\":{\"First_Name\":\"Ann\"}" + ok << QStringLiteral("fields.First_Name")
            << QStringLiteral("first_name");
        QTest::newRow("field twice") << "{\"fields\":{\"Table\":\"7\",\"table\":\"8\"}" + ok
                                     << QStringLiteral("fields.table") << QStringLiteral("twice");
        QTest::newRow("unknown key") << "{\"phone\":\"+12025550123\"" + ok << QStringLiteral("phone")
                                     << QStringLiteral("unknown");
        QTest::newRow("read-only id")
            << "{\"id\":4" + ok << QStringLiteral("id") << QStringLiteral("read-only");
    }
    void invalidContactsAre422AndStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const ApiResult result = send("POST", kContacts, body);
        QCOMPARE(result.status, 422);
        QCOMPARE(problemType(result), QStringLiteral("validation"));
        QCOMPARE(firstError(result).value(QLatin1String("field")).toString(), field);
        const QString message = firstError(result).value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(storedContacts(), 0);
    }

    void badBodiesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("array") << QByteArray("[{\"note\":\"x\"}]") << 400;
        QTest::newRow("string") << QByteArray("\"x\"") << 400;
        QTest::newRow("not JSON") << QByteArray("{\"note\":") << 400;
        QTest::newRow("empty") << QByteArray() << 400;
        QTest::newRow("bad number") << QByteArray("{\"note\":\"x\",\"numbers\":[\"0\"]}") << 422;
        QTest::newRow("no numbers left") << QByteArray("{\"note\":\"x\",\"numbers\":[]}") << 422;
        QTest::newRow("numbers null") << QByteArray("{\"note\":\"x\",\"numbers\":null}") << 422;
        QTest::newRow("unknown key") << QByteArray("{\"note\":\"x\",\"created_at\":\"2026-01-01T00:00:00Z\"}")
                                     << 422;
    }
    void badBodiesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const qint64 id = addContact(QStringLiteral("Ann"), QStringLiteral("+12025550123"));
        const Contact before = m_reader->contact(id).value();
        m_api->clock.advanceMs(1000);
        const ApiResult patched = send("PATCH", kContacts + u'/' + QString::number(id), body);
        QCOMPARE(patched.status, status);
        QCOMPARE(problemType(patched),
                 status == 400 ? QStringLiteral("malformed") : QStringLiteral("validation"));
        const Contact after = m_reader->contact(id).value();
        QCOMPARE(after.note, before.note);
        QCOMPARE(after.numbers, before.numbers);
        QCOMPARE(after.updatedAtMs, before.updatedAtMs);
        if (status == 400) { // the same bodies make no contact either
            QCOMPARE(send("POST", kContacts, body).status, 400);
            QCOMPARE(storedContacts(), 1);
        }
    }

    void deleteRemovesAndFreesTheNumber()
    {
        const qint64 id = addContact(QStringLiteral("Ann"), QStringLiteral("+12025550123"));
        const QString path = kContacts + u'/' + QString::number(id);
        const ApiResult removed = m_api->call("DELETE", path);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(m_reader->contact(id).code(), ErrorCode::NotFound);
        QCOMPARE(m_api->get(path).status, 404);
        QCOMPARE(m_api->call("DELETE", path).status, 404);
        QCOMPARE(send("PATCH", path, QByteArray("{}")).status, 404);
        QVERIFY(addContact(QStringLiteral("Bob"), QStringLiteral("+12025550123")) > 0); // the number is free
        QCOMPARE(m_reader->contactByNumber(QStringLiteral("+12025550123"))->name, QStringLiteral("Bob"));
    }

    void groupsAreCounted()
    {
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contact-groups")).json,
                 (QJsonObject { { QStringLiteral("groups"), QJsonArray() } }));
        addContact(QStringLiteral("Ann"), QStringLiteral("+12025550123"),
                   { QStringLiteral("regulars"), QStringLiteral("newsletter") });
        const qint64 bob = addContact(QStringLiteral("Bob"), QStringLiteral("+12025550124"),
                                      { QStringLiteral("regulars") });
        addContact(QStringLiteral("Cy"), QStringLiteral("+12025550125"));
        const auto group = [](const char *name, int contacts) {
            return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                                 { QStringLiteral("contacts"), contacts } };
        };
        const ApiResult groups = m_api->get(QStringLiteral("/api/v1/contact-groups"));
        QCOMPARE(groups.status, 200);
        QCOMPARE(groups.json.value(QLatin1String("groups")).toArray(),
                 (QJsonArray { group("newsletter", 1), group("regulars", 2) }));
        QCOMPARE(m_api->call("DELETE", kContacts + u'/' + QString::number(bob)).status, 204);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/contact-groups"))
                     .json.value(QLatin1String("groups"))
                     .toArray(),
                 (QJsonArray { group("newsletter", 1), group("regulars", 1) }));
    }

    void otherMethodsAndNoTokenAreRefused()
    {
        const ApiResult put = send("PUT", kContacts + QStringLiteral("/1"), QByteArray("{}"));
        QCOMPARE(put.status, 405);
        QCOMPARE(put.header("allow"), QByteArray("GET, PATCH, DELETE"));
        QCOMPARE(send("DELETE", kContacts, QByteArray()).status, 405);
        QCOMPARE(m_api->call("GET", kContacts, {}, {}, false).status, 401);
        QCOMPARE(m_api
                     ->call("POST", kTemplates, "{\"name\":\"a\",\"text\":\"b\"}",
                            { { "Content-Type", "application/json" } }, false)
                     .status,
                 401);
        QCOMPARE(send("POST", kTemplates, QByteArray("x")).status, 400);
        QCOMPARE(m_api
                     ->call("POST", kTemplates, "{\"name\":\"a\",\"text\":\"b\"}",
                            { { "Content-Type", "text/plain" } })
                     .status,
                 415);
        QVERIFY(storedTemplates().isEmpty());
    }

    void templatesAreCreatedEditedAndRemoved()
    {
        const ApiResult created
            = send("POST", kTemplates,
                   QJsonObject { { QStringLiteral("name"), QStringLiteral(" Order ready ") },
                                 { QStringLiteral("text"),
                                   QStringLiteral("Hi {First_Name|there}, order {order_no} is "
                                                  "ready. {{Smsdesk}}") } });
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("location"), "/api/v1/templates/" + QByteArray::number(id));
        QCOMPARE(created.json.value(QLatin1String("name")).toString(), QStringLiteral("Order ready"));
        QCOMPARE(strings(created.json.value(QLatin1String("placeholders"))),
                 (QStringList { QStringLiteral("first_name"), QStringLiteral("order_no") }));
        QCOMPARE(created.json.value(QLatin1String("updated_at")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(storedTemplates().size(), 1);
        QCOMPARE(storedTemplates().first().body,
                 QStringLiteral("Hi {First_Name|there}, order {order_no} is ready. {{Smsdesk}}"));

        const ApiResult list = m_api->get(kTemplates);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("templates")).toArray(), QJsonArray { created.json });
        const QString path = kTemplates + u'/' + QString::number(id);
        QCOMPARE(m_api->get(path).json, created.json);

        m_api->clock.advanceMs(60'000);
        const ApiResult retexted
            = send("PATCH", path, QByteArray("{\"text\":\"Your table for {party} is ready\"}"));
        QCOMPARE(retexted.status, 200);
        QCOMPARE(retexted.json.value(QLatin1String("name")).toString(),
                 QStringLiteral("Order ready")); // kept
        QCOMPARE(strings(retexted.json.value(QLatin1String("placeholders"))),
                 QStringList { QStringLiteral("party") });
        QCOMPARE(retexted.json.value(QLatin1String("updated_at")).toString(),
                 QStringLiteral("2026-01-01T00:01:00.000Z"));
        const ApiResult renamed = send("PATCH", path, QByteArray("{\"name\":\"Table ready\"}"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(storedTemplates().first().name, QStringLiteral("Table ready"));
        QCOMPARE(storedTemplates().first().body, QStringLiteral("Your table for {party} is ready"));

        QCOMPARE(m_api->call("DELETE", path).status, 204);
        QVERIFY(storedTemplates().isEmpty());
        QCOMPARE(m_api->call("DELETE", path).status, 404);
        QCOMPARE(m_api->get(path).status, 404);
        QCOMPARE(send("PATCH", path, QByteArray("{\"name\":\"x\"}")).status, 404);
        QCOMPARE(m_api->get(kTemplates).json.value(QLatin1String("templates")).toArray().size(), 0);
    }

    void aTakenTemplateNameIs409()
    {
        const auto add = [this](const QString &name) {
            return send("POST", kTemplates,
                        QJsonObject { { QStringLiteral("name"), name },
                                      { QStringLiteral("text"), QStringLiteral("Hello") } });
        };
        QCOMPARE(add(QStringLiteral("Hello")).status, 201);
        const qint64 other = add(QStringLiteral("Hi")).json.value(QLatin1String("id")).toInteger();
        const ApiResult again = add(QStringLiteral("Hello"));
        QCOMPARE(again.status, 409);
        QCOMPARE(problemType(again), QStringLiteral("conflict"));
        QVERIFY(again.json.value(QLatin1String("detail")).toString().contains(QLatin1String("\"Hello\"")));
        const ApiResult renamed = send("PATCH", kTemplates + u'/' + QString::number(other),
                                       QByteArray("{\"name\":\"Hello\",\"text\":\"changed\"}"));
        QCOMPARE(renamed.status, 409);
        const QList<SavedTemplate> stored = storedTemplates();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().name, QStringLiteral("Hi"));
        QCOMPARE(stored.last().body, QStringLiteral("Hello"));
    }

    void invalidTemplatesAre422_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no name") << QByteArray("{\"text\":\"Hi\"}") << QStringLiteral("name")
                                 << QStringLiteral("required");
        QTest::newRow("blank name") << QByteArray("{\"name\":\"  \",\"text\":\"Hi\"}")
                                    << QStringLiteral("name") << QStringLiteral("non-empty");
        QTest::newRow("name too long") << "{\"name\":\"" + QByteArray(201, 'n') + "\",\"text\":\"Hi\"}"
                                       << QStringLiteral("name") << QStringLiteral("200");
        QTest::newRow("no text") << QByteArray("{\"name\":\"a\"}") << QStringLiteral("text")
                                 << QStringLiteral("required");
        QTest::newRow("blank text") << QByteArray("{\"name\":\"a\",\"text\":\" \\n \"}")
                                    << QStringLiteral("text") << QStringLiteral("not empty");
        QTest::newRow("text a number") << QByteArray("{\"name\":\"a\",\"text\":5}") << QStringLiteral("text")
                                       << QStringLiteral("message text");
        QTest::newRow("text too long") << "{\"name\":\"a\",\"text\":\"" + QByteArray(1601, 't') + "\"}"
                                       << QStringLiteral("text") << QStringLiteral("1600");
        QTest::newRow("never closed") << QByteArray("{\"name\":\"a\",\"text\":\"Hi {first_name, welcome\"}")
                                      << QStringLiteral("text") << QStringLiteral("never closed");
        QTest::newRow("stray brace") << QByteArray("{\"name\":\"a\",\"text\":\"Hi first_name}\"}")
                                     << QStringLiteral("text")
                                     << QStringLiteral("at character 14: The \"}\" after");
        QTest::newRow("unknown key") << QByteArray("{\"name\":\"a\",\"body\":\"Hi\",\"text\":\"Hi\"}")
                                     << QStringLiteral("body") << QStringLiteral("unknown");
    }
    void invalidTemplatesAre422()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const ApiResult result = send("POST", kTemplates, body);
        QCOMPARE(result.status, 422);
        QCOMPARE(problemType(result), QStringLiteral("validation"));
        QCOMPARE(firstError(result).value(QLatin1String("field")).toString(), field);
        const QString message = firstError(result).value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY(storedTemplates().isEmpty());
    }

    void eachTemplateProblemIsNamedAndAPatchChangesNothing()
    {
        const ApiResult created
            = send("POST", kTemplates, QByteArray("{\"name\":\"a\",\"text\":\"Hi {name}\"}"));
        QCOMPARE(created.status, 201);
        const QString path
            = kTemplates + u'/' + QString::number(created.json.value(QLatin1String("id")).toInteger());
        const ApiResult bad = send("PATCH", path, QByteArray("{\"text\":\"Hi {first name} and {}\"}"));
        QCOMPARE(bad.status, 422);
        const QJsonArray errors = bad.json.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0)
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("space")));
        QVERIFY(errors.at(1)
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("no field name")));
        QCOMPARE(send("PATCH", path, QByteArray("[]")).status, 400);
        QCOMPARE(storedTemplates().first().body, QStringLiteral("Hi {name}"));
        for (const char *id : { "abc", "0", "-3", "1.0", "99999999999999999999" }) {
            const QString other = kTemplates + u'/' + QLatin1String(id);
            QCOMPARE(m_api->get(other).status, 404);
            QCOMPARE(send("PATCH", other, QByteArray("{\"text\":\"x\"}")).status, 404);
            QCOMPARE(m_api->call("DELETE", other).status, 404);
        }
        QCOMPARE(storedTemplates().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiContacts)
#include "tst_apicontacts.moc"
