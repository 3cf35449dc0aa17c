// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

namespace smsdesk {

namespace {
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kTimeoutMs = -1; // the service's own default
// The installed desktop file and icon (installer/linux): the service shows our icon and name.
const QString kAppId = QStringLiteral("io.github.smsdesk.Smsdesk");
} // namespace

QString DesktopNotifier::serviceName()
{
    return kInterface;
}

QString DesktopNotifier::objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

bool DesktopNotifier::serviceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(serviceName());
    return registered.isValid() && registered.value();
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_bus.connect(serviceName(), objectPath(), kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    // Whether the body may carry markup (then a customer's "<3" and "&" must be escaped).
    const QDBusMessage ask
        = QDBusMessage::createMethodCall(serviceName(), objectPath(), kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isValid())
            m_markup = reply.value().contains(QStringLiteral("body-markup"));
        m_ready = true;
        call->deleteLater();
    });
}

void DesktopNotifier::show(const IncomingNotification &notification)
{
    uint replaces = 0;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (it.value() == notification.number)
            replaces = it.key();
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    hints.insert(QStringLiteral("desktop-entry"), kAppId);
    if (notification.sound)
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    else
        hints.insert(QStringLiteral("suppress-sound"), true);
    const QString body = m_markup ? notification.body.toHtmlEscaped() : notification.body;
    QDBusMessage call
        = QDBusMessage::createMethodCall(serviceName(), objectPath(), kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Smsdesk") << replaces << kAppId << notification.title << body
         << QStringList { QStringLiteral("default"), tr("Open") } << hints << qint32(kTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification, replaces](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (!reply.isValid()) {
            Q_EMIT failed(notification, reply.error().message());
            return;
        }
        if (replaces != 0 && replaces != reply.value())
            m_targets.remove(replaces);
        m_targets.insert(reply.value(), notification.number);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.cend())
        return; // another program's notification
    if (action == QLatin1String("default"))
        Q_EMIT openRequested(it.value());
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_targets.remove(id);
}

} // namespace smsdesk
