// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakesink.h"

#include "apijson.h"
#include "clock.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPromise>
#include <QtEndian>

namespace smsdesk {

namespace {

constexpr int kMaxSegments = 10; // as the API's (ApiServer::Options)
constexpr int kShownRawChars = 200; // of an unreadable body, in the dead letter's text

// Redelivery keys live in the idempotency table beside the API's, whose token ids are
// positive: a source's namespace is a negative number made from its sourceKey, the same on
// every desk.
qint64 namespaceOf(const QString &sourceKey)
{
    const QByteArray digest = QCryptographicHash::hash(sourceKey.toUtf8(), QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(digest.constData()) & 0x3fff'ffff'ffff'ffffULL;
    return -qint64(bits) - 1;
}

// `timestamp`: Unix seconds or milliseconds, or RFC 3339; 0 when it does not read.
qint64 producedAt(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double t = value.toDouble();
        return t > 1e11 ? qint64(t) : qint64(t * 1000.0);
    }
    if (value.isString())
        return ApiJson::parseRfc3339(value.toString()).value_or(0);
    return 0;
}

QString ownId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().left(MessageValidator::kMaxClientIdLength);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

QString joined(const QList<Problem::FieldError> &errors)
{
    QStringList parts;
    for (const Problem::FieldError &e : errors)
        parts << e.field + QStringLiteral(": ") + e.message;
    return parts.join(QStringLiteral("; "));
}

} // namespace

struct IntakeSink::Private
{
    Parts parts;
    MessageValidator validator;

    QString deviceProblem(qint64 deviceId) const
    {
        const Result<Device> device = parts.reader.device(deviceId);
        if (!device)
            return device.code() == ErrorCode::NotFound ? QStringLiteral("no device with id %1").arg(deviceId)
                                                        : device.errorString();
        if (!device->enabled)
            return QStringLiteral("device %1 (\"%2\") is disabled").arg(deviceId).arg(device->name);
        return {};
    }

    // One entry → what the store takes: a valid message, or a dead letter with the reason.
    IntakeItem item(const IntakeConfig &source, qint64 ns, const IntakeEntry &entry, IntakeOutcome &outcome) const
    {
        IntakeItem item;
        item.namespaceId = ns;
        item.key = QString::fromUtf8(entry.brokerId);
        item.hash = QCryptographicHash::hash(entry.bodyMissing ? entry.raw : entry.body, QCryptographicHash::Sha256);
        item.source = source.displayName();
        item.brokerId = QString::fromUtf8(entry.brokerId);
        item.raw = entry.raw.isEmpty() ? entry.body : entry.raw;
        const auto reject = [&item](const QString &reason) {
            item.reason = reason;
            if (item.text.isEmpty())
                item.text = QString::fromUtf8(item.raw.left(kShownRawChars));
            return item;
        };
        if (entry.bodyMissing)
            return reject(QStringLiteral("the entry has no `message` field"));
        auto parsed = RequestJson::parseObject(entry.body);
        if (auto *problem = std::get_if<Problem>(&parsed))
            return reject(QStringLiteral("the message is not a JSON object: %1").arg(problem->detail));
        QJsonObject object = std::get<QJsonObject>(std::move(parsed));
        if (const QString id = ownId(object.value(QLatin1String("id"))); !id.isEmpty()) {
            item.key = QStringLiteral("id:") + id;
            if (!object.contains(QLatin1String("client_message_id")))
                object.insert(QStringLiteral("client_message_id"), id);
        }
        outcome.producedAtMs = producedAt(object.value(QLatin1String("timestamp")));
        object.remove(QStringLiteral("id"));
        object.remove(QStringLiteral("timestamp"));
        item.to = object.value(QLatin1String("to")).toString().left(64);
        item.text = object.value(QLatin1String("text")).toString();
        QList<Problem::FieldError> errors;
        std::optional<NewMessage> message = validator.validate(
            object, parts.clock.nowMs(), [this](qint64 id) { return deviceProblem(id); }, QString(), &errors);
        if (!message)
            return reject(joined(errors));
        message->id = parts.store.newMessageId();
        item.message = std::move(message);
        return item;
    }
};

IntakeSink::IntakeSink(Parts parts, QObject *parent)
    : QObject(parent)
    , d(new Private { parts, MessageValidator(parts.phoneNumbers, kMaxSegments, 1) })
{ }

IntakeSink::~IntakeSink() = default;

QFuture<QList<IntakeOutcome>> IntakeSink::accept(const IntakeConfig &source, QList<IntakeEntry> entries)
{
    auto promise = std::make_shared<QPromise<QList<IntakeOutcome>>>();
    promise->start();
    QFuture<QList<IntakeOutcome>> answer = promise->future();
    // The validator's number cache is the sink thread's alone: the work runs there.
    QMetaObject::invokeMethod(
        this,
        [this, source, entries = std::move(entries), promise] {
            const qint64 ns = namespaceOf(source.sourceKey());
            QList<IntakeOutcome> outcomes(entries.size());
            QList<IntakeItem> items;
            items.reserve(entries.size());
            for (qsizetype i = 0; i < entries.size(); ++i)
                items.append(d->item(source, ns, entries.at(i), outcomes[i]));
            d->parts.store.intake(std::move(items))
                .then(this, [outcomes, promise](const Result<QList<IntakeResult>> &stored) mutable {
                    for (qsizetype i = 0; i < outcomes.size(); ++i) {
                        IntakeOutcome &o = outcomes[i];
                        if (!stored || i >= stored->size()) {
                            o.verdict = IntakeOutcome::Verdict::Retry;
                            o.reason = stored ? QStringLiteral("the store gave no answer") : stored.errorString();
                            continue;
                        }
                        const IntakeResult &r = stored->at(i);
                        o.reason = r.reason;
                        switch (r.kind) {
                        case IntakeResult::Kind::Enqueued:
                            o.verdict = IntakeOutcome::Verdict::Enqueued;
                            break;
                        case IntakeResult::Kind::Duplicate:
                            o.verdict = IntakeOutcome::Verdict::Duplicate;
                            break;
                        case IntakeResult::Kind::Rejected:
                            o.verdict = IntakeOutcome::Verdict::Rejected;
                            break;
                        case IntakeResult::Kind::Retry:
                            o.verdict = IntakeOutcome::Verdict::Retry;
                            break;
                        }
                    }
                    promise->addResult(outcomes);
                    promise->finish();
                });
        },
        Qt::QueuedConnection);
    return answer;
}

} // namespace smsdesk
