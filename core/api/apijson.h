// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "storereader.h"

#include <QJsonObject>

#include <optional>

namespace smsdesk {

// The JSON shapes of API v1 (docs/api.md). One place, so every route answers alike.
namespace ApiJson {

QString toRfc3339(qint64 ms); // "2026-01-01T09:30:00.000Z"
// RFC 3339 only: date, time and an explicit offset ("Z" or "+02:00"); no local times.
std::optional<qint64> parseRfc3339(const QString &text);

QByteArray message(const Message &message); // a compact JSON object
QByteArray messageList(const QList<QByteArray> &messages); // "[a,b,…]"
QByteArray messageWithEvents(const Message &message, const QList<MessageEvent> &events);
QJsonObject device(const Device &device);
QJsonObject stats(const StatusCounts &counts);
QByteArray compact(const QJsonObject &object);

} // namespace ApiJson

} // namespace smsdesk
