// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Signature Version 4, step by step as the IAM User Guide's "Create a signed AWS API
// request" lays it out: canonical request, string to sign, signing key, signature.
#include "awssigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace smsdesk {

namespace {

const QByteArray algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// AWS's UriEncode: every byte but A-Z a-z 0-9 - . _ ~ as %XY with upper-case hex, which is
// exactly what QByteArray::toPercentEncoding does with no exceptions given.
QByteArray uriEncode(const QByteArray &bytes)
{
    return bytes.toPercentEncoding();
}

// Dot segments resolved as RFC 3986 §5.2.4 does, empty segments dropped ("//example//" signs
// as "/example/" in AWS's get-slashes case), then each segment encoded again: the spec's
// "each path segment must be URI-encoded twice", the first time being the wire form.
QByteArray canonicalPath(const QByteArray &wirePath)
{
    const QList<QByteArray> segments = wirePath.split('/');
    QList<QByteArray> kept;
    for (const QByteArray &segment : segments) {
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            kept.append(uriEncode(segment));
        }
    }
    const QByteArray &last = segments.last();
    const bool endsInSlash = !kept.isEmpty() && (last.isEmpty() || last == "." || last == "..");
    return '/' + kept.join('/') + (endsInSlash ? "/" : "");
}

// Names and values decoded, then encoded the one AWS way, so "%7E", "~" and raw UTF-8 sign
// alike; sorted by name, then by value, byte by byte ("Param" before "Param-3", which sorting
// the joined "name=value" strings would get wrong).
QByteArray canonicalQuery(const QByteArray &wireQuery)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : wireQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({ uriEncode(QByteArray::fromPercentEncoding(name)),
                       uriEncode(QByteArray::fromPercentEncoding(value)) });
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> joined;
    for (const auto &[name, value] : pairs)
        joined.append(name + '=' + value);
    return joined.join('&');
}

struct CanonicalHeaders
{
    QByteArray block; // "name:value\n" for each name
    QByteArray signedNames; // "host;x-amz-date"
    bool hasHost = false;
};

// Names lower-cased and sorted; values trimmed with inner runs of whitespace made one space
// (a folded multi-line value too); a repeated name gets its values comma-joined in the order
// given, as AWS's get-header-value-order case expects.
CanonicalHeaders canonicalHeaders(const AwsHeaders &headers)
{
    std::map<QByteArray, QList<QByteArray>> byName;
    for (const auto &[name, value] : headers)
        byName[name.trimmed().toLower()].append(value.simplified());
    CanonicalHeaders out;
    QList<QByteArray> names;
    for (const auto &[name, values] : byName) {
        out.block += name + ':' + values.join(',') + '\n';
        names.append(name);
    }
    out.signedNames = names.join(';');
    out.hasHost = byName.count("host") > 0;
    return out;
}

// kSecret → kDate → kRegion → kService → kSigning: the key is bound to one day, region and
// service, so a leaked derived key is worth little elsewhere.
QByteArray signingKey(const AwsSigV4Params &params, const QByteArray &date)
{
    const QByteArray kDate = hmacSha256("AWS4" + params.secretAccessKey.toUtf8(), date);
    const QByteArray kRegion = hmacSha256(kDate, params.region.toUtf8());
    const QByteArray kService = hmacSha256(kRegion, params.service.toUtf8());
    return hmacSha256(kService, QByteArrayLiteral("aws4_request"));
}

// Why the input cannot be signed, in words a person can act on; empty when it can.
QString problemWith(const QByteArray &method, const AwsHeaders &headers, const AwsSigV4Params &params)
{
    if (method.isEmpty())
        return QStringLiteral("AWS signing: no HTTP method");
    if (params.accessKeyId.isEmpty() || params.secretAccessKey.isEmpty())
        return QStringLiteral("AWS signing: the access key id or the secret access key is empty");
    if (params.region.isEmpty() || params.service.isEmpty())
        return QStringLiteral("AWS signing: the region or the service is empty");
    if (!params.time.isValid())
        return QStringLiteral("AWS signing: no valid signing time");
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (name == "authorization" || name == "x-amz-date"
            || (name == "x-amz-security-token" && !params.sessionToken.isEmpty())
            || (name == "x-amz-content-sha256" && params.addContentSha256))
            return QStringLiteral("AWS signing: the header %1 is the signer's to set")
                .arg(QString::fromLatin1(header.first));
    }
    return {};
}

} // namespace

Result<AwsSigV4Signature> awsSigV4SignTarget(const QByteArray &method, const QByteArray &path,
                                             const QByteArray &query, const AwsHeaders &headers,
                                             const QByteArray &body, const AwsSigV4Params &params)
{
    if (const QString problem = problemWith(method, headers, params); !problem.isEmpty())
        return Result<AwsSigV4Signature>::failure(ErrorCode::Invalid, problem);

    const QByteArray amzDate
        = params.time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray payloadHash = sha256Hex(body);

    AwsSigV4Signature out;
    out.headers.append({ "X-Amz-Date", amzDate });
    if (!params.sessionToken.isEmpty())
        out.headers.append({ "X-Amz-Security-Token", params.sessionToken.toUtf8() });
    if (params.addContentSha256)
        out.headers.append({ "x-amz-content-sha256", payloadHash });

    const CanonicalHeaders canonical = canonicalHeaders(headers + out.headers);
    if (!canonical.hasHost)
        return Result<AwsSigV4Signature>::failure(ErrorCode::Invalid,
                                                  QStringLiteral("AWS signing: no Host header to sign"));

    out.canonicalRequest = method + '\n' + canonicalPath(path) + '\n' + canonicalQuery(query) + '\n'
        + canonical.block + '\n' + canonical.signedNames + '\n' + payloadHash;
    const QByteArray scope
        = date + '/' + params.region.toUtf8() + '/' + params.service.toUtf8() + "/aws4_request";
    out.stringToSign = algorithm + '\n' + amzDate + '\n' + scope + '\n' + sha256Hex(out.canonicalRequest);
    out.signature = hmacSha256(signingKey(params, date), out.stringToSign).toHex();
    out.headers.append({ "Authorization",
                         algorithm + " Credential=" + params.accessKeyId.toUtf8() + '/' + scope
                             + ", SignedHeaders=" + canonical.signedNames + ", Signature=" + out.signature });
    return out;
}

Result<AwsSigV4Signature> awsSigV4Sign(const QByteArray &method, const QUrl &url, const AwsHeaders &headers,
                                       const QByteArray &body, const AwsSigV4Params &params)
{
    if (!url.isValid() || url.host().isEmpty())
        return Result<AwsSigV4Signature>::failure(
            ErrorCode::Invalid,
            QStringLiteral("AWS signing: %1 is not a URL with a host").arg(url.toString(QUrl::RemoveUserInfo)));

    const bool hostGiven = std::any_of(headers.cbegin(), headers.cend(), [](const AwsHeader &header) {
        return header.first.trimmed().compare("host", Qt::CaseInsensitive) == 0;
    });
    AwsHeaders withHost = headers;
    AwsHeader host { "Host", url.host(QUrl::FullyEncoded).toUtf8() };
    if (!hostGiven) {
        if (host.second.contains(':')) // an IPv6 address
            host.second = '[' + host.second + ']';
        if (url.port() != -1)
            host.second += ':' + QByteArray::number(url.port());
        withHost.prepend(host);
    }

    // The path and query exactly as QNetworkAccessManager puts them on the request line.
    Result<AwsSigV4Signature> signedRequest
        = awsSigV4SignTarget(method, url.path(QUrl::FullyEncoded).toUtf8(),
                             url.query(QUrl::FullyEncoded).toUtf8(), withHost, body, params);
    if (signedRequest.ok() && !hostGiven)
        signedRequest->headers.prepend(host);
    return signedRequest;
}

} // namespace smsdesk
