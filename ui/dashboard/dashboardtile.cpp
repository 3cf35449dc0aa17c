// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtile.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

namespace smsdesk {

DashboardTile::DashboardTile(const QString &caption, QWidget *parent)
    : QAbstractButton(parent)
    , m_caption(caption)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(caption);
    setText(caption);
}

void DashboardTile::setValue(const QString &value, Attention attention, const QString &hint)
{
    if (value == m_value && attention == m_attention && hint == toolTip())
        return; // the dashboard refreshes every second; repaint only what changed
    m_value = value;
    m_attention = attention;
    setToolTip(hint);
    setAccessibleDescription(hint.isEmpty() ? value : value + QStringLiteral(", ") + hint);
    update();
}

void DashboardTile::setCaption(const QString &caption)
{
    m_caption = caption;
    setAccessibleName(caption);
    setText(caption);
    updateGeometry();
    update();
}

QFont DashboardTile::valueFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setWeight(QFont::DemiBold);
    return f;
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics big(valueFont());
    const int width = std::max(big.horizontalAdvance(m_value), fontMetrics().horizontalAdvance(m_caption));
    return QSize(std::max(120, width + 2 * theme::kMargin + 6),
                 big.height() + fontMetrics().height() + 2 * theme::kMargin + 4);
}

QSize DashboardTile::minimumSizeHint() const
{
    return QSize(100, sizeHint().height());
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor background
        = theme::mix(pal.color(QPalette::Window), pal.color(QPalette::Base), m_hover ? 1.0 : 0.6);
    QColor border = theme::mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.15);
    QColor accent;
    if (m_attention != Attention::None) {
        const theme::Tone tone
            = m_attention == Attention::Critical ? theme::Tone::Error : theme::Tone::Warning;
        background = theme::tint(tone, pal);
        accent = theme::color(tone, pal);
        border = accent;
    }
    if (hasFocus())
        border = pal.color(QPalette::Highlight);
    p.setPen(QPen(border, hasFocus() ? 2 : 1));
    p.setBrush(background);
    p.drawRoundedRect(card, theme::kRadius, theme::kRadius);

    const QRect inner = rect().adjusted(theme::kMargin + 4, theme::kMargin, -theme::kMargin, -theme::kMargin);
    const QFont big = valueFont();
    p.setFont(big);
    p.setPen(accent.isValid() ? accent : pal.color(QPalette::Text));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
               QFontMetrics(big).elidedText(m_value, Qt::ElideRight, inner.width()));
    p.setFont(font());
    p.setPen(theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Window), 0.35));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
               fontMetrics().elidedText(m_caption, Qt::ElideRight, inner.width()));
}

void DashboardTile::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace smsdesk
