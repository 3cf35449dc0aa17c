// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace smsdesk {

// Paints one conversation in the thread list: avatar, number, elided last message, time
// ("14:02", "Yesterday", "Mon", "12 Nov"), phone and unread badge. Reads ThreadListModel
// roles only.
class ThreadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadDelegate)

public:
    explicit ThreadDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Tests pin "now" so "Yesterday" does not depend on when they run.
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    // What the round avatar says: a contact's initials, else the number's last two digits.
    static QString avatarText(const QString &name, const QString &number);

private:
    void paintAvatar(QPainter *painter, const QRect &rect, const QString &text, bool selected,
                     const QPalette &palette) const;
    void paintBadge(QPainter *painter, const QRect &rect, int unread, bool selected,
                    const QPalette &palette) const;

    qint64 m_nowMs = 0;
};

} // namespace smsdesk
