// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookendpointroutes.h"

#include "apijson.h"
#include "credentialstore.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace smsdesk {

namespace OutboundWebhooks {

namespace {
constexpr int kMaxUrl = 2'000;

template<typename T> void answer(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}
} // namespace

QString urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("required: the URL your app receives webhooks at");
    if (text.size() > kMaxUrl)
        return QStringLiteral("at most %1 characters").arg(kMaxUrl);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return QStringLiteral("an http:// or https:// URL with a host, such as https://example.com/hooks/sms");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("no user or password in the URL: the signature proves who posts");
    return {};
}

QFuture<Result<Created>> create(QueueStore &store, CredentialStore *credentials, QObject *context,
                                WebhookEndpoint endpoint)
{
    auto promise = std::make_shared<QPromise<Result<Created>>>();
    promise->start();
    QFuture<Result<Created>> future = promise->future();
    if (!credentials || !credentials->isWritable()) {
        answer(promise, Result<Created>(Error {
                            ErrorCode::Unavailable,
                            QStringLiteral("The endpoint's signing secret cannot be kept on this computer, so "
                                           "nothing was added: %1")
                                .arg(credentials ? credentials->unavailableReason()
                                                 : QStringLiteral("no keychain or credentials file is configured.")) }));
        return future;
    }
    endpoint.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    endpoint.url = endpoint.url.trimmed();
    endpoint.description = endpoint.description.trimmed();
    const QString secret = StandardWebhooks::newSecret();
    const QString key = webhookEndpointSecretKey(endpoint.id);
    credentials->write(key, Credentials { {}, {}, secret })
        .then(context, [&store, credentials, context, promise, endpoint, secret, key](const Status &written) {
            if (!written) {
                answer(promise, Result<Created>(Error {
                                    written.code(),
                                    QStringLiteral("The endpoint's signing secret could not be stored, so nothing "
                                                   "was added: %1")
                                        .arg(written.errorString()) }));
                return;
            }
            store.addWebhookEndpoint(endpoint).then(
                context, [credentials, promise, secret, key](const Result<WebhookEndpoint> &stored) {
                    if (!stored) {
                        credentials->remove(key); // no row: the secret has nothing to sign
                        answer(promise, Result<Created>(stored.error()));
                        return;
                    }
                    answer(promise, Result<Created>(Created { stored.value(), secret }));
                });
        });
    return future;
}

QFuture<Status> remove(QueueStore &store, CredentialStore *credentials, QObject *context, const QString &endpointId)
{
    return store.removeWebhookEndpoint(endpointId).then(context, [credentials, endpointId](const Status &removed) {
        if (removed && credentials && credentials->isWritable())
            credentials->remove(webhookEndpointSecretKey(endpointId));
        return removed;
    });
}

} // namespace OutboundWebhooks

namespace {

using Errors = QList<Problem::FieldError>;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 500;

Problem noEndpoint(const QString &id)
{
    return Problem::make(Problem::Kind::NotFound,
                         QStringLiteral("There is no webhook endpoint %1; GET /api/v1/webhook-endpoints lists them.")
                             .arg(id.left(64)));
}

QString eventChoices()
{
    return WebhookEvents::names(WebhookEvents::kAll).join(QStringLiteral(", "));
}

} // namespace

WebhookEndpointRoutes::WebhookEndpointRoutes(ApiContext context)
    : m_context(context)
{ }

void WebhookEndpointRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/webhook-endpoints"),
               [this](const auto &, const auto &reply, const auto &) { list(reply); });
    router.add(M::Post, QStringLiteral("/api/v1/webhook-endpoints"),
               [this](const auto &request, const auto &reply, const auto &) { create(request, reply); });
    router.add(M::Delete, QStringLiteral("/api/v1/webhook-endpoints/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { remove(reply, args); });
    router.add(M::Get, QStringLiteral("/api/v1/webhook-endpoints/{id}/deliveries"),
               [this](const auto &request, const auto &reply, const auto &args) { deliveries(request, reply, args); });
    router.add(M::Post, QStringLiteral("/api/v1/webhook-deliveries/{id}/resend"),
               [this](const auto &, const auto &reply, const auto &args) { resend(reply, args); });
}

QJsonObject WebhookEndpointRoutes::toJson(const WebhookEndpoint &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("url"), e.url },
        { QStringLiteral("description"), e.description },
        { QStringLiteral("events"), QJsonArray::fromStringList(WebhookEvents::names(e.events)) },
        { QStringLiteral("created_at"), ApiJson::toRfc3339(e.createdAtMs) },
        { QStringLiteral("deliveries"), QJsonObject { { QStringLiteral("pending"), e.pending },
                                                      { QStringLiteral("delivered"), e.delivered },
                                                      { QStringLiteral("failed"), e.failed } } },
    };
}

QJsonObject WebhookEndpointRoutes::toJson(const WebhookDelivery &d, const QList<WebhookAttempt> &attempts)
{
    const auto timeOrNull = [](qint64 ms) { return ms > 0 ? QJsonValue(ApiJson::toRfc3339(ms)) : QJsonValue(QJsonValue::Null); };
    QJsonArray log;
    for (const WebhookAttempt &a : attempts)
        log.append(QJsonObject { { QStringLiteral("at"), ApiJson::toRfc3339(a.atMs) },
                                 { QStringLiteral("http_status"), a.httpStatus != 0 ? QJsonValue(a.httpStatus) : QJsonValue(QJsonValue::Null) },
                                 { QStringLiteral("error"), a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error) },
                                 { QStringLiteral("duration_ms"), a.durationMs } });
    return QJsonObject {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("endpoint_id"), d.endpointId },
        { QStringLiteral("webhook_id"), d.eventId },
        { QStringLiteral("type"), WebhookEvents::name(d.type) },
        { QStringLiteral("occurred_at"), ApiJson::toRfc3339(d.occurredAtMs) },
        { QStringLiteral("state"), webhookDeliveryStateName(d.state) },
        { QStringLiteral("attempts"), d.attempts },
        { QStringLiteral("next_attempt_at"),
          d.state == WebhookDelivery::State::Pending ? timeOrNull(d.nextAttemptAtMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("delivered_at"), timeOrNull(d.deliveredAtMs) },
        { QStringLiteral("payload"), QJsonDocument::fromJson(StandardWebhooks::payload(d)).object() },
        { QStringLiteral("log"), log },
    };
}

void WebhookEndpointRoutes::list(const ReplyPtr &reply)
{
    const Result<QList<WebhookEndpoint>> all = m_context.reader.webhookEndpoints();
    if (!all) {
        reply->problem(Problem::fromError(all.error()));
        return;
    }
    QJsonArray items;
    for (const WebhookEndpoint &e : all.value())
        items.append(toJson(e));
    reply->json(200, ApiJson::compact({ { QStringLiteral("webhook_endpoints"), items } }));
}

void WebhookEndpointRoutes::create(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    const QJsonObject body = std::get<QJsonObject>(parsed);
    Errors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"url" && it.key() != u"events" && it.key() != u"description")
            errors.append({ it.key().left(64), QStringLiteral("unknown field; use url, events and description") });
    }
    WebhookEndpoint endpoint;
    const QJsonValue url = body.value(QStringLiteral("url"));
    if (!url.isString())
        errors.append({ QStringLiteral("url"), QStringLiteral("required: the URL your app receives webhooks at, a string") });
    else if (const QString problem = OutboundWebhooks::urlProblem(url.toString()); !problem.isEmpty())
        errors.append({ QStringLiteral("url"), problem });
    endpoint.url = url.toString();
    const QJsonValue events = body.value(QStringLiteral("events"));
    if (!events.isArray() || events.toArray().isEmpty()) {
        errors.append({ QStringLiteral("events"), QStringLiteral("required: a non-empty array of %1").arg(eventChoices()) });
    } else {
        const QJsonArray list = events.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<WebhookEvents::Type> type = WebhookEvents::fromName(list.at(i).toString());
            if (!list.at(i).isString() || !type)
                errors.append({ QStringLiteral("events[%1]").arg(i), QStringLiteral("one of %1").arg(eventChoices()) });
            else
                endpoint.events |= *type;
        }
    }
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull()
        && (!description.isString() || description.toString().size() > WebhookEndpoint::kMaxDescription))
        errors.append({ QStringLiteral("description"),
                        QStringLiteral("a string of at most %1 characters").arg(WebhookEndpoint::kMaxDescription) });
    endpoint.description = description.toString();
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    if (!m_context.credentials || !m_context.credentials->isWritable()) {
        reply->problem(Problem::make(
            Problem::Kind::CredentialsUnavailable,
            QStringLiteral("The endpoint's signing secret cannot be kept on this computer, so nothing was added: %1")
                .arg(m_context.credentials ? m_context.credentials->unavailableReason()
                                           : QStringLiteral("No keychain or credentials file is configured."))));
        return;
    }
    OutboundWebhooks::create(m_context.store, m_context.credentials, m_context.context, endpoint)
        .then(m_context.context, [reply](const Result<OutboundWebhooks::Created> &created) {
            if (!created) {
                reply->problem(Problem::fromError(created.error()));
                return;
            }
            QJsonObject json = toJson(created->endpoint);
            json.insert(QStringLiteral("secret"), created->secret); // this once
            reply->json(201, ApiJson::compact(json),
                        { { QByteArrayLiteral("Location"),
                            "/api/v1/webhook-endpoints/" + created->endpoint.id.toLatin1() } });
        });
}

void WebhookEndpointRoutes::remove(const ReplyPtr &reply, const RouteArgs &args)
{
    OutboundWebhooks::remove(m_context.store, m_context.credentials, m_context.context, args.id)
        .then(m_context.context, [reply, id = args.id](const Status &removed) {
            if (!removed)
                reply->problem(removed.code() == ErrorCode::NotFound ? noEndpoint(id) : Problem::fromError(removed.error()));
            else
                reply->send(204, {}, {});
        });
}

void WebhookEndpointRoutes::deliveries(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args)
{
    static const QSet<QString> known { QStringLiteral("limit"), QStringLiteral("cursor") };
    const QUrlQuery query = request.query();
    Errors errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first))
            errors.append({ item.first.left(64), QStringLiteral("unknown query parameter; use limit and cursor") });
    }
    int limit = kDefaultLimit;
    if (const QString text = query.queryItemValue(QStringLiteral("limit")); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            errors.append({ QStringLiteral("limit"), QStringLiteral("an integer from 1 to %1").arg(kMaxLimit) });
    }
    qint64 before = 0;
    if (const QString text = query.queryItemValue(QStringLiteral("cursor")); !text.isEmpty()) {
        const std::optional<qint64> id = RouteArgs::rowId(text);
        if (!id)
            errors.append({ QStringLiteral("cursor"), QStringLiteral("not a cursor this API gave: use next_cursor") });
        before = id.value_or(0);
    }
    if (!errors.isEmpty()) {
        reply->problem(Problem::validation(errors));
        return;
    }
    if (const Result<WebhookEndpoint> endpoint = m_context.reader.webhookEndpoint(args.id); !endpoint) {
        reply->problem(endpoint.code() == ErrorCode::NotFound ? noEndpoint(args.id) : Problem::fromError(endpoint.error()));
        return;
    }
    const Result<QList<WebhookDelivery>> page = m_context.reader.webhookDeliveries(args.id, before, limit);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    QList<qint64> ids;
    for (const WebhookDelivery &d : page.value())
        ids.append(d.id);
    const Result<QHash<qint64, QList<WebhookAttempt>>> attempts = m_context.reader.webhookAttempts(ids);
    if (!attempts) {
        reply->problem(Problem::fromError(attempts.error()));
        return;
    }
    QJsonArray items;
    for (const WebhookDelivery &d : page.value())
        items.append(toJson(d, attempts->value(d.id)));
    const bool more = page->size() == limit;
    reply->json(200, ApiJson::compact({ { QStringLiteral("deliveries"), items },
                                        { QStringLiteral("next_cursor"),
                                          more ? QJsonValue(QString::number(page->constLast().id))
                                               : QJsonValue(QJsonValue::Null) } }));
}

void WebhookEndpointRoutes::resend(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    const Result<WebhookDelivery> found = id ? m_context.reader.webhookDelivery(*id)
                                             : Result<WebhookDelivery>::failure(ErrorCode::NotFound, {});
    if (!found) {
        reply->problem(found.code() == ErrorCode::NotFound
                           ? Problem::make(Problem::Kind::NotFound,
                                           QStringLiteral("There is no webhook delivery %1; GET "
                                                          "/api/v1/webhook-endpoints/{id}/deliveries lists them.")
                                               .arg(args.id.left(64)))
                           : Problem::fromError(found.error()));
        return;
    }
    m_context.store.resendWebhook(found->endpointId, found->id)
        .then(m_context.context, [this, reply, deliveryId = found->id](const Status &queued) {
            if (!queued) {
                reply->problem(Problem::fromError(queued.error()));
                return;
            }
            const Result<WebhookDelivery> now = m_context.reader.webhookDelivery(deliveryId);
            const Result<QList<WebhookAttempt>> attempts = m_context.reader.webhookAttempts(deliveryId);
            if (!now || !attempts) {
                reply->problem(Problem::fromError(!now ? now.error() : attempts.error()));
                return;
            }
            reply->json(202, ApiJson::compact(toJson(now.value(), attempts.value())));
        });
}

} // namespace smsdesk
