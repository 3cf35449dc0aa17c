// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace smsdesk {

// A new API token: "sd_" + 43 url-safe characters (256 random bits). Shown once.
QString generateApiToken();
// What is stored and looked up: hex SHA-256 of the token's UTF-8 bytes.
QByteArray hashApiToken(QStringView token);
QByteArray hashApiToken(QByteArrayView utf8Token);

} // namespace smsdesk
