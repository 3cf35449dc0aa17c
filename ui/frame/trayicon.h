// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QSystemTrayIcon>

#include <optional>

class QTimer;

namespace smsdesk {

struct IncomingNotification;

// The tray icon: counts in its tooltip, a menu to reach the window, and desktop
// notifications. Bursts (a thousand messages dying at once) are folded into one
// notification per title so the desktop is not flooded.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject *parent = nullptr);

    void setCounts(qint64 queued, int unreadThreads, qint64 dead, int phonesOnline);
    // Queued for a short moment and merged with others of the same title.
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon);
    // Received SMS where no notification service runs (MessageNotifier decided it): shown at
    // once; clicking it asks for its conversation.
    void showIncoming(const IncomingNotification &notification);
    QString toolTip() const;
    QSystemTrayIcon *icon() const { return m_tray; }
    // What was shown last (tests; the offscreen platform has no tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

Q_SIGNALS:
    void showWindowRequested();
    void showConversationsRequested();
    void showDeadLettersRequested();
    void conversationRequested(const QString &number); // "" = the conversations list
    void quitRequested();

private:
    void flush();

    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_flushTimer = nullptr;
    struct Pending
    {
        QString title;
        QStringList texts;
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    };
    QList<Pending> m_pending;
    QString m_lastTitle;
    QString m_lastText;
    std::optional<QString> m_clickOpens; // the last message shown was about received SMS
};

} // namespace smsdesk
