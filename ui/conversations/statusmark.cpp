// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmark.h"

#include "domain.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace smsdesk {

namespace {

QPainterPath tick(const QRectF &r, qreal dx)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.12 + dx, r.top() + r.height() * 0.55);
    path.lineTo(r.left() + r.width() * 0.36 + dx, r.top() + r.height() * 0.78);
    path.lineTo(r.left() + r.width() * 0.78 + dx, r.top() + r.height() * 0.28);
    return path;
}

void paintClock(QPainter *painter, const QRectF &r, const QColor &color)
{
    const QRectF face
        = r.adjusted(r.width() * 0.12, r.height() * 0.12, -r.width() * 0.12, -r.height() * 0.12);
    painter->setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap));
    painter->drawEllipse(face);
    const QPointF c = face.center();
    painter->drawLine(c, QPointF(c.x(), face.top() + face.height() * 0.22));
    painter->drawLine(c, QPointF(c.x() + face.width() * 0.25, c.y()));
}

void paintDead(QPainter *painter, const QRectF &r, const QPalette &palette)
{
    const QColor red = theme::error(palette);
    const QRectF disc
        = r.adjusted(r.width() * 0.08, r.height() * 0.08, -r.width() * 0.08, -r.height() * 0.08);
    painter->setPen(Qt::NoPen);
    painter->setBrush(red);
    painter->drawEllipse(disc);
    painter->setPen(QPen(theme::textOn(red), 1.6, Qt::SolidLine, Qt::RoundCap));
    const qreal x = disc.center().x();
    painter->drawLine(QPointF(x, disc.top() + disc.height() * 0.25),
                      QPointF(x, disc.top() + disc.height() * 0.58));
    painter->drawPoint(QPointF(x, disc.top() + disc.height() * 0.76));
}

} // namespace

void paintStatusMark(QPainter *painter, const QRectF &rect, int status, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    switch (MessageStatus(status)) {
    case MessageStatus::Queued:
    case MessageStatus::Sending:
        paintClock(painter, rect, muted);
        break;
    case MessageStatus::Sent:
        painter->setPen(QPen(muted, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(tick(rect, 0));
        break;
    case MessageStatus::Delivered: {
        // Two ticks in the accent colour: delivered must stand out from merely sent.
        const QColor accent = palette.color(QPalette::Highlight);
        painter->setPen(QPen(accent, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QRectF narrow = rect.adjusted(-rect.width() * 0.15, 0, -rect.width() * 0.15, 0);
        painter->drawPath(tick(narrow, 0));
        painter->drawPath(tick(narrow, rect.width() * 0.3));
        break;
    }
    case MessageStatus::Dead:
        paintDead(painter, rect, palette);
        break;
    case MessageStatus::Cancelled:
        painter->setPen(QPen(muted, 1.3));
        painter->drawEllipse(rect.adjusted(2, 2, -2, -2));
        painter->drawLine(rect.bottomLeft() + QPointF(3, -3), rect.topRight() + QPointF(-3, 3));
        break;
    }
    painter->restore();
}

} // namespace smsdesk
