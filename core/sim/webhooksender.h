// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simtypes.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>

#include <deque>

namespace smsdesk {
class Clock;
}

namespace smsdesk::sim {

// How a webhook is signed (see GatewaySimulator for the exact headers).
enum class Signing {
    SmsGate, // X-Timestamp + X-Signature = hex HMAC-SHA256(secret, body + timestamp)
    StandardWebhooks, // webhook-id/-timestamp/-signature "v1," + base64 HMAC(secret, id.ts.body)
};

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// The signature headers for `body` sent at `unixSeconds`. Signed at each attempt, so a
// retry carries a fresh timestamp and still passes a receiver's ±5 min window.
HeaderPairs signatureHeaders(Signing signing, const QByteArray &secret, const QByteArray &eventId,
                             const QByteArray &body, qint64 unixSeconds);

// Posts webhooks without ever blocking the simulator: a bounded queue, a bounded number
// in flight, bounded retries with exponential backoff, then the event is abandoned
// (counted, and warned about once per burst).
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    struct Settings
    {
        QUrl url;
        QByteArray secret;
        int maxAttempts = 5;
        int maxInFlight = 16;
        int firstRetryMs = 250;
        int timeoutMs = 5'000;
        qsizetype maxQueued = 100'000;
    };

    WebhookSender(const Clock &clock, QObject *parent = nullptr);
    ~WebhookSender() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    bool enabled() const { return m_settings.url.isValid() && !m_settings.url.isEmpty(); }

    // To Settings::url, signed with Settings::secret.
    void post(Signing signing, QByteArray eventId, QByteArray body);
    // To a registered webhook's own URL, signed with `secret` (the phone's signing key).
    void post(const QUrl &url, const QByteArray &secret, Signing signing, QByteArray eventId, QByteArray body);
    WebhookStats stats() const { return m_stats; }
    // Events queued, in flight or waiting for a retry.
    qsizetype pending() const { return qsizetype(m_queue.size()) + m_inFlight + m_waitingRetry; }

private:
    struct Job
    {
        QUrl url;
        QByteArray secret;
        Signing signing = Signing::SmsGate;
        QByteArray eventId;
        QByteArray body;
        int attempts = 0;
    };

    void pump();
    void start(Job job);
    void onFinished(QNetworkReply *reply, Job job);

    const Clock &m_clock;
    Settings m_settings;
    QNetworkAccessManager m_nam;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    int m_waitingRetry = 0;
    WebhookStats m_stats;
};

} // namespace smsdesk::sim
