// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageroutes.h"

#include "apijson.h"
#include "businesssettings.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace smsdesk {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
constexpr int kMaxListLimit = 500;

Headers locationOf(const QByteArray &body, bool batch)
{
    if (batch)
        return {};
    const QString id = QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString();
    return { { QByteArrayLiteral("Location"), "/api/v1/messages/" + id.toLatin1() } };
}

std::optional<QUuid> messageId(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}


// The stored form of a message just enqueued, for the answer given before the commit.
Message queuedView(const NewMessage &message, qint64 nowMs)
{
    Message view;
    view.id = message.id;
    view.to = message.to;
    view.text = message.text;
    view.segments = message.segments;
    view.encoding = message.encoding;
    view.deviceId = message.deviceId;
    view.priority = message.priority;
    view.sendAtMs = message.sendAtMs;
    view.clientMessageId = message.clientMessageId;
    view.sim = message.sim;
    view.maxAttempts = message.maxAttempts;
    view.urgent = message.urgent;
    view.createdAtMs = view.updatedAtMs = nowMs;
    return view;
}

Problem noSuchMessage(const QString &id)
{
    return Problem::make(Problem::Kind::NotFound, QStringLiteral("No message with id %1.").arg(id.left(64)));
}

} // namespace

MessageRoutes::MessageRoutes(ApiContext context)
    : m_context(context)
    , m_validator(context.phoneNumbers, context.maxSegments, context.maxBatch)
    , m_quiet(context.timeZone, BusinessSettings::fromValues(context.store.settings()).quietHours)
    , m_received(context)
{
    if (context.context) // the server owns these routes: its connections end before they do
        QObject::connect(&context.store, &QueueStore::settingsChanged, context.context, [this] {
            m_quiet.setSettings(BusinessSettings::fromValues(m_context.store.settings()).quietHours);
        });
}

// What the dispatcher will decide when the message is due (the same policy, the same
// settings): the answer says so at once. The dispatcher decides again when it claims it.
void MessageRoutes::noteQuietHours(const NewMessage &message, qint64 nowMs, Message &view) const
{
    if (!m_quiet.active() || message.urgent)
        return;
    const QuietDecision d
        = m_quiet.decide(message.to, std::max(nowMs, message.sendAtMs), nowMs, [this, &message](qint64 before) {
              const Result<qint64> wrote = m_context.reader.customerWroteAtMs(message.to, before);
              return wrote ? wrote.value() : 0;
          });
    if (!d.hold)
        return;
    view.quietUntilMs = view.nextAttemptAtMs = d.untilMs;
    view.quietZone = QString::fromLatin1(d.zone);
    view.quietBasis = int(d.basis);
}

void MessageRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/api/v1/messages"),
               [this](const auto &request, const auto &reply, const auto &args) {
                   enqueue(request, reply, args, false);
               });
    router.add(M::Post, QStringLiteral("/api/v1/messages/batch"),
               [this](const auto &request, const auto &reply, const auto &args) {
                   enqueue(request, reply, args, true);
               });
    router.add(M::Get, QStringLiteral("/api/v1/messages"),
               [this](const auto &request, const auto &reply, const auto &) { list(request, reply); });
    router.add(M::Get, QStringLiteral("/api/v1/messages/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { get(reply, args); });
    router.add(M::Delete, QStringLiteral("/api/v1/messages/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { cancel(reply, args); });
}

QString MessageRoutes::deviceProblem(qint64 deviceId) const
{
    const Result<Device> device = m_context.reader.device(deviceId);
    if (!device)
        return device.code() == ErrorCode::NotFound
            ? QStringLiteral("no device with id %1; GET /api/v1/devices lists them").arg(deviceId)
            : device.errorString();
    if (!device->enabled)
        return QStringLiteral("device %1 (\"%2\") is disabled; enable it or leave device_id out")
            .arg(deviceId)
            .arg(device->name);
    return QString();
}

void MessageRoutes::enqueue(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args,
                            bool batch)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const qint64 now = m_context.clock.nowMs();
    const auto check = [this](qint64 deviceId) { return deviceProblem(deviceId); };
    auto validated
        = batch ? m_validator.validateBatch(body, now, check) : m_validator.validateSingle(body, now, check);
    if (auto *problem = std::get_if<Problem>(&validated)) {
        reply->problem(*problem);
        return;
    }
    // The key's fingerprint is taken over the canonical JSON (sorted keys, no spaces), so
    // a client that re-serialises the same request differently still gets its replay.
    const QByteArray canonical = request.value(QByteArrayLiteral("idempotency-key")).isEmpty()
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    commit(std::get<QList<NewMessage>>(std::move(validated)), request, canonical, reply, args.tokenId, batch);
}

void MessageRoutes::commit(QList<NewMessage> messages, const QHttpServerRequest &request,
                           const QByteArray &canonicalBody, const ReplyPtr &reply, qint64 tokenId, bool batch)
{
    // Ids and the answer are made before the commit: with an Idempotency-Key the answer is
    // stored in the same transaction as the messages, and replayed byte for byte.
    const qint64 now = m_context.clock.nowMs();
    QList<QByteArray> answered;
    answered.reserve(messages.size());
    for (NewMessage &message : messages) {
        message.id = m_context.store.newMessageId();
        Message view = queuedView(message, now);
        noteQuietHours(message, now, view);
        answered.append(ApiJson::message(view));
    }
    const QByteArray responseBody
        = batch ? "{\"messages\":" + ApiJson::messageList(answered) + '}' : answered.first();
    const Headers location = batch
        ? Headers {}
        : Headers { { QByteArrayLiteral("Location"),
                      "/api/v1/messages/" + messages.first().id.toByteArray(QUuid::WithoutBraces) } };
    EnqueueRequest enqueueRequest { std::move(messages), std::nullopt };
    const QByteArray key = request.value(QByteArrayLiteral("idempotency-key"));
    if (!key.isEmpty()) {
        if (auto problem = IdempotencyKeys::checkKey(key)) {
            reply->problem(*problem);
            return;
        }
        if (!m_keys.begin(tokenId, key)) {
            reply->problem(
                Problem::make(Problem::Kind::IdempotencyInFlight,
                              QStringLiteral("A request with this Idempotency-Key is still being processed; "
                                             "retry in a moment to get its answer.")));
            return;
        }
        enqueueRequest.idempotency
            = IdempotencyRecord { tokenId, QString::fromLatin1(key),
                                  IdempotencyKeys::fingerprint("POST", request.url().path().toUtf8(),
                                                               canonicalBody),
                                  202, responseBody };
    }
    m_context.store.enqueue(std::move(enqueueRequest))
        .then(
            m_context.context,
            [this, reply, key, tokenId, responseBody, location, batch](const Result<EnqueueResult> &result) {
                if (!key.isEmpty())
                    m_keys.end(tokenId, key);
                if (!result) {
                    Problem problem = Problem::fromError(result.error());
                    if (result.code() == ErrorCode::KeyMismatch)
                        problem.detail
                            = QStringLiteral("This Idempotency-Key was used before with a different request "
                                             "body; use a new key for a new request.");
                    reply->problem(problem);
                } else if (result->replayed) {
                    Headers headers = locationOf(result->responseBody, batch);
                    headers.append({ QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true") });
                    reply->json(result->responseStatus, result->responseBody, headers);
                } else {
                    reply->json(202, responseBody, location);
                }
            });
}

void MessageRoutes::get(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<QUuid> id = messageId(args.id);
    const Result<Message> message
        = id ? m_context.reader.message(*id) : Result<Message>(Error { ErrorCode::NotFound, {} });
    if (!message) {
        reply->problem(message.code() == ErrorCode::NotFound ? noSuchMessage(args.id)
                                                             : Problem::fromError(message.error()));
        return;
    }
    const Result<QList<MessageEvent>> events = m_context.reader.events(*id);
    if (!events) {
        reply->problem(Problem::fromError(events.error()));
        return;
    }
    reply->json(200, ApiJson::messageWithEvents(message.value(), events.value()));
}

void MessageRoutes::list(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    const QUrlQuery query = request.query();
    // direction=in: what was received, oldest first after a cursor (InboxRoutes).
    const QString direction = query.queryItemValue(QStringLiteral("direction"));
    if (direction == u"in") {
        m_received.listReceived(request, reply);
        return;
    }
    MessageFilter filter;
    QList<Problem::FieldError> errors;
    if (!direction.isEmpty() && direction != u"out")
        errors.append({ QStringLiteral("direction"), QStringLiteral("in (received) or out (sent, the default)") });
    if (const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded); !since.isEmpty()) {
        const std::optional<qint64> at = ApiJson::parseRfc3339(since);
        if (at && *at > 0)
            filter.createdSinceMs = *at;
        else
            errors.append({ QStringLiteral("since"),
                            QStringLiteral("an RFC 3339 time with its offset, e.g. 2026-03-14T10:30:00Z") });
    }
    if (const QString status = query.queryItemValue(QStringLiteral("status")); !status.isEmpty()) {
        filter.status = statusFromName(status);
        if (!filter.status)
            errors.append({ QStringLiteral("status"),
                            QStringLiteral("one of queued, sending, sent, delivered, dead, cancelled") });
    }
    if (const QString to = query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded); !to.isEmpty()) {
        const Result<QString> e164 = m_context.phoneNumbers.toE164(to);
        if (e164)
            filter.to = e164.value();
        else
            errors.append({ QStringLiteral("to"), e164.errorString() });
    }
    bool ok = true;
    if (const QString limit = query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxListLimit)
            errors.append(
                { QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxListLimit) });
    }
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        filter.afterSeq = cursor.toLongLong(&ok);
        if (!ok || filter.afterSeq < 1)
            errors.append(
                { QStringLiteral("cursor"), QStringLiteral("use the next_cursor of the previous page") });
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    const Result<MessagePage> page = m_context.reader.messages(filter);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    QList<QByteArray> items;
    for (const Message &message : page->messages)
        items.append(ApiJson::message(message));
    QByteArray cursor = QByteArrayLiteral("null");
    if (page->nextCursor > 0)
        cursor = '"' + QByteArray::number(page->nextCursor) + '"';
    reply->json(200, "{\"messages\":" + ApiJson::messageList(items) + ",\"next_cursor\":" + cursor + '}');
}

void MessageRoutes::cancel(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<QUuid> id = messageId(args.id);
    if (!id) {
        reply->problem(noSuchMessage(args.id));
        return;
    }
    m_context.store.cancel(*id).then(
        m_context.context, [this, reply, id = *id, text = args.id](const Status &status) {
            if (status.code() == ErrorCode::NotFound) {
                reply->problem(noSuchMessage(text));
                return;
            }
            const Result<Message> message = m_context.reader.message(id);
            if (status.code() == ErrorCode::Conflict) {
                reply->problem(Problem::make(
                    Problem::Kind::Conflict,
                    QStringLiteral("Only queued messages can be cancelled; this one is %1.")
                        .arg(message ? statusName(message->status) : QStringLiteral("not queued"))));
                return;
            }
            if (!status || !message) {
                reply->problem(Problem::fromError(!status ? status.error() : message.error()));
                return;
            }
            reply->json(200, ApiJson::message(message.value()));
        });
}

} // namespace smsdesk
