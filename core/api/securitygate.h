// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "problem.h"
#include "ratelimiter.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace smsdesk {

class StoreReader;

// Every check that runs before routing, in one place (STYLE "Errors are values"):
// Host allow-list (DNS rebinding, the qBittorrent/Syncthing defence) → 403, cross-site
// Origin → 403, bearer token on /api/** → 401, per-token rate limit → 429, JSON
// Content-Type on bodies (a contact file's own types for the import) → 415. Body size is
// judged earlier, by HttpGuard.
class SecurityGate final
{
public:
    struct Options
    {
        QHostAddress listenAddress = QHostAddress::LocalHost;
        QStringList extraAllowedHosts; // names the user added, "name" or "name:port"
        // The limit of every token without one of its own (AppSettings); a token's own wins.
        TokenLimit tokenLimit;
        // Host values taken as they are, without the listen port: the authority of the
        // public URL gateways post to ("desk.example.com" behind a tunnel on port 443).
        QStringList exactHosts;
    };
    struct Verdict
    {
        std::optional<Problem> problem;
        qint64 tokenId = 0; // the API token of an /api/** request
    };

    SecurityGate(Options options, const Clock &clock, StoreReader &reader);

    void setPort(quint16 port); // once the listen port is known (port 0 = ephemeral)
    Verdict check(const QHttpServerRequest &request);
    // A new default limit (Settings): every token on the default has it from its next request.
    void setDefaultTokenLimit(const TokenLimit &limit);
    // The tokens changed (a limit, a revocation): read them again at their next request
    // instead of within kTokenCacheMs.
    void forgetCachedTokens();

    // How tokens are stored and looked up: hashApiToken() (hex SHA-256 of the UTF-8 bytes).
    static QByteArray hashToken(QByteArrayView token);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    std::optional<Problem> checkHost(const QByteArray &host) const;
    std::optional<Problem> checkOrigin(const QByteArray &origin) const;
    std::optional<Problem> checkContentType(const QHttpServerRequest &request) const;
    struct CachedToken
    {
        QByteArray hash;
        qint64 tokenId = 0;
        std::optional<TokenLimit> limit; // its own; none: the default
        qint64 checkedAtMs = 0;
    };
    Result<CachedToken> authenticate(const QByteArray &authorization);
    std::optional<Problem> checkRate(const CachedToken &token);

    Options m_options;
    const Clock &m_clock;
    StoreReader &m_reader;
    QSet<QByteArray> m_allowedHosts; // lower-case "host:port"
    // Keyed by the first 16 hex digits of the hash; the full hash is then compared in constant
    // time, so response timing says nothing about a guessed token.
    QHash<QByteArray, CachedToken> m_tokenCache;
    RateLimiter m_rateLimiter;
};

} // namespace smsdesk
