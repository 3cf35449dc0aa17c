// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebar.h"

#include "theme.h"

#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace smsdesk {

namespace {

// Paints a place: rounded highlight when current, icon, label, and the badge pill.
class SidebarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        Q_UNUSED(index)
        return { 180, std::max(40, option.fontMetrics.height() + 20) };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const QRect card = option.rect.adjusted(6, 2, -6, -2);
        if (selected || (option.state & QStyle::State_MouseOver)) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(
                selected ? pal.color(QPalette::Highlight)
                         : theme::mix(pal.color(QPalette::Window), pal.color(QPalette::Highlight), 0.1));
            painter->drawRoundedRect(card, theme::kRadius, theme::kRadius);
        }
        if ((option.state & QStyle::State_HasFocus) && !selected) {
            painter->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(card).adjusted(1, 1, -1, -1), theme::kRadius, theme::kRadius);
        }
        const int iconSize = 20;
        const QRect iconRect(card.left() + 10, card.center().y() - iconSize / 2, iconSize, iconSize);
        // Selected mode on the highlight: theme icons and ours (theme::icon) draw it in the
        // highlighted-text colour.
        index.data(Qt::DecorationRole)
            .value<QIcon>()
            .paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        const int count = index.data(Sidebar::BadgeRole).toInt();
        int badgeWidth = 0;
        if (count > 0)
            badgeWidth
                = paintBadge(painter, card, count, index.data(Sidebar::BadgeAlertRole).toBool(), option);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
        const QRect textRect(iconRect.right() + 12, card.top(),
                             card.right() - iconRect.right() - 20 - badgeWidth, card.height());
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        painter->restore();
    }

private:
    int paintBadge(QPainter *painter, const QRect &card, int count, bool alert,
                   const QStyleOptionViewItem &option) const
    {
        const QString text = count > 999 ? QStringLiteral("999+") : QLocale().toString(count);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setWeight(QFont::DemiBold);
        const QFontMetrics metrics(font);
        const int h = metrics.height() + 4;
        const int w = std::max(h, metrics.horizontalAdvance(text) + 12);
        const QRect pill(card.right() - 10 - w, card.center().y() - h / 2, w, h);
        const bool selected = option.state & QStyle::State_Selected;
        QColor fill = alert ? theme::error(option.palette) : option.palette.color(QPalette::Highlight);
        if (selected)
            fill = option.palette.color(QPalette::HighlightedText);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setFont(font);
        painter->setPen(selected ? option.palette.color(QPalette::Highlight) : theme::textOn(fill));
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->setFont(option.font);
        return w + 10;
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new SidebarDelegate(this));
    setAccessibleName(tr("Places"));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The sidebar sits on the window colour, like Telegram/Signal's, not on a white list.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setSpacing(1);
}

void Sidebar::addPlace(const QIcon &icon, const QString &label, const QString &shortcut)
{
    auto *item = new QListWidgetItem(icon, label, this);
    item->setData(BadgeRole, 0);
    setPlaceLabel(count() - 1, label, shortcut);
}

void Sidebar::setPlaceLabel(int row, const QString &label, const QString &shortcut)
{
    QListWidgetItem *it = item(row);
    if (!it)
        return;
    it->setText(label);
    it->setToolTip(tr("%1 (%2)").arg(label, shortcut));
    it->setData(Qt::AccessibleDescriptionRole, tr("Shortcut %1").arg(shortcut));
    setBadge(row, it->data(BadgeRole).toInt(), it->data(BadgeAlertRole).toBool());
}

void Sidebar::setBadge(int row, int count, bool alert)
{
    QListWidgetItem *it = item(row);
    if (!it)
        return;
    it->setData(BadgeRole, count);
    it->setData(BadgeAlertRole, alert);
    const QString label = it->text();
    it->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1, %2 new").arg(label).arg(count) : label);
}

int Sidebar::badge(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(BadgeRole).toInt() : 0;
}

QSize Sidebar::sizeHint() const
{
    return { 200, QListWidget::sizeHint().height() };
}

} // namespace smsdesk
