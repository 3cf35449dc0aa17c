// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace smsdesk {

// Follows one connection's byte stream request by request and judges each request head
// before QHttpServer 6.4 buffers the body (it reads whole bodies into memory first, a 50 MB
// POST took 100 MB). Pure and incremental, so it is fuzzed and tested without sockets.
struct HeadLimits
{
    qint64 maxBody = 64 * 1024; // DESIGN §6: 413 over 64 KiB
    qint64 maxBatchBody = 1024 * 1024; // /api/v1/messages/batch carries up to 1,000 messages
    // /api/v1/contacts/import takes a contact file as it is, as large as the readers take
    // (CsvReader::kMaxBytes; ContactImportRoute checks they agree): a larger one is refused here.
    qint64 maxImportBody = 20 * 1024 * 1024;
    int maxHead = 16 * 1024; // request line + headers
};

class HeadInspector final
{
public:
    using Limits = HeadLimits;

    explicit HeadInspector(Limits limits = Limits())
        : m_limits(limits)
    { }

    // Feeds the next bytes the client sent. Returns a problem when the current request
    // must be refused; the caller answers it and closes the connection.
    std::optional<Problem> feed(QByteArrayView bytes);

    // Judges one complete head ("GET / HTTP/1.1\r\n...\r\n\r\n"); sets the body length.
    std::optional<Problem> judgeHead(QByteArrayView head, qint64 *bodyLength) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
    QByteArray m_head; // bytes of the head read so far
    qint64 m_bodyLeft = 0; // bytes of the current body still to come
};

} // namespace smsdesk
