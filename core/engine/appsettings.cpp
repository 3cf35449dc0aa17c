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

namespace {

IntakeConfig intakeRow(const QSettings &s)
{
    IntakeConfig c;
    c.id = s.value(QStringLiteral("id")).toInt();
    c.kind = IntakeConfig::kindFromName(s.value(QStringLiteral("kind")).toString()).value_or(c.kind);
    c.url = QUrl(s.value(QStringLiteral("url")).toString());
    c.stream = s.value(QStringLiteral("stream"), c.stream).toString();
    c.group = s.value(QStringLiteral("group"), c.group).toString();
    c.consumer = s.value(QStringLiteral("consumer")).toString();
    c.statusStream = s.value(QStringLiteral("status_stream")).toString();
    c.queue = s.value(QStringLiteral("queue")).toString();
    c.claimIdleMs = s.value(QStringLiteral("claim_idle_ms"), c.claimIdleMs).toInt();
    c.prefetch = s.value(QStringLiteral("prefetch"), c.prefetch).toInt();
    c.enabled = s.value(QStringLiteral("enabled"), true).toBool();
    return c;
}

} // namespace

Result<QList<IntakeConfig>> AppSettings::intakes() const
{
    using R = Result<QList<IntakeConfig>>;
    QSettings &s = const_cast<QSettings &>(m_settings); // array reading moves the group cursor only
    QList<IntakeConfig> rows;
    QString problem;
    const int n = s.beginReadArray(QStringLiteral("intakes"));
    for (int i = 0; i < n && problem.isEmpty(); ++i) {
        s.setArrayIndex(i);
        const QString where = QStringLiteral("intakes/%1 in %2").arg(i + 1).arg(s.fileName());
        const QString kind = s.value(QStringLiteral("kind")).toString();
        const IntakeConfig row = intakeRow(s);
        if (!IntakeConfig::kindFromName(kind))
            problem = QStringLiteral("%1: kind \"%2\" is none of redis, rabbitmq, sqs").arg(where, kind);
        else if (row.id <= 0)
            problem = QStringLiteral("%1: the id must be a whole number above 0").arg(where);
        else if (const QString p = row.problem(); !p.isEmpty())
            problem = QStringLiteral("%1: %2").arg(where, p);
        else
            rows.append(row);
    }
    s.endArray();
    if (!problem.isEmpty())
        return R::failure(ErrorCode::Invalid, problem);
    return rows;
}

Result<IntakeConfig> AppSettings::saveIntake(IntakeConfig config)
{
    using R = Result<IntakeConfig>;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return R::failure(ErrorCode::Invalid, problem);
    Result<QList<IntakeConfig>> rows = intakes();
    if (!rows)
        return rows.error();
    config.url.setPassword(QString());
    int nextId = 1;
    bool replaced = false;
    for (IntakeConfig &row : rows.value()) {
        nextId = std::max(nextId, row.id + 1);
        if (config.id != 0 && row.id == config.id) {
            row = config;
            replaced = true;
        }
    }
    if (config.id != 0 && !replaced)
        return R::failure(ErrorCode::NotFound, QStringLiteral("no intake with id %1").arg(config.id));
    if (config.id == 0) {
        config.id = nextId;
        rows.value().append(config);
    }
    writeIntakes(rows.value());
    return config;
}

bool AppSettings::removeIntake(int id)
{
    Result<QList<IntakeConfig>> rows = intakes();
    if (!rows)
        return false;
    const qsizetype before = rows->size();
    rows.value().removeIf([id](const IntakeConfig &row) { return row.id == id; });
    if (rows->size() == before)
        return false;
    writeIntakes(rows.value());
    return true;
}

void AppSettings::writeIntakes(const QList<IntakeConfig> &intakes)
{
    m_settings.remove(QStringLiteral("intakes"));
    m_settings.beginWriteArray(QStringLiteral("intakes"), int(intakes.size()));
    for (int i = 0; i < intakes.size(); ++i) {
        const IntakeConfig &c = intakes.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), c.id);
        m_settings.setValue(QStringLiteral("kind"), IntakeConfig::kindName(c.kind));
        m_settings.setValue(QStringLiteral("url"), c.url.toString(QUrl::RemovePassword));
        m_settings.setValue(QStringLiteral("stream"), c.stream);
        m_settings.setValue(QStringLiteral("group"), c.group);
        m_settings.setValue(QStringLiteral("consumer"), c.consumer);
        m_settings.setValue(QStringLiteral("status_stream"), c.statusStream);
        m_settings.setValue(QStringLiteral("queue"), c.queue);
        m_settings.setValue(QStringLiteral("claim_idle_ms"), c.claimIdleMs);
        m_settings.setValue(QStringLiteral("prefetch"), c.prefetch);
        m_settings.setValue(QStringLiteral("enabled"), c.enabled);
    }
    m_settings.endArray();
    m_settings.sync();
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace smsdesk
