// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicetable.h"

#include <QObject>

namespace smsdesk {

class Clock;
class CredentialStore;
class QueueStore;
class StoreReader;

// The phones as the dispatch side knows them, kept in step with the store: reads them
// (QueueStore::devicesChanged), reads each one's credentials, and owns the two pauses the
// gateways cause (credentials refused; phone or account refused) and the one-line
// "how reports arrive" that the pollers and the webhook registrar build together. Every
// change of a phone's health it makes is written to the store. Lives in the engine thread.
class DeviceRoster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceRoster)

public:
    // Who wrote a part of DeviceRuntime::reportsVia().
    enum class ReportsPart { Inbox, Webhooks, Status };

    // `credentials` may be null: every phone then sends without credentials.
    DeviceRoster(QueueStore &store, StoreReader &reader, const Clock &clock, CredentialStore *credentials,
                 DeviceTable &devices, QObject *parent = nullptr);

    DeviceTable &table() { return m_devices; }
    // Clock time the phones were last read; a message enqueued later may name a newer one.
    qint64 loadedAtMs() const { return m_loadedAtMs; }

    // The gateway refused the credentials / the phone or account: pause it (once), with an
    // alert that says what to do. A pause for refused credentials ends when they change; a
    // refused phone when its settings change or, with `retryInMs` > 0, after that long.
    void pauseForCredentials(DeviceRuntime &device, int httpStatus, const QString &error);
    void pauseRefused(DeviceRuntime &device, const QString &error, qint64 retryInMs);
    void setReportsPart(qint64 deviceId, ReportsPart part, const QString &text);

public Q_SLOTS:
    // Re-reads the phones from the store (the composition connects QueueStore::devicesChanged).
    void reload();

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text);
    // Something that may let messages go again: phones re-read, credentials read, a pause
    // lifted.
    void changed();
    // A phone to ask for its health now: a new address, or credentials read the first time.
    void probeWanted();
    // The phones' settings or credentials changed (webhook registrations follow them).
    void settingsChanged();

private:
    void loadCredentials(qint64 deviceId);
    void setPaused(DeviceRuntime &device, const QString &reason);

    QueueStore &m_store;
    StoreReader &m_reader;
    const Clock &m_clock;
    CredentialStore *m_credentials;
    DeviceTable &m_devices;
    qint64 m_loadedAtMs = 0;
};

} // namespace smsdesk
