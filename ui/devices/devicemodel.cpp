// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicemodel.h"

#include "displayformat.h"
#include "readmodel.h"
#include "theme.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace smsdesk {

namespace {

QString addressOf(const Device &device)
{
    return device.remoteId.isEmpty() ? device.baseUrl : device.remoteId;
}

// A small filled circle in a semantic tone: the online/offline/paused mark.
QPixmap stateDot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}

QString percentText(int value)
{
    return value < 0 ? QStringLiteral("–") : QLocale().toString(value) + QLatin1Char('%');
}

} // namespace

Result<QList<DeviceRow>> readDeviceRows(ReadModel &reader, qint64 sinceMs)
{
    auto devices = reader.devices();
    if (!devices)
        return devices.error();
    QList<DeviceRow> rows;
    rows.reserve(devices->size());
    for (const Device &device : devices.value()) {
        auto sent = reader.segmentsSentSince(device.id, sinceMs);
        rows.append(DeviceRow { device, sent ? sent.value() : 0 });
    }
    return rows;
}

DeviceModel::DeviceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeviceModel::setRows(QList<DeviceRow> rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).device.id == m_rows.at(i).device.id;
    if (sameIds) {
        // Same phones in the same order: update in place so selection and scrolling stay.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DeviceModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).device.id == id)
            return i;
    }
    return -1;
}

int DeviceModel::onlineCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const DeviceRow &row) {
        return row.device.enabled && row.device.health.online;
    }));
}

int DeviceModel::budgetLeft(const DeviceRow &row)
{
    if (row.device.ratePerDay <= 0)
        return -1;
    return std::max(0, row.device.ratePerDay - row.sentToday);
}

void DeviceModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::DecorationRole:
        return decoration(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return row.device.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BatteryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    default:
        return rawValue(row, role);
    }
}

QVariant DeviceModel::sortValue(const DeviceRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.device.name.toLower();
    case AdapterColumn:
        return row.device.adapter;
    case AddressColumn:
        return addressOf(row.device);
    case EnabledColumn:
        return row.device.enabled;
    case StateColumn:
        return row.device.health.online ? 1 : 0;
    case BatteryColumn:
        return row.device.health.batteryPercent;
    case SignalColumn:
        return row.device.health.signalPercent;
    case SentTodayColumn:
        return row.sentToday;
    case BudgetColumn:
        return budgetLeft(row) < 0 ? std::numeric_limits<int>::max() : budgetLeft(row);
    default:
        return {};
    }
}

QVariant DeviceModel::rawValue(const DeviceRow &row, int role) const
{
    const Device &d = row.device;
    switch (role) {
    case IdRole:
        return d.id;
    case NameRole:
        return d.name;
    case AdapterRole:
        return d.adapter;
    case AddressRole:
        return addressOf(d);
    case EnabledRole:
        return d.enabled;
    case OnlineRole:
        return d.health.online;
    case LastSeenRole:
        return d.health.lastSeenMs;
    case BatteryRole:
        return d.health.batteryPercent;
    case SignalRole:
        return d.health.signalPercent;
    case PausedReasonRole:
        return d.health.pausedReason;
    case SentTodayRole:
        return row.sentToday;
    case DailyLimitRole:
        return d.ratePerDay;
    case BudgetLeftRole:
        return budgetLeft(row);
    default:
        return {};
    }
}

QVariant DeviceModel::displayText(const DeviceRow &row, int column) const
{
    const Device &d = row.device;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return d.name;
    case AdapterColumn:
        return d.adapter;
    case AddressColumn:
        return addressOf(d);
    case EnabledColumn:
        return d.enabled ? tr("Enabled") : tr("Disabled");
    case StateColumn:
        if (!d.enabled)
            return tr("Disabled");
        if (!d.health.pausedReason.isEmpty())
            return tr("Paused");
        if (d.health.online)
            return tr("Online");
        if (d.health.lastSeenMs <= 0)
            return tr("Offline");
        return tr("Offline · seen %1")
            .arg(DisplayFormat::ago(d.health.lastSeenMs, QDateTime::currentMSecsSinceEpoch()));
    case BatteryColumn:
        return percentText(d.health.batteryPercent);
    case SignalColumn:
        return percentText(d.health.signalPercent);
    case SentTodayColumn:
        return locale.toString(row.sentToday);
    case BudgetColumn:
        return budgetLeft(row) < 0
            ? tr("No daily cap")
            : tr("%1 of %2").arg(locale.toString(budgetLeft(row)), locale.toString(d.ratePerDay));
    default:
        return {};
    }
}

QVariant DeviceModel::decoration(const DeviceRow &row, int column) const
{
    if (column != StateColumn)
        return {};
    const Device &d = row.device;
    const QPalette palette;
    if (!d.enabled)
        return stateDot(palette.color(QPalette::Disabled, QPalette::Text));
    if (!d.health.pausedReason.isEmpty())
        return stateDot(theme::error(palette));
    return stateDot(d.health.online ? theme::success(palette) : theme::warning(palette));
}

QVariant DeviceModel::toolTip(const DeviceRow &row, int column) const
{
    const Device &d = row.device;
    if (column == StateColumn) {
        if (!d.health.pausedReason.isEmpty())
            return tr("Not used for sending: %1").arg(d.health.pausedReason);
        return tr("Last seen: %1")
            .arg(d.health.lastSeenMs > 0 ? DisplayFormat::dateTime(d.health.lastSeenMs) : tr("never"));
    }
    if (column == BudgetColumn || column == SentTodayColumn)
        return tr("SMS segments today; the daily limit resets at midnight.");
    return {};
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AdapterColumn:
        return tr("Gateway");
    case AddressColumn:
        return tr("Address");
    case EnabledColumn:
        return tr("Enabled");
    case StateColumn:
        return tr("State");
    case BatteryColumn:
        return tr("Battery");
    case SignalColumn:
        return tr("Signal");
    case SentTodayColumn:
        return tr("Sent today");
    case BudgetColumn:
        return tr("Budget left");
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { NameRole, "name" },
                   { AdapterRole, "adapter" },
                   { AddressRole, "address" },
                   { EnabledRole, "enabled" },
                   { OnlineRole, "online" },
                   { LastSeenRole, "lastSeen" },
                   { BatteryRole, "battery" },
                   { SignalRole, "signal" },
                   { PausedReasonRole, "pausedReason" },
                   { SentTodayRole, "sentToday" },
                   { DailyLimitRole, "dailyLimit" },
                   { BudgetLeftRole, "budgetLeft" },
                   { SortRole, "sortValue" } });
    return names;
}

} // namespace smsdesk
