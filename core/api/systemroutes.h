// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "router.h"

namespace smsdesk {

// GET /api/v1/stats, /metrics (Prometheus text), /healthz and /api/v1/openapi.json (the
// document of this API, docs/openapi.json, built in as a Qt resource).
class SystemRoutes final
{
public:
    explicit SystemRoutes(ApiContext context);
    void addTo(Router &router);

    void stats(const ReplyPtr &reply);
    void metrics(const ReplyPtr &reply);
    void health(const ReplyPtr &reply);
    void openApi(const ReplyPtr &reply);

private:
    // Figures that live in the database are read at scrape time, not pushed on every change.
    void refreshStoreGauges();

    ApiContext m_context;
};

} // namespace smsdesk
