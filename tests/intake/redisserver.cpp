// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisserver.h"

#include "brokerprocess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <hiredis.h>

#include <vector>

namespace smsdesk::test {

namespace {

Result<QVariant> fromReply(const redisReply *reply)
{
    switch (reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
        return QVariant(QByteArray(reply->str, int(reply->len)));
    case REDIS_REPLY_INTEGER:
        return QVariant(qlonglong(reply->integer));
    case REDIS_REPLY_NIL:
        return QVariant();
    case REDIS_REPLY_ERROR:
        return Result<QVariant>::failure(ErrorCode::Invalid, QString::fromUtf8(reply->str, int(reply->len)));
    case REDIS_REPLY_ARRAY: {
        QVariantList list;
        for (size_t i = 0; i < reply->elements; ++i) {
            Result<QVariant> item = fromReply(reply->element[i]);
            // An error inside an array (a pipelined MULTI) is kept as its text.
            list.append(item.ok() ? item.value() : QVariant(item.errorString().toUtf8()));
        }
        return QVariant(list);
    }
    default:
        return Result<QVariant>::failure(ErrorCode::Invalid,
                                         QStringLiteral("unexpected reply type %1").arg(reply->type));
    }
}

struct Argv
{
    explicit Argv(const QList<QByteArray> &args)
    {
        for (const QByteArray &a : args) {
            pointers.push_back(a.constData());
            lengths.push_back(size_t(a.size()));
        }
    }
    std::vector<const char *> pointers;
    std::vector<size_t> lengths;
};

} // namespace

RedisServer::RedisServer()
    : RedisServer(Options {})
{ }

RedisServer::RedisServer(Options options)
    : m_options(options)
    , m_password("pw-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36))
{ }

RedisServer::~RedisServer()
{
    if (isRunning()) {
        m_server->terminate();
        if (!m_server->waitForFinished(10'000))
            kill();
    }
}

Status RedisServer::start()
{
    if (isRunning())
        return {};
    if (!m_dir.isValid())
        return Status::failure(ErrorCode::Io, QStringLiteral("no temporary folder"));
    if (m_port == 0)
        m_port = freeLoopbackPort(20'000, 30'000);
    if (m_port == 0)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("no free loopback port"));
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("redis.log")), QIODevice::Append);
    m_server->setWorkingDirectory(m_dir.path());
    dieWithParent(*m_server);
    // Every setting on the command line: nothing from /etc/redis. No RDB snapshots; the AOF
    // alone is the data, as `appendonly yes` servers keep it.
    QStringList arguments { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--dir"), m_dir.path(),
                            QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"), QStringLiteral("yes"),
                            QStringLiteral("--appendfsync"),
                            m_options.fsyncEveryWrite ? QStringLiteral("always") : QStringLiteral("everysec"),
                            QStringLiteral("--requirepass"), QString::fromLatin1(m_password),
                            QStringLiteral("--daemonize"), QStringLiteral("no"), QStringLiteral("--logfile"), QString() };
    arguments += m_options.moreArguments;
    m_server->start(QStringLiteral("redis-server"), arguments);
    if (!m_server->waitForStarted(10'000))
        return Status::failure(ErrorCode::Unavailable,
                               QStringLiteral("redis-server did not start: ") + m_server->errorString());
    // Up when it answers PING (after loading the AOF).
    for (int i = 0; i < 300 && isRunning(); ++i) {
        RedisClient client;
        if (client.connect(m_port, m_password).ok()) {
            const Result<QVariant> pong = client.command({ "PING" });
            if (pong.ok() && pong.value().toByteArray() == "PONG")
                return {};
        }
        QThread::msleep(50);
    }
    return Status::failure(ErrorCode::Unavailable,
                           QStringLiteral("redis-server did not come up:\n") + logText());
}

void RedisServer::kill()
{
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished(10'000);
    m_server.reset();
}

bool RedisServer::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

QUrl RedisServer::url(const QByteArray &password) const
{
    QUrl u;
    u.setScheme(QStringLiteral("redis"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    if (!password.isEmpty())
        u.setPassword(QString::fromUtf8(password));
    return u;
}

QString RedisServer::logText() const
{
    QFile log(m_dir.filePath(QStringLiteral("redis.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
}

RedisClient::~RedisClient()
{
    if (m_ctx)
        redisFree(m_ctx);
}

Status RedisClient::connect(int port, const QByteArray &password)
{
    if (m_ctx)
        redisFree(m_ctx);
    const timeval timeout { 5, 0 };
    m_ctx = redisConnectWithTimeout("127.0.0.1", port, timeout);
    if (!m_ctx || m_ctx->err)
        return Status::failure(ErrorCode::Unavailable,
                               m_ctx ? QString::fromUtf8(m_ctx->errstr) : QStringLiteral("out of memory"));
    redisSetTimeout(m_ctx, timeval { 60, 0 });
    if (!password.isEmpty()) {
        const Result<QVariant> auth = command({ "AUTH", password });
        if (!auth.ok())
            return auth.error();
    }
    return {};
}

Result<QVariant> RedisClient::command(const QList<QByteArray> &args)
{
    if (!m_ctx)
        return Result<QVariant>::failure(ErrorCode::Unavailable, QStringLiteral("not connected"));
    Argv argv(args);
    auto *reply = static_cast<redisReply *>(
        redisCommandArgv(m_ctx, int(argv.pointers.size()), argv.pointers.data(), argv.lengths.data()));
    if (!reply)
        return Result<QVariant>::failure(ErrorCode::Unavailable, QString::fromUtf8(m_ctx->errstr));
    Result<QVariant> result = fromReply(reply);
    freeReplyObject(reply);
    return result;
}

Status RedisClient::pipeline(const QList<QList<QByteArray>> &commands)
{
    if (!m_ctx)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("not connected"));
    for (const QList<QByteArray> &args : commands) {
        Argv argv(args);
        if (redisAppendCommandArgv(m_ctx, int(argv.pointers.size()), argv.pointers.data(),
                                   argv.lengths.data())
            != REDIS_OK)
            return Status::failure(ErrorCode::Unavailable, QString::fromUtf8(m_ctx->errstr));
    }
    Status status;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        void *raw = nullptr;
        if (redisGetReply(m_ctx, &raw) != REDIS_OK || !raw)
            return Status::failure(ErrorCode::Unavailable, QString::fromUtf8(m_ctx->errstr));
        auto *reply = static_cast<redisReply *>(raw);
        if (reply->type == REDIS_REPLY_ERROR && status.ok())
            status = Status::failure(ErrorCode::Invalid, QString::fromUtf8(reply->str, int(reply->len)));
        freeReplyObject(reply);
    }
    return status;
}

Result<qint64> RedisClient::pending(const QByteArray &stream, const QByteArray &group)
{
    // XPENDING key group → [count, smallest id, greatest id, [[consumer, count], …]].
    const Result<QVariant> summary = command({ "XPENDING", stream, group });
    if (!summary.ok())
        return Result<qint64>::failure(summary.code(), summary.errorString());
    const QVariantList fields = summary.value().toList();
    if (fields.isEmpty())
        return Result<qint64>::failure(ErrorCode::Invalid, QStringLiteral("XPENDING gave no count"));
    return fields.first().toLongLong();
}

} // namespace smsdesk::test
