// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

namespace smsdesk {

// "Test connection" for a phone: the health probe where the gateway has one (SMSGate
// GET /health), then an authenticated request proving the credentials are accepted.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    QFuture<Result<DeviceHealth>> test(const Device &device, const Credentials &credentials);

private:
    QFuture<GatewayReply> fetch(const GatewayRequest &request);

    QNetworkAccessManager m_network;
};

} // namespace smsdesk
