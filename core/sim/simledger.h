// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtypes.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace smsdesk::sim {

// What the simulated gateway remembers: accepted messages, the /stats counters, the
// accept log and the reports still to come. No networking, so it stays cheap to test.
class SimLedger final
{
public:
    Stats &stats() { return m_stats; }
    const Stats &stats() const { return m_stats; }

    // Records an accepted message; counts accepted, unique client ids and duplicates.
    qint64 add(SimMessage message);
    bool hasGatewayId(const QString &gatewayId) const { return m_byGatewayId.contains(gatewayId); }
    SimMessage *find(const QString &gatewayId);
    const SimMessage *find(const QString &gatewayId) const;
    SimMessage &at(qint64 index) { return m_messages[size_t(index)]; }
    qint64 size() const { return qint64(m_messages.size()); }
    QString nextMySmsGateId() { return QStringLiteral("msg_%1").arg(++m_mySmsGateSerial); }

    // SMSGate-style listing: messages of the SMSGate APIs, optionally in one state.
    QList<qint64> list(std::optional<MessageState> state, qint64 offset, qint64 limit, qint64 *total) const;
    const QList<AcceptRecord> &acceptLog() const { return m_accepts; }

    void noteFailure(qint64 atMs);
    int failuresSince(qint64 sinceMs);

    // Reports due at a monotonic time (ms), earliest first.
    void scheduleReport(qint64 dueMs, qint64 index) { m_due.push({ dueMs, index }); }
    std::optional<qint64> nextDueMs() const;
    std::optional<qint64> takeDue(qint64 nowMs);
    qsizetype pendingReports() const { return qsizetype(m_due.size()); }

private:
    using Due = std::pair<qint64, qint64>; // (due ms, message index)
    std::vector<SimMessage> m_messages;
    QHash<QString, qint64> m_byGatewayId;
    QSet<QString> m_clientIds;
    QList<AcceptRecord> m_accepts;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    std::deque<qint64> m_failureTimes;
    Stats m_stats;
    qint64 m_mySmsGateSerial = 0;
};

} // namespace smsdesk::sim
