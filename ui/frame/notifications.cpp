// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications.h"

#include "conversationspage.h"
#include "desktopnotifier.h"
#include "enginefacade.h"
#include "mainwindow.h"
#include "messagenotifier.h"
#include "phonenumbers.h"
#include "trayicon.h"

namespace smsdesk {

IncomingNotifications::IncomingNotifications(MainWindow &window, EngineFacade &facade, ReadModel &reader,
                                             ConversationsPage &page)
    : QObject(&window)
    , m_window(window)
    , m_page(page)
{
    MessageNotifier::Hooks hooks;
    hooks.focusedThread = [this]() -> QString {
        if (!m_window.isActiveWindow() || m_window.isMinimized()
            || m_window.currentPlace() != MainWindow::Place::Conversations || !m_page.isVisible())
            return {};
        return m_page.currentNumber();
    };
    hooks.displayNumber = [&facade](const QString &number) { return facade.phoneNumbers().displayFormat(number); };
    hooks.soundOn = [&facade] { return facade.settings().notificationSound(); };
    m_notifier = new MessageNotifier(reader, std::move(hooks), this);
    connect(&facade, &EngineFacade::inboundReceived, m_notifier, &MessageNotifier::messageArrived);
    connect(m_notifier, &MessageNotifier::notificationReady, this, &IncomingNotifications::show);
    if (DesktopNotifier::serviceAvailable()) {
        m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        connect(m_desktop, &DesktopNotifier::openRequested, this, &IncomingNotifications::open);
        // The service went away (the desktop's notifier restarted, a bare session): the tray says it.
        connect(m_desktop, &DesktopNotifier::failed, this,
                [this](const IncomingNotification &notification) { m_window.tray()->showIncoming(notification); });
    }
    connect(m_window.tray(), &TrayIcon::conversationRequested, this, &IncomingNotifications::open);
}

void IncomingNotifications::show(const IncomingNotification &notification)
{
    if (m_desktop)
        m_desktop->show(notification);
    else
        m_window.tray()->showIncoming(notification);
}

void IncomingNotifications::open(const QString &number)
{
    m_window.showPlace(MainWindow::Place::Conversations);
    if (!number.isEmpty())
        m_page.openThread(number);
    if (m_window.isMinimized())
        m_window.showNormal();
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace smsdesk
