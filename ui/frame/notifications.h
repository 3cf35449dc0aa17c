// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace smsdesk {

class ConversationsPage;
class DesktopNotifier;
class EngineFacade;
class MainWindow;
class MessageNotifier;
class ReadModel;
struct IncomingNotification;

// Desktop notifications for received SMS (issue 15, point 3): the facade's inboundReceived
// goes to a MessageNotifier (whether and what), whose notification goes out through the
// freedesktop service (DesktopNotifier) or, where none runs, the tray icon; clicking one
// opens its conversation (or the list) in the raised window.
class IncomingNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingNotifications)

public:
    IncomingNotifications(MainWindow &window, EngineFacade &facade, ReadModel &reader, ConversationsPage &page);

    MessageNotifier *notifier() const { return m_notifier; }
    DesktopNotifier *desktop() const { return m_desktop; } // null: the tray shows them
    // Opens what a clicked notification names ("" = the conversations list).
    void open(const QString &number);

private:
    void show(const IncomingNotification &notification);

    MainWindow &m_window;
    ConversationsPage &m_page;
    MessageNotifier *m_notifier = nullptr;
    DesktopNotifier *m_desktop = nullptr;
};

} // namespace smsdesk
