// SPDX-License-Identifier: GPL-3.0-or-later
#include "simledger.h"

namespace smsdesk::sim {

qint64 SimLedger::add(SimMessage message)
{
    ++m_stats.accepted;
    if (!message.clientId.isEmpty()) {
        // DESIGN §6: a duplicate is an accepted request whose client id was accepted before.
        const qsizetype before = m_clientIds.size();
        m_clientIds.insert(message.clientId);
        if (m_clientIds.size() == before)
            ++m_stats.duplicates;
        m_stats.uniqueClientIds = m_clientIds.size();
    }
    m_accepts.append(
        AcceptRecord { message.acceptedAtMs, message.deviceKey, message.clientId, message.segments });
    const auto index = qint64(m_messages.size());
    m_byGatewayId.insert(message.gatewayId, index);
    m_messages.push_back(std::move(message));
    return index;
}

SimMessage *SimLedger::find(const QString &gatewayId)
{
    const auto it = m_byGatewayId.constFind(gatewayId);
    return it == m_byGatewayId.cend() ? nullptr : &m_messages[size_t(*it)];
}

const SimMessage *SimLedger::find(const QString &gatewayId) const
{
    const auto it = m_byGatewayId.constFind(gatewayId);
    return it == m_byGatewayId.cend() ? nullptr : &m_messages[size_t(*it)];
}

QList<qint64> SimLedger::list(std::optional<MessageState> state, qint64 offset, qint64 limit,
                              qint64 *total) const
{
    QList<qint64> page;
    qint64 matched = 0;
    for (size_t i = 0; i < m_messages.size(); ++i) {
        const SimMessage &m = m_messages[i];
        if (m.api == Api::MySmsGate || (state && m.state != *state))
            continue;
        if (matched >= offset && qint64(page.size()) < limit)
            page.append(qint64(i));
        ++matched;
    }
    *total = matched;
    return page;
}

void SimLedger::noteFailure(qint64 atMs)
{
    m_failureTimes.push_back(atMs);
}

int SimLedger::failuresSince(qint64 sinceMs)
{
    while (!m_failureTimes.empty() && m_failureTimes.front() < sinceMs)
        m_failureTimes.pop_front();
    return int(m_failureTimes.size());
}

std::optional<qint64> SimLedger::nextDueMs() const
{
    if (m_due.empty())
        return std::nullopt;
    return m_due.top().first;
}

std::optional<qint64> SimLedger::takeDue(qint64 nowMs)
{
    if (m_due.empty() || m_due.top().first > nowMs)
        return std::nullopt;
    const qint64 index = m_due.top().second;
    m_due.pop();
    return index;
}

} // namespace smsdesk::sim
