// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "phoneshare.h"
#include "queueops.h"

#include <algorithm>

namespace smsdesk::ops {

namespace {

Status validateDevice(const Device &d)
{
    if (d.name.trimmed().isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("a device needs a name"));
    if (d.adapter.isEmpty())
        return Status::failure(ErrorCode::Invalid, QStringLiteral("a device needs an adapter"));
    if (d.ratePerMinute < 0 || d.ratePerDay < 0)
        return Status::failure(ErrorCode::Invalid, QStringLiteral("rate limits cannot be negative"));
    return {};
}

void bindSettings(QSqlQuery &q, const Device &d)
{
    q.bindValue(0, d.name);
    q.bindValue(1, d.adapter);
    q.bindValue(2, d.baseUrl);
    q.bindValue(3, rows::textOrNull(d.remoteId));
    q.bindValue(4, d.sim);
    q.bindValue(5, d.enabled ? 1 : 0);
    q.bindValue(6, d.ratePerMinute);
    q.bindValue(7, d.ratePerDay);
    q.bindValue(8, rows::textOrNull(rows::simCardsToJson(d.simCards)));
}

Result<Device> readDevice(WriteContext &ctx, qint64 id)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT ") + rows::deviceColumns()
                                + QStringLiteral(" FROM devices WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the device"));
    if (!q.next())
        return Result<Device>::failure(ErrorCode::NotFound, QStringLiteral("no device %1").arg(id));
    Device d = rows::device(q);
    q.finish();
    return d;
}

} // namespace

Result<Device> addDevice(WriteContext &ctx, const Device &device)
{
    if (Status s = validateDevice(device); !s)
        return s.error();
    QSqlQuery &q
        = ctx.prepared(QStringLiteral("INSERT INTO devices (name, adapter, base_url, remote_id, sim, "
                                      "enabled, rate_per_minute, rate_per_day, sim_cards,"
                                      " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindSettings(q, device);
    q.bindValue(9, ctx.now());
    if (!q.exec() || !q.next())
        return db::queryError(q, QStringLiteral("cannot add the device"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ctx.effects().devicesChanged = true;
    return readDevice(ctx, id);
}

Result<Device> updateDevice(WriteContext &ctx, const Device &device)
{
    if (Status s = validateDevice(device); !s)
        return s.error();
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE devices SET name = ?, adapter = ?, base_url = ?, remote_id = ?, sim = ?, enabled = ?,"
        " rate_per_minute = ?, rate_per_day = ?, sim_cards = ? WHERE id = ?"));
    bindSettings(q, device);
    q.bindValue(9, device.id);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot update the device"));
    if (Status s = expectOneRow(q, QStringLiteral("no device %1").arg(device.id)); !s)
        return s.error();
    ctx.effects().devicesChanged = true;
    return readDevice(ctx, device.id);
}

Status updateDeviceHealth(WriteContext &ctx, qint64 deviceId, const DeviceHealth &h)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral(
        "UPDATE devices SET online = ?, last_seen_at = ?, battery_percent = ?, signal_percent = ?,"
        " failed_last_hour = ?, paused_reason = ?, reports_via = ? WHERE id = ?"));
    q.bindValue(0, h.online ? 1 : 0);
    q.bindValue(1, h.lastSeenMs);
    q.bindValue(2, h.batteryPercent);
    q.bindValue(3, h.signalPercent);
    q.bindValue(4, h.failedLastHour);
    q.bindValue(5, rows::textOrNull(h.pausedReason));
    q.bindValue(6, rows::textOrNull(h.reportsVia));
    q.bindValue(7, deviceId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot update the device health"));
    if (Status s = expectOneRow(q, QStringLiteral("no device %1").arg(deviceId)); !s)
        return s;
    ctx.effects().devicesChanged = true;
    return {};
}

Status removeDevice(WriteContext &ctx, qint64 deviceId)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    q.bindValue(0, deviceId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot remove the device"));
    if (Status s = expectOneRow(q, QStringLiteral("no device %1").arg(deviceId)); !s)
        return s;
    ctx.effects().devicesChanged = true;
    return {};
}

namespace {

// A limit as its three columns (migration 12): rate, burst, unlimited; NULL, NULL, 0 = default.
// Invalid for numbers TokenLimit::of would refuse: nothing nonsensical reaches the table.
Status bindLimit(QSqlQuery &q, int first, const std::optional<TokenLimit> &limit)
{
    const QVariant nullRate(QMetaType::fromType<double>());
    const QVariant nullBurst(QMetaType::fromType<int>());
    if (limit && !limit->unlimited) {
        if (const Result<TokenLimit> checked = TokenLimit::of(limit->ratePerSecond, limit->burst); !checked)
            return checked.error();
    }
    const bool own = limit && !limit->unlimited;
    q.bindValue(first, own ? QVariant(limit->ratePerSecond) : nullRate);
    q.bindValue(first + 1, own ? QVariant(limit->burst) : nullBurst);
    q.bindValue(first + 2, limit && limit->unlimited ? 1 : 0);
    return {};
}

} // namespace

Result<ApiToken> addToken(WriteContext &ctx, const QString &name, const QByteArray &tokenHash,
                          const std::optional<TokenLimit> &limit)
{
    if (name.trimmed().isEmpty() || tokenHash.isEmpty())
        return Result<ApiToken>::failure(ErrorCode::Invalid,
                                         QStringLiteral("a token needs a name and a hash"));
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("INSERT INTO api_tokens (name, token_hash, created_at, rate_per_second, rate_burst,"
                       " rate_unlimited) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, name);
    q.bindValue(1, tokenHash);
    q.bindValue(2, ctx.now());
    if (Status bound = bindLimit(q, 3, limit); !bound)
        return bound.error();
    if (!q.exec() || !q.next())
        return db::queryError(q, QStringLiteral("cannot store the token"));
    ApiToken token;
    token.id = q.value(0).toLongLong();
    token.name = name;
    token.createdAtMs = ctx.now();
    token.limit = limit;
    q.finish();
    return token;
}

Status setTokenLimit(WriteContext &ctx, qint64 tokenId, const std::optional<TokenLimit> &limit)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("UPDATE api_tokens SET rate_per_second = ?, rate_burst = ?,"
                                               " rate_unlimited = ? WHERE id = ? AND revoked_at = 0"));
    if (Status bound = bindLimit(q, 0, limit); !bound)
        return bound;
    q.bindValue(3, tokenId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot change the token's limit"));
    return expectOneRow(q, QStringLiteral("No active API token has the id %1.").arg(tokenId));
}

Status revokeToken(WriteContext &ctx, qint64 tokenId)
{
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at = 0"));
    q.bindValue(0, ctx.now());
    q.bindValue(1, tokenId);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot revoke the token"));
    return expectOneRow(q, QStringLiteral("no active token %1").arg(tokenId));
}

Result<int> purgeIdempotency(WriteContext &ctx, qint64 olderThanMs)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    q.bindValue(0, olderThanMs);
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot purge idempotency records"));
    return q.numRowsAffected();
}

// No event and no devicesChanged: holding changes nothing a person sees, and it is renewed
// every second or so by each dispatcher.
namespace {

QString idList(const QList<qint64> &ids)
{
    QString text = QStringLiteral(""); // never null: a null QString binds as SQL NULL
    for (const qint64 id : ids)
        text += (text.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(id);
    return text;
}

QList<qint64> parseIdList(const QString &text)
{
    QList<qint64> ids;
    for (const QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

// Says that `owner` is alive until `untilMs` and can send through `wanted`; returns every
// live dispatcher's row (this one's included).
Result<QList<DispatcherWants>> announceAndListDispatchers(WriteContext &ctx, const QString &owner,
                                                          const QList<qint64> &wanted, qint64 untilMs)
{
    const QString what = QStringLiteral("cannot share the phones");
    QSqlQuery &here = ctx.prepared(QStringLiteral(
        "INSERT INTO dispatchers (owner, seen_until, wants) VALUES (?, ?, ?)"
        " ON CONFLICT (owner) DO UPDATE SET seen_until = excluded.seen_until, wants = excluded.wants"));
    here.bindValue(0, owner);
    here.bindValue(1, untilMs);
    here.bindValue(2, idList(wanted));
    if (!here.exec())
        return db::queryError(here, what);
    QSqlQuery &gone = ctx.prepared(QStringLiteral("DELETE FROM dispatchers WHERE seen_until < ?"));
    gone.bindValue(0, ctx.now());
    if (!gone.exec())
        return db::queryError(gone, what);
    QSqlQuery &live = ctx.prepared(QStringLiteral("SELECT owner, wants FROM dispatchers"));
    if (!live.exec())
        return db::queryError(live, what);
    QList<DispatcherWants> rows;
    while (live.next())
        rows.append({ live.value(0).toString(), parseIdList(live.value(1).toString()) });
    live.finish();
    return rows;
}

} // namespace

Result<QList<qint64>> holdPhones(WriteContext &ctx, const QString &owner, const QList<qint64> &wanted,
                                 qint64 leaseMs)
{
    if (owner.isEmpty() || leaseMs <= 0)
        return Result<QList<qint64>>::failure(ErrorCode::Invalid,
                                              QStringLiteral("holding phones needs an owner and a lease time"));
    const QString what = QStringLiteral("cannot hold the phones");
    const Result<QList<DispatcherWants>> live = announceAndListDispatchers(ctx, owner, wanted, ctx.now() + leaseMs);
    if (!live)
        return live.error();
    const QList<qint64> share = sharePhones(live.value()).value(owner);
    QList<qint64> held;
    QSqlQuery &take = ctx.prepared(QStringLiteral(
        "UPDATE devices SET owner = ?, owner_until = ?"
        " WHERE id = ? AND (owner = ? OR owner IS NULL OR owner_until < ?) RETURNING id"));
    for (const qint64 id : share) { // a handful of phones
        take.bindValue(0, owner);
        take.bindValue(1, ctx.now() + leaseMs);
        take.bindValue(2, id);
        take.bindValue(3, owner);
        take.bindValue(4, ctx.now());
        if (!take.exec())
            return db::queryError(take, what);
        if (take.next())
            held.append(take.value(0).toLongLong());
        take.finish();
    }
    // Held before but not ours any more (another dispatcher's share now, credentials gone,
    // phone switched off): let go, so its new holder takes it at its next round.
    QSqlQuery &mine = ctx.prepared(QStringLiteral("SELECT id FROM devices WHERE owner = ?"));
    mine.bindValue(0, owner);
    if (!mine.exec())
        return db::queryError(mine, what);
    QList<qint64> drop;
    while (mine.next()) {
        if (!held.contains(mine.value(0).toLongLong()))
            drop.append(mine.value(0).toLongLong());
    }
    mine.finish();
    QSqlQuery &letGo = ctx.prepared(
        QStringLiteral("UPDATE devices SET owner = NULL, owner_until = 0 WHERE id = ? AND owner = ?"));
    for (const qint64 id : std::as_const(drop)) {
        letGo.bindValue(0, id);
        letGo.bindValue(1, owner);
        if (!letGo.exec())
            return db::queryError(letGo, what);
    }
    std::sort(held.begin(), held.end());
    return held;
}

Status releasePhones(WriteContext &ctx, const QString &owner)
{
    const QString what = QStringLiteral("cannot let go of the phones");
    QSqlQuery &q = ctx.prepared(
        QStringLiteral("UPDATE devices SET owner = NULL, owner_until = 0 WHERE owner = ?"));
    q.bindValue(0, owner);
    if (!q.exec())
        return db::queryError(q, what);
    QSqlQuery &gone = ctx.prepared(QStringLiteral("DELETE FROM dispatchers WHERE owner = ?"));
    gone.bindValue(0, owner);
    if (!gone.exec())
        return db::queryError(gone, what);
    return {};
}

Status writeSettings(WriteContext &ctx, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 200 || it.value().size() > 10'000)
            return Status::failure(ErrorCode::Invalid, QStringLiteral("a setting needs a key of at most 200 "
                                                                      "characters and a value of at most 10,000"));
        QSqlQuery &q = ctx.prepared(QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
        q.bindValue(0, it.key());
        q.bindValue(1, it.value());
        q.bindValue(2, ctx.now());
        if (!q.exec())
            return db::queryError(q, QStringLiteral("cannot store the setting %1").arg(it.key()));
    }
    Result<QHash<QString, QString>> all = readSettings(ctx);
    if (!all)
        return all.error();
    ctx.effects().settings = std::move(all.value());
    ctx.effects().settingsWritten = true;
    return {};
}

Result<QHash<QString, QString>> readSettings(WriteContext &ctx)
{
    QSqlQuery &q = ctx.prepared(QStringLiteral("SELECT key, value FROM settings"));
    if (!q.exec())
        return db::queryError(q, QStringLiteral("cannot read the settings"));
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return values;
}

} // namespace smsdesk::ops
