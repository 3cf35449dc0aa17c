// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>

struct redisContext; // hiredis

namespace smsdesk::test {

// A real redis-server (Debian's 7.0) for one test program or benchmark: its own folder in a
// temporary directory, a free port on 127.0.0.1 only, a password, no config file of the
// system's. Persistence is the append-only file with an fsync per write (appendfsync always),
// as a server people rely on for a queue runs, so kill() (SIGKILL, no goodbye) and start()
// again keep every entry, the consumer groups and their pending entries.
class RedisServer final
{
    Q_DISABLE_COPY_MOVE(RedisServer)

public:
    struct Options
    {
        bool fsyncEveryWrite = true; // appendfsync always; false: everysec (the benchmark)
        QStringList moreArguments; // e.g. --rename-command XAUTOCLAIM "" for a server without it
    };
    RedisServer();
    explicit RedisServer(Options options);
    ~RedisServer();

    Status start(); // the first start, or again after kill(): same port, same data
    void kill(); // SIGKILL, as a crash or a pulled plug would end it
    bool isRunning() const;

    int port() const { return m_port; }
    QByteArray password() const { return m_password; }
    // redis://:password@127.0.0.1:port, or with another password.
    QUrl url(const QByteArray &password) const;
    QUrl url() const { return url(m_password); }

    QString logText() const; // the server's log, for a failure message

private:
    Options m_options;
    QTemporaryDir m_dir;
    int m_port = 0;
    QByteArray m_password;
    std::unique_ptr<QProcess> m_server;
};

// A producer or an onlooker, as a user's own program would be: plain hiredis, synchronous,
// independent of the intake's RedisConnection. Replies as QVariant: a string or status is a
// QByteArray, an integer a qlonglong, an array a QVariantList, nil an invalid QVariant; an
// error reply is a failure with Redis's text.
class RedisClient final
{
    Q_DISABLE_COPY_MOVE(RedisClient)

public:
    RedisClient() = default;
    ~RedisClient();

    Status connect(int port, const QByteArray &password);
    Result<QVariant> command(const QList<QByteArray> &args);
    // Every command written at once, then every reply read: the fast way to XADD many.
    Status pipeline(const QList<QList<QByteArray>> &commands);

    // XPENDING's summary: how many entries the group has read and not acknowledged.
    Result<qint64> pending(const QByteArray &stream, const QByteArray &group);

private:
    redisContext *m_ctx = nullptr;
};

} // namespace smsdesk::test
