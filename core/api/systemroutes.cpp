// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemroutes.h"

#include "apijson.h"
#include "metrics.h"
#include "storereader.h"

namespace smsdesk {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QByteArray label(const char *name, const QByteArray &value)
{
    return QByteArray(name) + "=\"" + value + '"';
}
} // namespace

SystemRoutes::SystemRoutes(ApiContext context)
    : m_context(context)
{ }

void SystemRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/stats"),
               [this](const auto &, const auto &reply, const auto &) { stats(reply); });
    router.add(M::Get, QStringLiteral("/metrics"),
               [this](const auto &, const auto &reply, const auto &) { metrics(reply); });
    router.add(M::Get, QStringLiteral("/healthz"),
               [this](const auto &, const auto &reply, const auto &) { health(reply); });
}

void SystemRoutes::stats(const ReplyPtr &reply)
{
    const Result<StatusCounts> counts = m_context.reader->counts();
    if (!counts) {
        reply->problem(Problem::fromError(counts.error()));
        return;
    }
    reply->json(200, ApiJson::compact(ApiJson::stats(counts.value())));
}

void SystemRoutes::refreshStoreGauges()
{
    Metrics &metrics = *m_context.metrics;
    if (const Result<StatusCounts> counts = m_context.reader->counts()) {
        const std::pair<const char *, qint64> byStatus[] = {
            { "queued", counts->queued }, { "sending", counts->sending },
            { "sent", counts->sent },     { "delivered", counts->delivered },
            { "dead", counts->dead },     { "cancelled", counts->cancelled },
        };
        for (const auto &[status, count] : byStatus)
            metrics.setGauge("smsdesk_queue_depth", label("status", status), double(count));
        metrics.setGauge("smsdesk_in_flight", {}, double(counts->sending));
    }
    if (const auto totals = m_context.reader->throughputSince(0)) {
        metrics.setGauge("smsdesk_messages_total", label("outcome", "sent"), double(totals->sent));
        metrics.setGauge("smsdesk_messages_total", label("outcome", "delivered"), double(totals->delivered));
        metrics.setGauge("smsdesk_messages_total", label("outcome", "failed"), double(totals->failed));
    }
    const qint64 now = m_context.clock->nowMs();
    const Result<QList<Device>> devices = m_context.reader->devices();
    for (const Device &device : devices ? devices.value() : QList<Device>()) {
        const QByteArray id = label("device", QByteArray::number(device.id));
        const auto sentSince = [&](qint64 sinceMs) {
            const Result<int> sent = m_context.reader->segmentsSentSince(device.id, sinceMs);
            return sent ? sent.value() : 0;
        };
        const int lastMinute = sentSince(now - 60'000);
        const int lastDay = sentSince(now - kDayMs);
        metrics.setGauge("smsdesk_device_segments_sent", id, lastDay);
        metrics.setGauge("smsdesk_device_budget_left", id + ',' + label("window", "minute"),
                         qMax(0, device.ratePerMinute - lastMinute));
        if (device.ratePerDay > 0)
            metrics.setGauge("smsdesk_device_budget_left", id + ',' + label("window", "day"),
                             qMax(0, device.ratePerDay - lastDay));
    }
}

void SystemRoutes::metrics(const ReplyPtr &reply)
{
    if (!m_context.metrics) {
        reply->problem(Problem::make(Problem::Kind::Unavailable,
                                     QStringLiteral("Metrics are not collected in this process.")));
        return;
    }
    refreshStoreGauges();
    reply->send(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                m_context.metrics->renderPrometheus());
}

void SystemRoutes::health(const ReplyPtr &reply)
{
    // A cheap indexed read proves the database answers.
    const Result<qint64> due = m_context.reader->nextDueAtMs();
    if (!due) {
        Problem problem = Problem::fromError(due.error());
        reply->problem(problem);
        return;
    }
    reply->json(200,
                ApiJson::compact({ { QStringLiteral("status"), QStringLiteral("ok") },
                                   { QStringLiteral("version"), QStringLiteral(SMSDESK_VERSION) } }));
}

} // namespace smsdesk
