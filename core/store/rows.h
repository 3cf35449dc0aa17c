// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "randombits.h"

#include "domain.h"

#include <QMap>

#include <QMutex>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>


namespace smsdesk::rows {

// Column lists in the order the mapping functions below read them.
QString messageColumns();
QString deviceColumns();
QString tokenColumns();

Message message(const QSqlQuery &query);
// devices.sim_cards: a JSON array of {"slot", "label"}; empty text for none.
QString simCardsToJson(const QList<SimCard> &cards);
QList<SimCard> simCardsFromJson(const QString &json);
// contacts.fields: a JSON object of strings; anything else reads as no fields.
QMap<QString, QString> fieldsFromJson(const QString &json);
Device device(const QSqlQuery &query);
ApiToken token(const QSqlQuery &query);
MessageEvent event(const QSqlQuery &query); // id, message id, at, kind, device, http, detail

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
// Times not reached yet are NULL in the database and 0 in the domain types.
inline QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Time-ordered UUIDs (RFC 9562 version 7) for the ids the store makes: new rows land at
// the right edge of the id index instead of on random pages, which keeps enqueue as
// fast with a million rows as with none. Thread-safe: the QueueStore owns the one that
// mints every message id, for its writer and for the API (which needs the id before the
// commit, for its answer).
class UuidV7Generator final
{
public:
    explicit UuidV7Generator(RandomBits random);
    QUuid next(qint64 nowMs);

private:
    QMutex m_mutex;
    RandomBits m_random;
    qint64 m_lastMs = 0;
    quint16 m_counter = 0;
};

} // namespace smsdesk::rows
