// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace smsdesk {

// One RFC 9457 problem (application/problem+json). Every error the HTTP API gives is
// built here, so each `type` URI, title and status stays stable for API clients.
struct Problem
{
    // Stable problem kinds; the slug is the last path segment of the `type` URI.
    enum class Kind {
        Malformed, // 400
        Unauthorized, // 401
        BadSignature, // 401 (webhooks)
        ForbiddenHost, // 403
        ForbiddenOrigin, // 403
        NotFound, // 404
        MethodNotAllowed, // 405
        Conflict, // 409
        IdempotencyInFlight, // 409
        LengthRequired, // 411
        PayloadTooLarge, // 413
        UnsupportedMediaType, // 415
        Validation, // 422
        IdempotencyMismatch, // 422
        OptedOut, // 422: the recipient is on the suppression list
        RateLimited, // 429
        QueueFull, // 429
        HeadersTooLarge, // 431
        Internal, // 500
        Unavailable, // 503
        CredentialsUnavailable, // 503
    };
    struct FieldError
    {
        QString field; // JSON path: "to", "messages[3].text"
        QString message;
    };

    Kind kind = Kind::Internal;
    QString detail; // what happened and what to do about it
    QList<FieldError> errors; // per field, for 422
    int retryAfterSeconds = 0; // > 0: sent as Retry-After (429, 503)
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. Allow, WWW-Authenticate

    static Problem make(Kind kind, QString detail);
    static Problem validation(QList<FieldError> errors);
    // The one mapping from core error categories to HTTP problems (STYLE: errors are values).
    static Problem fromError(const Error &error);

    int status() const;
    QByteArray typeUri() const; // "https://smsdesk.invalid/problems/validation"
    QString title() const;
    QByteArray toJson() const;
};

} // namespace smsdesk
