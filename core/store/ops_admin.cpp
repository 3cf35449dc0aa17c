// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

namespace smsdesk::ops {

namespace {

// A removed or moved message no longer counts in its old conversation.
Status forgetConversationMessage(WriteContext &ctx, const QString &number)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("UPDATE conversations SET message_count = CASE WHEN "
                                               "message_count > 0 THEN message_count - 1 ELSE 0 END"
                                               " WHERE number = ?"));
    q.bindValue(0, number);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot update the conversation"));
    return {};
}

struct Requeueable
{
    qint64 seq = 0;
    MessageStatus status = MessageStatus::Dead;
    QString to;
    QString text;
};

// The message when it may be requeued (dead or cancelled), nullopt otherwise.
Result<std::optional<Requeueable>> requeueable(WriteContext &ctx, const QUuid &id)
{
    QSqlQuery &q
        = ctx.prepared(QStringLiteral("SELECT seq, status, to_number, body FROM messages WHERE id = ?"));
    q.bindValue(0, rows::uuidText(id));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the message"));
    if (!q.next())
        return std::optional<Requeueable>();
    const auto status = statusFromName(q.value(1).toString());
    Requeueable r { q.value(0).toLongLong(), status.value_or(MessageStatus::Queued), q.value(2).toString(),
                    q.value(3).toString() };
    q.finish();
    if (r.status != MessageStatus::Dead && r.status != MessageStatus::Cancelled)
        return std::optional<Requeueable>();
    return std::optional<Requeueable>(r);
}

Status requeueOne(WriteContext &ctx, const RequeueRequest &req, const Requeueable &old)
{
    const QString to = req.to.value_or(old.to);
    const QString text = req.text.value_or(old.text);
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET status = 'queued', attempts = 0, held = 0, next_attempt_at = ?, lease_owner = NULL,"
        " lease_expires_at = 0, dead_at = NULL, last_error = NULL, to_number = ?, body = ?,"
        " segments = CASE WHEN ? > 0 THEN ? ELSE segments END,"
        " encoding = CASE WHEN ? <> '' THEN ? ELSE encoding END, updated_at = ? WHERE seq = ?"));
    const int segments = req.text ? req.segments : 0;
    const QString encoding = req.text ? req.encoding : QString(QLatin1String(""));
    q.bindValue(0, ctx.now());
    q.bindValue(1, to);
    q.bindValue(2, text);
    q.bindValue(3, segments);
    q.bindValue(4, segments);
    q.bindValue(5, encoding);
    q.bindValue(6, encoding);
    q.bindValue(7, ctx.now());
    q.bindValue(8, old.seq);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot requeue the message"));
    const bool edited = to != old.to || text != old.text;
    if (edited) {
        QStringList what;
        if (to != old.to)
            what << QStringLiteral("number %1 → %2").arg(old.to, to);
        if (text != old.text)
            what << QStringLiteral("text changed");
        if (Status s = ctx.addEvent(old.seq, EventKind::Edited, 0, 0, what.join(QStringLiteral(", "))); !s)
            return s;
    }
    if (to != old.to) {
        if (Status s = forgetConversationMessage(ctx, old.to); !s)
            return s;
        if (Status s = touchConversation(ctx, ConversationChange { to, text, ctx.now(), true, 0, 1, 0 }); !s)
            return s;
    }
    return ctx.addEvent(old.seq, EventKind::Requeued);
}

} // namespace

Result<int> requeue(WriteContext &ctx, const QList<RequeueRequest> &requests)
{
    int done = 0;
    for (const RequeueRequest &req : requests) {
        const auto found = requeueable(ctx, req.id);
        if (!found)
            return found.error();
        if (!found.value())
            continue; // not a dead letter (any more): nothing to do
        const Result<qint64> depth = ctx.queueDepth();
        if (!depth)
            return depth.error();
        if (depth.value() + 1 > ctx.options().config.maxQueueDepth)
            return Result<int>::failure(ErrorCode::QueueFull,
                                        QStringLiteral("the queue is full; try again later"));
        const Requeueable &old = *found.value();
        if (Status s = requeueOne(ctx, req, old); !s)
            return s.error();
        ctx.moveStatus(old.status, MessageStatus::Queued);
        ++done;
    }
    if (done > 0) {
        ctx.effects().messagesChanged = true;
        ctx.effects().requeued = true;
    }
    return done;
}

Result<int> deleteMessages(WriteContext &ctx, const QList<QUuid> &ids)
{
    int done = 0;
    for (const QUuid &id : ids) {
        QSqlQuery &q = ctx.prepared(
            QStringLiteral("DELETE FROM messages WHERE id = ? AND status IN ('dead', 'cancelled')"
                           " RETURNING seq, status, to_number"));
        q.bindValue(0, rows::uuidText(id));
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot delete the message"));
        if (!q.next())
            continue;
        const qint64 seq = q.value(0).toLongLong();
        const auto status = statusFromName(q.value(1).toString()).value_or(MessageStatus::Dead);
        const QString number = q.value(2).toString();
        q.finish();
        QSqlQuery &events = ctx.prepared(QStringLiteral("DELETE FROM message_events WHERE message_seq = ?"));
        events.bindValue(0, seq);
        if (!events.exec())
            return db::queryError(events, QStringLiteral("cannot delete the message history"));
        QSqlQuery &wire = ctx.prepared(QStringLiteral("DELETE FROM wire_ids WHERE message_seq = ?"));
        wire.bindValue(0, seq);
        if (!wire.exec())
            return db::queryError(wire, QStringLiteral("cannot delete the message's resend ids"));
        QSqlQuery &raw = ctx.prepared(QStringLiteral("DELETE FROM intake_rejects WHERE message_seq = ?"));
        raw.bindValue(0, seq);
        if (!raw.exec())
            return db::queryError(raw, QStringLiteral("cannot delete the message's raw intake entry"));
        if (Status s = forgetConversationMessage(ctx, number); !s)
            return s.error();
        ctx.countStatus(status, -1);
        ++done;
    }
    if (done > 0)
        ctx.effects().messagesChanged = true;
    return done;
}

Result<bool> addInbound(WriteContext &ctx, const InboundMessage &m)
{
    if (!m.gatewayId.isEmpty()) {
        QSqlQuery &seen = ctx.prepared(QStringLiteral("SELECT 1 FROM inbound WHERE gateway_id = ?"));
        seen.bindValue(0, m.gatewayId);
        if (!seen.exec())
            return db::queryError(seen, QStringLiteral("cannot check the incoming message"));
        if (seen.next())
            return false; // a gateway resending what we already have
    }
    const qint64 at = m.receivedAtMs > 0 ? m.receivedAtMs : ctx.now();
    QSqlQuery &q
        = ctx.prepared(QStringLiteral("INSERT INTO inbound (device_id, from_number, body, received_at,"
                                      " gateway_id, is_read) VALUES (?, ?, ?, ?, ?, ?)")
                       + ctx.dialect().returningKey("id"));
    q.bindValue(0, m.deviceId);
    q.bindValue(1, m.from);
    q.bindValue(2, m.text);
    q.bindValue(3, at);
    q.bindValue(4, rows::textOrNull(m.gatewayId));
    q.bindValue(5, m.read ? 1 : 0);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot store the incoming message"));
    const qint64 inboundId = ctx.dialect().keyFromDriver() ? q.lastInsertId().toLongLong()
                                                           : (q.next() ? q.value(0).toLongLong() : 0);
    q.finish();
    // Outbound webhooks (message.received), when an endpoint wants them.
    if (Status s = queueInboundWebhook(ctx, inboundId, m, at); !s)
        return s.error();
    const ConversationChange change {
        m.from, m.text.isEmpty() ? QStringLiteral(" ") : m.text, at, false, m.read ? 0 : 1, 1, m.deviceId
    };
    if (Status s = touchConversation(ctx, change); !s)
        return s.error();
    ctx.countInbound(1);
    ctx.effects().inboundFrom.append(m.from);
    // STOP or START puts the number on the suppression list or lifts it, in this transaction.
    if (Status s = applyOptOutKeyword(ctx, m, at); !s)
        return s.error();
    return true;
}

Status markThreadRead(WriteContext &ctx, const QString &number)
{
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE inbound SET is_read = 1 WHERE from_number = ? AND is_read = 0"));
    q.bindValue(0, number);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot mark the thread read"));
    QSqlQuery &c = ctx.prepared(QStringLiteral("UPDATE conversations SET unread = 0 WHERE number = ?"));
    c.bindValue(0, number);
    if (!c.exec())
        return db::queryError(c, QStringLiteral("cannot mark the thread read"));
    ctx.effects().messagesChanged = true;
    return {};
}

// A message that waits for its time gets a new text or time, as long as no dispatcher
// has taken it: one guarded statement, so a claim in between wins and this says so.
Status editScheduled(WriteContext &ctx, const ScheduledEdit &edit)
{
    if (edit.text.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("the message text is empty"));
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET body = ?, segments = ?, encoding = ?, send_at = ?, next_attempt_at = ?, updated_at = ?"
        " WHERE id = ? AND status = 'queued' RETURNING seq"));
    q.bindValue(0, edit.text);
    q.bindValue(1, edit.segments);
    q.bindValue(2, edit.encoding);
    q.bindValue(3, edit.sendAtMs);
    q.bindValue(4, std::max(edit.sendAtMs, ctx.now()));
    q.bindValue(5, ctx.now());
    q.bindValue(6, rows::uuidText(edit.id));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot change the message"));
    if (!q.next())
        return Status::failure(ErrorCode::Conflict,
                               QStringLiteral("message %1 is no longer waiting to be sent").arg(rows::uuidText(edit.id)));
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    if (Status s = ctx.addEvent(seq, EventKind::Edited, 0, 0, QStringLiteral("text or time changed")); !s)
        return s;
    ctx.effects().messagesChanged = true;
    ctx.effects().requeued = true; // due earlier, perhaps: the dispatcher looks
    return {};
}

} // namespace smsdesk::ops
