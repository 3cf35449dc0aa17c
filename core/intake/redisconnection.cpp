// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisconnection.h"

#include <QCoreApplication>

#include <hiredis.h>

#include <cstring>
#include <sys/time.h>

namespace smsdesk {

namespace {

// The context lupdate files these texts under: the class whose members call tr().
QString tr(const char *text)
{
    return QCoreApplication::translate("smsdesk::RedisConnection", text);
}

timeval timevalOf(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

// Redis's error replies start with a code word (src/server.c, addReplyErrorFormat users):
// NOGROUP, NOAUTH, WRONGPASS, NOPERM, BUSYGROUP, ERR …
ErrorCode codeOf(const QByteArray &text)
{
    if (text.startsWith("NOGROUP"))
        return ErrorCode::NotFound;
    if (text.startsWith("BUSYGROUP"))
        return ErrorCode::Conflict;
    return ErrorCode::Invalid;
}

} // namespace

void RedisReplyFree::operator()(redisReply *reply) const
{
    if (reply)
        freeReplyObject(reply);
}

RedisTarget RedisTarget::from(const IntakeConfig &config)
{
    RedisTarget t;
    t.host = config.url.host().toUtf8();
    t.port = config.url.port(6379);
    t.user = config.url.userName(QUrl::FullyDecoded).toUtf8();
    t.password = config.url.password(QUrl::FullyDecoded).toUtf8();
    const QString path = config.url.path(QUrl::FullyDecoded);
    if (path.size() > 1)
        t.db = path.mid(1).toInt(); // IntakeConfig::problem() has checked it is a number
    return t;
}

QString RedisTarget::where() const
{
    return QString::fromUtf8(host) + u':' + QString::number(port);
}

RedisConnection::~RedisConnection()
{
    close();
}

bool RedisConnection::isOpen() const
{
    return m_ctx && m_ctx->err == 0;
}

void RedisConnection::close()
{
    if (m_ctx)
        redisFree(m_ctx);
    m_ctx = nullptr;
}

Error RedisConnection::lost() const
{
    if (!m_ctx)
        return { ErrorCode::Unavailable, tr("not connected to Redis at %1").arg(m_target.where()) };
    // A read that hit SO_RCVTIMEO fails with EAGAIN: the server is there but silent.
    const char *timedOut = std::strerror(EAGAIN);
    if (m_ctx->err == REDIS_ERR_IO && std::strcmp(m_ctx->errstr, timedOut) == 0)
        return { ErrorCode::Unavailable,
                 tr("Redis at %1 did not answer within %2 s").arg(m_target.where()).arg(m_commandTimeoutMs / 1000.0) };
    return { ErrorCode::Unavailable,
             tr("the connection to Redis at %1 was lost (%2)").arg(m_target.where(), QString::fromUtf8(m_ctx->errstr)) };
}

Status RedisConnection::open(const RedisTarget &target, int timeoutMs, int commandTimeoutMs)
{
    close();
    m_target = target;
    m_commandTimeoutMs = commandTimeoutMs;
    m_ctx = redisConnectWithTimeout(target.host.constData(), target.port, timevalOf(timeoutMs));
    if (!m_ctx || m_ctx->err) {
        const QString why = m_ctx ? QString::fromUtf8(m_ctx->errstr) : tr("out of memory");
        close();
        return Status::failure(ErrorCode::Unavailable, tr("could not connect to Redis at %1: %2").arg(target.where(), why));
    }
    redisSetTimeout(m_ctx, timevalOf(commandTimeoutMs));
    redisEnableKeepAlive(m_ctx); // a peer gone without a word is noticed while we wait
    if (!target.password.isEmpty()) {
        // AUTH password = the `default` user (Redis 6 ACLs); AUTH user password otherwise.
        const Result<RedisReply> auth = target.user.isEmpty()
            ? command({ "AUTH", target.password })
            : command({ "AUTH", target.user, target.password });
        if (!auth.ok()) {
            if (!isOpen())
                return auth.error();
            return Status::failure(ErrorCode::Invalid,
                                   tr("Redis at %1 refused the password for user %2 (%3)")
                                       .arg(target.where(),
                                            target.user.isEmpty() ? QStringLiteral("default") : QString::fromUtf8(target.user),
                                            auth.errorString()));
        }
    }
    if (target.db != 0) {
        const Result<RedisReply> select = command({ "SELECT", QByteArray::number(target.db) });
        if (!select.ok())
            return isOpen() ? Status::failure(ErrorCode::Invalid, tr("Redis at %1 has no database %2 (%3)")
                                                                      .arg(target.where())
                                                                      .arg(target.db)
                                                                      .arg(select.errorString()))
                            : Status(select.error());
    }
    const Result<RedisReply> info = command({ "INFO", "server" });
    if (!info.ok()) {
        if (isOpen() && info.errorString().startsWith(QLatin1String("NOAUTH")))
            return Status::failure(ErrorCode::Invalid,
                                   tr("Redis at %1 wants a password (%2); give it in the URL: "
                                      "redis://:password@host:port")
                                       .arg(target.where(), info.errorString()));
        return info.error();
    }
    for (const QByteArray &line : redisBytes(info.value().get()).split('\n'))
        if (line.startsWith("redis_version:"))
            m_version = QString::fromUtf8(line.mid(14).trimmed());
    return {};
}

Result<RedisReply> RedisConnection::command(const QList<QByteArray> &args)
{
    if (!isOpen())
        return lost();
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(args.size()));
    lengths.reserve(size_t(args.size()));
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    RedisReply reply(static_cast<redisReply *>(redisCommandArgv(m_ctx, int(argv.size()), argv.data(), lengths.data())));
    if (!reply)
        return lost();
    if (reply->type == REDIS_REPLY_ERROR) {
        const QByteArray text(reply->str, qsizetype(reply->len));
        return Error { codeOf(text), QString::fromUtf8(text) };
    }
    return reply;
}

Result<std::vector<RedisReply>> RedisConnection::pipeline(const QList<QList<QByteArray>> &commands)
{
    if (!isOpen())
        return lost();
    for (const QList<QByteArray> &args : commands) {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &a : args) {
            argv.push_back(a.constData());
            lengths.push_back(size_t(a.size()));
        }
        if (redisAppendCommandArgv(m_ctx, int(argv.size()), argv.data(), lengths.data()) != REDIS_OK)
            return lost();
    }
    std::vector<RedisReply> replies;
    replies.reserve(size_t(commands.size()));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        void *raw = nullptr;
        if (redisGetReply(m_ctx, &raw) != REDIS_OK || !raw)
            return lost();
        replies.emplace_back(static_cast<redisReply *>(raw));
    }
    return replies;
}

const redisReply *redisElement(const redisReply *reply, size_t i)
{
    if (!reply || reply->type != REDIS_REPLY_ARRAY || i >= reply->elements)
        return nullptr;
    return reply->element[i];
}

size_t redisElements(const redisReply *reply)
{
    return reply && reply->type == REDIS_REPLY_ARRAY ? reply->elements : 0;
}

QByteArray redisBytes(const redisReply *reply)
{
    if (!reply)
        return {};
    switch (reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        return QByteArray(reply->str, qsizetype(reply->len));
    case REDIS_REPLY_INTEGER:
        return QByteArray::number(reply->integer);
    default:
        return {};
    }
}

bool redisIsNil(const redisReply *reply)
{
    return !reply || reply->type == REDIS_REPLY_NIL;
}

bool redisIsArray(const redisReply *reply)
{
    return reply && reply->type == REDIS_REPLY_ARRAY;
}

bool redisIsInteger(const redisReply *reply, long long *value)
{
    if (!reply || reply->type != REDIS_REPLY_INTEGER)
        return false;
    if (value)
        *value = reply->integer;
    return true;
}

} // namespace smsdesk
