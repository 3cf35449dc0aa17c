// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "queueops.h"

namespace smsdesk::ops {

namespace {

Result<EnqueueResult> replayOrMismatch(WriteContext &ctx, const IdempotencyRecord &record, bool *found)
{
    *found = false;
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT request_hash, response_status, response_body FROM "
                                               "idempotency WHERE token_id = ? AND key = ?"));
    q.bindValue(0, record.tokenId);
    q.bindValue(1, record.key);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot look up the idempotency key"));
    if (!q.next())
        return EnqueueResult {};
    *found = true;
    if (q.value(0).toByteArray() != record.requestHash) {
        return Result<EnqueueResult>::failure(
            ErrorCode::KeyMismatch,
            QStringLiteral("the Idempotency-Key was already used with a different request"));
    }
    EnqueueResult replay;
    replay.replayed = true;
    replay.responseStatus = q.value(1).toInt();
    replay.responseBody = q.value(2).toByteArray();
    return replay;
}

Status storeIdempotency(WriteContext &ctx, const IdempotencyRecord &record)
{
    QSqlQuery &q
        = ctx.prepared(QStringLiteral("INSERT INTO idempotency (token_id, key, request_hash, response_status,"
                                      " response_body, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, record.tokenId);
    q.bindValue(1, record.key);
    q.bindValue(2, record.requestHash);
    q.bindValue(3, record.responseStatus);
    q.bindValue(4, record.responseBody);
    q.bindValue(5, ctx.now());
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot store the idempotency record"));
    return {};
}

Status validate(const NewMessage &m)
{
    if (m.to.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("the recipient number is empty"));
    if (m.text.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("the message text is empty"));
    if (m.maxAttempts < 0)
        return Status::failure(ErrorCode::Invalid, QStringLiteral("max attempts must not be negative"));
    return {};
}

Message initialMessage(WriteContext &ctx, const NewMessage &in, const QString &idempotencyKey)
{
    Message m;
    m.id = in.id.isNull() ? ctx.newId() : in.id;
    m.to = in.to;
    m.text = in.text;
    m.segments = in.segments;
    m.encoding = in.encoding;
    m.deviceId = in.deviceId;
    m.sim = in.sim;
    m.campaignId = in.campaignId;
    m.urgent = in.urgent;
    m.maxAttempts = in.maxAttempts > 0 ? in.maxAttempts : ctx.retryPolicy().settings().maxAttempts;
    m.nextAttemptAtMs = std::max(ctx.now(), in.sendAtMs);
    m.priority = in.priority;
    m.sendAtMs = in.sendAtMs;
    m.clientMessageId = in.clientMessageId;
    m.idempotencyKey = idempotencyKey;
    m.createdAtMs = ctx.now();
    m.updatedAtMs = ctx.now();
    return m;
}

Status insertMessage(WriteContext &ctx, Message &m)
{
#define SMSDESK_INSERT_MESSAGE                                                                               \
    "INSERT INTO messages (id, to_number, body, segments, encoding, device_id, status, max_attempts,"        \
    " next_attempt_at, priority, send_at, client_message_id, idempotency_key, created_at, updated_at, sim,"  \
    " campaign_id, urgent) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    // SQLite hands the new key back for free (last_insert_rowid); PostgreSQL needs RETURNING.
    WriteStatement &q = ctx.statement(
        ctx.dialect().keyFromDriver() ? SMSDESK_INSERT_MESSAGE : SMSDESK_INSERT_MESSAGE " RETURNING seq");
#undef SMSDESK_INSERT_MESSAGE
    q.bind(0, rows::uuidText(m.id));
    q.bind(1, m.to);
    q.bind(2, m.text);
    q.bind(3, qint64(m.segments));
    q.bind(4, m.encoding);
    q.bind(5, m.deviceId);
    q.bind(6, qint64(m.maxAttempts));
    q.bind(7, m.nextAttemptAtMs);
    q.bind(8, qint64(m.priority));
    q.bind(9, m.sendAtMs);
    q.bindTextOrNull(10, m.clientMessageId);
    q.bindTextOrNull(11, m.idempotencyKey);
    q.bind(12, m.createdAtMs);
    q.bind(13, m.createdAtMs);
    q.bind(14, qint64(m.sim));
    if (m.campaignId != 0)
        q.bind(15, m.campaignId);
    else
        q.bindNull(15); // the campaign index holds campaign messages only
    q.bind(16, qint64(m.urgent ? 1 : 0));
    const Status inserted = q.execute(QStringLiteral("cannot store the message"), &m.seq);
    if (!inserted
        && (inserted.errorString().contains(QLatin1String("UNIQUE"))
            || inserted.errorString().contains(QLatin1String("unique"))))
        return Status::failure(
            ErrorCode::Conflict,
            QStringLiteral("a message with id %1 exists already").arg(rows::uuidText(m.id)));
    return inserted;
}

// The conversation row of a new outgoing message: the lean, hot variant of touchConversation.
Status countOutgoing(WriteContext &ctx, const Message &m)
{
    WriteStatement &q = ctx.statement(
        "INSERT INTO conversations (number, last_text, last_at, last_outgoing, unread, device_id, "
        "message_count)"
        " VALUES (?, ?, ?, 1, 0, 0, 1) ON CONFLICT (number) DO UPDATE SET last_text = excluded.last_text,"
        " last_at = excluded.last_at, last_outgoing = 1, message_count = conversations.message_count + 1");
    q.bind(0, m.to);
    q.bind(1, m.text);
    q.bind(2, m.createdAtMs);
    return q.execute(QStringLiteral("cannot update the conversation"));
}

Status insertOne(WriteContext &ctx, Message &m)
{
    if (Status s = insertMessage(ctx, m); !s)
        return s;
    // No "enqueued" event row: the reader derives it from created_at (see StoreReader::events),
    // which saves a quarter of the work of every enqueue.
    return countOutgoing(ctx, m);
}

} // namespace

Result<EnqueueResult> enqueue(WriteContext &ctx, const EnqueueRequest &request)
{
    if (request.messages.isEmpty())
        return Result<EnqueueResult>::failure(ErrorCode::Invalid, QStringLiteral("no messages to enqueue"));
    if (request.idempotency) {
        bool found = false;
        Result<EnqueueResult> seen = replayOrMismatch(ctx, *request.idempotency, &found);
        if (!seen || found)
            return seen;
    }
    for (const NewMessage &m : request.messages) {
        if (Status s = validate(m); !s)
            return s.error();
    }
    if (request.refuseOptedOut) {
        if (Status s = refuseOptedOut(ctx, request.messages); !s)
            return s.error();
    }
    // Back-pressure without a COUNT: the writer keeps queued + sending in memory (on
    // PostgreSQL the shared status_counts, for every desk together).
    const qint64 limit = ctx.options().config.maxQueueDepth;
    const Result<qint64> depth = ctx.queueDepth();
    if (!depth)
        return depth.error();
    if (depth.value() + request.messages.size() > limit) {
        return Result<EnqueueResult>::failure(
            ErrorCode::QueueFull,
            QStringLiteral("the queue is full (%1 messages waiting); try again later").arg(limit));
    }
    const QString key = request.idempotency ? request.idempotency->key : QString();
    EnqueueResult result;
    result.messages.reserve(request.messages.size());
    for (const NewMessage &in : request.messages) {
        Message m = initialMessage(ctx, in, key);
        if (Status s = insertOne(ctx, m); !s)
            return s.error();
        result.messages.append(std::move(m));
    }
    if (request.idempotency) {
        if (Status s = storeIdempotency(ctx, *request.idempotency); !s)
            return s.error();
    }
    ctx.countStatus(MessageStatus::Queued, request.messages.size());
    ctx.effects().enqueued += int(request.messages.size());
    return result;
}

Result<Message> enqueueUnchecked(WriteContext &ctx, const NewMessage &in)
{
    if (Status s = validate(in); !s)
        return s.error();
    Message m = initialMessage(ctx, in, QString());
    if (Status s = insertOne(ctx, m); !s)
        return s.error();
    ctx.countStatus(MessageStatus::Queued, 1);
    ctx.effects().enqueued += 1;
    return m;
}

namespace {

// An entry that could not be read: a dead letter at once (no conversation: it may have no
// number), its reason as the dead event, and the raw entry kept whole beside it.
Status storeRejected(WriteContext &ctx, const IntakeItem &item, Message &m)
{
    NewMessage dead;
    dead.to = item.to.isNull() ? QStringLiteral("") : item.to; // none read: empty, never NULL
    dead.text = item.text.isNull() ? QStringLiteral("") : item.text;
    m = initialMessage(ctx, dead, item.key);
    if (Status s = insertMessage(ctx, m); !s)
        return s;
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE messages SET status = 'dead', dead_at = ?, last_error = ? WHERE seq = ?"));
    q.bindValue(0, ctx.now());
    q.bindValue(1, item.reason);
    q.bindValue(2, m.seq);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot record the dead letter"));
    QSqlQuery &raw = ctx.prepared(QStringLiteral(
        "INSERT INTO intake_rejects (message_seq, source, broker_id, raw, at) VALUES (?, ?, ?, ?, ?)"));
    raw.bindValue(0, m.seq);
    raw.bindValue(1, item.source);
    raw.bindValue(2, item.brokerId);
    raw.bindValue(3, item.raw);
    raw.bindValue(4, ctx.now());
    if (!raw.exec())
        return db::queryError(raw, QStringLiteral("cannot keep the raw entry"));
    ctx.countStatus(MessageStatus::Dead, 1);
    ctx.effects().died.append({ m.id, m.to, item.reason });
    return ctx.addEvent(m.seq, EventKind::Dead, 0, 0, item.reason);
}

} // namespace

Result<QList<IntakeResult>> intake(WriteContext &ctx, const QList<IntakeItem> &items)
{
    const qint64 limit = ctx.options().config.maxQueueDepth;
    const Result<qint64> depth = ctx.queueDepth();
    if (!depth)
        return depth.error();
    qint64 waiting = depth.value();
    int enqueued = 0;
    QList<IntakeResult> results;
    results.reserve(items.size());
    for (const IntakeItem &item : items) {
        IntakeResult r;
        IdempotencyRecord record { item.namespaceId, item.key, item.hash, 202, {} };
        bool found = false;
        const Result<EnqueueResult> seen = replayOrMismatch(ctx, record, &found);
        if (found) {
            r.kind = IntakeResult::Kind::Duplicate;
            if (seen)
                r.messageId = QUuid::fromString(QString::fromLatin1(seen->responseBody));
            else
                r.reason = QStringLiteral("this id came before with another body; the first one counts");
            results.append(r);
            continue;
        }
        if (!seen)
            return seen.error();
        std::optional<QString> rejected;
        if (item.message) {
            if (Status s = refuseOptedOut(ctx, { *item.message }); !s) {
                if (s.code() != ErrorCode::OptedOut)
                    return s.error();
                rejected = s.errorString();
            } else if (waiting + 1 > limit) {
                r.reason = QStringLiteral("the queue is full (%1 messages waiting)").arg(limit);
                results.append(r); // Retry: left with the broker, nothing written
                continue;
            }
        }
        Message m;
        if (item.message && !rejected) {
            m = initialMessage(ctx, *item.message, item.key);
            if (Status s = insertOne(ctx, m); !s)
                return s.error();
            ++waiting;
            ++enqueued;
            record.responseStatus = 202;
            r.kind = IntakeResult::Kind::Enqueued;
        } else {
            IntakeItem dead = item;
            if (rejected) {
                dead.to = item.message->to;
                dead.text = item.message->text;
                dead.reason = *rejected;
            }
            if (Status s = storeRejected(ctx, dead, m); !s)
                return s.error();
            record.responseStatus = 422;
            r.kind = IntakeResult::Kind::Rejected;
            r.reason = dead.reason;
        }
        r.messageId = m.id;
        record.responseBody = rows::uuidText(m.id).toLatin1();
        if (Status s = storeIdempotency(ctx, record); !s)
            return s.error();
        results.append(r);
    }
    ctx.countStatus(MessageStatus::Queued, enqueued);
    ctx.effects().enqueued += enqueued;
    return results;
}

Status touchConversation(WriteContext &ctx, const ConversationChange &c)
{
    // One portable upsert (ON CONFLICT works in SQLite and PostgreSQL). A change without
    // text (e.g. a sticky device) leaves the last message as it is. Deltas are >= 0 here;
    // removals go through forgetConversationMessage().
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "INSERT INTO conversations (number, last_text, last_at, last_outgoing, unread, device_id, "
        "message_count)"
        " VALUES (:number, :text, :at, :outgoing, :unread, :device, :count) ON CONFLICT (number) DO UPDATE "
        "SET"
        " last_text = CASE WHEN :has = 1 THEN excluded.last_text ELSE conversations.last_text END,"
        " last_at = CASE WHEN :has = 1 THEN excluded.last_at ELSE conversations.last_at END,"
        " last_outgoing = CASE WHEN :has = 1 THEN excluded.last_outgoing ELSE conversations.last_outgoing "
        "END,"
        " unread = conversations.unread + excluded.unread,"
        " device_id = CASE WHEN excluded.device_id <> 0 THEN excluded.device_id ELSE conversations.device_id "
        "END,"
        " message_count = conversations.message_count + excluded.message_count"));
    const bool hasText = !c.lastText.isEmpty();
    q.bindValue(QStringLiteral(":number"), c.number);
    q.bindValue(QStringLiteral(":text"), hasText ? c.lastText : QString(QLatin1String("")));
    q.bindValue(QStringLiteral(":at"), c.atMs);
    q.bindValue(QStringLiteral(":outgoing"), c.outgoing ? 1 : 0);
    q.bindValue(QStringLiteral(":unread"), std::max(0, c.unreadDelta));
    q.bindValue(QStringLiteral(":device"), c.deviceId);
    q.bindValue(QStringLiteral(":count"), std::max(0, c.countDelta));
    q.bindValue(QStringLiteral(":has"), hasText ? 1 : 0);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot update the conversation"));
    return {};
}

} // namespace smsdesk::ops
