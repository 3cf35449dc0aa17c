// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

#include <QSqlRecord>

namespace smsdesk::ops {

namespace {

struct Current
{
    qint64 seq = 0;
    MessageStatus status = MessageStatus::Queued;
    int attempts = 0;
    int maxAttempts = 0;
    QString to;
    QUuid id;
    int wireGeneration = 0; // the message's current one
    int reportedGeneration = 0; // the one the report names
};

const QString &currentColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT m.seq, m.status, m.attempts, m.max_attempts, m.to_number, m.id, m.wire_generation");
    return columns;
}

// Reads one row of currentColumns(); the reported generation is the message's own unless
// the query selects it as an eighth column (wire_ids.generation).
Result<std::optional<Current>> readCurrent(QSqlQuery &q)
{
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the message"));
    if (!q.next())
        return std::optional<Current>();
    const int generation = q.value(6).toInt();
    Current c { q.value(0).toLongLong(),
                statusFromName(q.value(1).toString()).value_or(MessageStatus::Queued),
                q.value(2).toInt(),
                q.value(3).toInt(),
                q.value(4).toString(),
                QUuid::fromString(q.value(5).toString()),
                generation,
                q.record().count() > 7 ? q.value(7).toInt() : generation };
    q.finish();
    return std::optional<Current>(std::move(c));
}

// Looks a message up by the id it was sent under: the message id itself (generation 0),
// a resend's own id (wire_ids), or else the gateway's own id. NotFound when none matches.
Result<Current> current(WriteContext &ctx, const QUuid &wireId, const QString &gatewayId = {})
{
    QList<QSqlQuery *> lookups;
    if (!wireId.isNull()) {
        QSqlQuery &byId = ctx.prepared(currentColumns() + QStringLiteral(", 0 FROM messages m WHERE m.id = ?"));
        byId.bindValue(0, rows::uuidText(wireId));
        QSqlQuery &byWire = ctx.prepared(currentColumns()
                                         + QStringLiteral(", w.generation FROM wire_ids w"
                                                          " JOIN messages m ON m.seq = w.message_seq"
                                                          " WHERE w.wire_id = ?"));
        byWire.bindValue(0, rows::uuidText(wireId));
        lookups << &byId << &byWire;
    }
    if (!gatewayId.isEmpty()) {
        QSqlQuery &byGateway = ctx.prepared(
            currentColumns() + QStringLiteral(" FROM messages m WHERE m.gateway_message_id = ?"));
        byGateway.bindValue(0, gatewayId);
        lookups << &byGateway;
    }
    for (QSqlQuery *q : std::as_const(lookups)) {
        Result<std::optional<Current>> r = readCurrent(*q);
        if (!r)
            return r.error();
        if (r.value())
            return std::move(*r.value());
    }
    return Result<Current>::failure(
        ErrorCode::NotFound,
        QStringLiteral("no message %1").arg(wireId.isNull() ? gatewayId : rows::uuidText(wireId)));
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
                                 " in_doubt = 0,"
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
            const qint64 delay = ctx.retryPolicy().delayMs(std::max(1, c.attempts));
            return Move { MessageStatus::Queued, EventKind::Retry, ctx.now() + delay, r.error };
        }
        return Move { MessageStatus::Dead, EventKind::Dead, 0, attemptsExhausted(r.error) };
    case StatusReport::Kind::Note:
        break;
    }
    return std::nullopt;
}

// The next resend of a message the gateway reported failed goes out under a new id.
Status newWireGeneration(WriteContext &ctx, const Current &c)
{
    const int next = c.wireGeneration + 1;
    QSqlQuery &q = ctx.prepared(QStringLiteral("UPDATE messages SET wire_generation = ? WHERE seq = ?"));
    q.bindValue(0, next);
    q.bindValue(1, c.seq);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot record the resend id"));
    QSqlQuery &w = ctx.prepared(QStringLiteral(
        "INSERT INTO wire_ids (wire_id, message_seq, generation) VALUES (?, ?, ?) ON CONFLICT (wire_id) DO NOTHING"));
    w.bindValue(0, rows::uuidText(wireUuid(c.id, next)));
    w.bindValue(1, c.seq);
    w.bindValue(2, next);
    if (!w.exec())
        return db::queryError(w, QStringLiteral("cannot record the resend id"));
    return {};
}

QString kindName(StatusReport::Kind kind)
{
    switch (kind) {
    case StatusReport::Kind::Sent:
        return QStringLiteral("sent");
    case StatusReport::Kind::Delivered:
        return QStringLiteral("delivered");
    case StatusReport::Kind::Failed:
        return QStringLiteral("failed");
    case StatusReport::Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

Result<ReportEffect> applyOne(WriteContext &ctx, const StatusReport &r)
{
    const Result<Current> c = current(ctx, r.id, r.gatewayMessageId);
    if (!c)
        return c.code() == ErrorCode::NotFound ? Result<ReportEffect>(ReportEffect::NotFound) : c.error();
    if (!r.dedupeKey.isEmpty()) {
        const Result<bool> fresh = rememberReportKey(ctx, r.dedupeKey);
        if (!fresh)
            return fresh.error();
        if (!fresh.value())
            return ReportEffect::Duplicate;
    }
    const bool stale = c->reportedGeneration != c->wireGeneration;
    const std::optional<Move> move = stale ? std::nullopt : moveFor(ctx, r, c.value());
    if (!move) {
        const QString detail = r.kind == StatusReport::Kind::Note ? r.error.left(500)
            : stale
            ? QStringLiteral("ignored %1 report for an earlier send of this message").arg(kindName(r.kind))
            : QStringLiteral("ignored %1 report while %2").arg(kindName(r.kind), statusName(c->status));
        if (Status s = ctx.addEvent(c->seq, EventKind::Report, r.deviceId, 0, detail); !s)
            return s.error();
        return ReportEffect::Ignored;
    }
    if (r.kind == StatusReport::Kind::Failed) {
        if (Status s = newWireGeneration(ctx, c.value()); !s)
            return s.error();
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
    if (move->to == MessageStatus::Dead)
        ctx.effects().died.append({ c->id, c->to, move->detail });
    ctx.effects().requeued = ctx.effects().requeued || move->to == MessageStatus::Queued;
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
