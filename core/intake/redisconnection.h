// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// hiredis's own types, kept out of this header (Debian's libhiredis-dev 0.14).
struct redisContext;
struct redisReply;

namespace smsdesk {

// What a redis:// intake URL names: redis://[user:password@]host:port[/db] (Redis's defaults
// where the URL leaves them out: port 6379, db 0, no password; a password without a user is
// the `default` user's, as `AUTH password` means since Redis 6).
struct RedisTarget
{
    QByteArray host;
    int port = 6379;
    QByteArray user;
    QByteArray password;
    int db = 0;

    static RedisTarget from(const IntakeConfig &config);
    QString where() const; // "127.0.0.1:6379", for status lines
};

struct RedisReplyFree
{
    void operator()(redisReply *reply) const;
};
// One reply, freed with hiredis's freeReplyObject.
using RedisReply = std::unique_ptr<redisReply, RedisReplyFree>;

// One blocking hiredis connection (RESP2) with a connect timeout and a command timeout, its
// AUTH and SELECT, and one call per command, each failure worded for a person. Used by one
// thread at a time: RedisIntake in its own thread, RedisIntake::probe in a worker thread.
class RedisConnection final
{
    Q_DISABLE_COPY_MOVE(RedisConnection)

public:
    RedisConnection() = default;
    ~RedisConnection();

    // TCP connect within timeoutMs, then AUTH (when the URL has a password) and SELECT (when
    // it names a db other than 0); every command after waits at most commandTimeoutMs.
    Status open(const RedisTarget &target, int timeoutMs, int commandTimeoutMs);
    // False once the connection broke (EOF, a socket error, a timeout): hiredis cannot use
    // the context again, so the caller drops it and connects anew.
    bool isOpen() const;
    QString serverVersion() const { return m_version; } // "7.0.15", from INFO server

    // One command. An error reply is a failure whose message is Redis's own text ("NOGROUP
    // No such key …"), the connection staying open; a broken connection is a failure with
    // ErrorCode::Unavailable and isOpen() false afterwards.
    Result<RedisReply> command(const QList<QByteArray> &args);
    // Several commands written at once, then every reply read (one round trip); an error
    // reply stays in the list, to be looked at by the caller.
    Result<std::vector<RedisReply>> pipeline(const QList<QList<QByteArray>> &commands);

    void close();

private:
    Error lost() const; // the context's error, worded

    redisContext *m_ctx = nullptr;
    RedisTarget m_target;
    QString m_version;
    int m_commandTimeoutMs = 0;
};

// Reading replies: the element at `i` of an array (nullptr when there is none), and a
// string, status or integer reply's bytes.
const redisReply *redisElement(const redisReply *reply, size_t i);
size_t redisElements(const redisReply *reply);
QByteArray redisBytes(const redisReply *reply);
bool redisIsNil(const redisReply *reply);
bool redisIsArray(const redisReply *reply);
bool redisIsInteger(const redisReply *reply, long long *value = nullptr);

} // namespace smsdesk
