// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "router.h"

#include <QJsonObject>

namespace smsdesk {

// /api/v1/dead-letters (issue 15, point 5; DESIGN §6b `POST /api/v1/dead-letters/requeue
// {"ids":[...]}` or `{"filter":{...}}`): list them, requeue or delete one, a list, those a
// filter matches or all, with the store operations the desktop's dead-letter page uses
// (QueueStore::requeue, QueueStore::deleteMessages), a chunk at a time as it does, so
// 100,000 of them are never one read, one transaction or one answer.
class DeadLetterRoutes final
{
public:
    static constexpr int kMaxIds = 1000; // ids in one request; a filter or "all" for more
    static constexpr int kChunk = 500; // messages per store job (as the desktop's BulkAction)

    static void addTo(Router &router, ApiContext context);

    explicit DeadLetterRoutes(ApiContext context);

    enum class Action { Requeue, Delete };
    void list(const QHttpServerRequest &request, const ReplyPtr &reply);
    void act(const QHttpServerRequest &request, const ReplyPtr &reply, Action action);
    void removeOne(const ReplyPtr &reply, const RouteArgs &args);

private:
    ApiContext m_context;
};

} // namespace smsdesk
