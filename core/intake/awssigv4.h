// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace smsdesk {

// AWS Signature Version 4 in the Authorization header, the first piece of the SQS intake
// (issue 16, point 3). Spec: "Create a signed AWS API request" in the IAM User Guide,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html; checked
// against AWS's own test suite in tests/intake/tst_awssigv4.cpp.
//
// For services other than S3 only: the path is normalised and each segment is encoded once
// more on top of the form it has on the wire ("%20" signs as "%2520"), both of which S3
// forbids. Query strings are signed as RFC 3986 text; a '+' is a plus, not a space, so send
// a space as "%20".

using AwsHeader = std::pair<QByteArray, QByteArray>;
using AwsHeaders = QList<AwsHeader>;

// Who signs, for which region and service, and when.
struct AwsSigV4Params
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary credentials (STS, instance roles); empty: none
    QString region; // "eu-west-1"
    QString service; // "sqs"
    QDateTime time; // the signing time, any time spec; AWS rejects it when 15 minutes off
    bool addContentSha256 = false; // also sign and send x-amz-content-sha256
};

// What signing produced. The canonical request and string to sign are kept because AWS
// quotes its own in a SignatureDoesNotMatch reply, and comparing the two is the way to
// find out which part differs.
struct AwsSigV4Signature
{
    // To add to the request as they are: [Host], X-Amz-Date, [X-Amz-Security-Token],
    // [x-amz-content-sha256], Authorization.
    AwsHeaders headers;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex
};

// Signs `method url` carrying `headers` (all of them signed, so give only those sent
// unchanged) and `body`. Host is taken from `headers` when there, otherwise made from the URL
// and returned among the headers to add, so that what is sent is what was signed.
Result<AwsSigV4Signature> awsSigV4Sign(const QByteArray &method, const QUrl &url, const AwsHeaders &headers,
                                       const QByteArray &body, const AwsSigV4Params &params);

// The same for a request target as it goes on the wire: `path` and `query` (without '?')
// percent-encoded, as QUrl::FullyEncoded gives them; Host must be among `headers`.
Result<AwsSigV4Signature> awsSigV4SignTarget(const QByteArray &method, const QByteArray &path,
                                             const QByteArray &query, const AwsHeaders &headers,
                                             const QByteArray &body, const AwsSigV4Params &params);

} // namespace smsdesk
