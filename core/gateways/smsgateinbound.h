// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only so the webhook parser (and its fuzz target) can use it without the adapters.

#include <QString>
#include <QStringView>

#include <limits>

namespace smsdesk {

// The key a received SMSGate SMS is deduplicated under, the same whether it came by webhook
// or by polling: the phone's webhook carries payload.messageId = the message's hashCode as
// unsigned hex (capcom6/android-sms-gateway, modules/receiver/ReceiverService.kt), and
// GET /inbox lists id = "text:" + the same hashCode in signed decimal
// (modules/incoming/IncomingMessagesService.kt, buildId). The hash covers sender, text and
// time, so the same words sent again later are a new message. Empty when `id` is neither.
inline QString smsGateInboundKey(const QString &id)
{
    quint64 hash = 0;
    bool ok = false;
    if (id.startsWith(QLatin1String("text:"))) {
        const qint64 value = QStringView(id).mid(5).toLongLong(&ok);
        ok = ok && value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max();
        hash = quint32(qint32(value));
    } else {
        hash = id.toULongLong(&ok, 16);
        ok = ok && !id.isEmpty() && hash <= std::numeric_limits<quint32>::max();
    }
    return ok ? QStringLiteral("smsgate-in:") + QString::number(hash, 16) : QString();
}

} // namespace smsdesk
