// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicontext.h"
#include "router.h"

#include <QByteArrayView>

namespace smsdesk {

// POST /api/v1/contacts/import (issue 14): a CSV or vCard file as phones, Google Contacts and
// Outlook export it, read by ContactImport with the business's region (as `smsdesk contacts
// import` does) and stored in one job: every contact or none.
class ContactImportRoute final
{
public:
    static constexpr QByteArrayView kPath = "/api/v1/contacts/import";
    // Answers list the first rows left out only: a 100,000-row file of bad numbers would
    // otherwise make an answer larger than the file. `rejected_total` counts them all.
    static constexpr int kMaxRejectedListed = 1000;

    explicit ContactImportRoute(ApiContext context);
    void addTo(Router &router);
    void import(const QHttpServerRequest &request, const ReplyPtr &reply);

    // The body is the file itself, so this path takes the media types files are sent as
    // instead of JSON (SecurityGate asks, before routing). `mediaType` lower-case, no parameters.
    static bool acceptsMediaType(QByteArrayView mediaType);
    static QString mediaTypes(); // "text/csv, text/vcard, …", for the 415's detail

private:
    ApiContext m_context;
};

} // namespace smsdesk
