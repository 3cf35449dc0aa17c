// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneshare.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace smsdesk {

QHash<QString, QList<qint64>> sharePhones(QList<DispatcherWants> live)
{
    std::sort(live.begin(), live.end(),
              [](const DispatcherWants &a, const DispatcherWants &b) { return a.owner < b.owner; });
    QMap<qint64, QList<int>> takers; // phone -> the dispatchers (indexes into live) that can take it
    for (int i = 0; i < live.size(); ++i) {
        for (const qint64 phone : std::as_const(live[i].phones)) {
            QList<int> &who = takers[phone];
            if (!who.contains(i))
                who.append(i);
        }
    }
    QList<qint64> order = takers.keys(); // by id, then the most constrained first
    std::stable_sort(order.begin(), order.end(),
                     [&takers](qint64 a, qint64 b) { return takers.value(a).size() < takers.value(b).size(); });
    QHash<QString, QList<qint64>> share;
    QList<int> count(live.size(), 0);
    for (const qint64 phone : std::as_const(order)) {
        const QList<int> &who = takers[phone];
        const int pick = *std::min_element(who.cbegin(), who.cend(),
                                           [&count](int a, int b) { return std::tie(count[a], a) < std::tie(count[b], b); });
        ++count[pick];
        share[live[pick].owner].append(phone);
    }
    for (QList<qint64> &phones : share)
        std::sort(phones.begin(), phones.end());
    return share;
}

} // namespace smsdesk
