// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

namespace smsdesk::ops {

namespace {

struct Current
{
    qint64 seq = 0;
    MessageStatus status = MessageStatus::Queued;
    int attempts = 0;
    int maxAttempts = 0;
    QString to;
};

// Looks a message up by id. NotFound when there is none.
Result<Current> current(WriteContext &ctx, const QUuid &id)
{
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("SELECT seq, status, attempts, max_attempts, to_number FROM messages WHERE id = ?"));
    q.bindValue(0, rows::uuidText(id));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the message"));
    if (!q.next())
        return Result<Current>::failure(ErrorCode::NotFound,
                                        QStringLiteral("no message %1").arg(rows::uuidText(id)));
    Current c { q.value(0).toLongLong(),
                statusFromName(q.value(1).toString()).value_or(MessageStatus::Queued), q.value(2).toInt(),
                q.value(3).toInt(), q.value(4).toString() };
    q.finish();
    return c;
}

// True when the key is new (and is now remembered); false for a report seen before.
Result<bool> rememberReportKey(WriteContext &ctx, const QString &key)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "INSERT INTO report_keys (dedupe_key, seen_at) VALUES (?, ?) ON CONFLICT (dedupe_key) DO NOTHING"));
    q.bindValue(0, key);
    q.bindValue(1, ctx.now());
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot record the report key"));
    return q.numRowsAffected() > 0;
}

Status setStatus(WriteContext &ctx, qint64 seq, const char *status, const QString &timeColumn,
                 qint64 nextAttemptAt, const QString &error)
{
    QString sql = QStringLiteral("UPDATE messages SET status = ?, lease_owner = NULL, lease_expires_at = 0,"
                                 " next_attempt_at = CASE WHEN ? = 1 THEN ? ELSE next_attempt_at END,"
                                 " last_error = COALESCE(?, last_error), updated_at = ?");
    if (!timeColumn.isEmpty())
        sql += QStringLiteral(", %1 = ?").arg(timeColumn);
    QSqlQuery &q = ctx.prepared(sql + QStringLiteral(" WHERE seq = ?"));
    int i = 0;
    q.bindValue(i++, QString::fromLatin1(status));
    // A flag, not `? > 0` on the time: PostgreSQL would type that parameter as the
    // literal's INTEGER, too small for milliseconds since the epoch.
    q.bindValue(i++, nextAttemptAt > 0 ? 1 : 0);
    q.bindValue(i++, nextAttemptAt);
    q.bindValue(i++, rows::textOrNull(error));
    q.bindValue(i++, ctx.now());
    if (!timeColumn.isEmpty())
        q.bindValue(i++, ctx.now());
    q.bindValue(i++, seq);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot change the message status"));
    return {};
}

// The state a report moves the message to, or nullopt when it would move it backwards.
struct Move
{
    MessageStatus to;
    const char *event;
    qint64 nextAttemptAt = 0;
    QString detail;
};

std::optional<Move> moveFor(WriteContext &ctx, const StatusReport &r, const Current &c)
{
    const bool inFlight = c.status == MessageStatus::Sending || c.status == MessageStatus::Sent;
    switch (r.kind) {
    case StatusReport::Kind::Delivered:
        if (inFlight)
            return Move { MessageStatus::Delivered, EventKind::Delivered, 0, {} };
        break;
    case StatusReport::Kind::Sent:
        if (c.status == MessageStatus::Sending)
            return Move { MessageStatus::Sent, EventKind::Sent, 0, {} };
        break;
    case StatusReport::Kind::Failed:
        if (!inFlight)
            break;
        // The phone could not send it: a transient failure while attempts remain.
        if (c.attempts < c.maxAttempts) {
            const qint64 delay = ctx.options().retryPolicy.delayMs(std::max(1, c.attempts));
            return Move { MessageStatus::Queued, EventKind::Retry, ctx.now() + delay, r.error };
        }
        return Move { MessageStatus::Dead, EventKind::Dead, 0,
                      QStringLiteral("attempts exhausted: %1").arg(r.error) };
    }
    return std::nullopt;
}

Result<ReportEffect> applyOne(WriteContext &ctx, const StatusReport &r)
{
    const Result<Current> c = current(ctx, r.id);
    if (!c)
        return c.code() == ErrorCode::NotFound ? Result<ReportEffect>(ReportEffect::NotFound) : c.error();
    if (!r.dedupeKey.isEmpty()) {
        const Result<bool> fresh = rememberReportKey(ctx, r.dedupeKey);
        if (!fresh)
            return fresh.error();
        if (!fresh.value())
            return ReportEffect::Duplicate;
    }
    const std::optional<Move> move = moveFor(ctx, r, c.value());
    if (!move) {
        const QString detail = QStringLiteral("ignored %1 report while %2")
                                   .arg(r.kind == StatusReport::Kind::Delivered
                                            ? QStringLiteral("delivered")
                                            : (r.kind == StatusReport::Kind::Sent ? QStringLiteral("sent")
                                                                                  : QStringLiteral("failed")),
                                        statusName(c->status));
        if (Status s = ctx.addEvent(c->seq, EventKind::Report, r.deviceId, 0, detail); !s)
            return s.error();
        return ReportEffect::Ignored;
    }
    const QString timeColumn = move->to == MessageStatus::Delivered ? QStringLiteral("delivered_at")
        : move->to == MessageStatus::Dead                           ? QStringLiteral("dead_at")
        : move->to == MessageStatus::Sent                           ? QStringLiteral("sent_at")
                                                                    : QString();
    const char *status = move->to == MessageStatus::Delivered ? "delivered"
        : move->to == MessageStatus::Dead                     ? "dead"
        : move->to == MessageStatus::Sent                     ? "sent"
                                                              : "queued";
    if (Status s = setStatus(ctx, c->seq, status, timeColumn, move->nextAttemptAt, move->detail); !s)
        return s.error();
    if (Status s = ctx.addEvent(c->seq, move->event, r.deviceId, 0, move->detail); !s)
        return s.error();
    ctx.moveStatus(c->status, move->to);
    ctx.effects().messagesChanged = true;
    return ReportEffect::Applied;
}

} // namespace

Result<QList<ReportEffect>> applyReports(WriteContext &ctx, const QList<StatusReport> &reports)
{
    QList<ReportEffect> effects;
    effects.reserve(reports.size());
    for (const StatusReport &r : reports) {
        const Result<ReportEffect> effect = applyOne(ctx, r);
        if (!effect)
            return effect.error();
        effects.append(effect.value());
    }
    return effects;
}

Status cancel(WriteContext &ctx, const QUuid &id)
{
    const Result<Current> c = current(ctx, id);
    if (!c)
        return c.error();
    if (c->status != MessageStatus::Queued) {
        return Status::failure(ErrorCode::Conflict,
                               QStringLiteral("message %1 is %2; only queued messages can be cancelled")
                                   .arg(rows::uuidText(id), statusName(c->status)));
    }
    if (Status s = setStatus(ctx, c->seq, "cancelled", QString(), 0, QString()); !s)
        return s;
    if (Status s = ctx.addEvent(c->seq, EventKind::Cancelled); !s)
        return s;
    ctx.moveStatus(MessageStatus::Queued, MessageStatus::Cancelled);
    ctx.effects().messagesChanged = true;
    return {};
}

} // namespace smsdesk::ops
