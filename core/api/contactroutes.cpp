// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactroutes.h"

#include "editflow.h"

#include "apijson.h"
#include "messagetemplate.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

// The store's limits (core/store/ops_contacts.cpp), checked here too so a 422 can name the
// field; the store still refuses anything that slips past.
constexpr int kMaxText = 200; // a name, a group, a field name
constexpr int kMaxValue = 1000; // a field's value
constexpr int kMaxNote = 2000;
constexpr int kMaxNumbers = 20;
constexpr int kMaxEntries = 50; // groups, and fields
constexpr int kMaxNumberInput = 64; // longer is no phone number; not worth parsing
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;

Problem noSuchContact(const QString &id)
{
    return Problem::make(
        Problem::Kind::NotFound,
        RouteArgs::rowId(id) ? QStringLiteral("No contact with id %1; GET /api/v1/contacts lists them.").arg(id)
                      : QStringLiteral("No contact with id \"%1\": contact ids are whole numbers from 1 "
                                       "(GET /api/v1/contacts lists them).")
                            .arg(id.left(32)));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(ApiJson::toRfc3339(ms)) : QJsonValue(QJsonValue::Null);
}

// A text field: a string of at most `max` characters (after trimming when `trim`), or null
// for none. Absent leaves `out` as it is (PATCH).
void readText(const QJsonObject &body, const QString &key, int max, bool trim, QString *out, Errors *errors)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined())
        return;
    if (value.isNull()) {
        out->clear();
        return;
    }
    const QString text = trim ? value.toString().trimmed() : value.toString();
    if (!value.isString() || text.size() > max) {
        errors->append(
            { key, QStringLiteral("must be a string of at most %1 characters, or null").arg(max) });
        return;
    }
    *out = text;
}

void readNumbers(const QJsonObject &body, const PhoneNumbers &phoneNumbers, bool required, QStringList *out,
                 Errors *errors)
{
    const QString key = QStringLiteral("numbers");
    const QJsonValue value = body.value(key);
    if (value.isUndefined()) {
        if (required)
            errors->append(
                { key, QStringLiteral("required: the contact's phone numbers, e.g. [\"+12025550123\"]") });
        return;
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > kMaxNumbers) {
        errors->append({ key, QStringLiteral("must be an array of 1 to %1 phone numbers").arg(kMaxNumbers) });
        return;
    }
    QStringList numbers;
    const qsizetype before = errors->size();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("numbers[%1]").arg(i);
        const QString input = array.at(i).toString();
        if (!array.at(i).isString() || input.trimmed().isEmpty()) {
            errors->append(
                { field, QStringLiteral("must be a phone number (a string), e.g. \"+12025550123\"") });
            continue;
        }
        if (input.size() > kMaxNumberInput) {
            errors->append(
                { field, QStringLiteral("too long for a phone number (%1 characters)").arg(input.size()) });
            continue;
        }
        const Result<QString> e164 = phoneNumbers.toE164(input);
        if (!e164) {
            errors->append({ field, QStringLiteral("\"%1\": %2").arg(input, e164.errorString()) });
            continue;
        }
        if (!numbers.contains(e164.value()))
            numbers.append(e164.value());
    }
    if (errors->size() == before)
        *out = numbers;
}

void readGroups(const QJsonObject &body, QStringList *out, Errors *errors)
{
    const QString key = QStringLiteral("groups");
    const QJsonValue value = body.value(key);
    if (value.isUndefined())
        return;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > kMaxEntries) {
        errors->append(
            { key,
              QStringLiteral("must be an array of at most %1 group names ([] for none)").arg(kMaxEntries) });
        return;
    }
    QStringList groups;
    const qsizetype before = errors->size();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString().trimmed();
        if (!array.at(i).isString() || name.isEmpty() || name.size() > kMaxText) {
            errors->append(
                { QStringLiteral("groups[%1]").arg(i),
                  QStringLiteral("must be a group name: a non-empty string of at most %1 characters")
                      .arg(kMaxText) });
            continue;
        }
        if (!groups.contains(name))
            groups.append(name);
    }
    if (errors->size() == before)
        *out = groups;
}

// Custom fields are what templates fill in ("{table}"), so their names must be usable
// between braces; the standard ones (first_name, name, phone…) come from the contact itself.
void readFields(const QJsonObject &body, QMap<QString, QString> *out, Errors *errors)
{
    const QString key = QStringLiteral("fields");
    const QJsonValue value = body.value(key);
    if (value.isUndefined())
        return;
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() > kMaxEntries) {
        errors->append(
            { key,
              QStringLiteral("must be an object of at most %1 fields with string values ({} for none)")
                  .arg(kMaxEntries) });
        return;
    }
    static const QStringList standard = standardTemplateFields();
    QMap<QString, QString> fields;
    const qsizetype before = errors->size();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = QStringLiteral("fields.%1").arg(it.key().left(kMaxText));
        const QString name = it.key().toLower();
        if (!MessageTemplate::isFieldName(name) || name.size() > kMaxText)
            errors->append({ field,
                             QStringLiteral("a field name is 1 to %1 letters, digits, _ or - (it is used as "
                                            "{name} in templates)")
                                 .arg(kMaxText) });
        else if (standard.contains(name))
            errors->append(
                { field,
                  QStringLiteral("is filled in from the contact itself; set first_name, last_name, "
                                 "name or numbers instead") });
        else if (fields.contains(name))
            errors->append({ field, QStringLiteral("given twice (field names are case-insensitive)") });
        else if (!it->isString() || it->toString().size() > kMaxValue)
            errors->append(
                { field, QStringLiteral("must be a string of at most %1 characters").arg(kMaxValue) });
        else
            fields.insert(name, it->toString());
    }
    if (errors->size() == before)
        *out = fields;
}

} // namespace

ContactRoutes::ContactRoutes(ApiContext context)
    : m_context(context)
{ }

void ContactRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/contacts"),
               [this](const auto &request, const auto &reply, const auto &) { list(request, reply); });
    router.add(M::Post, QStringLiteral("/api/v1/contacts"),
               [this](const auto &request, const auto &reply, const auto &) { create(request, reply); });
    router.add(M::Get, QStringLiteral("/api/v1/contacts/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { get(reply, args); });
    router.add(
        M::Patch, QStringLiteral("/api/v1/contacts/{id}"),
        [this](const auto &request, const auto &reply, const auto &args) { update(request, reply, args); });
    router.add(M::Delete, QStringLiteral("/api/v1/contacts/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { remove(reply, args); });
    router.add(M::Get, QStringLiteral("/api/v1/contact-groups"),
               [this](const auto &, const auto &reply, const auto &) { groups(reply); });
}

QJsonObject ContactRoutes::toJson(const Contact &c)
{
    QJsonObject fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("first_name"), textOrNull(c.firstName) },
        { QStringLiteral("last_name"), textOrNull(c.lastName) },
        { QStringLiteral("numbers"), QJsonArray::fromStringList(c.numbers) },
        { QStringLiteral("groups"), QJsonArray::fromStringList(c.groups) },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("note"), textOrNull(c.note) },
        { QStringLiteral("created_at"), timeOrNull(c.createdAtMs) },
        { QStringLiteral("updated_at"), timeOrNull(c.updatedAtMs) },
    };
}

void ContactRoutes::list(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    static const QSet<QString> known { QStringLiteral("search"), QStringLiteral("group"),
                                       QStringLiteral("limit"), QStringLiteral("offset") };
    const QUrlQuery query = request.query();
    ContactFilter filter;
    filter.limit = kDefaultLimit;
    Errors errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first))
            errors.append({ item.first.left(kMaxText),
                            QStringLiteral("unknown query parameter; use search, group, limit and offset") });
    }
    filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (filter.search.size() > kMaxText)
        errors.append({ QStringLiteral("search"), QStringLiteral("at most %1 characters").arg(kMaxText) });
    filter.group = query.queryItemValue(QStringLiteral("group"), QUrl::FullyDecoded).trimmed();
    if (filter.group.size() > kMaxText)
        errors.append({ QStringLiteral("group"), QStringLiteral("at most %1 characters").arg(kMaxText) });
    bool ok = true;
    if (const QString limit = query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
            errors.append(
                { QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxLimit) });
    }
    if (const QString offset = query.queryItemValue(QStringLiteral("offset")); !offset.isEmpty()) {
        filter.offset = offset.toInt(&ok);
        if (!ok || filter.offset < 0)
            errors.append(
                { QStringLiteral("offset"), QStringLiteral("an integer from 0: how many contacts to skip") });
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    const Result<QList<Contact>> contacts = m_context.reader.contacts(filter);
    const Result<int> total
        = contacts ? m_context.reader.contactCount(filter) : Result<int>(contacts.error());
    if (!total) {
        reply->problem(Problem::fromError(total.error()));
        return;
    }
    QJsonArray items;
    for (const Contact &contact : contacts.value())
        items.append(toJson(contact));
    reply->json(200,
                ApiJson::compact(
                    { { QStringLiteral("contacts"), items }, { QStringLiteral("total"), total.value() } }));
}

void ContactRoutes::get(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    const Result<Contact> contact
        = id ? m_context.reader.contact(*id) : Result<Contact>(Error { ErrorCode::NotFound, {} });
    if (!contact) {
        reply->problem(contact.code() == ErrorCode::NotFound ? noSuchContact(args.id)
                                                             : Problem::fromError(contact.error()));
        return;
    }
    reply->json(200, ApiJson::compact(toJson(contact.value())));
}

void ContactRoutes::groups(const ReplyPtr &reply)
{
    const Result<QList<QPair<QString, int>>> groups = m_context.reader.contactGroups();
    if (!groups) {
        reply->problem(Problem::fromError(groups.error()));
        return;
    }
    QJsonArray items;
    for (const auto &[name, count] : groups.value())
        items.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("contacts"), count } });
    reply->json(200, ApiJson::compact({ { QStringLiteral("groups"), items } }));
}

std::variant<Contact, Problem> ContactRoutes::validate(const QJsonObject &body, Contact contact,
                                                       bool partial) const
{
    static const QSet<QString> known { QStringLiteral("name"),      QStringLiteral("first_name"),
                                       QStringLiteral("last_name"), QStringLiteral("numbers"),
                                       QStringLiteral("groups"),    QStringLiteral("fields"),
                                       QStringLiteral("note") };
    Errors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(
                { it.key().left(kMaxText), QStringLiteral("unknown or read-only field; see docs/api.md") });
    }
    // An empty or null name is composed by the store from the names, or the first number.
    readText(body, QStringLiteral("name"), kMaxText, true, &contact.name, &errors);
    readText(body, QStringLiteral("first_name"), kMaxText, true, &contact.firstName, &errors);
    readText(body, QStringLiteral("last_name"), kMaxText, true, &contact.lastName, &errors);
    readText(body, QStringLiteral("note"), kMaxNote, false, &contact.note, &errors);
    readNumbers(body, m_context.phoneNumbers, !partial, &contact.numbers, &errors);
    readGroups(body, &contact.groups, &errors);
    readFields(body, &contact.fields, &errors);
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return contact;
}

void ContactRoutes::create(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    auto validated = validate(std::get<QJsonObject>(parsed), Contact {}, false);
    if (auto *problem = std::get_if<Problem>(&validated)) {
        reply->problem(*problem);
        return;
    }
    save(std::get<Contact>(validated), reply, 201);
}

void ContactRoutes::update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    const Result<Contact> current
        = id ? m_context.reader.contact(*id) : Result<Contact>(Error { ErrorCode::NotFound, {} });
    const auto validate = [this](const QJsonObject &body, const Contact &stored, bool patch) {
        return this->validate(body, stored, patch);
    };
    if (const std::optional<Contact> edited
        = validatedEdit(current, request.body(), noSuchContact(args.id), validate, reply))
        save(*edited, reply, 200);
}

void ContactRoutes::save(const Contact &contact, const ReplyPtr &reply, int status)
{
    m_context.store.saveContact(contact).then(
        m_context.context, [this, reply, contact, status](const Result<Contact> &stored) {
            if (!stored) {
                if (stored.code() == ErrorCode::Conflict)
                    reply->problem(numberTaken(contact, stored.error()));
                else if (stored.code() == ErrorCode::NotFound) // removed since it was read
                    reply->problem(noSuchContact(QString::number(contact.id)));
                else
                    reply->problem(Problem::fromError(stored.error()));
                return;
            }
            reply->json(
                status, ApiJson::compact(toJson(stored.value())),
                { { QByteArrayLiteral("Location"), "/api/v1/contacts/" + QByteArray::number(stored->id) } });
        });
}

Problem ContactRoutes::numberTaken(const Contact &contact, const Error &error) const
{
    for (const QString &number : contact.numbers) {
        const Result<Contact> owner = m_context.reader.contactByNumber(number);
        if (owner && owner->id != contact.id)
            return Problem::make(Problem::Kind::Conflict,
                                 QStringLiteral("%1 is already the number of \"%2\" (contact %3); a number "
                                                "belongs to one contact. Take it off that contact first with "
                                                "PATCH /api/v1/contacts/%3, or edit that one instead.")
                                     .arg(number, owner->name, QString::number(owner->id)));
    }
    return Problem::fromError(error);
}

void ContactRoutes::remove(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    if (!id) {
        reply->problem(noSuchContact(args.id));
        return;
    }
    m_context.store.removeContact(*id).then(
        m_context.context, [reply, text = args.id](const Status &removed) {
            if (!removed) {
                reply->problem(removed.code() == ErrorCode::NotFound ? noSuchContact(text)
                                                                     : Problem::fromError(removed.error()));
                return;
            }
            reply->send(204, QByteArray(), QByteArray());
        });
}

} // namespace smsdesk
