// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigntext.h"

#include <QLocale>
#include <QSet>

namespace smsdesk {

QString CampaignText::state(const Campaign &campaign, qint64 nowMs)
{
    switch (campaign.state) {
    case Campaign::State::Paused:
        return tr("Paused");
    case Campaign::State::Cancelled:
        return campaign.counts.sending > 0 ? tr("Cancelling") : tr("Cancelled");
    case Campaign::State::Active:
        break;
    }
    if (campaign.isFinished())
        return tr("Finished");
    return campaign.startAtMs > nowMs && campaign.counts.sending == 0 ? tr("Scheduled") : tr("Sending");
}

QString CampaignText::pace(int perMinute)
{
    return perMinute > 0 ? tr("%1 a minute").arg(QLocale().toString(perMinute)) : tr("As fast as the phones allow");
}

QString CampaignText::status(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued: return tr("Queued");
    case MessageStatus::Sending: return tr("Sending");
    case MessageStatus::Sent: return tr("Sent");
    case MessageStatus::Delivered: return tr("Delivered");
    case MessageStatus::Dead: return tr("Failed");
    case MessageStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

// The planner words its reasons in English for logs and the API; the kind is read from the
// row itself where it can be (no number: it did not read; a number an earlier row had: a
// duplicate, the planner checks that first) and from the wording only for the rest.
QList<std::optional<CampaignText::LeftOut>> CampaignText::leftOutKinds(const CampaignPreview &preview)
{
    QList<std::optional<LeftOut>> kinds;
    kinds.reserve(preview.rows.size());
    QSet<QString> seen;
    for (const CampaignRow &row : preview.rows) {
        std::optional<LeftOut> kind;
        if (!row.included()) {
            if (row.number.isEmpty())
                kind = LeftOut::InvalidNumber;
            else if (seen.contains(row.number))
                kind = LeftOut::Duplicate;
            else if (row.leftOut.startsWith(QLatin1String("opted out")))
                kind = LeftOut::OptedOut;
            else if (row.leftOut.contains(QLatin1Char('{')))
                kind = LeftOut::MissingField;
            else
                kind = LeftOut::Other;
        }
        if (!row.number.isEmpty())
            seen.insert(row.number);
        kinds.append(kind);
    }
    return kinds;
}

QString CampaignText::summary(const CampaignPreview &preview)
{
    QString text = tr("%n message(s)", nullptr, preview.included) + QStringLiteral(", ")
        + tr("%n segment(s)", nullptr, preview.segments);
    if (preview.ucs2 > 0)
        text += QStringLiteral(" (") + tr("%n as UCS-2, 70 characters a segment", nullptr, preview.ucs2)
            + QLatin1Char(')');
    if (preview.leftOut == 0)
        return text;
    int counts[5] = {};
    for (const std::optional<LeftOut> &kind : leftOutKinds(preview)) {
        if (kind)
            ++counts[int(*kind)];
    }
    QStringList parts;
    if (const int n = counts[int(LeftOut::InvalidNumber)])
        parts << tr("%n invalid number(s)", nullptr, n);
    if (const int n = counts[int(LeftOut::Duplicate)])
        parts << tr("%n duplicate(s)", nullptr, n);
    if (const int n = counts[int(LeftOut::OptedOut)])
        parts << tr("%n opted out", nullptr, n);
    if (const int n = counts[int(LeftOut::MissingField)])
        parts << tr("%n missing field(s)", nullptr, n);
    if (const int n = counts[int(LeftOut::Other)])
        parts << tr("%n other(s)", nullptr, n);
    return text + QStringLiteral("; ") + tr("%n left out", nullptr, preview.leftOut) + QStringLiteral(": ")
        + parts.join(QStringLiteral(", "));
}

} // namespace smsdesk
