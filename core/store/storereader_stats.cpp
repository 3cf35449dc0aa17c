// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: dashboard figures. Every query is a range scan on a time index
// (messages_sent, messages_delivered, message_events_failed), so a window over a
// million-row store reads only the rows inside the window.
#include "storereader.h"

#include "readquery.h"

namespace smsdesk {

namespace {
QString what(const char *doing)
{
    return QStringLiteral("cannot read %1").arg(QLatin1String(doing));
}
} // namespace

Result<StoreReader::Throughput> StoreReader::throughputSince(qint64 sinceMs)
{
    Throughput t;
    const Result<qint64> sent
        = db::scalar(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sent_at >= ?"),
                     { sinceMs }, what("the sent count"));
    if (!sent)
        return sent.error();
    t.sent = sent.value();
    const Result<qint64> delivered = db::scalar(
        m_connectionName, QStringLiteral("SELECT COUNT(*) FROM messages WHERE delivered_at >= ?"),
        { sinceMs }, what("the delivered count"));
    if (!delivered)
        return delivered.error();
    t.delivered = delivered.value();
    const Result<qint64> failed = db::scalar(
        m_connectionName,
        QStringLiteral("SELECT COUNT(*) FROM message_events WHERE kind IN ('retry', 'dead') AND at >= ?"),
        { sinceMs }, what("the failure count"));
    if (!failed)
        return failed.error();
    t.failed = failed.value();
    if (t.sent > 0) {
        const Result<qint64> median = db::scalar(
            m_connectionName,
            QStringLiteral("SELECT sent_at - created_at AS latency FROM messages WHERE sent_at >= ?"
                           " ORDER BY latency LIMIT 1 OFFSET ?"),
            { sinceMs, (t.sent - 1) / 2 }, what("the latency"));
        if (!median)
            return median.error();
        t.medianLatencyMs = median.value();
    }
    return t;
}

Result<QList<QPair<qint64, qint64>>> StoreReader::perMinute(qint64 fromMs, qint64 toMs)
{
    constexpr qint64 minute = 60'000;
    if (toMs <= fromMs)
        return QList<QPair<qint64, qint64>>();
    const qint64 buckets = (toMs - fromMs + minute - 1) / minute;
    if (buckets > 60 * 24 * 31)
        return Result<QList<QPair<qint64, qint64>>>::failure(ErrorCode::Invalid,
                                                             QStringLiteral("time range too long"));
    QList<QPair<qint64, qint64>> result(buckets, qMakePair(qint64(0), qint64(0)));
    const auto fill = [&](const QString &sql, bool first) -> Status {
        Result<QSqlQuery> q = db::select(m_connectionName, sql, { fromMs, fromMs, toMs }, what("the rates"));
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 bucket = q->value(0).toLongLong();
            if (bucket >= 0 && bucket < buckets)
                (first ? result[bucket].first : result[bucket].second) = q->value(1).toLongLong();
        }
        return {};
    };
    if (Status s = fill(QStringLiteral("SELECT (sent_at - ?) / 60000 AS b, COUNT(*) FROM messages"
                                       " WHERE sent_at >= ? AND sent_at < ? GROUP BY b"),
                        true);
        !s)
        return s.error();
    if (Status s = fill(QStringLiteral("SELECT (at - ?) / 60000 AS b, COUNT(*) FROM message_events"
                                       " WHERE kind IN ('retry', 'dead') AND at >= ? AND at < ? GROUP BY b"),
                        false);
        !s)
        return s.error();
    return result;
}

} // namespace smsdesk
