// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtypes.h"

namespace smsdesk::sim {

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return QStringLiteral("Pending");
    case MessageState::Cancelling:
        return QStringLiteral("Cancelling");
    case MessageState::Cancelled:
        return QStringLiteral("Cancelled");
    case MessageState::Processed:
        return QStringLiteral("Processed");
    case MessageState::Sent:
        return QStringLiteral("Sent");
    case MessageState::Delivered:
        return QStringLiteral("Delivered");
    case MessageState::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

std::optional<MessageState> stateFromName(QStringView name)
{
    for (int i = 0; i < kStateCount; ++i) {
        if (name == stateName(MessageState(i)))
            return MessageState(i);
    }
    return std::nullopt;
}

QString mySmsGateStatus(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return QStringLiteral("pending");
    case MessageState::Processed:
        return QStringLiteral("sending");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Delivered:
        return QStringLiteral("delivered");
    case MessageState::Failed:
        return QStringLiteral("failed");
    case MessageState::Cancelling:
    case MessageState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool SimMessage::isFinal() const
{
    return state == MessageState::Delivered || state == MessageState::Failed
        || state == MessageState::Cancelled || (state == MessageState::Sent && !withDeliveryReport);
}

QList<SimCard> simulatedSimCards(int count)
{
    QList<SimCard> cards;
    for (int i = 0; i < count; ++i) {
        cards.append(SimCard { i, i + 1, QStringLiteral("+1555010%1").arg(1000 + i),
                               QStringLiteral("Sim Carrier %1").arg(i + 1),
                               QStringLiteral("89010000000000000%1").arg(10 + i) });
    }
    return cards;
}

namespace {

quint32 javaStringHash(const QString &text)
{
    quint32 h = 0;
    for (const QChar c : text)
        h = 31u * h + c.unicode();
    return h;
}

} // namespace

qint32 javaInboxHash(const QString &address, qint64 dateMs, int subscriptionId, const QString &text)
{
    // InboxMessage.hashCode(): address, then Date.hashCode() ((int)(t ^ t >>> 32)), then the
    // subscription id; InboxMessage.Text: 31 * that + text.hashCode(). All in 32-bit wrap-around.
    const auto t = quint64(dateMs);
    const auto dateHash = quint32(t ^ (t >> 32));
    quint32 h = javaStringHash(address);
    h = 31u * h + dateHash;
    h = 31u * h + quint32(subscriptionId);
    h = 31u * h + javaStringHash(text);
    return qint32(h);
}

namespace {

// GSM 03.38 basic set (as Unicode) and the characters that need the escape.
const QString &gsmBasic()
{
    static const QString set
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return set;
}

const QString &gsmExtension()
{
    static const QString set = QStringLiteral("\f^{}\\[~]|€");
    return set;
}

// Septets per UTF-16 unit below U+0400 (0 = not GSM-7); € is the only one above.
struct GsmTable
{
    quint8 septets[0x400] = {};
    GsmTable()
    {
        for (const QChar c : gsmBasic())
            septets[c.unicode()] = 1;
        for (const QChar c : gsmExtension()) {
            if (c.unicode() < 0x400)
                septets[c.unicode()] = 2;
        }
    }
};

int gsmSeptets(const QString &text)
{
    static const GsmTable table;
    int septets = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const int n = u < 0x400 ? table.septets[u] : (u == 0x20AC ? 2 : 0);
        if (n == 0)
            return -1;
        septets += n;
    }
    return septets;
}

} // namespace

int countSegments(const QString &text)
{
    const int septets = gsmSeptets(text);
    if (septets >= 0)
        return septets <= 160 ? 1 : (septets + 152) / 153;
    const auto units = int(text.size());
    return units <= 70 ? 1 : (units + 66) / 67;
}

} // namespace smsdesk::sim
