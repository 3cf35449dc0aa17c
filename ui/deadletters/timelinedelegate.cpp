// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "displayformat.h"
#include "eventmodel.h"
#include "theme.h"

#include <QPainter>

namespace smsdesk {

namespace {
constexpr int kRail = 28; // width of the column holding the line and the dots
constexpr int kDot = 10;
constexpr int kPad = 6;
} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString TimelineDelegate::metaLine(const QModelIndex &index)
{
    QStringList parts;
    if (const QString device = index.data(EventModel::DeviceNameRole).toString(); !device.isEmpty())
        parts << device;
    if (const int http = index.data(EventModel::HttpStatusRole).toInt(); http > 0)
        parts << QStringLiteral("HTTP %1").arg(http);
    return parts.join(QStringLiteral(" · "));
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const QPalette &pal = option.palette;
    const QColor muted = theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.15));

    // The rail: joins this step to its neighbours; the first and last rows stop at the dot.
    const int cx = r.left() + kRail / 2;
    const int cy = r.top() + kPad + option.fontMetrics.height() / 2;
    painter->setPen(QPen(theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.75), 2));
    if (index.row() > 0)
        painter->drawLine(cx, r.top(), cx, cy);
    if (index.row() + 1 < index.model()->rowCount(index.parent()))
        painter->drawLine(cx, cy, cx, r.bottom() + 1);
    const int tone = index.data(EventModel::ToneRole).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(tone < 0 ? muted : theme::color(theme::Tone(tone), pal));
    painter->drawEllipse(QPointF(cx, cy), kDot / 2.0, kDot / 2.0);

    QRect text = r.adjusted(kRail, kPad, -kPad, -kPad);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QString when = DisplayFormat::dateTime(index.data(EventModel::AtRole).toLongLong());
    painter->setPen(muted);
    painter->setFont(option.font);
    painter->drawText(text, Qt::AlignRight | Qt::AlignTop, when);
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(bold);
    const int whenWidth = option.fontMetrics.horizontalAdvance(when) + kPad;
    painter->drawText(text.adjusted(0, 0, -whenWidth, 0), Qt::AlignLeft | Qt::AlignTop,
                      QFontMetrics(bold).elidedText(index.data(EventModel::KindTextRole).toString(),
                                                    Qt::ElideRight, text.width() - whenWidth));
    painter->setFont(option.font);
    const int line = option.fontMetrics.lineSpacing();
    text.setTop(text.top() + line);
    if (const QString meta = metaLine(index); !meta.isEmpty()) {
        painter->setPen(muted);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, meta);
        text.setTop(text.top() + line);
    }
    if (const QString detail = index.data(EventModel::DetailRole).toString(); !detail.isEmpty()) {
        painter->setPen(tone == int(theme::Tone::Error) ? theme::error(pal) : pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, detail);
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(200, option.rect.width() > 0 ? option.rect.width() : 320);
    int height = 2 * kPad + option.fontMetrics.lineSpacing();
    if (!metaLine(index).isEmpty())
        height += option.fontMetrics.lineSpacing();
    if (const QString detail = index.data(EventModel::DetailRole).toString(); !detail.isEmpty()) {
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width - kRail - kPad, 10'000),
                                                             Qt::TextWordWrap, detail);
        height += bounds.height();
    }
    return QSize(width, height + kPad);
}

} // namespace smsdesk
