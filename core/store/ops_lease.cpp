// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

#include <QSqlRecord>

#include <algorithm>

namespace smsdesk::ops {

namespace {

Status leaseLost(const SendOutcome &o)
{
    return Status::failure(ErrorCode::Conflict,
                           QStringLiteral("lease lost: message %1 is no longer held by lease %2")
                               .arg(rows::uuidText(o.id))
                               .arg(o.leaseId));
}

// Every outcome is guarded by its lease: a holder whose lease expired (and perhaps was
// claimed again) matches no row and changes nothing.
const QString &leaseGuard()
{
    static const QString guard = QStringLiteral(" WHERE id = ? AND status = 'sending' AND lease_id = ?");
    return guard;
}

Result<bool> markSent(WriteContext &ctx, const SendOutcome &o)
{
    QSqlQuery &q = ctx.prepared(
        QStringLiteral(
            "UPDATE messages SET status = 'sent', sent_at = ?, sent_device_id = ?, gateway_message_id = ?,"
            " lease_owner = NULL, lease_expires_at = 0, last_error = NULL, in_doubt = 0, updated_at = ?")
        + leaseGuard() + QStringLiteral(" RETURNING seq, to_number"));
    q.bindValue(0, ctx.now());
    q.bindValue(1, o.deviceId);
    q.bindValue(2, rows::textOrNull(o.gatewayMessageId));
    q.bindValue(3, ctx.now());
    q.bindValue(4, rows::uuidText(o.id));
    q.bindValue(5, o.leaseId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot mark the message sent"));
    if (!q.next())
        return false;
    const qint64 seq = q.value(0).toLongLong();
    const QString number = q.value(1).toString();
    q.finish();
    ctx.moveStatus(MessageStatus::Sending, MessageStatus::Sent);
    if (Status s = ctx.addEvent(seq, EventKind::Sent, o.deviceId, o.httpStatus, o.gatewayMessageId); !s)
        return s.error();
    // The sticky sender: this number keeps hearing from the same phone.
    if (o.deviceId != 0) {
        if (Status s = touchConversation(ctx, ConversationChange { number, {}, 0, true, 0, 0, o.deviceId });
            !s)
            return s.error();
    }
    return true;
}

// Retry, Release and Dead all leave `sending`; the CASE turns a retry without attempts
// left into a dead letter in the same statement.
Result<bool> markUnsent(WriteContext &ctx, const SendOutcome &o)
{
    const bool dead = o.kind == SendOutcome::Kind::Dead;
    const bool release = o.kind == SendOutcome::Kind::Release;
    QSqlQuery &q = ctx.prepared(
        QStringLiteral(
            "UPDATE messages SET"
            " status = CASE WHEN ? = 1 OR (? = 0 AND attempts >= max_attempts) THEN 'dead' ELSE 'queued' END,"
            " attempts = CASE WHEN ? = 1 AND attempts > 0 THEN attempts - 1 ELSE attempts END,"
            " next_attempt_at = ?, lease_owner = NULL, lease_expires_at = 0,"
            " sent_device_id = CASE WHEN ? = 1 THEN ? ELSE sent_device_id END,"
            " last_error = ?, in_doubt = ?, updated_at = ?")
        + leaseGuard() + QStringLiteral(" RETURNING seq, status, to_number"));
    q.bindValue(0, dead ? 1 : 0);
    q.bindValue(1, release ? 1 : 0);
    q.bindValue(2, release ? 1 : 0);
    const qint64 notBefore = o.kind == SendOutcome::Kind::Retry
        ? ctx.now() + ctx.retryPolicy().delayMs(std::max(1, o.attempt), o.retryAfterMs)
        : o.retryAtMs;
    q.bindValue(3, std::max(notBefore, ctx.now()));
    q.bindValue(4, o.deviceId != 0 ? 1 : 0); // a flag: PostgreSQL types `? <> 0` as INTEGER
    q.bindValue(5, o.deviceId);
    q.bindValue(6, rows::textOrNull(o.error));
    q.bindValue(7, o.inDoubt ? 1 : 0);
    q.bindValue(8, ctx.now());
    q.bindValue(9, rows::uuidText(o.id));
    q.bindValue(10, o.leaseId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot record the send outcome"));
    if (!q.next())
        return false;
    const qint64 seq = q.value(0).toLongLong();
    const bool nowDead = q.value(1).toString() == QLatin1String("dead");
    const QString to = q.value(2).toString();
    q.finish();
    ctx.moveStatus(MessageStatus::Sending, nowDead ? MessageStatus::Dead : MessageStatus::Queued);
    const char *kind = nowDead ? EventKind::Dead : (release ? EventKind::Released : EventKind::Retry);
    QString detail = o.error;
    if (nowDead && !dead)
        detail = attemptsExhausted(o.error);
    if (nowDead)
        ctx.effects().died.append({ o.id, to, detail });
    if (nowDead) {
        QSqlQuery &deadAt
            = ctx.prepared(QStringLiteral("UPDATE messages SET dead_at = ?, last_error = ? WHERE seq = ?"));
        deadAt.bindValue(0, ctx.now());
        deadAt.bindValue(1, rows::textOrNull(detail));
        deadAt.bindValue(2, seq);
        if (!deadAt.exec())
            return db::queryError(deadAt, QStringLiteral("cannot record the dead letter"));
    }
    if (o.quietHours && !nowDead) {
        // Held for quiet hours: when and in which zone, for the bubble and the API
        // (Message::heldForQuietHours: as long as nothing moves next_attempt_at).
        QSqlQuery &quiet = ctx.prepared(
            QStringLiteral("UPDATE messages SET quiet_until = next_attempt_at, quiet_zone = ?, quiet_basis = ? WHERE seq = ?"));
        quiet.bindValue(0, o.quietZone);
        quiet.bindValue(1, o.quietBasis);
        quiet.bindValue(2, seq);
        if (!quiet.exec())
            return db::queryError(quiet, QStringLiteral("cannot record the quiet hours"));
    }
    if (Status s = ctx.addEvent(seq, kind, o.deviceId, o.httpStatus, detail); !s)
        return s.error();
    return true;
}

} // namespace

Result<QList<Message>> claimDue(WriteContext &ctx, const QString &owner, int limit, qint64 leaseMs)
{
    if (limit <= 0 || leaseMs <= 0)
        return Result<QList<Message>>::failure(ErrorCode::Invalid,
                                               QStringLiteral("claim needs a limit and a lease time"));
    // A cancelled campaign's message that came back to the queue (a failed send or report)
    // is cancelled here rather than sent: the claims run whenever anything is due.
    if (Result<int> settled = settleCancelledCampaigns(ctx); !settled)
        return settled.error();
    const Result<qint64> lease = ctx.nextLeaseId();
    if (!lease)
        return lease.error();
    const qint64 leaseId = lease.value();
    QSqlQuery &q = ctx.prepared(
        QStringLiteral(
            "UPDATE messages SET status = 'sending', lease_owner = ?, lease_id = ?, lease_expires_at = ?,"
            " attempts = attempts + 1, updated_at = ? WHERE seq IN (SELECT seq FROM messages"
             " WHERE status = 'queued' AND next_attempt_at <= ? AND held = 0 ORDER BY priority DESC, seq LIMIT ?")
        + ctx.dialect().claimLock() + QStringLiteral(") RETURNING ") + rows::messageColumns()
        // Last: whether the number opted out since (its STOP's confirmation aside).
        + QStringLiteral(", CASE WHEN EXISTS (SELECT 1 FROM opt_outs o WHERE o.number = messages.to_number"
                         " AND COALESCE(o.confirmation_seq, 0) <> messages.seq) THEN 1 ELSE 0 END"));
    q.bindValue(0, owner);
    q.bindValue(1, leaseId);
    q.bindValue(2, ctx.now() + leaseMs);
    q.bindValue(3, ctx.now());
    q.bindValue(4, ctx.now());
    q.bindValue(5, limit);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot claim messages"));
    QList<Message> claimed;
    QList<qint64> optedOut;
    const int optedOutColumn = q.record().count() - 1;
    while (q.next()) { // read to the end: a half-read RETURNING keeps the write lock
        claimed.append(rows::message(q));
        if (q.value(optedOutColumn).toInt() != 0)
            optedOut.append(claimed.constLast().seq);
    }
    q.finish();
    // RETURNING has no order; hand them out in claim order.
    std::sort(claimed.begin(), claimed.end(), [](const Message &a, const Message &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.seq < b.seq;
    });
    for (const Message &m : std::as_const(claimed)) {
        if (Status s = ctx.addEvent(m.seq, EventKind::Claimed, m.deviceId, 0, owner); !s)
            return s.error();
    }
    ctx.countStatus(MessageStatus::Queued, -claimed.size());
    ctx.countStatus(MessageStatus::Sending, claimed.size());
    // Queued before the STOP (or by another desk as it arrived): cancelled, never sent.
    if (Result<int> cancelled = cancelClaimedOptedOut(ctx, claimed, optedOut); !cancelled)
        return cancelled.error();
    if (!claimed.isEmpty())
        ctx.effects().messagesChanged = true;
    return claimed;
}

Result<QList<Status>> complete(WriteContext &ctx, const QList<SendOutcome> &outcomes)
{
    QList<Status> statuses;
    statuses.reserve(outcomes.size());
    for (const SendOutcome &o : outcomes) {
        const Result<bool> applied
            = o.kind == SendOutcome::Kind::Sent ? markSent(ctx, o) : markUnsent(ctx, o);
        if (!applied)
            return applied.error();
        statuses.append(applied.value() ? Status() : leaseLost(o));
        if (applied.value())
            ctx.effects().messagesChanged = true;
    }
    return statuses;
}

// No event per renewal: it changes no status, and a busy dispatcher renews every few
// seconds. Only `sending` rows of this owner's leases are touched, so a lease already
// recovered (and perhaps claimed again under a new lease id) stays lost.
Result<LeaseRenewal> renewLeases(WriteContext &ctx, const QString &owner, const QList<qint64> &leaseIds,
                                 qint64 leaseMs)
{
    if (leaseMs <= 0)
        return Result<LeaseRenewal>::failure(ErrorCode::Invalid, QStringLiteral("a renewal needs a lease time"));
    LeaseRenewal renewal;
    renewal.expiresAtMs = ctx.now() + leaseMs;
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET lease_expires_at = ? WHERE status = 'sending' AND lease_owner = ? AND lease_id = ?"
        " RETURNING seq"));
    for (const qint64 leaseId : leaseIds) {
        q.bindValue(0, renewal.expiresAtMs);
        q.bindValue(1, owner);
        q.bindValue(2, leaseId);
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot renew leases"));
        while (q.next())
            renewal.seqs.append(q.value(0).toLongLong());
        q.finish();
    }
    return renewal;
}

Result<int> recoverExpiredLeases(WriteContext &ctx)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET status = 'queued', lease_owner = NULL, lease_expires_at = 0, in_doubt = 1,"
        " next_attempt_at = ?, updated_at = ? WHERE status = 'sending' AND lease_expires_at < ?"
        " RETURNING seq"));
    q.bindValue(0, ctx.now());
    q.bindValue(1, ctx.now());
    q.bindValue(2, ctx.now());
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot recover expired leases"));
    QList<qint64> recovered;
    while (q.next())
        recovered.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 seq : std::as_const(recovered)) {
        if (Status s = ctx.addEvent(seq, EventKind::LeaseExpired, 0, 0, QStringLiteral("lease expired")); !s)
            return s.error();
    }
    ctx.countStatus(MessageStatus::Sending, -recovered.size());
    ctx.countStatus(MessageStatus::Queued, recovered.size());
    if (!recovered.isEmpty())
        ctx.effects().messagesChanged = true;
    return int(recovered.size());
}

} // namespace smsdesk::ops
