// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "optout.h"
#include "router.h"

#include <QJsonObject>

namespace smsdesk {

// /api/v1/suppressions: the numbers that opted out (issue 15, point 1). A customer's STOP
// puts a number there by itself; these routes list it (JSON pages, or the whole list as
// CSV), add a number by hand and lift one. An enqueue to a number on it answers 422
// `.../problems/opted-out`.
class SuppressionRoutes final
{
public:
    explicit SuppressionRoutes(ApiContext context);
    void addTo(Router &router);

    void list(const QHttpServerRequest &request, const ReplyPtr &reply);
    void get(const ReplyPtr &reply, const RouteArgs &args);
    void add(const QHttpServerRequest &request, const ReplyPtr &reply);
    void remove(const ReplyPtr &reply, const RouteArgs &args);

    static QJsonObject toJson(const OptOut &optOut);

private:
    void csv(const ReplyPtr &reply);

    ApiContext m_context;
};

} // namespace smsdesk
