// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace smsdesk {

// Paints "budget left today" as a bar with the number on it. Only paints: the values
// come from DeviceModel::BudgetLeftRole and DailyLimitRole.
class BudgetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDelegate)

public:
    explicit BudgetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace smsdesk
