// SPDX-License-Identifier: GPL-3.0-or-later
#include "headinspector.h"

#include <QList>

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
    QList<QByteArray> lines = head.toByteArray().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1."))
        return Problem::make(Problem::Kind::Malformed,
                             QStringLiteral("The request line must be `METHOD /path HTTP/1.1`."));
    const QByteArray &target = requestLine[1];
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.first(query);
    const qint64 limit = path == "/api/v1/messages/batch" ? m_limits.maxBatchBody : m_limits.maxBody;

    bool sawLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (line.isEmpty())
            continue;
        if (colon <= 0)
            return Problem::make(Problem::Kind::Malformed,
                                 QStringLiteral("A header line has no `name: value` form."));
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return Problem::make(
                Problem::Kind::LengthRequired,
                QStringLiteral("Chunked or encoded bodies are not accepted; send the body with a "
                               "Content-Length of at most %1.")
                    .arg(kib(limit)));
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
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
