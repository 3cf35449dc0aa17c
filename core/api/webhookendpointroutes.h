// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "outboundwebhook.h"
#include "result.h"
#include "router.h"

#include <QFuture>
#include <QJsonObject>

namespace smsdesk {

// Making and removing outbound webhook endpoints (issue 16, point 4), shared by the API and
// the desktop (EngineFacade). The secret goes to the credential store first, under the new
// endpoint's id, and the row after it: a sender that sees the row finds its secret. Removing
// goes the other way round.
namespace OutboundWebhooks {

struct Created
{
    WebhookEndpoint endpoint;
    QString secret; // whsec_…: shown once, never again
};

// What is wrong with a URL for an endpoint ("" when nothing): http or https, a host, no
// user or password in it, at most 2,000 characters.
QString urlProblem(const QString &url);
// `endpoint`: url, events, description (id and times are filled in). `context` is the object
// the store's and the credential store's answers continue on (its thread's).
QFuture<Result<Created>> create(QueueStore &store, CredentialStore *credentials, QObject *context,
                                WebhookEndpoint endpoint);
QFuture<Status> remove(QueueStore &store, CredentialStore *credentials, QObject *context, const QString &endpointId);

} // namespace OutboundWebhooks

// /api/v1/webhook-endpoints and /api/v1/webhook-deliveries: the user's endpoints, the
// deliveries of each (the log) and a resend.
class WebhookEndpointRoutes final
{
public:
    explicit WebhookEndpointRoutes(ApiContext context);
    void addTo(Router &router);

    void list(const ReplyPtr &reply);
    void create(const QHttpServerRequest &request, const ReplyPtr &reply);
    void remove(const ReplyPtr &reply, const RouteArgs &args);
    void deliveries(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args);
    void resend(const ReplyPtr &reply, const RouteArgs &args);

    static QJsonObject toJson(const WebhookEndpoint &endpoint);
    static QJsonObject toJson(const WebhookDelivery &delivery, const QList<WebhookAttempt> &attempts);

private:
    ApiContext m_context;
};

} // namespace smsdesk
