// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitygate.h"

#include "apitoken.h"
#include "contactimportroute.h"
#include "storereader.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace smsdesk {

namespace {
// Revoking a token or changing its limit takes effect within this time (at once when the
// engine calls forgetCachedTokens); saves a database read per request.
constexpr qint64 kTokenCacheMs = 1'000;

Problem unauthorized(QString detail, bool badToken)
{
    Problem problem = Problem::make(Problem::Kind::Unauthorized, std::move(detail));
    problem.extraHeaders.append({ QByteArrayLiteral("WWW-Authenticate"),
                                  badToken
                                      ? QByteArrayLiteral("Bearer realm=\"smsdesk\", error=\"invalid_token\"")
                                      : QByteArrayLiteral("Bearer realm=\"smsdesk\"") });
    return problem;
}
} // namespace

SecurityGate::SecurityGate(Options options, const Clock &clock, StoreReader &reader)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_reader(reader)
    , m_rateLimiter(clock)
{ }

void SecurityGate::setDefaultTokenLimit(const TokenLimit &limit)
{
    m_options.tokenLimit = limit;
}

void SecurityGate::forgetCachedTokens()
{
    m_tokenCache.clear();
}

void SecurityGate::setPort(quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    QStringList names { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("[::1]") };
    const QHostAddress &listen = m_options.listenAddress;
    if (!listen.isNull() && listen != QHostAddress::Any && listen != QHostAddress::AnyIPv4
        && listen != QHostAddress::AnyIPv6)
        names.append(listen.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + listen.toString() + u']'
                                                                        : listen.toString());
    m_allowedHosts.clear();
    for (const QString &name : std::as_const(m_options.extraAllowedHosts)) {
        const QByteArray host = name.trimmed().toLower().toUtf8();
        // "name:port" as given; a bare name gets the listen port.
        const bool hasPort = host.contains(':') && !host.endsWith(']');
        m_allowedHosts.insert(hasPort ? host : host + suffix);
    }
    for (const QString &host : std::as_const(m_options.exactHosts))
        m_allowedHosts.insert(host.trimmed().toLower().toUtf8());
    for (const QString &name : std::as_const(names)) {
        m_allowedHosts.insert(name.toUtf8() + suffix);
        if (port == 80)
            m_allowedHosts.insert(name.toUtf8());
    }
}

SecurityGate::Verdict SecurityGate::check(const QHttpServerRequest &request)
{
    if (auto problem = checkHost(request.value(QByteArrayLiteral("host"))))
        return { std::move(problem), 0 };
    if (auto problem = checkOrigin(request.value(QByteArrayLiteral("origin"))))
        return { std::move(problem), 0 };
    Verdict verdict;
    if (request.url().path().startsWith(QLatin1String("/api/"))) {
        const Result<CachedToken> token = authenticate(request.value(QByteArrayLiteral("authorization")));
        if (!token)
            return { token.code() == ErrorCode::Unavailable ? Problem::fromError(token.error())
                                                            : unauthorized(token.errorString(), true),
                     0 };
        verdict.tokenId = token->tokenId;
        if (auto problem = checkRate(token.value()))
            return { std::move(problem), verdict.tokenId };
    }
    verdict.problem = checkContentType(request);
    return verdict;
}

std::optional<Problem> SecurityGate::checkRate(const CachedToken &token)
{
    const TokenLimit limit = token.limit.value_or(m_options.tokenLimit);
    const int wait = m_rateLimiter.acquire(token.tokenId, limit);
    if (wait <= 0)
        return std::nullopt;
    Problem problem = Problem::make(
        Problem::Kind::RateLimited,
        QStringLiteral("This API token may send %1 requests per second, in bursts of up to %2 (%3); retry "
                       "after %4 s. The limit is set in Settings → API server, or with `smsdesk token limit`.")
            .arg(limit.rateText())
            .arg(limit.burst)
            .arg(token.limit ? QStringLiteral("its own limit") : QStringLiteral("the default limit"))
            .arg(wait));
    problem.retryAfterSeconds = wait;
    return problem;
}

std::optional<Problem> SecurityGate::checkHost(const QByteArray &host) const
{
    if (m_allowedHosts.contains(host.trimmed().toLower()))
        return std::nullopt;
    return Problem::make(
        Problem::Kind::ForbiddenHost,
        QStringLiteral("Host \"%1\" is not an address of this server. Call it as %2, or add the "
                       "name to the allowed hosts in the settings.")
            .arg(QString::fromLatin1(host.left(200)),
                 QStringLiteral("127.0.0.1 or localhost with the listen port")));
}

std::optional<Problem> SecurityGate::checkOrigin(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return std::nullopt; // not a browser, or a same-origin GET
    const QUrl url(QString::fromLatin1(origin), QUrl::StrictMode);
    const QByteArray host = url.host().contains(u':') ? '[' + url.host().toUtf8() + ']' : url.host().toUtf8();
    const QByteArray hostPort = host + ':' + QByteArray::number(url.port(80));
    if (url.isValid() && url.scheme() == QLatin1String("http") && m_allowedHosts.contains(hostPort.toLower()))
        return std::nullopt;
    return Problem::make(Problem::Kind::ForbiddenOrigin,
                         QStringLiteral("Requests from web pages of other sites (Origin \"%1\") are refused; "
                                        "call the API from a local program instead.")
                             .arg(QString::fromLatin1(origin.left(200))));
}

std::optional<Problem> SecurityGate::checkContentType(const QHttpServerRequest &request) const
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (method != Method::Post && method != Method::Put && method != Method::Patch)
        return std::nullopt;
    const QByteArray value = request.value(QByteArrayLiteral("content-type"));
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? value : value.first(semicolon)).trimmed().toLower();
    // A contact file is posted as the file itself (CSV or vCard), not wrapped in JSON.
    if (request.url().path() == QLatin1String(ContactImportRoute::kPath)) {
        if (ContactImportRoute::acceptsMediaType(mediaType))
            return std::nullopt;
        return Problem::make(
            Problem::Kind::UnsupportedMediaType,
            QStringLiteral("Send the contact file as it is, with a Content-Type of %1 "
                           "(got \"%2\").")
                .arg(ContactImportRoute::mediaTypes(), QString::fromLatin1(value.left(100))));
    }
    if (mediaType == "application/json"
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json")))
        return std::nullopt;
    return Problem::make(
        Problem::Kind::UnsupportedMediaType,
        QStringLiteral("Send the body as JSON with `Content-Type: application/json` (got \"%1\").")
            .arg(QString::fromLatin1(value.left(100))));
}

Result<SecurityGate::CachedToken> SecurityGate::authenticate(const QByteArray &authorization)
{
    using R = Result<CachedToken>;
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.isEmpty())
        return R::failure(
            ErrorCode::Invalid,
            QStringLiteral("Send `Authorization: Bearer <token>`; create a token with "
                           "`smsdesk token create NAME`."));
    if (trimmed.size() < 8 || qstrnicmp(trimmed.constData(), "bearer ", 7) != 0)
        return R::failure(ErrorCode::Invalid, QStringLiteral("Only `Bearer` tokens are accepted."));
    const QByteArray hash = hashToken(QByteArrayView(trimmed).sliced(7).trimmed());
    const QByteArray prefix = hash.left(16);
    const qint64 now = m_clock.nowMs();
    const auto cached = m_tokenCache.constFind(prefix);
    if (cached != m_tokenCache.cend() && now - cached->checkedAtMs < kTokenCacheMs
        && constantTimeEquals(cached->hash, hash))
        return cached.value();
    const Result<ApiToken> token = m_reader.tokenByHash(hash);
    if (!token) {
        m_tokenCache.remove(prefix);
        if (token.code() == ErrorCode::NotFound)
            return R::failure(ErrorCode::Invalid, QStringLiteral("This API token is unknown or revoked."));
        return R::failure(ErrorCode::Unavailable, token.errorString());
    }
    const CachedToken fresh { hash, token->id, token->limit, now };
    m_tokenCache.insert(prefix, fresh);
    return fresh;
}

QByteArray SecurityGate::hashToken(QByteArrayView token)
{
    return hashApiToken(token); // the one definition, shared with `smsdesk token create`
}

bool SecurityGate::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace smsdesk
