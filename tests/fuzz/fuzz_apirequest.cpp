// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what the HTTP API reads from strangers: request heads (HttpGuard's
// HeadInspector), JSON bodies (depth check, message/batch/device validation), webhook
// payloads and signatures, RFC 3339 times. The first input byte picks the parser.
#include "apijson.h"
#include "headinspector.h"
#include "phonenumbers.h"
#include "requestvalidator.h"
#include "webhookparser.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace smsdesk;

namespace {

constexpr qint64 kNow = 1'767'225'600'000;

void fuzzHead(const QByteArray &data)
{
    // Split the stream at a data-dependent point, as TCP would.
    HeadInspector inspector;
    const qsizetype cut = data.isEmpty() ? 0 : qsizetype(quint8(data.front())) % (data.size() + 1);
    if (!inspector.feed(QByteArrayView(data).first(cut)))
        inspector.feed(QByteArrayView(data).sliced(cut));
}

void fuzzBody(quint8 mode, const QByteArray &data)
{
    static const PhoneNumbers phoneNumbers(QStringLiteral("DE"));
    const MessageValidator validator(phoneNumbers, 10, 1000);
    auto parsed = RequestJson::parseObject(data);
    auto *object = std::get_if<QJsonObject>(&parsed);
    if (!object)
        return;
    const auto deviceCheck = [](qint64 id) { return id % 2 ? QString() : QStringLiteral("disabled"); };
    switch (mode % 3) {
    case 0:
        validator.validateSingle(*object, kNow, deviceCheck);
        break;
    case 1:
        validator.validateBatch(*object, kNow, deviceCheck);
        break;
    default:
        DeviceValidator::validate(*object, Device {}, mode & 8);
        break;
    }
}

void fuzzWebhook(quint8 mode, const QByteArray &data)
{
    static const PhoneNumbers phoneNumbers(QStringLiteral("US"));
    // Headers and body from one input: "id\ntimestamp\nsignatures\nbody".
    const QList<QByteArray> parts = data.split('\n');
    const QByteArray body
        = parts.size() > 3 ? data.mid(parts[0].size() + parts[1].size() + parts[2].size() + 3) : data;
    if (mode & 1) {
        WebhookParser::verifyStandardWebhook("secret", body, parts.value(0), parts.value(1), parts.value(2),
                                             kNow);
        WebhookParser::parseMySmsGate(body, parts.value(0), phoneNumbers, kNow);
    } else {
        WebhookParser::verifySmsGate("secret", body, parts.value(2), parts.value(1), kNow);
        WebhookParser::parseSmsGate(body, phoneNumbers, kNow);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const quint8 mode = bytes[0];
    const QByteArray data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    switch (mode % 4) {
    case 0:
        fuzzHead(data);
        break;
    case 1:
        fuzzBody(mode >> 2, data);
        break;
    case 2:
        fuzzWebhook(mode >> 2, data);
        break;
    default:
        ApiJson::parseRfc3339(QString::fromUtf8(data));
        break;
    }
    return 0;
}
