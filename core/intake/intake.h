// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace smsdesk {

// Intake from the brokers people already run (issue 16): a producer that puts
// `{"to","text","device_id"?,"id"?,"timestamp"?}` on a Redis stream (field `message`), a
// RabbitMQ queue or an SQS queue gets its SMS sent without changing. The rules are the same
// for every broker, and live in one place (IntakeSink): an entry is validated like an API
// enqueue and stored durably, and only then acknowledged to the broker; one that cannot be
// read becomes a dead letter with the raw entry kept, and is acknowledged; a redelivered
// entry never makes a second message.

// One configured intake: a row of this machine's settings.ini ([intakes] array), made by
// `smsdesk intake add` or Settings → Intake. A password in `url` is kept in the credential
// store, not in settings.ini (AppSettings).
struct IntakeConfig
{
    enum class Kind { Redis, RabbitMq, Sqs };

    int id = 0; // stable for the life of the row (settings.ini); 0 = not saved yet
    Kind kind = Kind::Redis;
    // redis://[user:password@]host:port[/db]; amqp://user:password@host:port[/vhost];
    // SQS: the endpoint, http(s)://host:port (access key and secret as the URL's user and
    // password, region as the query item `region`).
    QUrl url;
    QString stream = QStringLiteral("sms_queue"); // Redis: the stream producers XADD to
    QString group = QStringLiteral("sms_workers"); // Redis: the consumer group
    QString consumer; // Redis: this desk's consumer name; empty = "smsdesk-" + host name
    QString statusStream; // Redis: optional stream each status change is written to
    QString queue; // RabbitMQ: the queue; SQS: the queue name or URL
    int claimIdleMs = 60'000; // Redis: entries pending this long on a dead consumer are claimed
    int prefetch = 500; // at most this many entries read and not yet acknowledged
    bool enabled = true;

    // A short, password-free name for status lines: "redis 127.0.0.1:6379 sms_queue".
    QString displayName() const;
    // What redelivery is recognised by, the same on every desk that reads the same source:
    // kind, host, port, db or vhost, and stream or queue (never the password).
    QString sourceKey() const;
    // Empty when usable, else what is wrong, for a person ("the URL must start with redis://").
    QString problem() const;

    static QString kindName(Kind kind); // "redis", "rabbitmq", "sqs"
    // Every field, the URL with its password: a changed row is restarted.
    bool operator==(const IntakeConfig &other) const;
    bool operator!=(const IntakeConfig &other) const { return !(*this == other); }
    static std::optional<Kind> kindFromName(const QString &name);
};

// One entry as the broker gave it, handed by a transport to the IntakeSink.
struct IntakeEntry
{
    QByteArray brokerId; // Redis stream id "1712345678901-0", AMQP message_id or delivery tag, SQS MessageId
    QByteArray body; // the message JSON (Redis field `message`, the AMQP body, the SQS Body)
    bool bodyMissing = false; // Redis: the entry had no `message` field
    QByteArray raw; // everything, as readable text, for the dead letter (Redis: every field)
    qint64 producedAtMs = 0; // when the producer wrote it, if the broker says (for lag); 0 = unknown
};

// What became of one entry. The transport acknowledges every entry whose verdict is not
// Retry; Retry (the store failed, nothing on disk) leaves it with the broker.
struct IntakeOutcome
{
    enum class Verdict {
        Enqueued, // stored as a new queued message
        Duplicate, // seen before (same entry id or own `id`): nothing new stored
        Rejected, // unreadable or invalid: stored as a dead letter with the raw entry
        Retry, // not stored (the store failed); do not acknowledge
    };
    Verdict verdict = Verdict::Retry;
    QString reason; // Rejected/Retry: why, for a person
    qint64 producedAtMs = 0; // the entry's own `timestamp`, when the broker gave none (for lag)
};

// Live figures of one intake for Settings → Intake and the dashboard. Counts are since the
// intake started on this desk.
struct IntakeState
{
    enum class Phase { Stopped, Connecting, Running, Failing };

    int id = 0;
    QString name; // IntakeConfig::displayName()
    Phase phase = Phase::Stopped;
    QString statusLine; // "Reading sms_queue as sms_workers/smsdesk-host", "Connection refused; again in 8 s"
    qint64 read = 0;
    qint64 enqueued = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 lagMs = -1; // produced → on disk, p99 over the last minute; -1 = unknown
    qint64 backlog = -1; // entries waiting at the broker, when it says; -1 = unknown
};

} // namespace smsdesk

Q_DECLARE_METATYPE(smsdesk::IntakeState)
