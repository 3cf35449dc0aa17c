// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignprogressdelegate.h"

#include "campaignlistmodel.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace smsdesk {

void CampaignProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double progress = std::clamp(index.data(CampaignListModel::ProgressRole).toDouble(), 0.0, 1.0);
    const QRect area = option.rect.adjusted(theme::kSpacing / 2, 0, -theme::kSpacing / 2, 0);
    const QRect bar(area.left(), area.bottom() - 5, area.width(), 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QPalette &pal = option.palette;
    painter->setBrush(theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
    painter->drawRoundedRect(bar, 2, 2);
    if (progress > 0) {
        QRect done = bar;
        done.setWidth(std::max(4, int(bar.width() * progress)));
        painter->setBrush(index.data(CampaignListModel::FinishedRole).toBool() ? theme::success(pal)
                                                                               : pal.color(QPalette::Highlight));
        painter->drawRoundedRect(done, 2, 2);
    }
    painter->setPen(pal.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(0, 0, 0, -6), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace smsdesk
