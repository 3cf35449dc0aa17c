// SPDX-License-Identifier: GPL-3.0-or-later
// EngineFacade: outbound webhooks to the user's own apps (issue 16, point 4). Making and
// removing an endpoint is OutboundWebhooks' (shared with the API); this checks what the user
// typed first and words the refusal in their language.
#include "enginefacade.h"

#include "webhookendpointroutes.h"

namespace smsdesk {

QString EngineFacade::webhookUrlProblem(const QString &url) const
{
    // OutboundWebhooks decides what is acceptable; its wording is the API's, in English.
    if (OutboundWebhooks::urlProblem(url).isEmpty())
        return {};
    if (url.trimmed().isEmpty())
        return tr("Enter the address your app receives webhooks at.");
    return tr("Use an http:// or https:// address with a host name and no user name or password in it, "
              "such as https://example.com/hooks/sms.");
}

QFuture<Result<OutboundWebhooks::Created>>
EngineFacade::addWebhookEndpoint(const QString &url, quint32 events, const QString &description)
{
    using R = Result<OutboundWebhooks::Created>;
    if (const QString problem = webhookUrlProblem(url); !problem.isEmpty())
        return QtFuture::makeReadyFuture(R::failure(ErrorCode::Invalid, problem));
    if ((events & WebhookEvents::kAll) == 0 || (events & ~WebhookEvents::kAll) != 0)
        return QtFuture::makeReadyFuture(
            R::failure(ErrorCode::Invalid, tr("Tick at least one event the endpoint should receive.")));
    if (description.trimmed().size() > WebhookEndpoint::kMaxDescription)
        return QtFuture::makeReadyFuture(R::failure(
            ErrorCode::Invalid, tr("The description may have up to %1 characters.").arg(WebhookEndpoint::kMaxDescription)));
    if (CredentialStore &credentials = m_engine.credentials(); !credentials.isWritable())
        return QtFuture::makeReadyFuture(R::failure(
            ErrorCode::Unavailable,
            tr("The endpoint's signing secret cannot be kept on this computer, so nothing was added: %1")
                .arg(credentials.unavailableReason())));
    WebhookEndpoint endpoint;
    endpoint.url = url.trimmed();
    endpoint.events = events;
    endpoint.description = description.trimmed();
    return OutboundWebhooks::create(m_engine.store(), &m_engine.credentials(), this, std::move(endpoint));
}

QFuture<Status> EngineFacade::removeWebhookEndpoint(const QString &id)
{
    return OutboundWebhooks::remove(m_engine.store(), &m_engine.credentials(), this, id);
}

QFuture<Status> EngineFacade::resendWebhook(const QString &endpointId, qint64 deliveryId)
{
    return m_engine.store().resendWebhook(endpointId, deliveryId);
}

} // namespace smsdesk
