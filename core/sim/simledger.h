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

// What the simulated phones and accounts remember: sent messages (the phones' message
// database), received SMS (each phone's SMS app and the gateway app's inbox), the /stats
// counters, the accept log and the progress steps still to come. It lives as long as the
// GatewaySimulator, so a stop() and listen() (the app restarted) keeps all of it, as the
// app keeps its Room database. No networking, so it stays cheap to test.
class SimLedger final
{
public:
    Stats &stats() { return m_stats; }
    const Stats &stats() const { return m_stats; }

    // Records an accepted message; counts accepted, unique client ids and duplicates.
    // Its (scope, gatewayId) must be new: scope is the phone (SMSGate) or "mysmsgate".
    qint64 add(const QString &scope, SimMessage message);
    bool has(const QString &scope, const QString &gatewayId) const;
    std::optional<qint64> indexOf(const QString &scope, const QString &gatewayId) const;
    // Any scope, the newest message with that id (the C++ API's lookup).
    const SimMessage *findAny(const QString &gatewayId) const;
    SimMessage &at(qint64 index) { return m_messages[size_t(index)]; }
    const SimMessage &at(qint64 index) const { return m_messages[size_t(index)]; }
    qint64 size() const { return qint64(m_messages.size()); }
    qint64 nextPhoneSequence() { return ++m_phoneSequence; }
    // MySMSGate numbers sent and received SMS from one series (sms_id and history ids).
    qint64 nextMySmsGateId() { return ++m_mySmsGateSerial; }

    // Newest first, as the app's MessagesDao.select (ORDER BY createdAt DESC).
    QList<qint64> listNewestFirst(const std::function<bool(const SimMessage &)> &match, qint64 offset,
                                  qint64 limit, qint64 *total) const;
    const QList<AcceptRecord> &acceptLog() const { return m_accepts; }

    void noteOutcome(qint64 atMs, bool failed);
    // Failed and successfully processed messages of the last hour (MessagesDao.countFailedFrom
    // and countProcessedFrom, for the messages:failed health check).
    std::pair<int, int> failedAndProcessedSince(qint64 sinceMs);

    // Received SMS. The phone's SMS app keeps every one (the content provider); the
    // gateway app's inbox only those it processed, deduplicated by id.
    void addToProvider(InboundSms sms) { m_provider.push_back(std::move(sms)); }
    const std::vector<InboundSms> &provider() const { return m_provider; }
    bool inInbox(const QString &deviceId, const QString &inboxId) const;
    void addToInbox(InboundSms sms);
    // IncomingMessagesDao.select: createdAt in [from, to], ORDER BY createdAt DESC, id DESC.
    QList<const InboundSms *> inboxPage(const QString &deviceId, Api api, qint64 fromMs, qint64 toMs,
                                        qint64 offset, qint64 limit, qint64 *total) const;

    // Progress steps due at a monotonic time (ms), earliest first.
    void schedule(qint64 dueMs, qint64 index) { m_due.push({ dueMs, index }); }
    std::optional<qint64> nextDueMs() const;
    std::optional<qint64> takeDue(qint64 nowMs);
    qsizetype pendingSteps() const { return qsizetype(m_due.size()); }

private:
    using Due = std::pair<qint64, qint64>; // (due ms, message index)
    static QString key(const QString &scope, const QString &id) { return scope + QChar(0x1f) + id; }
    std::vector<SimMessage> m_messages;
    QHash<QString, qint64> m_byKey;
    QHash<QString, qint64> m_newestById;
    QSet<QString> m_clientIds;
    QList<AcceptRecord> m_accepts;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    std::deque<std::pair<qint64, bool>> m_outcomes; // (time, failed)
    std::vector<InboundSms> m_provider;
    std::vector<InboundSms> m_inbox;
    QSet<QString> m_inboxKeys;
    Stats m_stats;
    qint64 m_phoneSequence = 0;
    qint64 m_mySmsGateSerial = 0;
};

} // namespace smsdesk::sim
