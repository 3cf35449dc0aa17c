// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "phonenumbers.h"

#include <QDir>
#include <QLocale>

namespace smsdesk {

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{ }

QString AppSettings::defaultRegion() const
{
    return m_settings
        .value(QStringLiteral("numbers/default_region"), PhoneNumbers::regionForLocale(QLocale::system()))
        .toString();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    m_settings.setValue(QStringLiteral("numbers/default_region"), region.toUpper());
}

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

QString AppSettings::mySmsGateCheck() const
{
    return m_settings.value(QStringLiteral("webhooks/mysmsgate_check"), QStringLiteral("standard-webhooks")).toString();
}

QString AppSettings::gatewayUrl() const
{
    return m_settings.value(QStringLiteral("gateway/url")).toString();
}

void AppSettings::setGatewayUrl(const QString &url)
{
    m_settings.setValue(QStringLiteral("gateway/url"), url);
}

RetryPolicy::Settings AppSettings::retrySettings() const
{
    RetryPolicy::Settings defaults;
    RetryPolicy::Settings s;
    s.baseMs = m_settings.value(QStringLiteral("retry/base_ms"), defaults.baseMs).toLongLong();
    s.factor = m_settings.value(QStringLiteral("retry/factor"), defaults.factor).toDouble();
    s.capMs = m_settings.value(QStringLiteral("retry/cap_ms"), defaults.capMs).toLongLong();
    s.maxAttempts = m_settings.value(QStringLiteral("retry/max_attempts"), defaults.maxAttempts).toInt();
    // A hand-edited file must not stop dispatching: fall back to sane values.
    if (s.baseMs <= 0 || s.factor < 1.0 || s.capMs < s.baseMs || s.maxAttempts < 1 || s.maxAttempts > 100)
        return defaults;
    return s;
}

void AppSettings::setRetrySettings(const RetryPolicy::Settings &settings)
{
    m_settings.setValue(QStringLiteral("retry/base_ms"), settings.baseMs);
    m_settings.setValue(QStringLiteral("retry/factor"), settings.factor);
    m_settings.setValue(QStringLiteral("retry/cap_ms"), settings.capMs);
    m_settings.setValue(QStringLiteral("retry/max_attempts"), settings.maxAttempts);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace smsdesk
