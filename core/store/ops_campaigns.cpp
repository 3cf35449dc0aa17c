// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

#include <limits>

namespace smsdesk::ops {

namespace {

// Pause moves its queued messages out of every claim's reach (the claim's index filters
// on next_attempt_at before it reads a row), and `held` keeps the ones that come back
// from the wire meanwhile.
constexpr qint64 kHeldUntil = std::numeric_limits<qint64>::max() / 2;

// When the i-th message of a campaign is due: one every 60 s ÷ perMinute from `fromMs`.
qint64 dueAt(qint64 fromMs, int perMinute, qsizetype index)
{
    return perMinute > 0 ? fromMs + qint64(index) * 60'000 / perMinute : fromMs;
}

Result<Campaign::State> stateOf(WriteContext &ctx, qint64 campaignId)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT state FROM campaigns WHERE id = ?"));
    q.bindValue(0, campaignId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the campaign"));
    if (!q.next())
        return Result<Campaign::State>::failure(ErrorCode::NotFound,
                                                QStringLiteral("no campaign %1").arg(campaignId));
    const QString name = q.value(0).toString();
    q.finish();
    return campaignStateFromName(name).value_or(Campaign::State::Active);
}

Status setState(WriteContext &ctx, qint64 campaignId, Campaign::State state)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("UPDATE campaigns SET state = ?, updated_at = ? WHERE id = ?"));
    q.bindValue(0, campaignStateName(state));
    q.bindValue(1, ctx.now());
    q.bindValue(2, campaignId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot change the campaign"));
    ctx.effects().campaignsChanged = true;
    ctx.effects().messagesChanged = true;
    return {};
}

Status refuse(Campaign::State state, const QString &action)
{
    return Status::failure(ErrorCode::Conflict, QStringLiteral("the campaign is %1; it cannot be %2")
                                                    .arg(campaignStateName(state), action));
}

// Gives the campaign's queued messages their pace again, from now, in queue order.
Status pace(WriteContext &ctx, qint64 campaignId, int perMinute, qint64 fromMs)
{
    QSqlQuery &select = ctx.prepared(
        QStringLiteral("SELECT seq FROM messages WHERE campaign_id = ? AND status = 'queued' ORDER BY seq"));
    select.bindValue(0, campaignId);
    if (!select.exec())
        return db::queryError(select, QStringLiteral("cannot read the campaign's messages"));
    QList<qint64> seqs;
    while (select.next())
        seqs.append(select.value(0).toLongLong());
    select.finish();
    QSqlQuery &update = ctx.prepared(QStringLiteral("UPDATE messages SET next_attempt_at = ? WHERE seq = ?"));
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        update.bindValue(0, dueAt(fromMs, perMinute, i));
        update.bindValue(1, seqs.at(i));
        if (!update.exec())
            return db::queryError(update, QStringLiteral("cannot pace the campaign's messages"));
    }
    return {};
}

} // namespace

Result<Campaign> createCampaign(WriteContext &ctx, const Campaign &campaign, QList<NewMessage> messages)
{
    if (campaign.name.trimmed().isEmpty())
        return Result<Campaign>::failure(ErrorCode::Invalid, QStringLiteral("the campaign needs a name"));
    if (messages.isEmpty())
        return Result<Campaign>::failure(ErrorCode::Invalid, QStringLiteral("the campaign has no recipients"));
    if (campaign.perMinute < 0)
        return Result<Campaign>::failure(ErrorCode::Invalid, QStringLiteral("the pace must not be negative"));
    // Said before anything is written, with the room there is: a campaign is queued whole or not at all.
    const Result<qint64> depth = ctx.queueDepth();
    if (!depth)
        return depth.error();
    const qint64 room = std::max<qint64>(0, ctx.options().config.maxQueueDepth - depth.value());
    if (messages.size() > room) {
        return Result<Campaign>::failure(
            ErrorCode::QueueFull,
            QStringLiteral("the campaign has %1 messages but the queue has room for %2 more (its limit is %3)")
                .arg(messages.size())
                .arg(room)
                .arg(ctx.options().config.maxQueueDepth));
    }
    Campaign stored = campaign;
    stored.startAtMs = std::max(campaign.startAtMs, ctx.now());
    stored.state = Campaign::State::Active;
    stored.createdAtMs = stored.updatedAtMs = ctx.now();
    stored.recipients = int(messages.size());
    stored.segments = 0;
    for (const NewMessage &m : std::as_const(messages))
        stored.segments += m.segments;
    QSqlQuery &insert = ctx.prepared(
        QStringLiteral("INSERT INTO campaigns (name, body, source, start_at, per_minute, state, recipients,"
                       " segments, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) RETURNING id"));
    insert.bindValue(0, stored.name.trimmed());
    insert.bindValue(1, stored.text.isNull() ? QStringLiteral("") : stored.text); // a null QString binds NULL
    insert.bindValue(2, stored.source.isNull() ? QStringLiteral("") : stored.source);
    insert.bindValue(3, stored.startAtMs);
    insert.bindValue(4, stored.perMinute);
    insert.bindValue(5, stored.recipients);
    insert.bindValue(6, stored.segments);
    insert.bindValue(7, stored.createdAtMs);
    insert.bindValue(8, stored.updatedAtMs);
    if (!insert.exec() || !insert.next())
        return db::queryError(insert, QStringLiteral("cannot store the campaign"));
    stored.id = insert.value(0).toLongLong();
    insert.finish();

    EnqueueRequest request;
    request.messages = std::move(messages);
    request.refuseOptedOut = false;
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        NewMessage &m = request.messages[i];
        m.campaignId = stored.id;
        m.priority = kCampaignPriority;
        m.sendAtMs = dueAt(stored.startAtMs, stored.perMinute, i);
    }
    const Result<EnqueueResult> queued = enqueue(ctx, request);
    if (!queued)
        return queued.error();
    stored.counts.queued = stored.recipients;
    ctx.effects().campaignsChanged = true;
    return stored;
}

Status pauseCampaign(WriteContext &ctx, qint64 campaignId)
{
    const Result<Campaign::State> state = stateOf(ctx, campaignId);
    if (!state)
        return state.error();
    if (state.value() == Campaign::State::Paused)
        return {};
    if (state.value() != Campaign::State::Active)
        return refuse(state.value(), QStringLiteral("paused"));
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET held = 1, next_attempt_at = CASE WHEN status = 'queued' THEN ? ELSE next_attempt_at"
        " END WHERE campaign_id = ? AND status IN ('queued', 'sending')"));
    q.bindValue(0, kHeldUntil);
    q.bindValue(1, campaignId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot hold the campaign's messages"));
    return setState(ctx, campaignId, Campaign::State::Paused);
}

Status resumeCampaign(WriteContext &ctx, qint64 campaignId)
{
    const Result<Campaign::State> state = stateOf(ctx, campaignId);
    if (!state)
        return state.error();
    if (state.value() == Campaign::State::Active)
        return {};
    if (state.value() != Campaign::State::Paused)
        return refuse(state.value(), QStringLiteral("resumed"));
    QSqlQuery &perMinute = ctx.prepared(QStringLiteral("SELECT per_minute, start_at FROM campaigns WHERE id = ?"));
    perMinute.bindValue(0, campaignId);
    if (!perMinute.exec() || !perMinute.next())
        return db::queryError(perMinute, QStringLiteral("cannot read the campaign"));
    const int pacePerMinute = perMinute.value(0).toInt();
    const qint64 startAt = perMinute.value(1).toLongLong();
    perMinute.finish();
    QSqlQuery &release
        = ctx.prepared(QStringLiteral("UPDATE messages SET held = 0 WHERE campaign_id = ? AND held <> 0"));
    release.bindValue(0, campaignId);
    if (!release.exec())
        return db::queryError(release, QStringLiteral("cannot release the campaign's messages"));
    // Paused before its start: it starts when it was to start.
    if (Status s = pace(ctx, campaignId, pacePerMinute, std::max(startAt, ctx.now())); !s)
        return s;
    if (Status s = setState(ctx, campaignId, Campaign::State::Active); !s)
        return s;
    ctx.effects().requeued = true; // the dispatcher looks when they are due
    return {};
}

Result<int> cancelCampaign(WriteContext &ctx, qint64 campaignId)
{
    const Result<Campaign::State> state = stateOf(ctx, campaignId);
    if (!state)
        return state.error();
    if (state.value() == Campaign::State::Cancelled)
        return 0;
    // What is on the wire finishes; should it come back to the queue (a failed send, or a
    // phone's failure report for one sent), the next claim cancels it (settleCancelledCampaigns).
    QSqlQuery &hold = ctx.prepared(
        QStringLiteral("UPDATE messages SET held = 2 WHERE campaign_id = ? AND status IN ('sending', 'sent')"));
    hold.bindValue(0, campaignId);
    if (!hold.exec())
        return db::queryError(hold, QStringLiteral("cannot hold the campaign's messages"));
    QSqlQuery &cancel = ctx.prepared(QStringLiteral(
        "UPDATE messages SET status = 'cancelled', held = 2, next_attempt_at = ?, last_error = ?, updated_at = ?"
        " WHERE campaign_id = ? AND status = 'queued' RETURNING seq"));
    cancel.bindValue(0, kHeldUntil);
    cancel.bindValue(1, QStringLiteral("campaign cancelled"));
    cancel.bindValue(2, ctx.now());
    cancel.bindValue(3, campaignId);
    const Result<int> cancelled = recordCancelled(ctx, cancel, QStringLiteral("campaign cancelled"),
                                                  QStringLiteral("cannot cancel the campaign's messages"));
    if (!cancelled)
        return cancelled;
    if (Status s = setState(ctx, campaignId, Campaign::State::Cancelled); !s)
        return s.error();
    return cancelled;
}

Result<int> settleCancelledCampaigns(WriteContext &ctx)
{
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE messages SET status = 'cancelled', last_error = ?, updated_at = ?"
                       " WHERE held = 2 AND status = 'queued' RETURNING seq"));
    q.bindValue(0, QStringLiteral("campaign cancelled"));
    q.bindValue(1, ctx.now());
    return recordCancelled(ctx, q, QStringLiteral("campaign cancelled"),
                           QStringLiteral("cannot cancel the messages of cancelled campaigns"));
}

Result<int> recordCancelled(WriteContext &ctx, QSqlQuery &q, const QString &reason, const QString &what)
{
    if (!q.exec())
        return db::queryError(q, what);
    QList<qint64> cancelled;
    while (q.next())
        cancelled.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 seq : std::as_const(cancelled)) {
        if (Status s = ctx.addEvent(seq, EventKind::Cancelled, 0, 0, reason); !s)
            return s.error();
    }
    ctx.countStatus(MessageStatus::Queued, -cancelled.size());
    ctx.countStatus(MessageStatus::Cancelled, cancelled.size());
    if (!cancelled.isEmpty())
        ctx.effects().messagesChanged = true;
    return int(cancelled.size());
}

} // namespace smsdesk::ops
