// SPDX-License-Identifier: GPL-3.0-or-later
// The suppression list (issue 15, point 1): a number on it is refused at enqueue, what was
// queued for it before is cancelled, and the claims cancel anything of it that comes back.
#include "connection.h"
#include "queueops.h"
#include "smssegmenter.h"

namespace smsdesk::ops {

namespace {

// Business settings keys of the optional confirmations (BusinessSettings::optOutReply,
// optInReply), read here only when a keyword arrives.
Result<QString> settingValue(WriteContext &ctx, const QString &key)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the business settings"));
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

QString reasonOf(const OptOut &o)
{
    switch (o.source) {
    case OptOut::Source::Keyword:
        return QStringLiteral("opted out: the recipient wrote \"%1\"").arg(o.detail.left(40));
    case OptOut::Source::Staff:
        return o.detail.isEmpty() ? QStringLiteral("opted out: added to the list by hand")
                                  : QStringLiteral("opted out: %1").arg(o.detail.left(200));
    case OptOut::Source::Api:
        return o.detail.isEmpty() ? QStringLiteral("opted out: added to the list through the API")
                                  : QStringLiteral("opted out: %1").arg(o.detail.left(200));
    }
    return QStringLiteral("opted out");
}

// Cancels the queued messages of `number` (the one allowed confirmation aside), each with
// an event saying why.
Result<int> cancelQueuedFor(WriteContext &ctx, const QString &number, const QString &reason)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET status = 'cancelled', last_error = ?, updated_at = ?"
        " WHERE to_number = ? AND status = 'queued'"
        " AND seq <> COALESCE((SELECT confirmation_seq FROM opt_outs WHERE number = ?), 0) RETURNING seq"));
    q.bindValue(0, reason);
    q.bindValue(1, ctx.now());
    q.bindValue(2, number);
    q.bindValue(3, number);
    return recordCancelled(ctx, q, reason, QStringLiteral("cannot cancel the messages of a number that opted out"));
}

// Queues the business's confirmation for a STOP or START, if it has one. The confirmation
// of a STOP is the one message the list lets through (opt_outs.confirmation_seq).
Result<qint64> queueConfirmation(WriteContext &ctx, const QString &number, const char *settingKey)
{
    const Result<QString> text = settingValue(ctx, QString::fromLatin1(settingKey));
    if (!text)
        return text.error();
    const QString body = text.value().trimmed();
    if (body.isEmpty())
        return qint64(0);
    const SegmentInfo info = SmsSegmenter::analyze(body);
    NewMessage confirmation;
    confirmation.to = number;
    confirmation.text = body;
    confirmation.segments = info.segments;
    confirmation.encoding = info.encoding;
    confirmation.priority = 1; // ahead of the queue: the customer just wrote
    confirmation.urgent = true; // an answer the customer asked for: not held by quiet hours
    Result<Message> queued = enqueueUnchecked(ctx, confirmation);
    if (!queued)
        return queued.error();
    return queued->seq;
}

} // namespace

Status addOptOut(WriteContext &ctx, const OptOut &optOut)
{
    if (optOut.number.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("the number is empty"));
    QSqlQuery &q = ctx.prepared(QStringLiteral("INSERT INTO opt_outs (number, at, source, detail) VALUES (?, ?, ?, ?)"
                                               " ON CONFLICT (number) DO NOTHING"));
    q.bindValue(0, optOut.number);
    q.bindValue(1, optOut.atMs > 0 ? optOut.atMs : ctx.now());
    q.bindValue(2, optOutSourceName(optOut.source));
    q.bindValue(3, optOut.detail.isNull() ? QStringLiteral("") : optOut.detail); // a null QString binds NULL
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot add the number to the opt-out list"));
    const bool added = q.numRowsAffected() > 0;
    q.finish();
    if (!added)
        return {}; // on the list already: its first time and source stay
    ctx.effects().optOutsChanged = true;
    if (Result<int> cancelled = cancelQueuedFor(ctx, optOut.number, reasonOf(optOut)); !cancelled)
        return cancelled.error();
    return queueOptOutWebhook(ctx, optOut); // number.opted_out, when an endpoint wants it
}

Result<bool> removeOptOut(WriteContext &ctx, const QString &number)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM opt_outs WHERE number = ?"));
    q.bindValue(0, number);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot lift the opt-out"));
    const bool removed = q.numRowsAffected() > 0;
    q.finish();
    if (removed)
        ctx.effects().optOutsChanged = true;
    return removed;
}

Status applyOptOutKeyword(WriteContext &ctx, const InboundMessage &message, qint64 receivedAtMs)
{
    const OptOutKeyword keyword = optOutKeyword(message.text);
    if (keyword == OptOutKeyword::None)
        return {};
    if (keyword == OptOutKeyword::OptIn) {
        Result<bool> lifted = removeOptOut(ctx, message.from);
        if (!lifted)
            return lifted.error();
        if (!lifted.value())
            return {}; // "Start" from someone who never stopped: an ordinary message
        if (Result<qint64> confirmed = queueConfirmation(ctx, message.from, "optout/start_reply"); !confirmed)
            return confirmed.error();
        return {};
    }
    QSqlQuery &known = ctx.prepared(QStringLiteral("SELECT 1 FROM opt_outs WHERE number = ?"));
    known.bindValue(0, message.from);
    if (!known.exec())
        return db::queryError(known, QStringLiteral("cannot read the opt-out list"));
    const bool already = known.next();
    known.finish();
    if (already)
        return {}; // a second STOP: no second confirmation
    OptOut optOut;
    optOut.number = message.from;
    optOut.atMs = receivedAtMs;
    optOut.source = OptOut::Source::Keyword;
    optOut.detail = message.text.trimmed();
    if (Status s = addOptOut(ctx, optOut); !s)
        return s;
    const Result<qint64> confirmation = queueConfirmation(ctx, message.from, "optout/reply");
    if (!confirmation)
        return confirmation.error();
    if (confirmation.value() != 0) {
        QSqlQuery &mark = ctx.prepared(QStringLiteral("UPDATE opt_outs SET confirmation_seq = ? WHERE number = ?"));
        mark.bindValue(0, confirmation.value());
        mark.bindValue(1, message.from);
        if (!mark.exec())
            return db::queryError(mark, QStringLiteral("cannot record the opt-out confirmation"));
    }
    return {};
}

Status refuseOptedOut(WriteContext &ctx, const QList<NewMessage> &messages)
{
    // COUNT: always one row, so both WriteStatements read it as the "key" (no row would
    // leave QtSql's lastInsertId there).
    WriteStatement &q = ctx.statement("SELECT COUNT(*) FROM opt_outs WHERE number = ?");
    for (const NewMessage &m : messages) {
        q.bind(0, m.to);
        qint64 found = 0;
        if (Status s = q.execute(QStringLiteral("cannot read the opt-out list"), &found); !s)
            return s;
        if (found != 0)
            return Status::failure(ErrorCode::OptedOut,
                                   QStringLiteral("%1 opted out of messages from this business; nothing was queued."
                                                  " Only the number's owner (START) or staff can lift it.")
                                       .arg(m.to));
    }
    return {};
}

Result<int> cancelClaimedOptedOut(WriteContext &ctx, QList<Message> &claimed, const QList<qint64> &optedOutSeqs)
{
    if (optedOutSeqs.isEmpty())
        return 0;
    QSqlQuery &why = ctx.prepared(QStringLiteral("SELECT at, source, detail FROM opt_outs WHERE number = ?"));
    QSqlQuery &cancel = ctx.prepared(QStringLiteral(
        "UPDATE messages SET status = 'cancelled', lease_owner = NULL, lease_expires_at = 0, last_error = ?,"
        " updated_at = ? WHERE seq = ? AND status = 'sending'"));
    int done = 0;
    for (auto it = claimed.begin(); it != claimed.end();) {
        if (!optedOutSeqs.contains(it->seq)) {
            ++it;
            continue;
        }
        OptOut o;
        why.bindValue(0, it->to);
        if (!why.exec())
            return db::queryError(why, QStringLiteral("cannot read the opt-out list"));
        if (why.next()) {
            o.atMs = why.value(0).toLongLong();
            optOutSourceFromName(why.value(1).toString(), &o.source);
            o.detail = why.value(2).toString();
        }
        why.finish();
        const QString reason = reasonOf(o);
        cancel.bindValue(0, reason);
        cancel.bindValue(1, ctx.now());
        cancel.bindValue(2, it->seq);
        if (!cancel.exec())
            return db::queryError(cancel, QStringLiteral("cannot cancel a message to a number that opted out"));
        if (Status s = ctx.addEvent(it->seq, EventKind::Cancelled, 0, 0, reason); !s)
            return s.error();
        ctx.countStatus(MessageStatus::Sending, -1);
        ctx.countStatus(MessageStatus::Cancelled, 1);
        ++done;
        it = claimed.erase(it);
    }
    ctx.effects().messagesChanged = true;
    return done;
}

} // namespace smsdesk::ops
