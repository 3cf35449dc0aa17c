// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QObject>

#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace smsdesk {

// Sends gateway requests over a pool of QNetworkAccessManagers, each request to the least
// busy one. Qt 6.4 caps a
// manager at 6 HTTP/1.1 connections per host with no setting (QHttp1Configuration is 6.5),
// so 64 requests in flight against one gateway host need ceil(64 / 6) = 11 managers
// (reference/platform-notes.md: one manager at 50 ms did 115/s, eleven did 1,180/s).
// Lives in, and calls back on, the thread that created it.
class SenderPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderPool)

public:
    // Called once per send, with the tag given to send(), on the pool's thread.
    using ReplyHandler = std::function<void(quint64 tag, GatewayReply &&reply)>;

    SenderPool(int managers, qint64 timeoutMs, QObject *parent = nullptr);
    ~SenderPool() override;

    // Who gets the answers (the dispatcher, once it exists); answers without one are dropped.
    void setReplyHandler(ReplyHandler handler) { m_handler = std::move(handler); }

    // Every request gets the transfer timeout: a gateway that stops answering becomes a
    // classified "timeout" outcome instead of a message stuck in `sending`.
    void send(quint64 tag, const GatewayRequest &request);
    int outstanding() const { return m_outstanding; }
    int managerCount() const { return int(m_managers.size()); }
    // Aborts every open request; their handlers still run (as timeouts are not reported:
    // `aborted` is set), so callers can release what they hold.
    void abortAll();

private:
    void onFinished(QNetworkReply *reply, quint64 tag, size_t manager);
    size_t leastBusy() const;

    std::vector<QNetworkAccessManager *> m_managers; // children of this
    std::vector<int> m_busy; // requests open per manager
    qint64 m_timeoutMs;
    ReplyHandler m_handler;
    int m_outstanding = 0;
    bool m_aborting = false;
};

// Reads what the adapters need from a finished reply, never more than a parsable body
// (a gateway answering megabytes is broken; its bytes are not worth keeping).
GatewayReply readGatewayReply(QNetworkReply *reply, bool abortedByUs);

} // namespace smsdesk
