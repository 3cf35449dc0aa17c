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
    if (m.maxAttempts < 1)
        return Status::failure(ErrorCode::Invalid, QStringLiteral("max attempts must be at least 1"));
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
    m.maxAttempts = in.maxAttempts;
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
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "INSERT INTO messages (id, to_number, body, segments, encoding, device_id, status, max_attempts,"
        " next_attempt_at, priority, send_at, client_message_id, idempotency_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    q.bindValue(0, rows::uuidText(m.id));
    q.bindValue(1, m.to);
    q.bindValue(2, m.text);
    q.bindValue(3, m.segments);
    q.bindValue(4, m.encoding);
    q.bindValue(5, m.deviceId);
    q.bindValue(6, m.maxAttempts);
    q.bindValue(7, m.nextAttemptAtMs);
    q.bindValue(8, m.priority);
    q.bindValue(9, m.sendAtMs);
    q.bindValue(10, rows::textOrNull(m.clientMessageId));
    q.bindValue(11, rows::textOrNull(m.idempotencyKey));
    q.bindValue(12, m.createdAtMs);
    q.bindValue(13, m.updatedAtMs);
    if (!q.exec() || !q.next()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")
            || q.lastError().text().contains(QLatin1String("UNIQUE")))
            return Status::failure(
                ErrorCode::Conflict,
                QStringLiteral("a message with id %1 exists already").arg(rows::uuidText(m.id)));
        return db::queryError(q, QStringLiteral("cannot store the message"));
    }
    m.seq = q.value(0).toLongLong();
    q.finish();
    return {};
}

Status insertOne(WriteContext &ctx, Message &m)
{
    if (Status s = insertMessage(ctx, m); !s)
        return s;
    if (Status s = ctx.addEvent(m.seq, EventKind::Enqueued, m.deviceId); !s)
        return s;
    return touchConversation(ctx, ConversationChange { m.to, m.text, m.createdAtMs, true, 0, 1, 0 });
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
    // Back-pressure without a COUNT: the writer keeps queued + sending in memory.
    const qint64 limit = ctx.options().config.maxQueueDepth;
    if (ctx.queueDepth() + request.messages.size() > limit) {
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

Status touchConversation(WriteContext &ctx, const ConversationChange &c)
{
    // One portable upsert (ON CONFLICT works in SQLite and PostgreSQL). A change without
    // text (e.g. a sticky device) leaves the last message as it is. Deltas are >= 0 here;
    // removals go through forgetConversationMessage().
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "INSERT INTO conversations (number, last_text, last_at, last_outgoing, unread, device_id, "
        "message_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET"
        " last_text = CASE WHEN ? = 1 THEN excluded.last_text ELSE conversations.last_text END,"
        " last_at = CASE WHEN ? = 1 THEN excluded.last_at ELSE conversations.last_at END,"
        " last_outgoing = CASE WHEN ? = 1 THEN excluded.last_outgoing ELSE conversations.last_outgoing END,"
        " unread = conversations.unread + excluded.unread,"
        " device_id = CASE WHEN excluded.device_id <> 0 THEN excluded.device_id ELSE conversations.device_id "
        "END,"
        " message_count = conversations.message_count + excluded.message_count"));
    const bool hasText = !c.lastText.isEmpty();
    q.bindValue(0, c.number);
    q.bindValue(1, hasText ? c.lastText : QString(QLatin1String("")));
    q.bindValue(2, c.atMs);
    q.bindValue(3, c.outgoing ? 1 : 0);
    q.bindValue(4, std::max(0, c.unreadDelta));
    q.bindValue(5, c.deviceId);
    q.bindValue(6, std::max(0, c.countDelta));
    q.bindValue(7, hasText ? 1 : 0);
    q.bindValue(8, hasText ? 1 : 0);
    q.bindValue(9, hasText ? 1 : 0);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot update the conversation"));
    return {};
}

} // namespace smsdesk::ops
