// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetdelegate.h"

#include "devicemodel.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace smsdesk {

BudgetDelegate::BudgetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void BudgetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const int limit = index.data(DeviceModel::DailyLimitRole).toInt();
    const int left = index.data(DeviceModel::BudgetLeftRole).toInt();
    if (limit <= 0 || left < 0) {
        QStyledItemDelegate::paint(painter, option, index); // "No daily cap" as text
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    const qreal share = qBound(0.0, qreal(left) / qreal(limit), 1.0);
    // The number sits right of the bar so it stays readable whatever the fill colour.
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 12;
    const QRectF cell = QRectF(option.rect).adjusted(6, 0, -6, 0);
    const QRectF track(cell.left(), cell.center().y() - 4, std::max(20.0, cell.width() - textWidth), 8);
    // Amber when a fifth is left, red when nothing is: the phone will stop sending today.
    const theme::Tone tone = left == 0 ? theme::Tone::Error
        : share < 0.2                  ? theme::Tone::Warning
                                       : theme::Tone::Success;
    // On a selected row the bar is drawn in the highlighted-text colour: the highlight fill
    // would vanish on the highlight background.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor background = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor fill = left == 0 || share < 0.2 ? theme::color(tone, option.palette)
        : selected                               ? ink
                                                 : option.palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::mix(background, ink, selected ? 0.3 : 0.12));
    painter->drawRoundedRect(track, 4, 4);
    if (share > 0) {
        QRectF bar = track;
        bar.setWidth(std::max(8.0, track.width() * share));
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 4, 4);
    }
    painter->setPen(ink);
    painter->drawText(QRectF(track.right(), cell.top(), cell.right() - track.right(), cell.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize BudgetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 60, 160));
    size.setHeight(std::max(size.height(), 24));
    return size;
}

} // namespace smsdesk
