// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtypes.h"

namespace smsdesk::sim {

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return QStringLiteral("Pending");
    case MessageState::Sent:
        return QStringLiteral("Sent");
    case MessageState::Delivered:
        return QStringLiteral("Delivered");
    case MessageState::Failed:
        return QStringLiteral("Failed");
    case MessageState::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
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
