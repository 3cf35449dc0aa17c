// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhooks.h"

namespace smsdesk::sim {

const QStringList &SimHooks::phoneEvents()
{
    static const QStringList events {
        QStringLiteral("sms:received"),   QStringLiteral("sms:sent"),          QStringLiteral("sms:delivered"),
        QStringLiteral("sms:failed"),     QStringLiteral("system:ping"),       QStringLiteral("sms:data-received"),
        QStringLiteral("mms:received"),   QStringLiteral("mms:downloaded"),    QStringLiteral("app:started"),
        QStringLiteral("sms:cancelled"),
    };
    return events;
}

const QStringList &SimHooks::serverEvents()
{
    static const QStringList events {
        QStringLiteral("sms:received"), QStringLiteral("sms:data-received"), QStringLiteral("sms:sent"),
        QStringLiteral("sms:delivered"), QStringLiteral("sms:failed"),       QStringLiteral("system:ping"),
        QStringLiteral("mms:received"), QStringLiteral("mms:downloaded"),    QStringLiteral("app:started"),
    };
    return events;
}

void SimHooks::setPresets(const QUrl &url, const QString &idPrefix, bool withSentEvents)
{
    m_presets.clear();
    if (!url.isValid() || url.isEmpty())
        return;
    // The events the desk reads; sms:sent only when asked for (it doubles the traffic).
    QStringList events { QStringLiteral("sms:received"), QStringLiteral("sms:delivered"),
                         QStringLiteral("sms:failed"), QStringLiteral("sms:cancelled") };
    if (withSentEvents)
        events.insert(1, QStringLiteral("sms:sent"));
    for (const QString &event : std::as_const(events)) {
        QString suffix = event;
        suffix.replace(u':', u'-');
        m_presets.append(WebhookRegistration { idPrefix + u'-' + suffix, url.toString(), event, {}, false });
    }
}

void SimHooks::replace(WebhookRegistration registration)
{
    for (WebhookRegistration &r : m_registered) {
        if (r.cloud == registration.cloud && r.id == registration.id) {
            r = std::move(registration);
            return;
        }
    }
    m_registered.append(std::move(registration));
}

void SimHooks::remove(bool cloud, const QString &id)
{
    m_registered.removeIf([&](const WebhookRegistration &r) { return r.cloud == cloud && r.id == id; });
    if (!cloud)
        m_presets.removeIf([&](const WebhookRegistration &r) { return r.id == id; });
}

QList<WebhookRegistration> SimHooks::list(bool cloud) const
{
    QList<WebhookRegistration> out = cloud ? QList<WebhookRegistration>() : m_presets;
    for (const WebhookRegistration &r : m_registered) {
        if (r.cloud == cloud)
            out.append(r);
    }
    return out;
}

QList<WebhookTarget> SimHooks::targets(const QString &event, const QString &phoneId,
                                       const QString &localPhoneId, const QStringList &cloudPhoneIds) const
{
    QList<WebhookTarget> out;
    // Presets stand for whatever registration reaches this phone: every phone posts them.
    for (const WebhookRegistration &r : m_presets) {
        if (r.event == event)
            out.append(WebhookTarget { QUrl(r.url), r.id, phoneId });
    }
    for (const WebhookRegistration &r : m_registered) {
        if (r.event != event)
            continue;
        if (!r.cloud && phoneId != localPhoneId)
            continue;
        if (r.cloud && (!cloudPhoneIds.contains(phoneId) || (!r.deviceId.isEmpty() && r.deviceId != phoneId)))
            continue;
        out.append(WebhookTarget { QUrl(r.url), r.id, phoneId });
    }
    return out;
}

} // namespace smsdesk::sim
