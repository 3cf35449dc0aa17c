// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "idempotency.h"
#include "inboxroutes.h"
#include "quiethours.h"
#include "requestvalidator.h"
#include "router.h"

namespace smsdesk {

// /api/v1/messages: enqueue (single, batch) answered after the group commit, get one with
// its events, list with filters and a cursor (direction=in: the received ones, InboxRoutes),
// cancel.
class MessageRoutes final
{
public:
    explicit MessageRoutes(ApiContext context);
    void addTo(Router &router);

    void enqueue(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args, bool batch);
    void get(const ReplyPtr &reply, const RouteArgs &args);
    void list(const QHttpServerRequest &request, const ReplyPtr &reply);
    void cancel(const ReplyPtr &reply, const RouteArgs &args);

private:
    QString deviceProblem(qint64 deviceId) const;
    void commit(QList<NewMessage> messages, const QHttpServerRequest &request,
                const QByteArray &canonicalBody, const ReplyPtr &reply, qint64 tokenId, bool batch);

    // The 202 of a message enqueued inside quiet hours says until when it waits.
    void noteQuietHours(const NewMessage &message, qint64 nowMs, Message &view) const;

    ApiContext m_context;
    MessageValidator m_validator;
    IdempotencyKeys m_keys;
    QuietHours m_quiet; // kept in step with the store's settings
    InboxRoutes m_received; // GET /api/v1/messages?direction=in
};

} // namespace smsdesk
