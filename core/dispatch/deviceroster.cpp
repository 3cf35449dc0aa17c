// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceroster.h"

#include "clock.h"
#include "credentialstore.h"
#include "devicerouter.h"
#include "queuestore.h"
#include "storereader.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace smsdesk {

namespace {
// Start of DeviceHealth::pausedReason when the gateway refused the credentials; new
// credentials lift such a pause.
constexpr QLatin1String kCredentialsRejected { "credentials rejected" };
// Start of pausedReason when the gateway refused the phone or the account (MySMSGate 402,
// unknown SMSGate cloud device); a change of the device's settings lifts it.
constexpr QLatin1String kGatewayRefused { "gateway refused the phone" };
// How long to wait before asking a failing store for the phones again.
constexpr qint64 kStoreTroubleRetryMs = 1'000;
} // namespace

DeviceRoster::DeviceRoster(QueueStore &store, StoreReader &reader, const Clock &clock,
                           CredentialStore *credentials, DeviceTable &devices, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(reader)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_devices(devices)
{ }

void DeviceRoster::reload()
{
    Result<QList<Device>> devices = m_reader.devices();
    if (!devices) {
        qCWarning(lcDispatch) << "cannot read the phones:" << devices.errorString();
        QTimer::singleShot(kStoreTroubleRetryMs, this, &DeviceRoster::reload);
        return;
    }
    // A phone at a new address is probed at once (new phones are probed once their
    // credentials are read), so its state shows now, not at the next health round.
    bool addressesChanged = false;
    QList<qint64> resettled; // settings the gateway refused were changed: try them
    for (const Device &device : devices.value()) {
        const DeviceRuntime *known = m_devices.find(device.id);
        addressesChanged = addressesChanged || (known && known->device.baseUrl != device.baseUrl);
        if (known
            && (known->device.baseUrl != device.baseUrl || known->device.remoteId != device.remoteId
                || known->device.adapter != device.adapter)
            && device.health.pausedReason.startsWith(kGatewayRefused))
            resettled.append(device.id);
    }
    const QList<qint64> reread = m_devices.apply(devices.value(), m_reader);
    for (qint64 id : std::as_const(resettled)) {
        if (DeviceRuntime *device = m_devices.find(id))
            setPaused(*device, {});
    }
    m_loadedAtMs = m_clock.nowMs();
    for (qint64 id : reread)
        loadCredentials(id);
    if (addressesChanged)
        Q_EMIT probeWanted();
    Q_EMIT settingsChanged();
    Q_EMIT changed();
}

void DeviceRoster::loadCredentials(qint64 deviceId)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device)
        return;
    if (!m_credentials) {
        device->credentialsReady = true;
        device->credentialsHere = true; // nothing to read: none are needed here
        Q_EMIT probeWanted();
        return;
    }
    m_credentials->read(deviceCredentialsKey(deviceId)).then(this, [this, deviceId](const Result<Credentials> &read) {
        DeviceRuntime *device = m_devices.find(deviceId);
        if (!device)
            return;
        if (!read && read.code() != ErrorCode::NotFound && !device->credentialsWarned) {
            device->credentialsWarned = true; // once, not on every reload of the phones
            // No keychain (e.g. a headless server without --credentials-file): a gateway
            // that asks for no credentials still works; one that does answers 401 and the
            // device is paused with that reason. Say why either way.
            Q_EMIT deviceAlert(deviceId,
                               QStringLiteral("Cannot read the credentials of %1 (%2); sending without them")
                                   .arg(device->device.name, read.errorString()));
        }
        const Credentials credentials = read ? read.value() : Credentials {};
        const bool changed = credentials.user != device->credentials.user
            || credentials.password != device->credentials.password || credentials.apiKey != device->credentials.apiKey;
        device->credentials = credentials;
        const bool firstTime = !device->credentialsReady;
        device->credentialsReady = true;
        device->credentialsHere = read.ok();
        if (changed && device->device.health.pausedReason.startsWith(kCredentialsRejected))
            setPaused(*device, {}); // new credentials: give them a chance
        // Health is probed only once credentials are known: do it now for a new phone.
        if (firstTime)
            Q_EMIT probeWanted();
        Q_EMIT settingsChanged(); // webhooks are registered with the credentials now known
        Q_EMIT this->changed();
    });
}

// Bad credentials concern every message of the phone: pause it and tell the user.
void DeviceRoster::pauseForCredentials(DeviceRuntime &device, int httpStatus, const QString &error)
{
    if (device.paused())
        return;
    setPaused(device, QString(kCredentialsRejected) + QStringLiteral(": ") + error);
    Q_EMIT deviceAlert(device.device.id,
                       QStringLiteral("%1 refused our credentials (HTTP %2). It is paused until you enter new "
                                      "ones; its messages stay queued.")
                           .arg(device.device.name)
                           .arg(httpStatus));
}

// The gateway will not send for this phone or account until something changes (balance
// used up, phone removed from the cloud account): pause it with the gateway's reason and
// tell the user once.
void DeviceRoster::pauseRefused(DeviceRuntime &device, const QString &error, qint64 retryInMs)
{
    if (device.paused())
        return;
    const QString reason = QString(kGatewayRefused) + QStringLiteral(": ") + error;
    setPaused(device, reason);
    QString text = QStringLiteral("%1 is paused: %2. Its messages stay queued.").arg(device.device.name, error);
    if (retryInMs > 0) {
        // Nobody announces a topped-up balance: try again after a while.
        const qint64 deviceId = device.device.id;
        QTimer::singleShot(std::chrono::milliseconds(retryInMs), this, [this, deviceId, reason] {
            DeviceRuntime *d = m_devices.find(deviceId);
            if (d && d->device.health.pausedReason == reason)
                setPaused(*d, {});
        });
        text += QStringLiteral(" Smsdesk tries again in %1.").arg(DeviceRouter::formatWait(retryInMs));
    } else {
        text += QStringLiteral(" Check the phone's settings; saving them tries again.");
    }
    Q_EMIT deviceAlert(device.device.id, text);
}

void DeviceRoster::setPaused(DeviceRuntime &device, const QString &reason)
{
    device.device.health.pausedReason = reason;
    m_store.updateDeviceHealth(device.device.id, device.device.health);
    if (reason.isEmpty())
        Q_EMIT changed();
}

// Stores the phone's reportsVia when one of its parts changed it.
void DeviceRoster::setReportsPart(qint64 deviceId, ReportsPart part, const QString &text)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device)
        return;
    switch (part) {
    case ReportsPart::Inbox:
        device->inboxVia = text;
        break;
    case ReportsPart::Webhooks:
        device->webhooksVia = text;
        break;
    case ReportsPart::Status:
        device->statusProblem = text;
        break;
    }
    const QString via = device->reportsVia();
    if (device->device.health.reportsVia == via)
        return;
    device->device.health.reportsVia = via;
    m_store.updateDeviceHealth(deviceId, device->device.health);
}

} // namespace smsdesk
