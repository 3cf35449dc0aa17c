// SPDX-License-Identifier: GPL-3.0-or-later
#include "bubbledelegate.h"

#include "chatmodel.h"
#include "domain.h"
#include "statusmark.h"
#include "theme.h"
#include "timeformat.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>
#include <QToolTip>

namespace smsdesk {

namespace {

constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kMetaGap = 3;

// The words of `text` that start with a searched word (the search matched prefixes, case
// blind), marked in the find colour.
QList<QTextLayout::FormatRange> foundWordFormats(const QString &text, const QStringList &words, const QColor &color)
{
    QList<QTextLayout::FormatRange> ranges;
    for (const QString &word : words) {
        const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])%1[\\p{L}\\p{N}\\p{M}]*")
                                        .arg(QRegularExpression::escape(word)),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QTextLayout::FormatRange range;
            range.start = int(m.capturedStart());
            range.length = int(m.capturedLength());
            range.format.setBackground(color);
            range.format.setForeground(theme::textOn(color));
            ranges.append(range);
        }
    }
    return ranges;
}
constexpr int kRowGap = 6;
constexpr int kSideMargin = 14;

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.82);
    return font;
}

// Lays the text out wrapped at `width`; returns the size it needs.
QSizeF layoutText(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return { std::ceil(widest), std::ceil(height) };
}

bool isDead(const QModelIndex &index)
{
    return index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing
        && index.data(ChatModel::StatusRole).toInt() == int(MessageStatus::Dead);
}

} // namespace

struct BubbleDelegate::Geometry
{
    QRect separator; // empty when the bubble does not start a day
    QRect bubble;
    QRect text;
    QRect meta; // the small line under the bubble
    QRect retry; // dead bubbles only
    int height = 0;
    bool outgoing = false;
};

BubbleDelegate::BubbleDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

int BubbleDelegate::availableWidth(const QStyleOptionViewItem &option) const
{
    // Item views hand sizeHint() an option without a useful width; the viewport has it.
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    return std::max(200, width);
}

BubbleDelegate::Geometry BubbleDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Geometry g;
    g.outgoing = index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing;
    const int width = availableWidth(option);
    const int maxBubble = std::min(int(width * 0.72), 560);
    QTextLayout text(index.data(ChatModel::TextRole).toString(), option.font);
    const QSizeF textSize = layoutText(text, maxBubble - 2 * kPadX);
    const QFontMetrics small(smallFont(option.font));

    int y = option.rect.top();
    if (index.data(ChatModel::StartsDayRole).toBool()) {
        g.separator = QRect(option.rect.left(), y + kRowGap, width, small.height() + 10);
        y = g.separator.bottom() + kRowGap;
    }
    const int bubbleWidth = std::max(int(textSize.width()) + 2 * kPadX, 48);
    const int bubbleHeight = int(textSize.height()) + 2 * kPadY;
    const int x = g.outgoing ? option.rect.left() + width - kSideMargin - bubbleWidth
                             : option.rect.left() + kSideMargin;
    g.bubble = QRect(x, y + kRowGap / 2, bubbleWidth, bubbleHeight);
    g.text = g.bubble.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    g.meta = QRect(option.rect.left() + kSideMargin, g.bubble.bottom() + kMetaGap, width - 2 * kSideMargin,
                   small.height());
    if (isDead(index)) {
        const QString retry = tr("Retry");
        const int retryWidth = small.horizontalAdvance(retry) + 8;
        g.retry = QRect(g.bubble.left() - retryWidth - theme::kSpacing,
                        g.bubble.center().y() - small.height() / 2 - 2, retryWidth, small.height() + 4);
    }
    g.height = g.meta.bottom() + kRowGap - option.rect.top();
    return g;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, availableWidth(option), 0);
    return { opt.rect.width(), layout(opt, index).height };
}

void BubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const Geometry g = layout(option, index);
    const QPalette &pal = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!g.separator.isEmpty()) {
        const qint64 now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
        paintSeparator(painter, g.separator,
                       timefmt::dayLabel(index.data(ChatModel::TimestampRole).toLongLong(), now), pal);
    }
    const QColor neutral
        = theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), theme::isDark(pal) ? 0.14 : 0.07);
    const QColor fill = g.outgoing ? pal.color(QPalette::Highlight) : neutral;
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(g.bubble, theme::kBubbleRadius, theme::kBubbleRadius);
    // Keyboard focus: a ring around the current bubble, so arrow keys visibly move.
    if ((option.state & QStyle::State_HasFocus) && m_view && m_view->hasFocus()) {
        painter->setPen(QPen(theme::mix(pal.color(QPalette::Highlight), pal.color(QPalette::Text), 0.35), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(-2, -2, 2, 2), theme::kBubbleRadius + 2,
                                 theme::kBubbleRadius + 2);
    }
    // The message a search opened: a ring in the find colour, the searched words marked.
    const bool found = index.data(ChatModel::FoundRole).toBool();
    const QColor findColor = theme::warning(pal);
    if (found) {
        painter->setPen(QPen(findColor, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(-3, -3, 3, 3), theme::kBubbleRadius + 3,
                                 theme::kBubbleRadius + 3);
    }
    painter->setPen(g.outgoing ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    const QString body = index.data(ChatModel::TextRole).toString();
    QTextLayout text(body, option.font);
    if (found)
        text.setFormats(foundWordFormats(body, index.data(ChatModel::FoundWordsRole).toStringList(), findColor));
    layoutText(text, g.text.width());
    text.draw(painter, g.text.topLeft());
    paintMeta(painter, g, index, pal);
    painter->restore();
}

void BubbleDelegate::paintSeparator(QPainter *painter, const QRect &rect, const QString &label,
                                    const QPalette &palette) const
{
    const QFont font = smallFont(painter->font());
    const QFontMetrics metrics(font);
    const int w = metrics.horizontalAdvance(label) + 20;
    const QRect pill(rect.center().x() - w / 2, rect.top(), w, rect.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.06));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(pill, Qt::AlignCenter, label);
}

void BubbleDelegate::paintMeta(QPainter *painter, const Geometry &g, const QModelIndex &index,
                               const QPalette &palette) const
{
    const QFont font = smallFont(painter->font());
    const QFontMetrics metrics(font);
    painter->setFont(font);
    QString meta = timefmt::clockTime(index.data(ChatModel::TimestampRole).toLongLong());
    const int status = index.data(ChatModel::StatusRole).toInt();
    const bool dead = isDead(index);
    if (g.outgoing && (dead || status == int(MessageStatus::Cancelled)))
        meta = statusText(status) + QStringLiteral(" · ") + meta;
    else if (g.outgoing && isHeldForQuietHours(index))
        meta = quietText(index) + QStringLiteral(" · ") + meta;
    else if (g.outgoing && isScheduled(index))
        meta = scheduledText(index) + QStringLiteral(" · ") + meta;
    const int markSize = metrics.height();
    const int textWidth = metrics.horizontalAdvance(meta);
    painter->setPen(dead ? theme::error(palette) : palette.color(QPalette::PlaceholderText));
    if (!g.outgoing) {
        painter->drawText(QRect(g.bubble.left() + 4, g.meta.top(), textWidth, g.meta.height()), Qt::AlignLeft,
                          meta);
        return;
    }
    const int right = g.bubble.right() - 2;
    const QRectF mark(right - markSize, g.meta.top(), markSize, markSize);
    paintStatusMark(painter, mark, status, palette);
    painter->setPen(dead ? theme::error(palette) : palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(int(mark.left()) - 4 - textWidth, g.meta.top(), textWidth, g.meta.height()),
                      Qt::AlignRight, meta);
    if (!g.retry.isEmpty()) {
        const QColor accent = palette.color(QPalette::Highlight);
        painter->setPen(QPen(accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.retry).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->drawText(g.retry, Qt::AlignCenter, tr("Retry"));
    }
}

QRect BubbleDelegate::retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index).retry;
}

bool BubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && isDead(index)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && layout(option, index).retry.contains(mouse->position().toPoint())) {
            Q_EMIT retryRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool BubbleDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Geometry g = layout(option, index);
    if (!g.bubble.united(g.meta).united(g.retry).contains(event->pos())) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), toolTipFor(index), view, g.bubble);
    return true;
}

QString BubbleDelegate::statusText(int status)
{
    switch (MessageStatus(status)) {
    case MessageStatus::Queued:
        return tr("Waiting to send");
    case MessageStatus::Sending:
        return tr("Sending…");
    case MessageStatus::Sent:
        return tr("Sent");
    case MessageStatus::Delivered:
        return tr("Delivered");
    case MessageStatus::Dead:
        return tr("Not sent");
    case MessageStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool BubbleDelegate::isScheduled(const QModelIndex &index)
{
    return index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing
        && index.data(ChatModel::StatusRole).toInt() == int(MessageStatus::Queued)
        && index.data(ChatModel::SendAtRole).toLongLong() > QDateTime::currentMSecsSinceEpoch();
}

QString BubbleDelegate::scheduledText(const QModelIndex &index)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(index.data(ChatModel::SendAtRole).toLongLong());
    return tr("Scheduled for %1").arg(QLocale().toString(at, QLocale::ShortFormat));
}

bool BubbleDelegate::isHeldForQuietHours(const QModelIndex &index)
{
    return index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing
        && index.data(ChatModel::StatusRole).toInt() == int(MessageStatus::Queued)
        && index.data(ChatModel::QuietUntilRole).toLongLong() > 0;
}

QString BubbleDelegate::quietText(const QModelIndex &index, bool longForm)
{
    const QByteArray zoneId = index.data(ChatModel::QuietZoneRole).toString().toLatin1();
    const QTimeZone zone(zoneId);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(index.data(ChatModel::QuietUntilRole).toLongLong(),
                                                        zone.isValid() ? zone : QTimeZone::systemTimeZone());
    const QLocale locale;
    const int basis = index.data(ChatModel::QuietBasisRole).toInt();
    const QString zoneName = QString::fromLatin1(zoneId);
    if (!longForm) {
        const QString time = locale.toString(at.time(), QLocale::ShortFormat);
        return basis == 0 ? tr("Held until %1 recipient time").arg(time)
                          : tr("Held until %1 (quiet hours)").arg(time);
    }
    const QString when = locale.toString(at, QLocale::ShortFormat);
    switch (basis) {
    case 1:
        return tr("Quiet hours: held until %1, business time (%2): the number's country has several time zones")
            .arg(when, zoneName);
    case 2:
        return tr("Quiet hours: held until %1, business time (%2): the number is in no known time zone")
            .arg(when, zoneName);
    default:
        return tr("Quiet hours: held until %1 recipient time (%2)").arg(when, zoneName);
    }
}

QString BubbleDelegate::toolTipFor(const QModelIndex &index)
{
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(index.data(ChatModel::TimestampRole).toLongLong()),
        QLocale::LongFormat);
    const QString phone = index.data(ChatModel::DeviceNameRole).toString();
    if (index.data(ChatModel::DirectionRole).toInt() == ChatModel::Incoming)
        return phone.isEmpty() ? tr("Received %1").arg(when) : tr("Received %1 on %2").arg(when, phone);
    QStringList lines { isHeldForQuietHours(index) ? quietText(index, true)
                            : isScheduled(index)   ? scheduledText(index)
                                                   : statusText(index.data(ChatModel::StatusRole).toInt()),
                        when };
    if (index.data(ChatModel::UrgentRole).toBool())
        lines << tr("Urgent: sent inside quiet hours too");
    lines << tr("Attempts: %1").arg(index.data(ChatModel::AttemptsRole).toInt());
    lines << tr("SMS parts: %1").arg(index.data(ChatModel::SegmentsRole).toInt());
    const QString error = index.data(ChatModel::LastErrorRole).toString();
    if (!error.isEmpty())
        lines << tr("Last error: %1").arg(error);
    lines << tr("Phone: %1").arg(phone.isEmpty() ? tr("chosen automatically") : phone);
    return lines.join(QLatin1Char('\n'));
}

} // namespace smsdesk
