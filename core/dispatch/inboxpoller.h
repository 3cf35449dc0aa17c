// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>

namespace smsdesk {

class Clock;
class DeviceTable;
struct DeviceRuntime;
class QueueStore;
class StoreReader;

// Fetches the SMS customers send to phones that list them (SMSGate GET /inbox), so replies
// reach a desk the phone cannot post webhooks to: a phone on the shop's Wi-Fi only posts to
// https:// or to itself (modules/webhooks/WebHooksService.kt). Every phone is asked each
// interval for what arrived since the newest SMS we have from it, less an overlap for
// messages stamped late by the network; once an hour it looks two days back. The store
// drops what it has (the gateway id), and ids seen lately are not even sent to it.
class InboxPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPoller)

public:
    // Turns a sender as the phone wrote it into the number conversations are keyed by
    // (E.164 where it parses); identity when null.
    using NumberNormalizer = std::function<QString(const QString &)>;

    struct Options
    {
        qint64 intervalMs = 3'000; // 0 = off
        qint64 timeoutMs = 30'000;
        qint64 overlapMs = 10 * 60'000;
        qint64 sweepEveryMs = 60 * 60'000;
        qint64 sweepSpanMs = 48 * 60 * 60'000;
        NumberNormalizer normalize;
    };

    InboxPoller(QueueStore &store, StoreReader &reader, const Clock &clock, DeviceTable &devices, Options options,
                QObject *parent = nullptr);

    void start();
    void stop();
    void pollNow();
    qint64 intervalMs() const { return m_options.intervalMs; }

Q_SIGNALS:
    // A phone's way of getting replies changed ("polling every 3 s", or what went wrong).
    void reportsViaChanged(qint64 deviceId, const QString &text);

private:
    struct Phone
    {
        qint64 sinceMs = -1; // -1: not read from the store yet
        qint64 lastSweepMs = 0;
        bool busy = false;
        bool unsupported = false; // the gateway said it lists nothing (HTTP 501)
        QString state; // the last reportsVia text
        QSet<QString> recent; // gateway ids stored lately
    };

    void poll(DeviceRuntime &device, Phone &phone, qint64 fromMs, int offset);
    void onPage(qint64 deviceId, qint64 fromMs, int offset, int limit, const GatewayReply &reply);
    void setState(qint64 deviceId, Phone &phone, const QString &text);

    QueueStore &m_store;
    StoreReader &m_reader;
    const Clock &m_clock;
    Options m_options;
    DeviceTable &m_devices;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::map<qint64, Phone> m_phones;
};

} // namespace smsdesk
