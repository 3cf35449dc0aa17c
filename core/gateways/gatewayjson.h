// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the adapters: lean JSON building (the dispatcher builds ~4,000
// requests per second, so no QJsonObject round trip) and defensive reply reading.

#include "gatewayadapter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>
#include <QUrl>

namespace smsdesk::gw {

// Replies bigger than this are not parsed: a gateway answering megabytes is broken.
inline constexpr qsizetype kMaxParsedBody = 1024 * 1024;

// Appends `text` as a quoted, escaped JSON string (UTF-8).
void appendJsonString(QByteArray &out, QStringView text);
// "{base}{path}" without doubling the slash; base may carry a path prefix.
QUrl joinUrl(const QString &base, QLatin1String path);
QUrl joinUrl(const QString &base, QLatin1String path, QStringView tail);
// Our message id as it goes on the wire: the UUID without braces.
QString wireId(const QUuid &id);
// The id this send of the message goes under (wireUuid() of its generation).
QString wireId(const Message &message);

QNetworkRequest jsonRequest(const QUrl &url);
void setBasicAuth(QNetworkRequest &request, const Credentials &credentials);
void setBearerAuth(QNetworkRequest &request, const Credentials &credentials);

bool isSuccess(int httpStatus);
// True when the reply carries a usable HTTP answer (no transport error, no timeout).
bool hasCleanAnswer(const GatewayReply &reply);
// The body as a JSON object, or an error text fit for a message's history.
Result<QJsonObject> parseObject(const GatewayReply &reply);
// First bytes of a body, printable, for error texts (never the whole of a huge body).
QString bodySnippet(const QByteArray &body);

} // namespace smsdesk::gw
