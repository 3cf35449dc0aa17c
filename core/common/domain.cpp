// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain.h"

namespace smsdesk {

namespace {
struct StatusName
{
    MessageStatus status;
    const char *name;
};
constexpr StatusName kStatusNames[] = {
    { MessageStatus::Queued, "queued" }, { MessageStatus::Sending, "sending" },
    { MessageStatus::Sent, "sent" },     { MessageStatus::Delivered, "delivered" },
    { MessageStatus::Dead, "dead" },     { MessageStatus::Cancelled, "cancelled" },
};
} // namespace

QString statusName(MessageStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<MessageStatus> statusFromName(QStringView name)
{
    for (const auto &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QUuid wireUuid(const QUuid &messageId, int generation)
{
    if (generation <= 0)
        return messageId;
    return QUuid::createUuidV5(messageId, QStringLiteral("smsdesk-resend-%1").arg(generation));
}

} // namespace smsdesk
