// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemroutes.h"

#include "apijson.h"
#include "metrics.h"
#include "storereader.h"

#include <QFile>

namespace smsdesk {

namespace {
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
    router.add(M::Get, QStringLiteral("/api/v1/openapi.json"),
               [this](const auto &, const auto &reply, const auto &) { openApi(reply); });
}

void SystemRoutes::stats(const ReplyPtr &reply)
{
    const Result<StatusCounts> counts = m_context.reader.counts();
    if (!counts) {
        reply->problem(Problem::fromError(counts.error()));
        return;
    }
    reply->json(200, ApiJson::compact(ApiJson::stats(counts.value())));
}

void SystemRoutes::refreshStoreGauges()
{
    // Sent/failed/dead counters, per-device sent and budget, requests on the wire and the
    // enqueue→sent histogram are the dispatcher's, in the same registry; the API adds what
    // only the database knows.
    const Result<StatusCounts> counts = m_context.reader.counts();
    if (!counts)
        return;
    const std::pair<const char *, qint64> byStatus[] = {
        { "queued", counts->queued }, { "sending", counts->sending },
        { "sent", counts->sent },     { "delivered", counts->delivered },
        { "dead", counts->dead },     { "cancelled", counts->cancelled },
    };
    for (const auto &[status, count] : byStatus)
        m_context.metrics->setGauge("smsdesk_queue_depth", label("status", status), double(count));
    m_context.metrics->setGauge("smsdesk_inbound_messages", {}, double(counts->inbound));
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
    const Result<qint64> due = m_context.reader.nextDueAtMs();
    if (!due) {
        Problem problem = Problem::fromError(due.error());
        reply->problem(problem);
        return;
    }
    reply->json(200,
                ApiJson::compact({ { QStringLiteral("status"), QStringLiteral("ok") },
                                   { QStringLiteral("version"), QStringLiteral(SMSDESK_VERSION) } }));
}

void SystemRoutes::openApi(const ReplyPtr &reply)
{
    // docs/openapi.json, the same bytes, embedded at build time (core/api/CMakeLists.txt).
    QFile document(QStringLiteral(":/smsdesk/api/openapi.json"));
    if (!document.open(QIODevice::ReadOnly)) {
        reply->problem(Problem::make(Problem::Kind::Internal,
                                     QStringLiteral("The OpenAPI document is not built in: %1")
                                         .arg(document.errorString())));
        return;
    }
    reply->send(200, QByteArrayLiteral("application/json"), document.readAll());
}

} // namespace smsdesk
