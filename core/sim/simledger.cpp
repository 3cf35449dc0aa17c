// SPDX-License-Identifier: GPL-3.0-or-later
#include "simledger.h"

#include <algorithm>

namespace smsdesk::sim {

qint64 SimLedger::add(const QString &scope, SimMessage message)
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
    m_accepts.append(AcceptRecord { message.acceptedAtMs, message.deviceKey, message.clientId,
                                    message.segments, message.sim });
    const auto index = qint64(m_messages.size());
    m_byKey.insert(key(scope, message.gatewayId), index);
    m_newestById.insert(message.gatewayId, index);
    m_messages.push_back(std::move(message));
    return index;
}

bool SimLedger::has(const QString &scope, const QString &gatewayId) const
{
    return m_byKey.contains(key(scope, gatewayId));
}

std::optional<qint64> SimLedger::indexOf(const QString &scope, const QString &gatewayId) const
{
    const auto it = m_byKey.constFind(key(scope, gatewayId));
    return it == m_byKey.cend() ? std::nullopt : std::optional<qint64>(*it);
}

const SimMessage *SimLedger::findAny(const QString &gatewayId) const
{
    const auto it = m_newestById.constFind(gatewayId);
    return it == m_newestById.cend() ? nullptr : &m_messages[size_t(*it)];
}

QList<qint64> SimLedger::listNewestFirst(const std::function<bool(const SimMessage &)> &match, qint64 offset,
                                         qint64 limit, qint64 *total) const
{
    QList<qint64> page;
    qint64 matched = 0;
    for (auto i = qint64(m_messages.size()) - 1; i >= 0; --i) {
        if (!match(m_messages[size_t(i)]))
            continue;
        if (matched >= offset && qint64(page.size()) < limit)
            page.append(i);
        ++matched;
    }
    *total = matched;
    return page;
}

void SimLedger::noteOutcome(qint64 atMs, bool failed)
{
    m_outcomes.emplace_back(atMs, failed);
}

std::pair<int, int> SimLedger::failedAndProcessedSince(qint64 sinceMs)
{
    while (!m_outcomes.empty() && m_outcomes.front().first < sinceMs)
        m_outcomes.pop_front();
    const auto failed = int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                          [](const auto &o) { return o.second; }));
    return { failed, int(m_outcomes.size()) - failed };
}

bool SimLedger::inInbox(const QString &deviceId, const QString &inboxId) const
{
    return m_inboxKeys.contains(key(deviceId, inboxId));
}

void SimLedger::addToInbox(InboundSms sms)
{
    m_inboxKeys.insert(key(sms.deviceId, sms.inboxId));
    m_inbox.push_back(std::move(sms));
}

QList<const InboundSms *> SimLedger::inboxPage(const QString &deviceId, Api api, qint64 fromMs, qint64 toMs,
                                               qint64 offset, qint64 limit, qint64 *total) const
{
    QList<const InboundSms *> matching;
    for (const InboundSms &sms : m_inbox) {
        if (sms.api == api && (deviceId.isEmpty() || sms.deviceId == deviceId) && sms.atMs >= fromMs
            && sms.atMs <= toMs)
            matching.append(&sms);
    }
    std::stable_sort(matching.begin(), matching.end(), [](const InboundSms *a, const InboundSms *b) {
        return a->atMs != b->atMs ? a->atMs > b->atMs : a->inboxId > b->inboxId;
    });
    *total = matching.size();
    return matching.mid(std::min<qint64>(offset, matching.size()), limit);
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
