// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletterroutes.h"

#include "apijson.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <variant>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;
using Source = std::function<Result<QList<QUuid>>()>;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr int kMaxSearch = 200;

// What a requeue or delete acts on: a checked list of ids, or the dead letters a filter
// matches ("all" is the empty filter).
struct Target
{
    QList<QUuid> ids;
    std::optional<DeadLetterFilter> filter;
};

bool positiveInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d < 1 || d > 9e15 || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

void readFilter(const QJsonValue &value, Target *target, Errors *errors)
{
    if (!value.isObject()) {
        errors->append(
            { QStringLiteral("filter"), QStringLiteral("an object: {\"search\": …, \"device_id\": …}") });
        return;
    }
    const QJsonObject object = value.toObject();
    DeadLetterFilter filter;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"search") {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()
                || it.value().toString().size() > kMaxSearch)
                errors->append({ QStringLiteral("filter.search"),
                                 QStringLiteral("a text of 1 to %1 characters (number, text or contact name)")
                                     .arg(kMaxSearch) });
            else
                filter.search = it.value().toString().trimmed();
        } else if (it.key() == u"device_id") {
            if (!positiveInteger(it.value(), &filter.deviceId))
                errors->append({ QStringLiteral("filter.device_id"),
                                 QStringLiteral("a device id, a positive integer") });
        } else {
            errors->append({ QStringLiteral("filter.") + it.key().left(kMaxSearch),
                             QStringLiteral("unknown field; use search and device_id") });
        }
    }
    if (object.isEmpty())
        errors->append(
            { QStringLiteral("filter"),
              QStringLiteral("name search and/or device_id; for every dead letter send {\"all\": true}") });
    target->filter = filter;
}

// The body of a requeue or delete: exactly one of ids, filter and all.
std::variant<Target, Problem> readTarget(const QJsonObject &body)
{
    Errors errors;
    QStringList given;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == u"ids" || it.key() == u"filter" || it.key() == u"all")
            given.append(it.key());
        else
            errors.append(
                { it.key().left(kMaxSearch), QStringLiteral("unknown field; use ids, filter or all") });
    }
    if (given.isEmpty())
        errors.append({ QStringLiteral("ids"), QStringLiteral("required: one of ids, filter and all") });
    if (given.size() > 1)
        for (const QString &key : given)
            errors.append({ key, QStringLiteral("give only one of ids, filter and all") });
    Target target;
    if (body.contains(QStringLiteral("ids"))) {
        const QJsonValue ids = body.value(QStringLiteral("ids"));
        const QJsonArray list = ids.toArray();
        if (!ids.isArray() || list.isEmpty() || list.size() > DeadLetterRoutes::kMaxIds)
            errors.append({ QStringLiteral("ids"),
                            QStringLiteral("a list of 1 to %1 message ids; a filter or "
                                           "{\"all\": true} for more")
                                .arg(DeadLetterRoutes::kMaxIds) });
        else
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QUuid id = QUuid::fromString(list.at(i).toString());
                if (id.isNull())
                    errors.append(
                        { QStringLiteral("ids[%1]").arg(i), QStringLiteral("not a message id (a UUID)") });
                else if (!target.ids.contains(id))
                    target.ids.append(id);
            }
    }
    if (body.contains(QStringLiteral("filter")))
        readFilter(body.value(QStringLiteral("filter")), &target, &errors);
    if (body.contains(QStringLiteral("all"))) {
        if (body.value(QStringLiteral("all")) != QJsonValue(true))
            errors.append({ QStringLiteral("all"), QStringLiteral("true, to act on every dead letter") });
        target.filter = DeadLetterFilter {};
    }
    if (!errors.isEmpty())
        return Problem::validation(errors);
    return target;
}

// The dead letters a filter matches, a chunk at a time, newest first: the store's cursor
// (as the desktop's "all matching"), not one read of them all. Acted-on rows leave the dead
// letters; the cursor moves past them, so those that die again meanwhile are not redone.
Source matching(StoreReader &reader, DeadLetterFilter filter)
{
    filter.afterSeq = 0;
    filter.limit = DeadLetterRoutes::kChunk;
    auto state = std::make_shared<std::pair<DeadLetterFilter, bool>>(filter, false);
    return [&reader, state]() -> Result<QList<QUuid>> {
        QList<QUuid> ids;
        if (state->second)
            return ids;
        const Result<QList<Message>> page = reader.deadLetters(state->first);
        if (!page)
            return page.error();
        for (const Message &m : page.value())
            ids.append(m.id);
        if (!page->isEmpty())
            state->first.afterSeq = page->constLast().seq;
        state->second = page->size() < state->first.limit;
        return ids;
    };
}

Source chunksOf(QList<QUuid> ids)
{
    auto rest = std::make_shared<QList<QUuid>>(std::move(ids));
    return [rest]() -> Result<QList<QUuid>> {
        const QList<QUuid> chunk = rest->mid(0, DeadLetterRoutes::kChunk);
        rest->remove(0, chunk.size());
        return chunk;
    };
}

// One requeue or delete: a chunk from the source, one store job, and the next chunk when
// that one is durable, so other writes (enqueues) go between the chunks and the event
// loop never waits on more than one chunk's read. It runs to the end even if the client
// stops waiting: what a request started is finished, not left half done.
struct BulkRun : std::enable_shared_from_this<BulkRun>
{
    ApiContext context;
    DeadLetterRoutes::Action action;
    ReplyPtr reply;
    Source source;
    QJsonArray skipped;
    qint64 done = 0;

    BulkRun(ApiContext c, DeadLetterRoutes::Action a, ReplyPtr r, Source s, QJsonArray k)
        : context(c)
        , action(a)
        , reply(std::move(r))
        , source(std::move(s))
        , skipped(std::move(k))
    { }

    const char *verb() const { return action == DeadLetterRoutes::Action::Requeue ? "requeued" : "deleted"; }

    void next()
    {
        const Result<QList<QUuid>> ids = source();
        if (!ids) {
            fail(ids.error());
            return;
        }
        if (ids->isEmpty()) {
            reply->json(200,
                        ApiJson::compact(
                            { { QLatin1String(verb()), done }, { QStringLiteral("skipped"), skipped } }));
            return;
        }
        QFuture<Result<int>> job;
        if (action == DeadLetterRoutes::Action::Requeue) {
            QList<RequeueRequest> requests;
            requests.reserve(ids->size());
            for (const QUuid &id : ids.value())
                requests.append(RequeueRequest { id, std::nullopt, std::nullopt, 0, {} });
            job = context.store.requeue(std::move(requests));
        } else {
            job = context.store.deleteMessages(ids.value());
        }
        job.then(context.context, [self = shared_from_this()](const Result<int> &result) {
            if (!result) {
                self->fail(result.error());
                return;
            }
            self->done += result.value();
            self->next();
        });
    }

    void fail(const Error &error)
    {
        Problem problem = Problem::fromError(error);
        problem.detail
            = QStringLiteral("%1 (%2 dead letter(s) were %3 before this; the rest are still dead letters.)")
                  .arg(problem.detail)
                  .arg(done)
                  .arg(QLatin1String(verb()));
        reply->problem(problem);
    }
};

Problem noDeadLetter(const QString &id, const QString &why)
{
    return Problem::make(Problem::Kind::NotFound,
                         QStringLiteral("No dead letter with id %1: %2.").arg(id.left(64), why));
}

} // namespace

DeadLetterRoutes::DeadLetterRoutes(ApiContext context)
    : m_context(context)
{ }

void DeadLetterRoutes::addTo(Router &router, ApiContext context)
{
    using M = QHttpServerRequest::Method;
    const auto routes = std::make_shared<DeadLetterRoutes>(context);
    const QString base = QStringLiteral("/api/v1/dead-letters");
    router.add(M::Get, base, [routes](const auto &request, const auto &reply, const auto &) {
        routes->list(request, reply);
    });
    router.add(M::Post, base + QStringLiteral("/requeue"),
               [routes](const auto &request, const auto &reply, const auto &) {
                   routes->act(request, reply, Action::Requeue);
               });
    router.add(M::Post, base + QStringLiteral("/delete"),
               [routes](const auto &request, const auto &reply, const auto &) {
                   routes->act(request, reply, Action::Delete);
               });
    router.add(
        M::Delete, base + QStringLiteral("/{id}"),
        [routes](const auto &, const auto &reply, const auto &args) { routes->removeOne(reply, args); });
}

void DeadLetterRoutes::list(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    static const QStringList known { QStringLiteral("search"), QStringLiteral("device_id"),
                                     QStringLiteral("limit"), QStringLiteral("cursor") };
    const QUrlQuery query = request.query();
    Errors errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first))
            errors.append(
                { item.first.left(kMaxSearch),
                  QStringLiteral("unknown query parameter; use search, device_id, limit and cursor") });
    }
    DeadLetterFilter filter;
    filter.limit = kDefaultLimit;
    filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (filter.search.size() > kMaxSearch)
        errors.append({ QStringLiteral("search"), QStringLiteral("at most %1 characters").arg(kMaxSearch) });
    bool ok = true;
    if (const QString device = query.queryItemValue(QStringLiteral("device_id")); !device.isEmpty()) {
        filter.deviceId = device.toLongLong(&ok);
        if (!ok || filter.deviceId < 1)
            errors.append({ QStringLiteral("device_id"), QStringLiteral("a device id, a positive integer") });
    }
    if (const QString limit = query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
            errors.append(
                { QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxLimit) });
    }
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        filter.afterSeq = cursor.toLongLong(&ok);
        if (!ok || filter.afterSeq < 1)
            errors.append(
                { QStringLiteral("cursor"),
                  QStringLiteral("not a cursor this API gave: use next_cursor of the page before") });
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    const int limit = filter.limit;
    filter.limit = limit + 1; // one more tells whether there is a next page
    Result<QList<Message>> page = m_context.reader.deadLetters(filter);
    const Result<int> total = m_context.reader.deadLetterCount(filter);
    if (!page || !total) {
        reply->problem(Problem::fromError(!page ? page.error() : total.error()));
        return;
    }
    const bool more = page->size() > limit;
    if (more)
        page->resize(limit);
    QList<QByteArray> items;
    items.reserve(page->size());
    for (const Message &m : page.value())
        items.append(ApiJson::message(m));
    const QByteArray cursor
        = more ? '"' + QByteArray::number(page->constLast().seq) + '"' : QByteArrayLiteral("null");
    reply->json(200,
                "{\"dead_letters\":" + ApiJson::messageList(items)
                    + ",\"total\":" + QByteArray::number(total.value()) + ",\"next_cursor\":" + cursor + '}');
}

void DeadLetterRoutes::act(const QHttpServerRequest &request, const ReplyPtr &reply, Action action)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    auto target = readTarget(std::get<QJsonObject>(parsed));
    if (auto *problem = std::get_if<Problem>(&target)) {
        reply->problem(*problem);
        return;
    }
    Target &t = std::get<Target>(target);
    Source source;
    QJsonArray skipped;
    if (t.filter) {
        source = matching(m_context.reader, *t.filter);
    } else {
        // Only dead letters: the store would also requeue or delete a cancelled message.
        QList<QUuid> dead;
        for (const QUuid &id : std::as_const(t.ids)) {
            const Result<Message> m = m_context.reader.message(id);
            if (!m && m.code() != ErrorCode::NotFound) {
                reply->problem(Problem::fromError(m.error()));
                return;
            }
            QString why;
            if (!m)
                why = QStringLiteral("no message with this id");
            else if (m->status != MessageStatus::Dead)
                why = QStringLiteral("not a dead letter: it is %1").arg(statusName(m->status));
            if (why.isEmpty())
                dead.append(id);
            else
                skipped.append(QJsonObject { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
                                             { QStringLiteral("reason"), why } });
        }
        source = chunksOf(std::move(dead));
    }
    std::make_shared<BulkRun>(m_context, action, reply, std::move(source), std::move(skipped))->next();
}

void DeadLetterRoutes::removeOne(const ReplyPtr &reply, const RouteArgs &args)
{
    const QUuid id = QUuid::fromString(args.id);
    if (id.isNull()) {
        reply->problem(noDeadLetter(args.id, QStringLiteral("not a message id (a UUID)")));
        return;
    }
    const Result<Message> m = m_context.reader.message(id);
    if (!m) {
        reply->problem(m.code() == ErrorCode::NotFound
                           ? noDeadLetter(args.id, QStringLiteral("no message has it"))
                           : Problem::fromError(m.error()));
        return;
    }
    if (m->status != MessageStatus::Dead) {
        reply->problem(noDeadLetter(args.id, QStringLiteral("the message is %1").arg(statusName(m->status))));
        return;
    }
    m_context.store.deleteMessages({ id }).then(
        m_context.context, [reply, text = args.id](const Result<int> &deleted) {
            if (!deleted)
                reply->problem(Problem::fromError(deleted.error()));
            else if (deleted.value() == 0)
                reply->problem(noDeadLetter(text, QStringLiteral("it changed meanwhile")));
            else
                reply->send(204, {}, {});
        });
}

} // namespace smsdesk
