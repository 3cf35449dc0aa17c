// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "gatewayadapter.h"
#include "problem.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace smsdesk {

class PhoneNumbers;

// Request bodies of API v1 → domain values, or a problem naming each bad field.
// Pure (time and device lookups are passed in), so it is fuzzed on its own.
namespace RequestJson {

constexpr int kMaxDepth = 8; // deeper JSON is refused with 400 before it is parsed

// Nesting depth of objects/arrays in `json` (strings and escapes skipped); stops counting
// past kMaxDepth + 1.
int nestingDepth(QByteArrayView json);
// A JSON object body, or a 400 problem (not JSON, not an object, too deep).
std::variant<QJsonObject, Problem> parseObject(const QByteArray &body);

} // namespace RequestJson

class MessageValidator final
{
public:
    // Error text for a device id the request names (missing, disabled), or empty when usable.
    using DeviceCheck = std::function<QString(qint64 deviceId)>;

    MessageValidator(const PhoneNumbers &phoneNumbers, int maxSegments, int maxBatch);

    // One message object (`POST /api/v1/messages`). `prefix` is prepended to field names.
    std::optional<NewMessage> validate(const QJsonObject &object, qint64 nowMs,
                                       const DeviceCheck &deviceCheck, const QString &prefix,
                                       QList<Problem::FieldError> *errors) const;
    // The whole body of a single or batch enqueue: messages, or a 422 problem.
    std::variant<QList<NewMessage>, Problem> validateSingle(const QJsonObject &body, qint64 nowMs,
                                                            const DeviceCheck &deviceCheck) const;
    std::variant<QList<NewMessage>, Problem> validateBatch(const QJsonObject &body, qint64 nowMs,
                                                           const DeviceCheck &deviceCheck) const;

    static constexpr int kMinPriority = -100;
    static constexpr int kMaxPriority = 100;
    static constexpr int kMaxSim = 3;
    static constexpr int kMaxClientIdLength = 128;

private:
    void validateRecipient(const QJsonValue &value, const QString &field, NewMessage *message,
                           QList<Problem::FieldError> *errors) const;
    void validateText(const QJsonValue &value, const QString &field, NewMessage *message,
                      QList<Problem::FieldError> *errors) const;

    const PhoneNumbers &m_phoneNumbers;
    // Input → E.164 of recent recipients: libphonenumber's regexes are the dearest part of
    // an enqueue, and programs send to the same numbers again and again. Used from one
    // thread (the API's), hence mutable without a lock.
    mutable QHash<QString, QString> m_e164Cache;
    int m_maxSegments;
    int m_maxBatch;
};

// Device bodies of POST (all fields) and PATCH (some fields) /api/v1/devices.
class DeviceValidator final
{
public:
    struct Parsed
    {
        Device device;
        std::optional<Credentials> credentials; // present when the body carried `credentials`
    };
    // `base` is the stored device for PATCH, a default Device for POST.
    static std::variant<Parsed, Problem> validate(const QJsonObject &body, const Device &base, bool partial);
    static const QStringList &adapterNames();
};

} // namespace smsdesk
