// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;

namespace smsdesk {

class ReadModel;

// What one desktop notification about received SMS says, and where clicking it leads.
struct IncomingNotification
{
    QString title; // "Anna Miller", "3 new messages from Anna Miller", "5 new messages from 3 people"
    QString body; // the first line of the newest message, or who wrote
    QString number; // the conversation to open; "" = the conversations list (several people)
    int messages = 0;
    bool sound = true; // the user's setting (this machine's)
};

// Decides whether and what to notify for received SMS; shows nothing itself (the D-Bus
// sender or the tray does). Messages that arrive within a short while are told in one
// notification; none is told for the conversation that is open in the active window (asked
// when a message arrives and again when the notification is made). The sender's name and
// the text come from the ReadModel (contactNames, the thread's newest incoming message).
class MessageNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageNotifier)

public:
    struct Hooks
    {
        // The number of the conversation the user is looking at (window active, thread
        // shown), "" when none.
        std::function<QString()> focusedThread;
        // A number as people write it (no contact has it).
        std::function<QString(const QString &)> displayNumber;
        std::function<bool()> soundOn;
    };
    static constexpr int kGroupWindowMs = 1500;
    static constexpr int kBodyChars = 120;

    MessageNotifier(ReadModel &reader, Hooks hooks, QObject *parent = nullptr);

    // One received SMS from `from` (the facade's inboundReceived).
    void messageArrived(const QString &from);
    // Makes the notification for what arrived (the timer calls it; tests may call it).
    void flush();
    int pendingMessages() const { return int(m_pending.size()); }

    // The first non-empty line of a text, shortened to `maxChars` with an ellipsis.
    static QString firstLine(const QString &text, int maxChars = kBodyChars);

Q_SIGNALS:
    void notificationReady(const smsdesk::IncomingNotification &notification);

private:
    QString nameOf(const QString &number, const QHash<QString, QString> &names) const;
    QString newestText(const QString &number) const;

    ReadModel &m_reader;
    Hooks m_hooks;
    QTimer *m_timer = nullptr;
    QStringList m_pending; // one entry per message, in arrival order
};

} // namespace smsdesk
