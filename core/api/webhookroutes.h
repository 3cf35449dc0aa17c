// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "router.h"
#include "webhookparser.h"

#include <QHash>

#include <functional>

namespace smsdesk {

// POST /webhooks/smsgate and /webhooks/mysmsgate: verified status reports go to
// QueueStore::applyReports (which never moves a message backwards and drops seen keys),
// incoming SMS to QueueStore::addInbound, in the conversation of the sender.
class WebhookRoutes final
{
public:
    using InboundStored = std::function<void(const InboundMessage &message)>;

    WebhookRoutes(ApiContext context, QHash<QString, QByteArray> secrets, InboundStored inboundStored,
                  WebhookParser::MySmsGateCheck mySmsGateCheck = WebhookParser::MySmsGateCheck::StandardWebhooks);
    void addTo(Router &router);
    void setSecret(const QString &adapter, const QByteArray &secret);
    void setMySmsGateCheck(WebhookParser::MySmsGateCheck check) { m_mySmsGateCheck = check; }

    void smsGate(const QHttpServerRequest &request, const ReplyPtr &reply);
    void mySmsGate(const QHttpServerRequest &request, const ReplyPtr &reply);

private:
    std::optional<Problem> missingSecret(const QString &adapter) const;
    qint64 deviceFor(const QString &adapter, const QString &remoteId) const;
    void apply(WebhookEvent event, const QString &adapter, const ReplyPtr &reply);
    void applyPing(qint64 deviceId, const ReplyPtr &reply);

    ApiContext m_context;
    QHash<QString, QByteArray> m_secrets;
    InboundStored m_inboundStored;
    WebhookParser::MySmsGateCheck m_mySmsGateCheck;
};

} // namespace smsdesk
