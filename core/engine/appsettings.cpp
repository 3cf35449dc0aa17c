// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "businesssettings.h"

#include <QDir>

namespace smsdesk {

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{ }

QString AppSettings::listenAddress() const
{
    return m_settings.value(QStringLiteral("api/listen"), QStringLiteral("127.0.0.1:8765")).toString();
}

void AppSettings::setListenAddress(const QString &address)
{
    m_settings.setValue(QStringLiteral("api/listen"), address);
}

QStringList AppSettings::allowedHosts() const
{
    return m_settings.value(QStringLiteral("api/allowed_hosts")).toStringList();
}

void AppSettings::setAllowedHosts(const QStringList &hosts)
{
    m_settings.setValue(QStringLiteral("api/allowed_hosts"), hosts);
}

Result<TokenLimit> AppSettings::tokenLimit() const
{
    const QString rateKey = QStringLiteral("api/token_rate_per_second");
    const QString burstKey = QStringLiteral("api/token_burst");
    const QString rate = m_settings.value(rateKey, TokenLimit().rateText()).toString();
    const QString burst = m_settings.value(burstKey, QString::number(TokenLimit::kDefaultBurst)).toString();
    return TokenLimit::parse(rate, burst, QStringLiteral("%1 in %2").arg(rateKey, m_settings.fileName()),
                             QStringLiteral("%1 in %2").arg(burstKey, m_settings.fileName()));
}

void AppSettings::setTokenLimit(const TokenLimit &limit)
{
    m_settings.setValue(QStringLiteral("api/token_rate_per_second"), limit.rateText());
    m_settings.setValue(QStringLiteral("api/token_burst"), limit.burst);
}

QString AppSettings::gatewayListen() const
{
    return m_settings.value(QStringLiteral("gateway/listen")).toString();
}

void AppSettings::setGatewayListen(const QString &address)
{
    m_settings.setValue(QStringLiteral("gateway/listen"), address);
}

QString AppSettings::gatewayCertificate() const
{
    return m_settings.value(QStringLiteral("gateway/cert")).toString();
}

QString AppSettings::gatewayKey() const
{
    return m_settings.value(QStringLiteral("gateway/key")).toString();
}

void AppSettings::setGatewayTls(const QString &certificate, const QString &key)
{
    m_settings.setValue(QStringLiteral("gateway/cert"), certificate);
    m_settings.setValue(QStringLiteral("gateway/key"), key);
}

QString AppSettings::gatewayUrl() const
{
    return m_settings.value(QStringLiteral("gateway/url")).toString();
}

void AppSettings::setGatewayUrl(const QString &url)
{
    m_settings.setValue(QStringLiteral("gateway/url"), url);
}

QHash<QString, QString> AppSettings::legacyBusinessValues() const
{
    QHash<QString, QString> values;
    for (const QString &key : BusinessSettings::keys()) {
        if (m_settings.contains(key))
            values.insert(key, m_settings.value(key).toString());
    }
    return values;
}

void AppSettings::forgetLegacyBusinessValues()
{
    for (const QString &key : BusinessSettings::keys())
        m_settings.remove(key);
    m_settings.sync();
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

bool AppSettings::notificationSound() const
{
    return m_settings.value(QStringLiteral("ui/notificationSound"), true).toBool();
}

void AppSettings::setNotificationSound(bool on)
{
    m_settings.setValue(QStringLiteral("ui/notificationSound"), on);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace smsdesk
