// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storeconfig.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace smsdesk {

struct WriteEffects;

// Several desks and dispatchers share one PostgreSQL queue (issue 13). What one store
// commits, the others hear at once: its writer announces the commit's effects with
// pg_notify on the channel below inside the committing transaction (PostgreSQL delivers
// them after COMMIT, and never for a rolled-back one), and every store LISTENs on a
// connection of its own and re-emits them as its own signals. No polling loop.
//
// An announcement is "ORIGIN KIND [ARG]": ORIGIN names the store that committed (each
// skips its own, which it has already emitted), KIND is one of enqueued (ARG: how many),
// changed, devices, requeued, settings, contacts, templates, inbound (ARG: the sender, percent-encoded), died.
namespace announce {
inline constexpr auto kChannel = "smsdesk";
QStringList of(const WriteEffects &effects, const QString &origin);
struct Parsed
{
    QString origin;
    QString kind;
    QString arg;
};
std::optional<Parsed> parse(const QString &payload);
} // namespace announce

class StoreListener final : public QObject
{
    Q_OBJECT

public:
    // `ownOrigin`: the announcements of this store's own writer, which are skipped.
    // Every `checkMs` the connection is pinged; a lost one (the server restarted) is opened
    // again, and since announcements may have been missed meanwhile, every signal is
    // emitted once so that the dispatcher and the pages look again.
    StoreListener(StoreConfig config, QString ownOrigin, int checkMs = 2'000, QObject *parent = nullptr);
    ~StoreListener() override;

    // Opens the listening connection in the calling thread, whose event loop then
    // delivers the announcements. PostgreSQL only.
    Status open();

Q_SIGNALS:
    void messagesEnqueued(int count);
    void messagesChanged();
    void devicesChanged();
    void messagesRequeued();
    void settingsChanged();
    void contactsChanged();
    void templatesChanged();
    void campaignsChanged();
    void optOutsChanged();
    void inboundReceived(const QString &from);
    void messageDied(const QString &to, const QString &reason, const QUuid &id);
    void webhookEndpointsChanged(); // outbound webhooks: "webhooks"
    void webhooksQueued(); // "hooks-queued"

private:
    Status subscribe();
    void check();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    StoreConfig m_config;
    QString m_origin;
    QString m_connectionName;
    QTimer m_check;
};

} // namespace smsdesk
