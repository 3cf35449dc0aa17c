// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "router.h"

#include <QJsonObject>

namespace smsdesk {

struct ChatItem;
struct InboundMessage;
struct ThreadSummary;

// What was received, and the conversations (issue 15, point 5; DESIGN §6b
// `GET /api/v1/messages?direction=in|out&since=&cursor=`), so a headless server needs no
// desktop to read them:
// - GET /api/v1/messages?direction=in: received SMS oldest stored first after a cursor that
//   is always given back, so a poller sees each once (MessageRoutes hands it over here);
// - GET /api/v1/conversations: one row per number, the most recent first;
// - GET /api/v1/conversations/{number}/messages: both directions of one thread, newest first.
class InboxRoutes final
{
public:
    static void addTo(Router &router, ApiContext context);

    explicit InboxRoutes(ApiContext context);

    void listReceived(const QHttpServerRequest &request, const ReplyPtr &reply);
    void listConversations(const QHttpServerRequest &request, const ReplyPtr &reply);
    void conversationMessages(const QHttpServerRequest &request, const ReplyPtr &reply,
                              const RouteArgs &args);

    // The JSON shapes (docs/api.md).
    static QJsonObject toJson(const InboundMessage &message, const QString &contactName);
    static QJsonObject toJson(const ThreadSummary &thread);
    static QJsonObject toJson(const ChatItem &item);

private:
    ApiContext m_context;
};

} // namespace smsdesk
