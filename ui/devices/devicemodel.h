// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "result.h"

#include <QAbstractTableModel>

namespace smsdesk {

class ReadModel;

// One phone as the tables show it: the stored device plus today's usage.
struct DeviceRow
{
    Device device;
    int sentToday = 0; // SMS segments since local midnight
};

// Reads every device and its usage since `sinceMs` (indexed, one query per device).
Result<QList<DeviceRow>> readDeviceRows(ReadModel &reader, qint64 sinceMs);

// The paired phones, shared by the Devices table and the Dashboard's phone list.
// Raw values go out through named roles; the display role is only for reading.
class DeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceModel)

public:
    enum Column {
        NameColumn,
        AdapterColumn,
        AddressColumn,
        EnabledColumn,
        StateColumn,
        BatteryColumn,
        SignalColumn,
        SentTodayColumn,
        BudgetColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        AdapterRole,
        AddressRole,
        EnabledRole,
        OnlineRole,
        LastSeenRole, // ms since epoch, 0 = never
        BatteryRole, // percent, -1 = unknown
        SignalRole, // percent, -1 = unknown
        PausedReasonRole,
        SentTodayRole, // segments
        DailyLimitRole, // segments, 0 = no cap
        BudgetLeftRole, // segments, -1 = no cap
        SortRole, // the raw value of the cell's column, for QSortFilterProxyModel
    };
    Q_ENUM(Role)

    explicit DeviceModel(QObject *parent = nullptr);

    // Replaces the rows; keeps the views' selection when the same phones come back.
    void setRows(QList<DeviceRow> rows);
    const QList<DeviceRow> &rows() const { return m_rows; }
    int rowOfId(qint64 id) const;
    int onlineCount() const;

    // After a language switch: headers and texts are built from tr() on demand.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static int budgetLeft(const DeviceRow &row);

private:
    QVariant rawValue(const DeviceRow &row, int role) const;
    QVariant sortValue(const DeviceRow &row, int column) const;
    QVariant displayText(const DeviceRow &row, int column) const;
    QVariant decoration(const DeviceRow &row, int column) const;
    QVariant toolTip(const DeviceRow &row, int column) const;

    QList<DeviceRow> m_rows;
};

} // namespace smsdesk
