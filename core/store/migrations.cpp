// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "connection.h"

#include <QSqlQuery>
#include <QVariant>

namespace smsdesk::migrations {

namespace {

struct Migration
{
    int version;
    const char *description;
    QList<const char *> statements;
};

// Numbered migrations: never edit a released one, add a new one.
// Times are INTEGER milliseconds since the epoch (UTC); NULL where something has not
// happened yet, so partial indexes on those columns stay small.
// Migration 1: the whole first schema.
const QList<const char *> kSchema1 {
    "CREATE TABLE messages ("
    " seq {id},"
    " id TEXT NOT NULL UNIQUE,"
    " to_number TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " segments INTEGER NOT NULL,"
    " encoding TEXT NOT NULL,"
    " device_id BIGINT NOT NULL DEFAULT 0,"
    " sent_device_id BIGINT NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " max_attempts INTEGER NOT NULL,"
    " next_attempt_at BIGINT NOT NULL,"
    " lease_owner TEXT,"
    " lease_id BIGINT NOT NULL DEFAULT 0,"
    " lease_expires_at BIGINT NOT NULL DEFAULT 0,"
    " priority INTEGER NOT NULL DEFAULT 0,"
    " send_at BIGINT NOT NULL DEFAULT 0,"
    " client_message_id TEXT,"
    " idempotency_key TEXT,"
    " gateway_message_id TEXT,"
    " created_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " sent_at BIGINT,"
    " delivered_at BIGINT,"
    " dead_at BIGINT,"
    " last_error TEXT)",
    // Claiming walks the queued rows in claim order; the index holds only them.
    "CREATE INDEX messages_claim ON messages (priority DESC, seq, next_attempt_at) WHERE status = "
    "'queued'",
    "CREATE INDEX messages_due ON messages (next_attempt_at) WHERE status = 'queued'",
    "CREATE INDEX messages_lease ON messages (lease_expires_at) WHERE status = 'sending'",
    "CREATE INDEX messages_dead ON messages (seq) WHERE status = 'dead'",
    "CREATE INDEX messages_thread ON messages (to_number, created_at)",
    "CREATE INDEX messages_sent ON messages (sent_at) WHERE sent_at IS NOT NULL",
    "CREATE INDEX messages_delivered ON messages (delivered_at) WHERE delivered_at IS NOT NULL",

    "CREATE TABLE message_events ("
    " id {id},"
    " message_seq BIGINT NOT NULL,"
    " at BIGINT NOT NULL,"
    " kind TEXT NOT NULL,"
    " device_id BIGINT NOT NULL DEFAULT 0,"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " detail TEXT)",
    "CREATE INDEX message_events_message ON message_events (message_seq)",
    "CREATE INDEX message_events_failed ON message_events (at) WHERE kind IN ('retry', 'dead')",

    "CREATE TABLE devices ("
    " id {id},"
    " name TEXT NOT NULL,"
    " adapter TEXT NOT NULL,"
    " base_url TEXT NOT NULL,"
    " remote_id TEXT,"
    " sim INTEGER NOT NULL DEFAULT 0,"
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " rate_per_minute INTEGER NOT NULL,"
    " rate_per_day INTEGER NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " online INTEGER NOT NULL DEFAULT 0,"
    " last_seen_at BIGINT NOT NULL DEFAULT 0,"
    " battery_percent INTEGER NOT NULL DEFAULT -1,"
    " signal_percent INTEGER NOT NULL DEFAULT -1,"
    " failed_last_hour INTEGER NOT NULL DEFAULT -1,"
    " paused_reason TEXT)",

    "CREATE TABLE inbound ("
    " id {id},"
    " device_id BIGINT NOT NULL DEFAULT 0,"
    " from_number TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " received_at BIGINT NOT NULL,"
    " gateway_id TEXT,"
    " is_read INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX inbound_thread ON inbound (from_number, received_at)",
    "CREATE INDEX inbound_gateway ON inbound (gateway_id) WHERE gateway_id IS NOT NULL",

    // One row per number, kept by the writer in the same transactions as the
    // messages, so the thread list never aggregates a million rows.
    "CREATE TABLE conversations ("
    " number TEXT PRIMARY KEY,"
    " last_text TEXT NOT NULL,"
    " last_at BIGINT NOT NULL,"
    " last_outgoing INTEGER NOT NULL,"
    " unread INTEGER NOT NULL DEFAULT 0,"
    " device_id BIGINT NOT NULL DEFAULT 0,"
    " message_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX conversations_recent ON conversations (last_at DESC)",

    "CREATE TABLE api_tokens ("
    " id {id},"
    " name TEXT NOT NULL,"
    " token_hash {blob} NOT NULL UNIQUE,"
    " created_at BIGINT NOT NULL,"
    " revoked_at BIGINT NOT NULL DEFAULT 0,"
    " last_used_at BIGINT NOT NULL DEFAULT 0)",

    "CREATE TABLE idempotency ("
    " token_id BIGINT NOT NULL,"
    " key TEXT NOT NULL,"
    " request_hash {blob} NOT NULL,"
    " response_status INTEGER NOT NULL,"
    " response_body {blob} NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " PRIMARY KEY (token_id, key))",
    "CREATE INDEX idempotency_created ON idempotency (created_at)",

    "CREATE TABLE report_keys (dedupe_key TEXT PRIMARY KEY, seen_at BIGINT NOT NULL)",

    // Counts by status, kept by the writer: metrics never count a million rows.
    "CREATE TABLE status_counts (status TEXT PRIMARY KEY, n BIGINT NOT NULL)",
    "INSERT INTO status_counts (status, n) VALUES ('queued', 0), ('sending', 0), ('sent', 0),"
    " ('delivered', 0), ('dead', 0), ('cancelled', 0), ('inbound', 0)",
};

// Migration 2: what real phones need (issue 11).
const QList<const char *> kSchema2 {
    // The SIM a message asks for (0: the phone's own choice).
    "ALTER TABLE messages ADD COLUMN sim INTEGER NOT NULL DEFAULT 0",
    // An SMSGate phone refuses an id it has seen, also after it reported the message
    // failed; each resend after a reported failure goes out under an id of its own
    // (generation n > 0 of the message id), remembered in wire_ids to map reports back.
    "ALTER TABLE messages ADD COLUMN wire_generation INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE wire_ids (wire_id TEXT PRIMARY KEY, message_seq BIGINT NOT NULL,"
    " generation INTEGER NOT NULL)",
    // 1 when the last attempt may have reached the gateway without us hearing its answer
    // (lease expired, timeout, dispatcher stopped mid-request): before resending through a
    // gateway that does not refuse a known id, ask it whether it has the message already.
    "ALTER TABLE messages ADD COLUMN in_doubt INTEGER NOT NULL DEFAULT 0",
    // Reports that name the gateway's own id (MySMSGate sms_id) find their message.
    "CREATE INDEX messages_gateway_id ON messages (gateway_message_id)"
    " WHERE gateway_message_id IS NOT NULL",
    // Received-SMS polling resumes after the newest message each phone gave us.
    "CREATE INDEX inbound_device ON inbound (device_id, received_at)",
    // The SIM cards the gateway reported for the phone (JSON array), and how its reports
    // reach us ("webhooks registered", "polling every 3 s", or what went wrong).
    "ALTER TABLE devices ADD COLUMN sim_cards TEXT",
    "ALTER TABLE devices ADD COLUMN reports_via TEXT",
};

// Migration 3: several dispatchers on one PostgreSQL queue (issue 13). A statement that
// starts with "pg:" runs on PostgreSQL only.
const QList<const char *> kSchema3 {
    // Lease ids from the database: unique across every dispatcher sharing the queue, not
    // random tags that might meet. (An SQLite file has one writer, whose own counter is
    // certain.) Ids of leases taken before are far above the sequence's: no clash either.
    "pg:CREATE SEQUENCE lease_ids",
    // Which dispatcher sends through a phone, until when: one at a time, so the phone's
    // budget is counted in one place (the holder renews it; a dead one's runs out).
    "ALTER TABLE devices ADD COLUMN owner TEXT",
    "ALTER TABLE devices ADD COLUMN owner_until BIGINT NOT NULL DEFAULT 0",
};

// Migration 4: the dispatchers sharing a queue share its phones too (issue 13). Each live
// one says here, at every hold round, until when it is alive and which phones it can send
// through; from these rows every desk computes the same share (sharePhones).
const QList<const char *> kSchema4 {
    "CREATE TABLE dispatchers (owner TEXT PRIMARY KEY, seen_until BIGINT NOT NULL,"
    " wants TEXT NOT NULL DEFAULT '')",
};

// Migration 5: the counts in shards (issue 13). Every transaction adds its changes to the
// counts; with one row per status, each desk's transactions waited for the others' COMMIT
// on those rows. On PostgreSQL each writer now adds to rows of its own (a shard drawn from
// count_shards when it connects); readers add the shards up. An SQLite file has one
// writer and keeps shard 0.
const QList<const char *> kSchema5 {
    "CREATE TABLE status_counts_sharded (status TEXT NOT NULL, shard INTEGER NOT NULL DEFAULT 0,"
    " n BIGINT NOT NULL, PRIMARY KEY (status, shard))",
    "INSERT INTO status_counts_sharded (status, shard, n) SELECT status, 0, n FROM status_counts",
    "DROP TABLE status_counts",
    "ALTER TABLE status_counts_sharded RENAME TO status_counts",
    "pg:CREATE SEQUENCE count_shards",
};

// Migration 6: the business settings in the database (BusinessSettings), so that every desk
// on a shared queue reads the same ones; one row a key.
const QList<const char *> kSchema6 {
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at BIGINT NOT NULL)",
};

// Migration 7: contacts and saved texts (issue 14). A number belongs to one contact at
// most (its primary key), so the thread list finds a name with one lookup.
const QList<const char *> kSchema7 {
    "CREATE TABLE contacts (id {id}, name TEXT NOT NULL, first_name TEXT NOT NULL DEFAULT '',"
    " last_name TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '{}', note TEXT,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE INDEX contacts_name ON contacts (name)",
    "CREATE TABLE contact_numbers (number TEXT PRIMARY KEY, contact_id BIGINT NOT NULL,"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX contact_numbers_contact ON contact_numbers (contact_id)",
    "CREATE TABLE contact_groups (contact_id BIGINT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (contact_id, name))",
    "CREATE INDEX contact_groups_name ON contact_groups (name)",
    "CREATE TABLE templates (id {id}, name TEXT NOT NULL UNIQUE, body TEXT NOT NULL, updated_at BIGINT NOT NULL)",
};

// Migration 8: campaigns (issue 14). A campaign's messages are ordinary messages that carry
// its id; `held` keeps them from being claimed while it is paused (1) or after it was
// cancelled (2: one that comes back from the wire is cancelled, not sent).
const QList<const char *> kSchema8 {
    "CREATE TABLE campaigns (id {id}, name TEXT NOT NULL, body TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"
    " start_at BIGINT NOT NULL, per_minute INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'active',"
    " recipients INTEGER NOT NULL DEFAULT 0, segments INTEGER NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    // NULL for a message of no campaign, so the partial index holds campaign messages only
    // (SQLite uses an index "WHERE x IS NOT NULL" for any comparison on x).
    "ALTER TABLE messages ADD COLUMN campaign_id BIGINT",
    "ALTER TABLE messages ADD COLUMN held INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX messages_campaign ON messages (campaign_id, status) WHERE campaign_id IS NOT NULL",
    // What the claims look for: a cancelled campaign's message back in the queue.
    "CREATE INDEX messages_cancelled_held ON messages (status) WHERE held = 2",
};

// Migration 9: the suppression list (issue 15, point 1), one row per number. The one
// message allowed to a number on it is the confirmation of its own STOP (confirmation_seq).
const QList<const char *> kSchema9 {
    "CREATE TABLE opt_outs (number TEXT PRIMARY KEY, at BIGINT NOT NULL, source TEXT NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '', confirmation_seq BIGINT)",
    "CREATE INDEX opt_outs_at ON opt_outs (at)",
};

// Migration 10: quiet hours (issue 15, point 2). `urgent` messages are sent inside the
// window too; a message the dispatcher held for quiet hours keeps when the window opens
// (quiet_until, also its next_attempt_at), the zone it was read in and whose (QuietBasis).
const QList<const char *> kSchema10 {
    "ALTER TABLE messages ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN quiet_until BIGINT",
    "ALTER TABLE messages ADD COLUMN quiet_zone TEXT",
    "ALTER TABLE messages ADD COLUMN quiet_basis INTEGER NOT NULL DEFAULT 0",
};

// Migration 11: full-text search across every message, both directions (issue 15, point 4).
// SQLite ("lite:" statements): FTS5 tables over messages.body and inbound.body (external
// content: the text is not stored twice), case- and accent-blind (unicode61, remove_diacritics
// 2), kept current by triggers in the writer's own transactions; 'rebuild' indexes the rows
// already there. PostgreSQL: GIN indexes on to_tsvector('simple', body), built over the rows
// already there. StoreReader::searchMessages reads them.
const QList<const char *> kSchema11 {
    "lite:CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='seq',"
    " tokenize='unicode61 remove_diacritics 2')",
    "lite:CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body); END",
    "lite:CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body); END",
    "lite:CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body);"
    " INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body); END",
    "lite:INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
    "lite:CREATE VIRTUAL TABLE inbound_fts USING fts5(body, content='inbound', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "lite:CREATE TRIGGER inbound_fts_insert AFTER INSERT ON inbound BEGIN"
    " INSERT INTO inbound_fts (rowid, body) VALUES (new.id, new.body); END",
    "lite:CREATE TRIGGER inbound_fts_delete AFTER DELETE ON inbound BEGIN"
    " INSERT INTO inbound_fts (inbound_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "lite:CREATE TRIGGER inbound_fts_update AFTER UPDATE OF body ON inbound BEGIN"
    " INSERT INTO inbound_fts (inbound_fts, rowid, body) VALUES ('delete', old.id, old.body);"
    " INSERT INTO inbound_fts (rowid, body) VALUES (new.id, new.body); END",
    "lite:INSERT INTO inbound_fts (inbound_fts) VALUES ('rebuild')",
    "pg:CREATE INDEX messages_search ON messages USING GIN (to_tsvector('simple', body))",
    "pg:CREATE INDEX inbound_search ON inbound USING GIN (to_tsvector('simple', body))",
};

// Migration 12: a request limit of a token's own (issue 15, point 5). All NULL and 0: the
// machine's default (AppSettings); rate and burst: its own token bucket; rate_unlimited = 1:
// no limit, chosen by the user. Tokens already there keep the default.
const QList<const char *> kSchema12 {
    "ALTER TABLE api_tokens ADD COLUMN rate_per_second DOUBLE PRECISION",
    "ALTER TABLE api_tokens ADD COLUMN rate_burst INTEGER",
    "ALTER TABLE api_tokens ADD COLUMN rate_unlimited INTEGER NOT NULL DEFAULT 0",
};

// Migration 13: search on PostgreSQL is accent-blind like SQLite's (issue 15, point 4): the
// text search configuration smsdesk_search is 'simple' with the unaccent dictionary in
// front ("cafe" finds "café"). unaccent is a trusted extension (PostgreSQL 13+): a role
// with CREATE on the database may add it. Where it cannot, the configuration stays plain
// 'simple' and search stays accent-sensitive, as before; nothing else depends on it.
const QList<const char *> kSchema13 {
    "pg:DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS unaccent;"
    " EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN"
    " RAISE NOTICE 'smsdesk: the unaccent extension is not available; search stays accent-sensitive'; END $$",
    "pg:CREATE TEXT SEARCH CONFIGURATION smsdesk_search (COPY = pg_catalog.simple)",
    "pg:DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN"
    " ALTER TEXT SEARCH CONFIGURATION smsdesk_search ALTER MAPPING FOR hword, hword_part, word"
    " WITH unaccent, simple; END IF; END $$",
    "pg:DROP INDEX messages_search",
    "pg:DROP INDEX inbound_search",
    "pg:CREATE INDEX messages_search ON messages USING GIN (to_tsvector('smsdesk_search', body))",
    "pg:CREATE INDEX inbound_search ON inbound USING GIN (to_tsvector('smsdesk_search', body))",
};

// Migration 14: a dead letter made from a broker intake's unreadable entry keeps the entry
// whole, with where it came from (issue 16): read one at a time, never in lists.
const QList<const char *> kSchema14 {
    "CREATE TABLE intake_rejects ("
    " message_seq BIGINT PRIMARY KEY,"
    " source TEXT NOT NULL,"
    " broker_id TEXT NOT NULL,"
    " raw {blob} NOT NULL,"
    " at BIGINT NOT NULL)",
};

// Migration 15: outbound webhooks to the user's own apps (issue 16, point 4). The endpoints
// (their secrets are in each desk's credential store, never here); the durable outbox, one
// row per event and endpoint, written in the transaction of the change it tells of and
// claimed with a lease like messages; and the log of every post.
const QList<const char *> kSchema15 {
    "CREATE TABLE webhook_endpoints (id TEXT PRIMARY KEY, url TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " events INTEGER NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE webhook_deliveries ("
    " id {id},"
    " endpoint_id TEXT NOT NULL,"
    " event_id TEXT NOT NULL,"
    " type INTEGER NOT NULL,"
    " occurred_at BIGINT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '',"
    " number TEXT NOT NULL DEFAULT '',"
    " device_id BIGINT NOT NULL DEFAULT 0,"
    " event_http_status INTEGER NOT NULL DEFAULT 0,"
    " detail TEXT NOT NULL DEFAULT '',"
    " message_attempt INTEGER NOT NULL DEFAULT 0,"
    " extra TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL DEFAULT 'pending',"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at BIGINT NOT NULL,"
    " lease_owner TEXT,"
    " lease_id BIGINT NOT NULL DEFAULT 0,"
    " lease_expires_at BIGINT NOT NULL DEFAULT 0,"
    " delivered_at BIGINT,"
    " last_attempt_at BIGINT,"
    " last_http_status INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT,"
    " last_duration_ms BIGINT NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL)",
    // What the senders claim: pending rows only.
    "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'",
    "CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id)",
    "CREATE TABLE webhook_attempts (id {id}, delivery_id BIGINT NOT NULL, at BIGINT NOT NULL,"
    " http_status INTEGER NOT NULL DEFAULT 0, error TEXT, duration_ms BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id)",
};

const QList<Migration> &allMigrations()
{
    static const QList<Migration> list {
        { 1, "messages, events, devices, inbound, conversations, tokens, idempotency", kSchema1 },
        { 2, "message SIM, wire ids for resends, in-doubt sends, device SIM cards", kSchema2 },
        { 3, "lease ids from a sequence (PostgreSQL), the dispatcher holding each phone", kSchema3 },
        { 4, "the live dispatchers and the phones each can send through", kSchema4 },
        { 5, "the counts in shards, one per writer on PostgreSQL", kSchema5 },
        { 6, "the business settings, shared by every desk", kSchema6 },
        { 7, "contacts, their numbers and groups; saved texts", kSchema7 },
        { 8, "campaigns; messages carry their campaign and can be held", kSchema8 },
        { 9, "the suppression list: numbers that opted out", kSchema9 },
        { 10, "quiet hours: urgent messages, and when a held one's window opens", kSchema10 },
        { 11, "full-text search across every message, both directions", kSchema11 },
        { 12, "a request limit of a token's own, or none", kSchema12 },
        { 13, "accent-blind search on PostgreSQL (unaccent)", kSchema13 },
        { 14, "the raw entry of each dead letter an intake could not read", kSchema14 },
        { 15, "outbound webhooks: endpoints, the durable outbox, the log of posts", kSchema15 },
    };
    return list;
}

Status createVersionTable(QSqlDatabase &db)
{
    return db::exec(
        db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                       " applied_at BIGINT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("cannot record the schema version"));
}

Status applyOne(QSqlDatabase &db, const SqlDialect &dialect, const Migration &migration, qint64 nowMs)
{
    const QString what = QStringLiteral("migration %1 failed").arg(migration.version);
    for (const char *statement : migration.statements) {
        QString sql = QString::fromLatin1(statement);
        if (sql.startsWith(QLatin1String("pg:"))) {
            if (dialect.isSqlite())
                continue;
            sql.remove(0, 3);
        } else if (sql.startsWith(QLatin1String("lite:"))) { // SQLite only
            if (!dialect.isSqlite())
                continue;
            sql.remove(0, 5);
        }
        if (Status s = db::exec(db, dialect.expandDdl(sql), what); !s)
            return s;
    }
    QSqlQuery record(db);
    record.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, applied_at, description) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(nowMs);
    record.addBindValue(QString::fromLatin1(migration.description));
    if (!record.exec())
        return db::queryError(record, what);
    return {};
}

} // namespace

int latestVersion()
{
    return allMigrations().constLast().version;
}

Result<int> currentVersion(QSqlDatabase &db, const SqlDialect &dialect)
{
    const QString what = QStringLiteral("cannot read the schema version");
    QSqlQuery exists(db);
    exists.prepare(dialect.tableExists());
    exists.addBindValue(QStringLiteral("schema_migrations"));
    if (!exists.exec())
        return db::queryError(exists, what);
    if (!exists.next())
        return 0;
    exists.finish();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !version.next())
        return db::queryError(version, what);
    return version.value(0).toInt();
}

Result<QString> foreignTable(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery any(db);
    if (!any.exec(dialect.anyTable()))
        return db::queryError(any, QStringLiteral("cannot list the tables"));
    return any.next() ? any.value(0).toString() : QString();
}

Status apply(QSqlDatabase &db, const SqlDialect &dialect, int fromVersion, qint64 nowMs)
{
    if (fromVersion >= latestVersion())
        return {};
    if (Status s = db::exec(db, QString::fromLatin1(dialect.beginWrite()),
                            QStringLiteral("cannot start the migration"));
        !s)
        return s;
    Status status = createVersionTable(db);
    for (const Migration &migration : allMigrations()) {
        if (status && migration.version > fromVersion)
            status = applyOne(db, dialect, migration, nowMs);
    }
    if (status)
        status = db::exec(db, QStringLiteral("COMMIT"), QStringLiteral("cannot commit the migration"));
    if (!status)
        db::exec(db, QStringLiteral("ROLLBACK"), QString());
    return status;
}

} // namespace smsdesk::migrations
