// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smsdesk {

namespace {

struct KindInfo
{
    int status;
    const char *slug;
    const char *title;
};

KindInfo info(Problem::Kind kind)
{
    using K = Problem::Kind;
    switch (kind) {
    case K::Malformed:
        return { 400, "malformed", "Malformed request" };
    case K::Unauthorized:
        return { 401, "unauthorized", "Missing or invalid API token" };
    case K::BadSignature:
        return { 401, "bad-signature", "Webhook signature not accepted" };
    case K::ForbiddenHost:
        return { 403, "forbidden-host", "Host not allowed" };
    case K::ForbiddenOrigin:
        return { 403, "forbidden-origin", "Cross-site request refused" };
    case K::NotFound:
        return { 404, "not-found", "Not found" };
    case K::MethodNotAllowed:
        return { 405, "method-not-allowed", "Method not allowed" };
    case K::Conflict:
        return { 409, "conflict", "Conflict with the current state" };
    case K::IdempotencyInFlight:
        return { 409, "idempotency-in-flight", "Request with this key in progress" };
    case K::LengthRequired:
        return { 411, "length-required", "Content-Length required" };
    case K::PayloadTooLarge:
        return { 413, "payload-too-large", "Request body too large" };
    case K::UnsupportedMediaType:
        return { 415, "unsupported-media-type", "Body must be JSON" };
    case K::Validation:
        return { 422, "validation", "Request not valid" };
    case K::IdempotencyMismatch:
        return { 422, "idempotency-key-reused", "Idempotency key reused" };
    case K::OptedOut:
        return { 422, "opted-out", "Recipient opted out" };
    case K::RateLimited:
        return { 429, "rate-limited", "Too many requests" };
    case K::QueueFull:
        return { 429, "queue-full", "Queue full" };
    case K::HeadersTooLarge:
        return { 431, "headers-too-large", "Request headers too large" };
    case K::Internal:
        return { 500, "internal", "Internal error" };
    case K::Unavailable:
        return { 503, "unavailable", "Service unavailable" };
    case K::CredentialsUnavailable:
        return { 503, "credentials-unavailable", "No credential storage" };
    }
    return { 500, "internal", "Internal error" };
}

} // namespace

Problem Problem::make(Kind kind, QString detail)
{
    Problem problem;
    problem.kind = kind;
    problem.detail = std::move(detail);
    return problem;
}

Problem Problem::validation(QList<FieldError> errors)
{
    Problem problem;
    problem.kind = Kind::Validation;
    problem.errors = std::move(errors);
    problem.detail = problem.errors.size() == 1
        ? problem.errors.first().field + QStringLiteral(": ") + problem.errors.first().message
        : QStringLiteral("%1 fields are not valid; see `errors`.").arg(problem.errors.size());
    return problem;
}

Problem Problem::fromError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Invalid:
        return make(Kind::Validation, error.message);
    case ErrorCode::NotFound:
        return make(Kind::NotFound, error.message);
    case ErrorCode::Conflict:
        return make(Kind::Conflict, error.message);
    case ErrorCode::InFlight:
        return make(Kind::IdempotencyInFlight, error.message);
    case ErrorCode::KeyMismatch:
        return make(Kind::IdempotencyMismatch, error.message);
    case ErrorCode::OptedOut:
        return make(Kind::OptedOut, error.message);
    case ErrorCode::QueueFull: {
        Problem problem = make(Kind::QueueFull, error.message);
        problem.retryAfterSeconds = 5; // the dispatcher drains a full queue within seconds
        return problem;
    }
    case ErrorCode::Unavailable:
    case ErrorCode::Io:
    case ErrorCode::Incompatible: {
        Problem problem = make(Kind::Unavailable, error.message);
        problem.retryAfterSeconds = 10;
        return problem;
    }
    case ErrorCode::None:
    case ErrorCode::Internal:
        break;
    }
    return make(Kind::Internal, error.message.isEmpty() ? QStringLiteral("Unexpected error") : error.message);
}

int Problem::status() const
{
    return info(kind).status;
}

QByteArray Problem::typeUri() const
{
    return QByteArrayLiteral("https://smsdesk.invalid/problems/") + info(kind).slug;
}

QString Problem::title() const
{
    return QString::fromLatin1(info(kind).title);
}

QByteArray Problem::toJson() const
{
    QJsonObject object {
        { QStringLiteral("type"), QString::fromLatin1(typeUri()) },
        { QStringLiteral("title"), title() },
        { QStringLiteral("status"), status() },
        { QStringLiteral("detail"), detail },
    };
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &error : errors)
            list.append(QJsonObject { { QStringLiteral("field"), error.field },
                                      { QStringLiteral("message"), error.message } });
        object.insert(QStringLiteral("errors"), list);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace smsdesk
