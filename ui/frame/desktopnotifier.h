// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagenotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace smsdesk {

// Shows an IncomingNotification through the freedesktop notification service
// (org.freedesktop.Notifications over the session bus: KDE, GNOME, dunst, mako…): the
// "default" action, the sound by name or "suppress-sound", the category "im.received".
// Clicking it (ActionInvoked "default") asks for its conversation. Where no such service
// runs, the frame falls back to the tray icon.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static QString serviceName(); // org.freedesktop.Notifications
    static QString objectPath(); // /org/freedesktop/Notifications
    // Whether a notification service is on `bus` now.
    static bool serviceAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus());

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    // Sends it; a later one from the same single conversation replaces the one on screen.
    void show(const IncomingNotification &notification);
    // Notifications shown and not yet closed, by the id the service gave them.
    int openCount() const { return int(m_targets.size()); }
    // The service answered what it can do (or that it cannot say).
    bool ready() const { return m_ready; }

Q_SIGNALS:
    // Clicked: the conversation to open ("" = the conversations list).
    void openRequested(const QString &number);
    // The service refused or did not answer: the caller shows it otherwise (the tray).
    void failed(const smsdesk::IncomingNotification &notification, const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    bool m_markup = false; // the service reads <b>, &amp;… in the body
    bool m_ready = false;
    QHash<uint, QString> m_targets; // id → number
};

} // namespace smsdesk
