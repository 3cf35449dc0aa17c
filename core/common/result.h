// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace smsdesk {

// Error categories a caller can act on; the HTTP layer maps them to status codes in one place.
enum class ErrorCode {
    None,
    Invalid, // the input is wrong (maps to 400/422)
    NotFound, // no such message/device/token (404)
    Conflict, // state forbids it: cancel of a sent message, lease lost (409)
    InFlight, // idempotency key still being processed (409)
    KeyMismatch, // idempotency key reused with another body (422)
    QueueFull, // back-pressure (429)
    OptedOut, // the recipient is on the suppression list (422, its own problem type)
    Unavailable, // storage or gateway not reachable (503)
    Io, // disk or file problem
    Incompatible, // database from a newer version, wrong format
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

// A value or an error a person can read. Small and boring on purpose.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }
    static Result failure(ErrorCode code, QString message)
    {
        return Result(Error { code, std::move(message) });
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (x : f().value())` must not refer into the dead temporary Result.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString &errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that yields nothing but success or an error.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status failure(ErrorCode code, QString message)
    {
        return Status(Error { code, std::move(message) });
    }
    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString &errorString() const { return m_error.message; }

private:
    Error m_error;
};

} // namespace smsdesk
