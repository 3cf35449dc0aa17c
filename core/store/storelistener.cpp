// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelistener.h"

#include "connection.h"
#include "storewriter.h"

#include <QLoggingCategory>
#include <QUrl>

namespace smsdesk {

Q_LOGGING_CATEGORY(lcListen, "smsdesk.store.listen")

namespace announce {

QStringList of(const WriteEffects &effects, const QString &origin)
{
    QStringList list;
    const auto add = [&](QLatin1String kind, const QString &arg = {}) {
        QString payload = origin + u' ' + kind;
        if (!arg.isEmpty())
            payload += u' ' + arg;
        list.append(payload);
    };
    if (effects.enqueued > 0)
        add(QLatin1String("enqueued"), QString::number(effects.enqueued));
    if (effects.messagesChanged)
        add(QLatin1String("changed"));
    if (effects.devicesChanged)
        add(QLatin1String("devices"));
    if (effects.requeued)
        add(QLatin1String("requeued"));
    if (effects.settingsWritten)
        add(QLatin1String("settings"));
    if (effects.contactsChanged)
        add(QLatin1String("contacts"));
    if (effects.templatesChanged)
        add(QLatin1String("templates"));
    if (effects.campaignsChanged)
        add(QLatin1String("campaigns"));
    if (effects.optOutsChanged)
        add(QLatin1String("optouts"));
    if (effects.webhookEndpointsWritten)
        add(QLatin1String("webhooks"));
    if (effects.webhooksQueued)
        add(QLatin1String("hooks-queued"));
    for (const QString &from : effects.inboundFrom) // "as received" may be a name with spaces
        add(QLatin1String("inbound"), QString::fromLatin1(QUrl::toPercentEncoding(from)));
    // Id, number and reason in one argument, a line each (the reason last: it may hold
    // line breaks). Shortened to fit PostgreSQL's 8,000-byte payload however it encodes.
    for (const WriteEffects::DeadLetter &dead : effects.died) {
        const QString fields = dead.id.toString(QUuid::WithoutBraces) + u'\n' + dead.to + u'\n' + dead.reason.left(600);
        add(QLatin1String("died"), QString::fromLatin1(QUrl::toPercentEncoding(fields)));
    }
    list.removeDuplicates();
    return list;
}

std::optional<Parsed> parse(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    return Parsed { parts.at(0), parts.at(1), QUrl::fromPercentEncoding(parts.value(2).toLatin1()) };
}

} // namespace announce

StoreListener::StoreListener(StoreConfig config, QString ownOrigin, int checkMs, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_origin(std::move(ownOrigin))
    , m_connectionName(QStringLiteral("smsdesk-listener-%1").arg(quintptr(this), 0, 16))
{
    m_check.setInterval(checkMs);
    connect(&m_check, &QTimer::timeout, this, &StoreListener::check);
}

StoreListener::~StoreListener()
{
    db::closeConnection(m_connectionName);
}

Status StoreListener::open()
{
    if (m_config.backend != StoreConfig::Backend::Postgres)
        return Status::failure(ErrorCode::Invalid, QStringLiteral("only a PostgreSQL store is shared"));
    if (Status s = subscribe(); !s)
        return s;
    m_check.start();
    return {};
}

Status StoreListener::subscribe()
{
    if (Status s = db::openConnection(m_config, m_connectionName, false); !s)
        return s;
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(announce::kChannel))) {
        const Status failed = Status::failure(
            ErrorCode::Unavailable,
            QStringLiteral("cannot listen for other desks on %1: %2")
                .arg(m_config.describe(), driver->lastError().text()));
        db::closeConnection(m_connectionName);
        return failed;
    }
    connect(driver, &QSqlDriver::notification, this, &StoreListener::onNotification);
    return {};
}

void StoreListener::check()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid() && !db::connectionLost(db))
            return;
    }
    db::closeConnection(m_connectionName);
    if (Status s = subscribe(); !s) {
        qCWarning(lcListen) << "lost the other desks; trying again:" << s.errorString();
        return;
    }
    qCInfo(lcListen) << "listening to the other desks again on" << m_config.describe();
    // What they committed meanwhile was announced to nobody: look again at everything.
    Q_EMIT messagesEnqueued(1);
    Q_EMIT messagesChanged();
    Q_EMIT devicesChanged();
    Q_EMIT messagesRequeued();
    Q_EMIT settingsChanged();
    Q_EMIT contactsChanged();
    Q_EMIT templatesChanged();
    Q_EMIT campaignsChanged();
    Q_EMIT optOutsChanged();
    Q_EMIT webhookEndpointsChanged();
    Q_EMIT webhooksQueued();
}

void StoreListener::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(announce::kChannel))
        return;
    const std::optional<announce::Parsed> a = announce::parse(payload.toString());
    if (!a) {
        qCWarning(lcListen) << "ignored an announcement that does not read:" << payload.toString().left(200);
        return;
    }
    if (a->origin == m_origin)
        return; // our own writer's: already emitted after its commit
    if (a->kind == QLatin1String("enqueued"))
        Q_EMIT messagesEnqueued(std::max(1, a->arg.toInt()));
    else if (a->kind == QLatin1String("changed"))
        Q_EMIT messagesChanged();
    else if (a->kind == QLatin1String("devices"))
        Q_EMIT devicesChanged();
    else if (a->kind == QLatin1String("requeued"))
        Q_EMIT messagesRequeued();
    else if (a->kind == QLatin1String("settings"))
        Q_EMIT settingsChanged();
    else if (a->kind == QLatin1String("contacts"))
        Q_EMIT contactsChanged();
    else if (a->kind == QLatin1String("templates"))
        Q_EMIT templatesChanged();
    else if (a->kind == QLatin1String("campaigns"))
        Q_EMIT campaignsChanged();
    else if (a->kind == QLatin1String("optouts"))
        Q_EMIT optOutsChanged();
    else if (a->kind == QLatin1String("webhooks"))
        Q_EMIT webhookEndpointsChanged();
    else if (a->kind == QLatin1String("hooks-queued"))
        Q_EMIT webhooksQueued();
    else if (a->kind == QLatin1String("inbound") && !a->arg.isEmpty())
        Q_EMIT inboundReceived(a->arg);
    else if (a->kind == QLatin1String("died")) {
        const qsizetype afterId = a->arg.indexOf(u'\n');
        const qsizetype afterTo = a->arg.indexOf(u'\n', afterId + 1);
        const QUuid id(QStringView(a->arg).left(afterId));
        if (afterId > 0 && afterTo > afterId && !id.isNull())
            Q_EMIT messageDied(a->arg.mid(afterId + 1, afterTo - afterId - 1), a->arg.mid(afterTo + 1), id);
    }
    // Another kind: a newer desk's; nothing for us to do.
}

} // namespace smsdesk
