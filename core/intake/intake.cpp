// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake.h"

#include <QUrlQuery>

namespace smsdesk {

namespace {

QString defaultScheme(IntakeConfig::Kind kind)
{
    switch (kind) {
    case IntakeConfig::Kind::Redis:
        return QStringLiteral("redis");
    case IntakeConfig::Kind::RabbitMq:
        return QStringLiteral("amqp");
    case IntakeConfig::Kind::Sqs:
        return QStringLiteral("http");
    }
    return {};
}

int defaultPort(IntakeConfig::Kind kind, const QString &scheme)
{
    switch (kind) {
    case IntakeConfig::Kind::Redis:
        return 6379;
    case IntakeConfig::Kind::RabbitMq:
        return scheme == u"amqps" ? 5671 : 5672;
    case IntakeConfig::Kind::Sqs:
        return scheme == u"https" ? 443 : 80;
    }
    return 0;
}

// The path part that names a Redis db or an AMQP vhost ("/" when none).
QString location(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

QString IntakeConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Redis:
        return QStringLiteral("redis");
    case Kind::RabbitMq:
        return QStringLiteral("rabbitmq");
    case Kind::Sqs:
        return QStringLiteral("sqs");
    }
    return {};
}

std::optional<IntakeConfig::Kind> IntakeConfig::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::Redis, Kind::RabbitMq, Kind::Sqs })
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

bool IntakeConfig::operator==(const IntakeConfig &o) const
{
    return id == o.id && kind == o.kind && url == o.url && url.password() == o.url.password() && stream == o.stream
        && group == o.group && consumer == o.consumer && statusStream == o.statusStream && queue == o.queue
        && claimIdleMs == o.claimIdleMs && prefetch == o.prefetch && enabled == o.enabled;
}

QString IntakeConfig::displayName() const
{
    const QString where = url.host() + u':' + QString::number(url.port(defaultPort(kind, url.scheme())));
    const QString what = kind == Kind::Redis ? stream : queue;
    return kindName(kind) + u' ' + where + u' ' + what;
}

QString IntakeConfig::sourceKey() const
{
    const QString what = kind == Kind::Redis ? stream : queue;
    return kindName(kind) + u'|' + url.host().toLower() + u':'
        + QString::number(url.port(defaultPort(kind, url.scheme()))) + u'|' + location(url) + u'|' + what;
}

QString IntakeConfig::problem() const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the URL needs a host, e.g. %1://127.0.0.1:%2")
            .arg(defaultScheme(kind))
            .arg(defaultPort(kind, defaultScheme(kind)));
    switch (kind) {
    case Kind::Redis:
        if (scheme != u"redis")
            return QStringLiteral("a Redis URL starts with redis://");
        if (stream.trimmed().isEmpty() || group.trimmed().isEmpty())
            return QStringLiteral("a Redis intake needs a stream and a consumer group");
        if (const QString db = url.path().mid(1); !db.isEmpty()) {
            bool ok = false;
            if (db.toInt(&ok) < 0 || !ok)
                return QStringLiteral("the Redis database after the port must be a number, e.g. /0");
        }
        break;
    case Kind::RabbitMq:
        if (scheme != u"amqp" && scheme != u"amqps")
            return QStringLiteral("a RabbitMQ URL starts with amqp:// or amqps://");
        if (queue.trimmed().isEmpty())
            return QStringLiteral("a RabbitMQ intake needs a queue");
        break;
    case Kind::Sqs:
        if (scheme != u"http" && scheme != u"https")
            return QStringLiteral("an SQS endpoint starts with http:// or https://");
        if (queue.trimmed().isEmpty())
            return QStringLiteral("an SQS intake needs a queue name or URL");
        break;
    }
    if (claimIdleMs < 1000)
        return QStringLiteral("the claim idle time must be at least 1 s");
    if (prefetch < 1 || prefetch > 10'000)
        return QStringLiteral("the prefetch must be between 1 and 10000");
    return {};
}

} // namespace smsdesk
