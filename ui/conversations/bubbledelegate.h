// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace smsdesk {

// Paints ChatModel rows as chat bubbles: outgoing right in the accent colour, incoming
// left in a neutral tone, a day separator above the first bubble of a day, and under each
// bubble its time and (outgoing) a status mark. A dead bubble carries a "Retry" link.
class BubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BubbleDelegate)

public:
    explicit BubbleDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the "Retry" link of a dead bubble is, in view coordinates (empty when none).
    QRect retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QString statusText(int status);
    static QString toolTipFor(const QModelIndex &index);
    // An outgoing message that waits for a time still ahead, and "Scheduled for 4/12/26 9:00".
    static bool isScheduled(const QModelIndex &index);
    static QString scheduledText(const QModelIndex &index);
    // Held for quiet hours: "Held until 08:00 recipient time"; the long form for the tooltip.
    static bool isHeldForQuietHours(const QModelIndex &index);
    static QString quietText(const QModelIndex &index, bool longForm = false);
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSeparator(QPainter *painter, const QRect &rect, const QString &label,
                        const QPalette &palette) const;
    void paintMeta(QPainter *painter, const Geometry &geometry, const QModelIndex &index,
                   const QPalette &palette) const;
    int availableWidth(const QStyleOptionViewItem &option) const;

    QPointer<QAbstractItemView> m_view;
    qint64 m_nowMs = 0;
};

} // namespace smsdesk
