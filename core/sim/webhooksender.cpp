// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksender.h"

#include "clock.h"

#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace smsdesk::sim {

HeaderPairs signatureHeaders(Signing signing, const QByteArray &secret, const QByteArray &eventId,
                             const QByteArray &body, qint64 unixSeconds)
{
    const QByteArray ts = QByteArray::number(unixSeconds);
    if (signing == Signing::SmsGate) {
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
        mac.addData(body);
        mac.addData(ts);
        return { { QByteArrayLiteral("X-Signature"), mac.result().toHex() },
                 { QByteArrayLiteral("X-Timestamp"), ts } };
    }
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(eventId);
    mac.addData(".");
    mac.addData(ts);
    mac.addData(".");
    mac.addData(body);
    return { { QByteArrayLiteral("webhook-id"), eventId },
             { QByteArrayLiteral("webhook-timestamp"), ts },
             { QByteArrayLiteral("webhook-signature"), QByteArrayLiteral("v1,") + mac.result().toBase64() } };
}

WebhookSender::WebhookSender(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

WebhookSender::~WebhookSender() = default;

void WebhookSender::setSettings(const Settings &settings)
{
    m_settings = settings;
    pump();
}

void WebhookSender::post(Signing signing, QByteArray eventId, QByteArray body)
{
    if (enabled())
        post(m_settings.url, m_settings.secret, signing, std::move(eventId), std::move(body));
}

void WebhookSender::post(const QUrl &url, const QByteArray &secret, Signing signing, QByteArray eventId,
                         QByteArray body)
{
    if (!url.isValid() || url.isEmpty())
        return;
    if (qsizetype(m_queue.size()) >= m_settings.maxQueued) {
        // The receiver is far behind: drop the oldest rather than grow without bound.
        m_queue.pop_front();
        if (m_stats.abandoned++ % 1000 == 0)
            qWarning("gateway simulator: webhook queue full, dropping the oldest events");
    }
    m_queue.push_back(Job { url, secret, signing, std::move(eventId), std::move(body), 0 });
    pump();
}

void WebhookSender::pump()
{
    while (m_inFlight < m_settings.maxInFlight && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(job));
    }
}

void WebhookSender::start(Job job)
{
    QNetworkRequest request(job.url);
    request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("smsdesk-gateway-sim"));
    request.setTransferTimeout(m_settings.timeoutMs);
    const qint64 unixSeconds = m_clock.nowMs() / 1000;
    const HeaderPairs headers
        = signatureHeaders(job.signing, job.secret, job.eventId, job.body, unixSeconds);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    ++job.attempts;
    ++m_inFlight;
    QNetworkReply *reply = m_nam.post(request, job.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, job = std::move(job)]() mutable { onFinished(reply, std::move(job)); });
}

void WebhookSender::onFinished(QNetworkReply *reply, Job job)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        ++m_stats.posted;
    } else if (job.attempts < m_settings.maxAttempts) {
        ++m_stats.retried;
        ++m_waitingRetry;
        const int delay = m_settings.firstRetryMs << std::min(job.attempts - 1, 10);
        QTimer::singleShot(delay, this, [this, job = std::move(job)]() mutable {
            --m_waitingRetry;
            m_queue.push_front(std::move(job));
            pump();
        });
    } else {
        // Warn on the first loss and then now and then: a dead receiver must not flood the log.
        if (++m_stats.abandoned == 1 || m_stats.abandoned % 1000 == 0)
            qWarning("gateway simulator: webhook %s abandoned after %d attempts (last: HTTP %d, %s)",
                     job.eventId.constData(), job.attempts, status, qPrintable(reply->errorString()));
    }
    pump();
}

} // namespace smsdesk::sim
