// SPDX-License-Identifier: GPL-3.0-or-later
#include "threaddelegate.h"

#include "theme.h"
#include "threadlistmodel.h"
#include "timeformat.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace smsdesk {

namespace {

constexpr int kRowHeight = 68;
constexpr int kAvatar = 42;

QFont smaller(QFont font, qreal factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

ThreadDelegate::ThreadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int lines = option.fontMetrics.height() * 2 + theme::kMargin * 2 + 4;
    return { 260, std::max(kRowHeight, lines) };
}

void ThreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card
        = theme::paintRowCard(painter, option.rect, selected, option.state & QStyle::State_MouseOver, pal);
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? theme::mix(text, pal.color(QPalette::Highlight), 0.25)
                                  : pal.color(QPalette::PlaceholderText);

    const QRect avatar(card.left() + theme::kSpacing, card.center().y() - kAvatar / 2, kAvatar, kAvatar);
    paintAvatar(painter, avatar,
                avatarText(index.data(ThreadListModel::ContactNameRole).toString(),
                           index.data(ThreadListModel::NumberRole).toString()),
                selected, pal);

    const int left = avatar.right() + theme::kMargin;
    const QRect content(left, card.top() + theme::kSpacing, card.right() - theme::kSpacing - left,
                        card.height() - 2 * theme::kSpacing);
    const int lineHeight = content.height() / 2;
    const QRect top(content.left(), content.top(), content.width(), lineHeight);
    const QRect bottom(content.left(), content.top() + lineHeight, content.width(), lineHeight);

    // Top line: number (bold) on the left; phone · time on the right.
    const int unread = index.data(ThreadListModel::UnreadRole).toInt();
    const qint64 now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    const QString time = timefmt::listTime(index.data(ThreadListModel::LastAtRole).toLongLong(), now);
    const QString phone = index.data(ThreadListModel::DeviceNameRole).toString();
    const QFont small = smaller(option.font, 0.85);
    const QFontMetrics smallMetrics(small);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    // The number is what people scan for: it keeps its room, the phone name gives way
    // (shortened at its end, or left out when not even a few letters fit); the time stays.
    const QString name = index.data(Qt::DisplayRole).toString();
    const int nameNeeded = std::min(QFontMetrics(bold).horizontalAdvance(name) + 2, top.width() * 3 / 5);
    const int metaRoom = std::max(0, top.width() - nameNeeded - theme::kSpacing);
    QString meta = time;
    if (!phone.isEmpty()) {
        const QString separator = QStringLiteral(" · ");
        const int phoneRoom
            = metaRoom - smallMetrics.horizontalAdvance(time) - smallMetrics.horizontalAdvance(separator);
        if (phoneRoom >= smallMetrics.horizontalAdvance(QStringLiteral("Mmm…")))
            meta = smallMetrics.elidedText(phone, Qt::ElideRight, phoneRoom) + separator + time;
    }
    // +2: horizontalAdvance() rounds, and elidedText() elides on the exact width.
    const int metaWidth = std::min(smallMetrics.horizontalAdvance(meta) + 2, metaRoom);
    painter->setFont(small);
    painter->setPen(unread > 0 && !selected ? pal.color(QPalette::Highlight) : muted);
    painter->drawText(QRect(top.right() - metaWidth, top.top(), metaWidth, top.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, metaWidth));

    painter->setFont(bold);
    painter->setPen(text);
    const int nameWidth = top.width() - metaWidth - theme::kSpacing;
    painter->drawText(QRect(top.left(), top.top(), nameWidth, top.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameWidth));

    // Bottom line: last message (one line, elided), unread badge on the right.
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        badgeWidth = std::max(smallMetrics.height() + 6, smallMetrics.horizontalAdvance(count) + 12);
        const QRect badge(bottom.right() - badgeWidth, bottom.center().y() - (smallMetrics.height() + 4) / 2,
                          badgeWidth, smallMetrics.height() + 4);
        paintBadge(painter, badge, unread, selected, pal);
        badgeWidth += theme::kSpacing;
    }
    QString last = index.data(ThreadListModel::LastTextRole).toString().simplified();
    if (index.data(ThreadListModel::LastOutgoingRole).toBool())
        last = tr("You: %1").arg(last);
    painter->setFont(option.font);
    painter->setPen(muted);
    const int lastWidth = bottom.width() - badgeWidth;
    painter->drawText(QRect(bottom.left(), bottom.top(), lastWidth, bottom.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(last, Qt::ElideRight, lastWidth));
    painter->restore();
}

QString ThreadDelegate::avatarText(const QString &name, const QString &number)
{
    // A customer's initials ("Anna Miller" → "AM", "Zoë" → "Z"); without a name the last two
    // digits of the number, which tell threads apart at a glance.
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetter())
            initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? number.right(2) : initials;
}

void ThreadDelegate::paintAvatar(QPainter *painter, const QRect &rect, const QString &text, bool selected,
                                 const QPalette &palette) const
{
    const QColor accent = palette.color(QPalette::Highlight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? palette.color(QPalette::HighlightedText)
                               : theme::mix(palette.color(QPalette::Base), accent, 0.18));
    painter->drawEllipse(rect);
    QFont font = painter->font();
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    painter->setPen(accent);
    painter->drawText(rect, Qt::AlignCenter, text);
}

void ThreadDelegate::paintBadge(QPainter *painter, const QRect &rect, int unread, bool selected,
                                const QPalette &palette) const
{
    const QColor fill
        = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setPen(selected ? palette.color(QPalette::Highlight) : theme::textOn(fill));
    painter->drawText(rect, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
}

} // namespace smsdesk
