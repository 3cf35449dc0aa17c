// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsdesk {

// Secrets of one device or gateway account, as read from the keychain or the
// headless credentials file. Never stored in the database, settings or logs.
struct Credentials
{
    QString user; // SMSGate Basic auth
    QString password;
    QString apiKey; // MySMSGate Bearer key
    bool isEmpty() const { return user.isEmpty() && password.isEmpty() && apiKey.isEmpty(); }
};

} // namespace smsdesk
