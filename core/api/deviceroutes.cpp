// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceroutes.h"

#include "editflow.h"

#include "apijson.h"
#include "credentialstore.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>

namespace smsdesk {

namespace {

Problem noSuchDevice(const QString &id)
{
    return Problem::make(
        Problem::Kind::NotFound,
        QStringLiteral("No device with id %1; GET /api/v1/devices lists them.").arg(id.left(32)));
}

} // namespace

DeviceRoutes::DeviceRoutes(ApiContext context)
    : m_context(context)
{ }

void DeviceRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/api/v1/devices"),
               [this](const auto &, const auto &reply, const auto &) { list(reply); });
    router.add(M::Post, QStringLiteral("/api/v1/devices"),
               [this](const auto &request, const auto &reply, const auto &) { create(request, reply); });
    router.add(
        M::Patch, QStringLiteral("/api/v1/devices/{id}"),
        [this](const auto &request, const auto &reply, const auto &args) { update(request, reply, args); });
    router.add(M::Delete, QStringLiteral("/api/v1/devices/{id}"),
               [this](const auto &, const auto &reply, const auto &args) { remove(reply, args); });
}

void DeviceRoutes::list(const ReplyPtr &reply)
{
    const Result<QList<Device>> devices = m_context.reader.devices();
    if (!devices) {
        reply->problem(Problem::fromError(devices.error()));
        return;
    }
    QJsonArray items;
    for (const Device &device : devices.value())
        items.append(ApiJson::device(device));
    reply->json(200, ApiJson::compact({ { QStringLiteral("devices"), items } }));
}

std::optional<Problem> DeviceRoutes::credentialsRefusal(const std::optional<Credentials> &credentials) const
{
    if (!credentials || credentials->isEmpty())
        return std::nullopt;
    if (m_context.credentials && m_context.credentials->isWritable())
        return std::nullopt;
    const QString why = m_context.credentials
        ? m_context.credentials->unavailableReason()
        : QStringLiteral("No keychain or credentials file is configured.");
    return Problem::make(
        Problem::Kind::CredentialsUnavailable,
        QStringLiteral("Credentials cannot be stored on this computer, so nothing was changed: %1 "
                       "Send the request without `credentials`, or make a keychain available.")
            .arg(why));
}

void DeviceRoutes::create(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    auto validated = DeviceValidator::validate(std::get<QJsonObject>(parsed), Device {}, false);
    if (auto *problem = std::get_if<Problem>(&validated)) {
        reply->problem(*problem);
        return;
    }
    const auto &device = std::get<DeviceValidator::Parsed>(validated);
    if (auto refusal = credentialsRefusal(device.credentials)) {
        reply->problem(*refusal);
        return;
    }
    m_context.store.addDevice(device.device)
        .then(m_context.context,
              [this, reply, credentials = device.credentials](const Result<Device> &stored) {
                  finish(stored, credentials, reply, 201);
              });
}

void DeviceRoutes::update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    const Result<Device> current
        = id ? m_context.reader.device(*id) : Result<Device>(Error { ErrorCode::NotFound, {} });
    const std::optional<DeviceValidator::Parsed> edited
        = validatedEdit(current, request.body(), noSuchDevice(args.id), &DeviceValidator::validate, reply);
    if (!edited)
        return;
    const DeviceValidator::Parsed &device = *edited;
    if (auto refusal = credentialsRefusal(device.credentials)) {
        reply->problem(*refusal);
        return;
    }
    m_context.store.updateDevice(device.device)
        .then(m_context.context,
              [this, reply, credentials = device.credentials](const Result<Device> &stored) {
                  finish(stored, credentials, reply, 200);
              });
}

void DeviceRoutes::finish(const Result<Device> &device, const std::optional<Credentials> &credentials,
                          const ReplyPtr &reply, int status)
{
    if (!device) {
        reply->problem(Problem::fromError(device.error()));
        return;
    }
    const QByteArray body = ApiJson::compact(ApiJson::device(device.value()));
    const QList<QPair<QByteArray, QByteArray>> location {
        { QByteArrayLiteral("Location"), "/api/v1/devices/" + QByteArray::number(device->id) }
    };
    if (!credentials || credentials->isEmpty()) {
        reply->json(status, body, location);
        return;
    }
    const qint64 id = device->id;
    m_context.credentials->write(deviceCredentialsKey(id), *credentials)
        .then(m_context.context, [reply, body, location, status, id](const Status &written) {
            if (written) {
                reply->json(status, body, location);
                return;
            }
            reply->problem(
                Problem::make(Problem::Kind::CredentialsUnavailable,
                              QStringLiteral("Device %1 was saved, but its credentials could not be stored: "
                                             "%2 Send them again with PATCH /api/v1/devices/%1.")
                                  .arg(id)
                                  .arg(written.errorString())));
        });
}

void DeviceRoutes::remove(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = args.rowId();
    if (!id) {
        reply->problem(noSuchDevice(args.id));
        return;
    }
    m_context.store.removeDevice(*id).then(
        m_context.context, [this, reply, id = *id, text = args.id](const Status &removed) {
            if (!removed) {
                reply->problem(removed.code() == ErrorCode::NotFound ? noSuchDevice(text)
                                                                     : Problem::fromError(removed.error()));
                return;
            }
            // Secrets of a removed device must not linger in the keychain; a missing entry is fine.
            if (m_context.credentials && m_context.credentials->isWritable())
                m_context.credentials->remove(deviceCredentialsKey(id));
            reply->send(204, QByteArray(), QByteArray());
        });
}

} // namespace smsdesk
