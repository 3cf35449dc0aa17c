// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "gatewayadapter.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <deque>

namespace smsdesk {

class Clock;
class DeviceTable;
struct DeviceRuntime;
class QueueStore;
class StoreReader;

// Asks the phones what the dispatcher cannot see from its own sends: their health
// (SMSGate GET /health: battery, connection, failed last hour), and the final state of
// messages on gateways that report by polling only (an SMSGate phone on a LAN cannot post
// webhooks to plain HTTP, reference/gateways.md). Results go to the store in batches.
class HealthPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPoller)

public:
    struct Options
    {
        qint64 healthIntervalMs = 60'000; // 0 = no health polling
        qint64 statusIntervalMs = 5'000; // 0 = no status polling
        qint64 timeoutMs = 30'000;
    };

    HealthPoller(QueueStore &store, const Clock &clock, DeviceTable &devices, Options options,
                 QObject *parent = nullptr);

    void start();
    void stop();
    // A message the gateway accepted: polled until final when its adapter reports by polling.
    void trackSent(const Message &message, const DeviceRuntime &device);
    // Messages sent before a restart through a phone that reports by polling only would
    // otherwise stay `sent` for ever: follows them again (newest first, at most 20 pages of
    // 500, one page per event-loop turn, so a store of a million sent messages does not
    // hold up the start).
    void resumeTracking(StoreReader &reader, qint64 afterSeq = 0, int pagesLeft = 20);
    qsizetype trackedCount() const { return qsizetype(m_tracked.size()); }

    void pollHealthNow();
    void pollStatusNow();

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text);
    void healthChanged();
    // What is wrong with the phone's status answers ("" once they read well again).
    void statusProblemChanged(qint64 deviceId, const QString &text);

private:
    struct Tracked
    {
        Message message; // id, generation, gateway id and number are what polling needs
        qint64 deviceId = 0;
        int polls = 0;
        QString problem; // the last unreadable answer, written to the history once
    };

    bool pollsStatus(const DeviceRuntime &device);
    void onHealthReply(qint64 deviceId, const GatewayReply &reply);
    // True when the message needs no more polling (a final state, or the phone is gone).
    bool onStatusReply(Tracked &tracked, const GatewayReply &reply);
    void flushReports();
    void send(const GatewayRequest &request, std::function<void(const GatewayReply &)> handler);

    QueueStore &m_store;
    const Clock &m_clock;
    Options m_options;
    DeviceTable &m_devices;
    QNetworkAccessManager m_network;
    QTimer m_healthTimer;
    QTimer m_statusTimer;
    QHash<QString, bool> m_adapterPolls; // adapter name → reports by polling
    std::deque<Tracked> m_tracked;
    int m_statusInFlight = 0;
    QList<StatusReport> m_reports;
    QHash<qint64, QString> m_statusProblems; // device → the last problem told
    void setStatusProblem(qint64 deviceId, const QString &text);
};

} // namespace smsdesk
