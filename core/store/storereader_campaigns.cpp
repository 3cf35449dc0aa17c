// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: campaigns and their messages (issue 14).
#include "storereader.h"

#include "readquery.h"
#include "rows.h"

namespace smsdesk {

namespace {

QString what(const char *doing)
{
    return QStringLiteral("cannot read %1").arg(QLatin1String(doing));
}

const QString &campaignColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, name, body, source, start_at, per_minute, state, recipients, segments, created_at, updated_at"
        " FROM campaigns");
    return columns;
}

Campaign campaignRow(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.text = q.value(2).toString();
    c.source = q.value(3).toString();
    c.startAtMs = q.value(4).toLongLong();
    c.perMinute = q.value(5).toInt();
    c.state = campaignStateFromName(q.value(6).toString()).value_or(Campaign::State::Active);
    c.recipients = q.value(7).toInt();
    c.segments = q.value(8).toInt();
    c.createdAtMs = q.value(9).toLongLong();
    c.updatedAtMs = q.value(10).toLongLong();
    return c;
}

void addCount(CampaignCounts &counts, MessageStatus status, int n, int retrying)
{
    switch (status) {
    case MessageStatus::Queued:
        counts.queued += n;
        counts.retrying += retrying;
        break;
    case MessageStatus::Sending:
        counts.sending += n;
        break;
    case MessageStatus::Sent:
        counts.sent += n;
        break;
    case MessageStatus::Delivered:
        counts.delivered += n;
        break;
    case MessageStatus::Dead:
        counts.dead += n;
        break;
    case MessageStatus::Cancelled:
        counts.cancelled += n;
        break;
    }
}

} // namespace

// One grouped query for the whole page of campaigns (the index on campaign_id, status).
Status StoreReader::countCampaigns(QList<Campaign> &campaigns)
{
    if (campaigns.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    QHash<qint64, Campaign *> byId;
    for (Campaign &c : campaigns) {
        marks << QStringLiteral("?");
        ids << c.id;
        byId.insert(c.id, &c);
    }
    Result<QSqlQuery> q = db::select(
        m_connectionName,
        QStringLiteral("SELECT campaign_id, status, COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END)"
                       " FROM messages WHERE campaign_id IN (%1) GROUP BY campaign_id, status")
            .arg(marks.join(u',')),
        ids, what("the campaign's counts"));
    if (!q)
        return q.error();
    while (q->next()) {
        Campaign *c = byId.value(q->value(0).toLongLong());
        const std::optional<MessageStatus> status = statusFromName(q->value(1).toString());
        if (c && status)
            addCount(c->counts, *status, q->value(2).toInt(), q->value(3).toInt());
    }
    return {};
}

Result<QList<Campaign>> StoreReader::campaigns(int limit)
{
    Result<QSqlQuery> q = db::select(m_connectionName, campaignColumns() + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                                     { std::clamp(limit, 1, 10'000) }, what("campaigns"));
    if (!q)
        return q.error();
    QList<Campaign> list;
    while (q->next())
        list.append(campaignRow(q.value()));
    if (Status s = countCampaigns(list); !s)
        return s.error();
    return list;
}

Result<Campaign> StoreReader::campaign(qint64 id)
{
    Result<QSqlQuery> q
        = db::select(m_connectionName, campaignColumns() + QStringLiteral(" WHERE id = ?"), { id }, what("the campaign"));
    if (!q)
        return q.error();
    if (!q->next())
        return Result<Campaign>::failure(ErrorCode::NotFound, QStringLiteral("no campaign %1").arg(id));
    QList<Campaign> one { campaignRow(q.value()) };
    if (Status s = countCampaigns(one); !s)
        return s.error();
    return one.constFirst();
}

Result<QList<CampaignMessage>> StoreReader::campaignMessages(qint64 campaignId, qint64 afterSeq, int limit)
{
    Result<QSqlQuery> q = db::select(
        m_connectionName,
        QStringLiteral("SELECT m.seq, m.id, m.to_number, COALESCE(c.name, ''), m.body, m.status, m.attempts,"
                       " m.send_at, m.sent_at, m.delivered_at, m.last_error FROM messages m"
                       " LEFT JOIN contact_numbers cn ON cn.number = m.to_number"
                       " LEFT JOIN contacts c ON c.id = cn.contact_id"
                       " WHERE m.campaign_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?"),
        { campaignId, afterSeq, std::clamp(limit, 1, 100'000) }, what("the campaign's messages"));
    if (!q)
        return q.error();
    QList<CampaignMessage> list;
    while (q->next()) {
        CampaignMessage m;
        m.seq = q->value(0).toLongLong();
        m.id = QUuid::fromString(q->value(1).toString());
        m.to = q->value(2).toString();
        m.contactName = q->value(3).toString();
        m.text = q->value(4).toString();
        m.status = statusFromName(q->value(5).toString()).value_or(MessageStatus::Queued);
        m.attempts = q->value(6).toInt();
        m.dueAtMs = q->value(7).toLongLong();
        m.sentAtMs = q->value(8).toLongLong();
        m.deliveredAtMs = q->value(9).toLongLong();
        m.lastError = q->value(10).toString();
        list.append(std::move(m));
    }
    return list;
}

} // namespace smsdesk
