// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retrypolicy.h"

#include <QSettings>
#include <QStringList>

namespace smsdesk {

// Per-data-folder settings (<data-dir>/settings.ini), shared by the GUI and the headless
// engine. Secrets never go here: they live in the CredentialStore.
class AppSettings final
{
public:
    explicit AppSettings(const QString &dataDir);

    QString defaultRegion() const; // ISO 3166, from the system locale by default
    void setDefaultRegion(const QString &region);
    QString listenAddress() const; // "127.0.0.1:8765"
    void setListenAddress(const QString &address);
    QStringList allowedHosts() const; // extra Host names the API accepts
    void setAllowedHosts(const QStringList &hosts);
    // The gateway listener (DESIGN §6b): "HOST:PORT" or "" (off), PEM files, the URL phones
    // post to ("" = derived from the address). Command-line flags win over these.
    QString gatewayListen() const;
    void setGatewayListen(const QString &address);
    QString gatewayCertificate() const;
    QString gatewayKey() const;
    void setGatewayTls(const QString &certificate, const QString &key);
    QString gatewayUrl() const;
    // webhooks/mysmsgate_check: "standard-webhooks" (default) or "token" (WebhookParser::MySmsGateCheck).
    QString mySmsGateCheck() const;
    void setGatewayUrl(const QString &url);
    RetryPolicy::Settings retrySettings() const;
    void setRetrySettings(const RetryPolicy::Settings &settings);
    QString language() const; // empty = follow the system
    void setLanguage(const QString &language);
    void sync();

private:
    QSettings m_settings;
};

} // namespace smsdesk
