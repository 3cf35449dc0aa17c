// SPDX-License-Identifier: GPL-3.0-or-later
#include "headinspector.h"


namespace smsdesk {

namespace {

QString kib(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024))
                                : QStringLiteral("%1 KiB").arg(bytes / 1024);
}

bool isToken(QByteArrayView method)
{
    if (method.isEmpty() || method.size() > 16)
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

std::optional<Problem> HeadInspector::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= take;
            bytes = bytes.sliced(take);
            continue;
        }
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        if (m_head.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n')) {
            bytes = bytes.sliced(1);
            continue;
        }
        const qsizetype searchFrom = qMax<qsizetype>(0, m_head.size() - 3);
        m_head.append(bytes.data(), bytes.size());
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_head.size() > m_limits.maxHead)
                return Problem::make(
                    Problem::Kind::HeadersTooLarge,
                    QStringLiteral("The request line and headers exceed %1.").arg(kib(m_limits.maxHead)));
            return std::nullopt;
        }
        const qsizetype headSize = end + 4;
        if (headSize > m_limits.maxHead)
            return Problem::make(
                Problem::Kind::HeadersTooLarge,
                QStringLiteral("The request line and headers exceed %1.").arg(kib(m_limits.maxHead)));
        // What followed the head in this chunk belongs to the body (or the next request).
        const qsizetype consumedFromChunk = bytes.size() - (m_head.size() - headSize);
        qint64 bodyLength = 0;
        if (auto problem = judgeHead(QByteArrayView(m_head).first(headSize), &bodyLength))
            return problem;
        m_head.clear();
        m_bodyLeft = bodyLength;
        bytes = bytes.sliced(consumedFromChunk);
    }
    return std::nullopt;
}

std::optional<Problem> HeadInspector::judgeHead(QByteArrayView head, qint64 *bodyLength) const
{
    *bodyLength = 0;
    // Views into the head only: this runs for every request, before QHttpServer parses it.
    const auto nextLine = [&head]() {
        const qsizetype eol = head.indexOf('\n');
        QByteArrayView line = eol < 0 ? head : head.first(eol);
        head = eol < 0 ? QByteArrayView() : head.sliced(eol + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const QByteArrayView requestLine = nextLine();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    const QByteArrayView method = requestLine.first(qMax<qsizetype>(0, firstSpace));
    const QByteArrayView target = secondSpace < 0
        ? QByteArrayView()
        : requestLine.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = secondSpace < 0 ? QByteArrayView() : requestLine.sliced(secondSpace + 1);
    if (secondSpace < 0 || version.contains(' ') || !isToken(method) || !target.startsWith('/')
        || !version.startsWith("HTTP/1."))
        return Problem::make(Problem::Kind::Malformed,
                             QStringLiteral("The request line must be `METHOD /path HTTP/1.1`."));
    const qsizetype query = target.indexOf('?');
    const QByteArrayView path = query < 0 ? target : target.first(query);
    qint64 limit = m_limits.maxBody;
    if (path == "/api/v1/messages/batch")
        limit = m_limits.maxBatchBody;
    else if (path == "/api/v1/contacts/import") // a contact file as it is (ContactImportRoute)
        limit = m_limits.maxImportBody;
    else if (path == "/api/v1/campaigns") // may carry its recipients' CSV (CampaignRoutes)
        limit = m_limits.maxImportBody;

    bool sawLength = false;
    while (!head.isEmpty()) {
        const QByteArrayView line = nextLine();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Problem::make(Problem::Kind::Malformed,
                                 QStringLiteral("A header line has no `name: value` form."));
        const QByteArrayView name = line.first(colon);
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            return Problem::make(
                Problem::Kind::LengthRequired,
                QStringLiteral("Chunked or encoded bodies are not accepted; send the body with a "
                               "Content-Length of at most %1.")
                    .arg(kib(limit)));
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 length = line.sliced(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || length < 0 || (sawLength && length != *bodyLength))
            return Problem::make(Problem::Kind::Malformed,
                                 QStringLiteral("Content-Length is not a single number."));
        sawLength = true;
        *bodyLength = length;
    }
    if (*bodyLength > limit)
        return Problem::make(Problem::Kind::PayloadTooLarge,
                             QStringLiteral("The body has %1 bytes; at most %2 are accepted here.")
                                 .arg(*bodyLength)
                                 .arg(kib(limit)));
    return std::nullopt;
}

} // namespace smsdesk
