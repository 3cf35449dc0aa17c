// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "messagenotifier.h"
#include "theme.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QTimer>

namespace smsdesk {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(theme::appIcon(), this))
    , m_flushTimer(new QTimer(this))
{
    // The menu is owned here: QSystemTrayIcon does not take ownership of it.
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, [menu] { delete menu; });
    menu->setAccessibleName(tr("Smsdesk tray menu"));
    menu->addAction(tr("Show Smsdesk"), this, &TrayIcon::showWindowRequested);
    menu->addAction(tr("Conversations"), this, &TrayIcon::showConversationsRequested);
    menu->addAction(tr("Dead letters"), this, &TrayIcon::showDeadLettersRequested);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_clickOpens)
            Q_EMIT conversationRequested(*m_clickOpens);
        else
            Q_EMIT showWindowRequested();
    });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(1500);
    connect(m_flushTimer, &QTimer::timeout, this, &TrayIcon::flush);
    setCounts(0, 0, 0, 0);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void TrayIcon::setCounts(qint64 queued, int unreadThreads, qint64 dead, int phonesOnline)
{
    const QLocale locale;
    QStringList parts { tr("Queued: %1").arg(locale.toString(queued)),
                        tr("Unread conversations: %1").arg(unreadThreads),
                        tr("Dead letters: %1").arg(locale.toString(dead)),
                        tr("Phones online: %1").arg(phonesOnline) };
    m_tray->setToolTip(tr("Smsdesk") + QLatin1Char('\n') + parts.join(QLatin1Char('\n')));
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon)
{
    auto it = std::find_if(m_pending.begin(), m_pending.end(),
                           [&](const Pending &p) { return p.title == title; });
    if (it == m_pending.end())
        m_pending.append(Pending { title, { text }, icon });
    else
        it->texts.append(text);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void TrayIcon::showIncoming(const IncomingNotification &notification)
{
    m_lastTitle = notification.title;
    m_lastText = notification.body;
    m_clickOpens = notification.number;
    if (m_tray->isVisible())
        m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Information, 8000);
    if (notification.sound)
        QApplication::beep(); // the tray cannot name a sound; the system's bell it is
}

void TrayIcon::flush()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        QString text = pending.texts.first();
        if (pending.texts.size() > 1)
            text = tr("%1\n…and %n more", nullptr, int(pending.texts.size() - 1)).arg(text);
        m_lastTitle = pending.title;
        m_lastText = text;
        m_clickOpens.reset();
        if (m_tray->isVisible())
            m_tray->showMessage(pending.title, text, pending.icon, 8000);
    }
    m_pending.clear();
}

} // namespace smsdesk
