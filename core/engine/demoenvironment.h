// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "queuestore.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>
#include <vector>

namespace smsdesk {

class GatewaySimulator;

// Demo mode (`--demo`): two simulated SMSGate phones on the in-process simulator, with
// realistic latency, a few failures, and now and then a customer's reply to a message we
// sent, landing in the phone's inbox. Delivery reports and replies take the paths a real
// phone on a LAN gives (polling), or webhooks once the gateway listener registers them.
// Lives in the engine thread.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    DemoEnvironment(QueueStore &store, const Clock &clock, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    QByteArray webhookSecret() const { return m_secret; }
    // Starts the phones and points the two demo devices at them, creating them on first use;
    // then (first use only) gives every screen some work: see seedShowcase().
    Status start();

    // Numbers the demo phones refuse for good (their messages become dead letters), the
    // customer who answers STOP, the scheduled message's recipient, the campaign's.
    static QStringList refusedNumbers();
    static QString stopNumber();
    static QString scheduledNumber();
    static QStringList campaignNumbers();
    static constexpr qint64 kScheduledInMs = 3 * 3'600'000LL;
    static constexpr int kStopAfterMs = 12'000;

private:
    void upsertDevice(int index, const QUrl &baseUrl, const QList<Device> &existing);
    void rememberRecipient(const QString &gatewayId, int phone);
    void replySomewhere();
    // A fresh demo database: messages to the refused numbers, one to the customer who
    // answers STOP a little later, one scheduled in a few hours, and a small campaign.
    void seedShowcase();

    QueueStore &m_store;
    const Clock &m_clock;
    QByteArray m_secret;
    std::vector<std::unique_ptr<GatewaySimulator>> m_phones;
    QList<QPair<QString, int>> m_recentRecipients; // number, phone index
    QTimer m_replyTimer;
    QRandomGenerator m_random;
};

} // namespace smsdesk
