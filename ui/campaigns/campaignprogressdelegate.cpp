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
    // On a selected row the bar sits on the highlight: drawn in the highlight's text colour.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor under = pal.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor fill = selected ? pal.color(QPalette::HighlightedText)
        : index.data(CampaignListModel::FinishedRole).toBool() ? theme::success(pal)
                                                               : pal.color(QPalette::Highlight);
    painter->setBrush(theme::mix(under, fill, 0.25));
    painter->drawRoundedRect(bar, 2, 2);
    if (progress > 0) {
        QRect done = bar;
        done.setWidth(std::max(4, int(bar.width() * progress)));
        painter->setBrush(fill);
        painter->drawRoundedRect(done, 2, 2);
    }
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(0, 0, 0, -6), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace smsdesk
