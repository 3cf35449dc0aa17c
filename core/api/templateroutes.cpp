// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateroutes.h"

#include "editflow.h"

#include "apijson.h"
#include "messagetemplate.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

// The store's limits (core/store/ops_contacts.cpp), checked here so a 422 names the field.
constexpr int kMaxName = 200;
constexpr int kMaxText = 1600;

Problem noSuchTemplate(const QString &id)
{
    return Problem::make(
        Problem::Kind::NotFound,
        RouteArgs::rowId(id) ? QStringLiteral("No saved text with id %1; GET /api/v1/templates lists them.").arg(id)
                       : QStringLiteral("No saved text with id \"%1\": template ids are whole numbers from "
                                        "1 (GET /api/v1/templates lists them).")
                             .arg(id.left(32)));
}

void readName(const QJsonObject &body, bool required, QString *out, Errors *errors)
{
    const QString key = QStringLiteral("name");
    const QJsonValue value = body.value(key);
    if (value.isUndefined() && !required)
        return;
    const QString name = value.toString().trimmed();
    if (!value.isString() || name.isEmpty() || name.size() > kMaxName) {
        errors->append(
            { key,
              QStringLiteral("required: a name staff pick the text by, a non-empty string of at most "
                             "%1 characters")
                  .arg(kMaxName) });
        return;
    }
    *out = name;
}

// Every problem MessageTemplate finds is its own entry, with where it is.
void readText(const QJsonObject &body, bool required, QString *out, Errors *errors)
{
    const QString key = QStringLiteral("text");
    const QJsonValue value = body.value(key);
    if (value.isUndefined() && !required)
        return;
    const QString text = value.toString();
    if (!value.isString() || text.trimmed().isEmpty() || text.size() > kMaxText) {
        errors->append(
            { key,
              QStringLiteral("required: the message text, not empty, at most %1 characters; fields "
                             "are written {first_name} or {first_name|default}")
                  .arg(kMaxText) });
        return;
    }
    const QList<TemplateProblem> problems = MessageTemplate::check(text);
    for (const TemplateProblem &problem : problems)
        errors->append(
            { key, QStringLiteral("at character %1: %2").arg(problem.position + 1).arg(problem.reason) });
    if (problems.isEmpty())
        *out = text;
}

// `body` applied to `base` (the stored text for PATCH), or a 422 naming every bad field.
std::variant<SavedTemplate, Problem> validate(const QJsonObject &body, SavedTemplate saved, bool partial)
{
    Errors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != u"text")
            errors.append(
                { it.key().left(kMaxName), QStringLiteral("unknown or read-only field; see docs/api.md") });
    }
    readName(body, !partial, &saved.name, &errors);
    readText(body, !partial, &saved.body, &errors);
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return saved;
}

} // namespace

TemplateRoutes::TemplateRoutes(ApiContext context)
    : m_context(context)
{ }

void TemplateRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/templates"),
               [this](const auto &, const auto &reply, const auto &) { list(reply); });
    router.add(M::Post, QStringLiteral("/api/v1/templates"),
               [this](const auto &request, const auto &reply, const auto &) { create(request, reply); });
    router.add(M::Get, QStringLiteral("/api/v1/templates/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { get(reply, args); });
    router.add(
        M::Patch, QStringLiteral("/api/v1/templates/{id}"),
        [this](const auto &request, const auto &reply, const auto &args) { update(request, reply, args); });
    router.add(M::Delete, QStringLiteral("/api/v1/templates/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { remove(reply, args); });
}

QJsonObject TemplateRoutes::toJson(const SavedTemplate &saved)
{
    // A text stored before it was checked (or by an older version) lists no placeholders
    // rather than failing the whole list.
    const Result<MessageTemplate> parsed = MessageTemplate::parse(saved.body);
    return QJsonObject {
        { QStringLiteral("id"), saved.id },
        { QStringLiteral("name"), saved.name },
        { QStringLiteral("text"), saved.body },
        { QStringLiteral("placeholders"),
          parsed ? QJsonArray::fromStringList(parsed->placeholders()) : QJsonArray() },
        { QStringLiteral("updated_at"),
          saved.updatedAtMs > 0 ? QJsonValue(ApiJson::toRfc3339(saved.updatedAtMs))
                                : QJsonValue(QJsonValue::Null) },
    };
}

void TemplateRoutes::list(const ReplyPtr &reply)
{
    const Result<QList<SavedTemplate>> templates = m_context.reader.templates();
    if (!templates) {
        reply->problem(Problem::fromError(templates.error()));
        return;
    }
    QJsonArray items;
    for (const SavedTemplate &saved : templates.value())
        items.append(toJson(saved));
    reply->json(200, ApiJson::compact({ { QStringLiteral("templates"), items } }));
}

Result<SavedTemplate> TemplateRoutes::find(const QString &text) const
{
    const std::optional<qint64> id = RouteArgs::rowId(text);
    if (!id)
        return Result<SavedTemplate>::failure(ErrorCode::NotFound, QString());
    // The reader lists them all: a shop keeps tens of saved texts, not thousands.
    const Result<QList<SavedTemplate>> templates = m_context.reader.templates();
    if (!templates)
        return templates.error();
    for (const SavedTemplate &saved : templates.value()) {
        if (saved.id == *id)
            return saved;
    }
    return Result<SavedTemplate>::failure(ErrorCode::NotFound, QString());
}

void TemplateRoutes::get(const ReplyPtr &reply, const RouteArgs &args)
{
    const Result<SavedTemplate> saved = find(args.id);
    if (!saved) {
        reply->problem(saved.code() == ErrorCode::NotFound ? noSuchTemplate(args.id)
                                                           : Problem::fromError(saved.error()));
        return;
    }
    reply->json(200, ApiJson::compact(toJson(saved.value())));
}

void TemplateRoutes::create(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    auto validated = validate(std::get<QJsonObject>(parsed), SavedTemplate {}, false);
    if (auto *problem = std::get_if<Problem>(&validated)) {
        reply->problem(*problem);
        return;
    }
    save(std::get<SavedTemplate>(validated), reply, 201);
}

void TemplateRoutes::update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args)
{
    if (const std::optional<SavedTemplate> edited
        = validatedEdit(find(args.id), request.body(), noSuchTemplate(args.id), &validate, reply))
        save(*edited, reply, 200);
}

void TemplateRoutes::save(const SavedTemplate &saved, const ReplyPtr &reply, int status)
{
    m_context.store.saveTemplate(saved).then(
        m_context.context,
        [reply, id = saved.id, name = saved.name, status](const Result<SavedTemplate> &stored) {
            if (!stored) {
                Problem problem = Problem::fromError(stored.error());
                if (stored.code() == ErrorCode::Conflict)
                    problem.detail
                        = QStringLiteral("A saved text named \"%1\" exists already: pick another name, "
                                         "or change that one (GET /api/v1/templates lists them).")
                              .arg(name);
                else if (stored.code() == ErrorCode::NotFound) // removed since it was read
                    problem = noSuchTemplate(QString::number(id));
                reply->problem(problem);
                return;
            }
            reply->json(
                status, ApiJson::compact(toJson(stored.value())),
                { { QByteArrayLiteral("Location"), "/api/v1/templates/" + QByteArray::number(stored->id) } });
        });
}

void TemplateRoutes::remove(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    if (!id) {
        reply->problem(noSuchTemplate(args.id));
        return;
    }
    m_context.store.removeTemplate(*id).then(
        m_context.context, [reply, text = args.id](const Status &removed) {
            if (!removed) {
                reply->problem(removed.code() == ErrorCode::NotFound ? noSuchTemplate(text)
                                                                     : Problem::fromError(removed.error()));
                return;
            }
            reply->send(204, QByteArray(), QByteArray());
        });
}

} // namespace smsdesk
