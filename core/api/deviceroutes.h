// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "gatewayadapter.h"
#include "router.h"

namespace smsdesk {

// /api/v1/devices: list, add, edit (PATCH, also to disable), remove. Credentials go to the
// CredentialStore (keychain or headless credentials file), never into answers.
class DeviceRoutes final
{
public:
    explicit DeviceRoutes(ApiContext context);
    void addTo(Router &router);

    void list(const ReplyPtr &reply);
    void create(const QHttpServerRequest &request, const ReplyPtr &reply);
    void update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args);
    void remove(const ReplyPtr &reply, const RouteArgs &args);

private:
    // A 503 problem when credentials were sent but cannot be stored here.
    std::optional<Problem> credentialsRefusal(const std::optional<Credentials> &credentials) const;
    // Stores credentials (if any) after the device was written, then answers.
    void finish(const Result<Device> &device, const std::optional<Credentials> &credentials,
                const ReplyPtr &reply, int status);

    ApiContext m_context;
};

} // namespace smsdesk
