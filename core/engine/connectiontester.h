// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

namespace smsdesk {

// What "Test connection" learned: the phone's health, and the phones the credentials reach
// with their SIM cards (to fill the remote id and the SIM choice).
struct ConnectionReport
{
    DeviceHealth health;
    QList<RemoteDevice> devices;
    QString devicesProblem; // why the phone list could not be read (the test still passed)
};

// "Test connection" for a phone: an authenticated request proving the credentials are
// accepted, the health probe where the gateway has one (SMSGate GET /health), then the
// gateway's own description of the phone (SMSGate GET /device or the cloud's /devices,
// MySMSGate GET /api/v1/devices).
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    QFuture<Result<ConnectionReport>> test(const Device &device, const Credentials &credentials);

private:
    QFuture<GatewayReply> fetch(const GatewayRequest &request);
    QFuture<Result<ConnectionReport>> describe(std::shared_ptr<GatewayAdapter> adapter, const Device &device,
                                               const Credentials &credentials, ConnectionReport report);

    QNetworkAccessManager m_network;
};

} // namespace smsdesk
