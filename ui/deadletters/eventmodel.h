// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QHash>

namespace smsdesk {

// One message's event history, oldest first, for the timeline in the detail pane.
class EventModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventModel)

public:
    enum Role {
        AtRole = Qt::UserRole + 1, // ms since epoch
        KindRole, // EventKind name, e.g. "retry"
        KindTextRole, // "Failed, will retry"
        ToneRole, // int(theme::Tone) or -1 for neutral
        DeviceIdRole,
        DeviceNameRole,
        HttpStatusRole, // 0 = none
        DetailRole,
    };
    Q_ENUM(Role)

    explicit EventModel(QObject *parent = nullptr);

    void setEvents(QList<MessageEvent> events);
    void setDeviceNames(QHash<qint64, QString> names) { m_deviceNames = std::move(names); }
    static QString kindText(const QString &kind);
    static int kindTone(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<MessageEvent> m_events;
    QHash<qint64, QString> m_deviceNames;
};

} // namespace smsdesk
