// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagenotifier.h"

#include "readmodel.h"

#include <QLocale>
#include <QTimer>

namespace smsdesk {

MessageNotifier::MessageNotifier(ReadModel &reader, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_hooks(std::move(hooks))
    , m_timer(new QTimer(this))
{
    // Opened here if no page did yet; should it fail, the names and texts are left out
    // (the number and "New message" are told) and every read tries again.
    m_reader.open();
    m_timer->setSingleShot(true);
    m_timer->setInterval(kGroupWindowMs);
    connect(m_timer, &QTimer::timeout, this, &MessageNotifier::flush);
}

void MessageNotifier::messageArrived(const QString &from)
{
    if (from.isEmpty())
        return;
    if (m_hooks.focusedThread && m_hooks.focusedThread() == from)
        return; // the user is reading this conversation: the message shows there
    m_pending.append(from);
    if (!m_timer->isActive())
        m_timer->start();
}

QString MessageNotifier::firstLine(const QString &text, int maxChars)
{
    QString line;
    for (const QString &candidate : text.split(QLatin1Char('\n'))) {
        line = candidate.simplified();
        if (!line.isEmpty())
            break;
    }
    if (line.size() > maxChars) {
        int cut = maxChars - 1;
        if (line.at(cut - 1).isHighSurrogate())
            --cut; // never split an emoji in two
        line = line.left(cut).trimmed() + QChar(0x2026);
    }
    return line;
}

QString MessageNotifier::nameOf(const QString &number, const QHash<QString, QString> &names) const
{
    const QString name = names.value(number);
    if (!name.isEmpty())
        return name;
    return m_hooks.displayNumber ? m_hooks.displayNumber(number) : number;
}

// The newest incoming message of the conversation (what just arrived).
QString MessageNotifier::newestText(const QString &number) const
{
    const Result<QList<ChatItem>> items = m_reader.threadItems(number, ThreadCursor {}, 20);
    if (!items)
        return {};
    for (const ChatItem &item : items.value()) {
        if (!item.outgoing)
            return firstLine(item.text);
    }
    return {};
}

void MessageNotifier::flush()
{
    m_timer->stop();
    QStringList pending;
    pending.swap(m_pending);
    // The user may have opened the conversation meanwhile.
    const QString focused = m_hooks.focusedThread ? m_hooks.focusedThread() : QString();
    if (!focused.isEmpty())
        pending.removeAll(focused);
    if (pending.isEmpty())
        return;
    QStringList senders;
    for (const QString &number : std::as_const(pending)) {
        if (!senders.contains(number))
            senders.append(number);
    }
    const Result<QHash<QString, QString>> names = m_reader.contactNames(senders);
    const QHash<QString, QString> known = names ? names.value() : QHash<QString, QString> {};

    IncomingNotification notification;
    notification.messages = int(pending.size());
    notification.sound = !m_hooks.soundOn || m_hooks.soundOn();
    if (senders.size() == 1) {
        const QString &number = senders.first();
        const QString name = nameOf(number, known);
        notification.number = number;
        notification.title = pending.size() == 1
            ? name
            : tr("%n new messages from %1", nullptr, int(pending.size())).arg(name);
        notification.body = newestText(number);
        if (notification.body.isEmpty())
            notification.body = tr("New message");
    } else {
        notification.title = tr("%n new messages from %1 people", nullptr, int(pending.size()))
                                 .arg(QLocale().toString(senders.size()));
        QStringList who;
        constexpr int kNamed = 3;
        for (int i = 0; i < senders.size() && i < kNamed; ++i)
            who << nameOf(senders.at(i), known);
        notification.body = senders.size() > kNamed
            ? tr("%1 and %n more", nullptr, int(senders.size() - kNamed)).arg(who.join(QStringLiteral(", ")))
            : who.join(QStringLiteral(", "));
    }
    Q_EMIT notificationReady(notification);
}

} // namespace smsdesk
