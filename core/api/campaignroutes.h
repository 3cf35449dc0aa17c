// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "campaign.h"
#include "router.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace smsdesk {

struct CampaignPreview;

// /api/v1/campaigns (issue 14, point 3; DESIGN §6b): a list texted at a pace. A campaign is
// previewed by CampaignPlanner (the same one the desktop uses) and queued whole by
// QueueStore::createCampaign, or not at all; then listed, paused, resumed, cancelled, paged
// through and reported as CSV.
class CampaignRoutes final
{
public:
    // Answers list the first left-out rows only (a pasted list of 10,000 bad numbers would
    // make an answer larger than the request); `left_out_count` counts them all.
    static constexpr int kMaxListed = 1000;
    static constexpr int kReportPage = 10'000; // messages read at a time for the CSV report

    // The handlers the router keeps share the routes, so they live as long as the router.
    static void addTo(Router &router, ApiContext context);

    explicit CampaignRoutes(ApiContext context);

    void list(const QHttpServerRequest &request, const ReplyPtr &reply);
    void get(const ReplyPtr &reply, const RouteArgs &args);
    void create(const QHttpServerRequest &request, const ReplyPtr &reply);
    enum class Change { Pause, Resume, Cancel };
    void change(const ReplyPtr &reply, const RouteArgs &args, Change what);
    void messages(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args);
    void report(const ReplyPtr &reply, const RouteArgs &args);

    // The JSON of one campaign with its messages counted by status (docs/api.md), and `extra`.
    static QJsonObject toJson(const Campaign &campaign, const QJsonObject &extra = {});

private:
    // The `{id}` of the path: 400 when it is no whole number, 404 when there is no such
    // campaign (answered here; nullopt then). `campaign`, when given, gets the stored one.
    std::optional<qint64> campaignId(const RouteArgs &args, const ReplyPtr &reply,
                                     Campaign *campaign = nullptr);
    // The preview's messages queued as campaign `campaign`; answers 202 with it.
    void queue(Campaign campaign, const CampaignPreview &preview, const ReplyPtr &reply);
    // Answers 200 with the campaign as it is after a change (plus `extra` keys).
    void answerChanged(qint64 id, const ReplyPtr &reply, const QJsonObject &extra = {});

    ApiContext m_context;
};

} // namespace smsdesk
