// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "result.h"
#include "tokenlimit.h"

#include <QHash>
#include <QSettings>
#include <QStringList>

namespace smsdesk {

// The settings of one machine (<data-dir>/settings.ini), shared by the GUI and the headless
// engine: where the API listens, the gateway listener, the language. The business's own
// settings (number region, retries, webhook checks) live in the database, shared by every
// desk (BusinessSettings). Secrets never go here: they live in the CredentialStore.
inline QString intakeCredentialsKey(int intakeId)
{
    return QStringLiteral("intake/%1").arg(intakeId);
}

class AppSettings final
{
public:
    explicit AppSettings(const QString &dataDir);

    QString listenAddress() const; // "127.0.0.1:8765"
    void setListenAddress(const QString &address);
    QStringList allowedHosts() const; // extra Host names the API accepts
    void setAllowedHosts(const QStringList &hosts);
    // The request limit of every API token without one of its own (issue 15, point 5):
    // api/token_rate_per_second (default 500) and api/token_burst (default 1000). Invalid,
    // naming the key and the file, when the file holds something else than such numbers.
    Result<TokenLimit> tokenLimit() const;
    void setTokenLimit(const TokenLimit &limit); // numbers only: the default is never unlimited
    // The gateway listener (DESIGN §6b): "HOST:PORT" or "" (off), PEM files, the URL phones
    // post to ("" = derived from the address). Command-line flags win over these.
    QString gatewayListen() const;
    void setGatewayListen(const QString &address);
    QString gatewayCertificate() const;
    QString gatewayKey() const;
    void setGatewayTls(const QString &certificate, const QString &key);
    QString gatewayUrl() const;
    void setGatewayUrl(const QString &url);
    // Business settings this file held before they moved into the database (schema 6):
    // read once by the engine, written to the database, then forgotten here.
    QHash<QString, QString> legacyBusinessValues() const;
    void forgetLegacyBusinessValues();
    QString language() const; // empty = follow the system
    void setLanguage(const QString &language);
    // Whether a notification about received SMS plays a sound (on by default).
    bool notificationSound() const;
    void setNotificationSound(bool on);
    // The broker intakes of this desk (issue 16): [intakes] in settings.ini, each with a
    // stable id. Passwords are never here: the URL is kept without one, and the secret lives
    // in the CredentialStore under intakeCredentialsKey(id). Invalid, naming the key and the
    // file, when a row holds something that does not read.
    Result<QList<IntakeConfig>> intakes() const;
    // Adds (id 0: the next free id) or replaces the row with its id; the URL's password is
    // dropped. Invalid when IntakeConfig::problem() says so, and nothing is written.
    Result<IntakeConfig> saveIntake(IntakeConfig config);
    bool removeIntake(int id); // false: no such row
    void sync();

private:
    void writeIntakes(const QList<IntakeConfig> &intakes);

    QSettings m_settings;
};

} // namespace smsdesk
