// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace smsdesk {

// The left navigation: one row per place with icon, label and a live badge (unread
// conversations, dead letters). Keyboard: arrows move, the current row is the page shown.
class Sidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    enum Role {
        BadgeRole = Qt::UserRole + 1, // int, 0 = no badge
        BadgeAlertRole, // bool: badge in the error tone (dead letters)
    };

    explicit Sidebar(QWidget *parent = nullptr);

    void addPlace(const QIcon &icon, const QString &label, const QString &shortcut);
    // After a language switch: new label, same icon, shortcut and badge.
    void setPlaceLabel(int row, const QString &label, const QString &shortcut);
    void setBadge(int row, int count, bool alert);
    int badge(int row) const;
    QSize sizeHint() const override;
};

} // namespace smsdesk
