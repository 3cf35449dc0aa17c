// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace smsdesk {

// A live dispatcher on a shared queue, and the phones it can send through (it has their
// credentials; the phone is switched on).
struct DispatcherWants
{
    QString owner;
    QList<qint64> phones;
};

// Which phones each of the live dispatchers should hold, so that several dispatchers share
// the sending instead of the first one to start holding every phone. Each phone that any of
// them can send through goes to one that can: the phones the fewest dispatchers can take
// first, each to the one with the fewest phones so far (ties by owner name). Every desk
// computes the same answer from the same rows, so they agree without talking to each other.
QHash<QString, QList<qint64>> sharePhones(QList<DispatcherWants> live);

} // namespace smsdesk
