// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "contact.h"
#include "router.h"

#include <QJsonObject>

#include <variant>

namespace smsdesk {

// /api/v1/contacts (list, get, create, edit, remove) and /api/v1/contact-groups (issue 14).
// Numbers are normalised to E.164 here; the store keeps each number on one contact.
class ContactRoutes final
{
public:
    explicit ContactRoutes(ApiContext context);
    void addTo(Router &router);

    void list(const QHttpServerRequest &request, const ReplyPtr &reply);
    void get(const ReplyPtr &reply, const RouteArgs &args);
    void create(const QHttpServerRequest &request, const ReplyPtr &reply);
    void update(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args);
    void remove(const ReplyPtr &reply, const RouteArgs &args);
    void groups(const ReplyPtr &reply);

    // The JSON of one contact, as every contact route answers it (docs/api.md).
    static QJsonObject toJson(const Contact &contact);

private:
    // `body` applied to `base` (the stored contact for PATCH, an empty one for POST), or a
    // 422 problem naming every bad field.
    std::variant<Contact, Problem> validate(const QJsonObject &body, Contact base, bool partial) const;
    // Saves and answers `status` with the stored contact, or the store's refusal.
    void save(const Contact &contact, const ReplyPtr &reply, int status);
    // A 409 that names the contact that has the number already.
    Problem numberTaken(const Contact &contact, const Error &error) const;

    ApiContext m_context;
};

} // namespace smsdesk
