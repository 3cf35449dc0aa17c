// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboundwebhook.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace smsdesk {

class Clock;
class CredentialStore;
class QueueStore;
class StoreReader;

// Posts the outbound webhook outbox (issue 16, point 4) to the user's endpoints. Lives in
// the engine thread. Claims due deliveries with a lease (QueueStore::claimWebhooks), only of
// the endpoints whose secret this desk's credential store holds, signs each the Standard
// Webhooks way (webhook-id, webhook-timestamp, webhook-signature "v1,…"), posts it with a
// timeout and no redirects, and records the outcome: a 2xx is delivered; anything else is
// tried again after the retry policy's wait (exponential, jittered; a Retry-After counts)
// until its attempts run out, then it is failed for good. Every post is in the log.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    struct Options
    {
        QString owner; // names this sender's leases; "" draws one
        int batch = 16; // posts at once
        qint64 leaseMs = 60'000; // longer than the timeout and the record of the outcome
        int timeoutMs = 15'000; // spec/standard-webhooks.md: "between 15 and 30s"
        RetryPolicy retry = defaultRetry({});
        qint64 keepLogMs = 30LL * 24 * 3'600'000; // delivered and failed deliveries: 30 days
    };
    // 8 attempts over about a day: waits of up to 5 s, 25 s, 2 min, 10 min, 52 min, 4.3 h,
    // then 10 h, each a random part of that ceiling (full jitter).
    static RetryPolicy defaultRetry(RetryPolicy::RandomSource random);

    WebhookSender(QueueStore &store, StoreReader &reader, const Clock &clock, CredentialStore *credentials,
                  Options options, QObject *parent = nullptr);
    ~WebhookSender() override;

    // Reads the endpoints and their secrets, then posts what is due; follows the store's
    // webhookEndpointsChanged and webhooksQueued from then on.
    void start();
    // Posts nothing more; what is on the wire is abandoned unrecorded (its lease runs out and
    // it is posted again, under the same webhook-id).
    void stop();
    // Look for due deliveries now (the timer does it by itself; tests call it after moving a
    // manual clock).
    void wake();
    // The endpoints this sender can sign for.
    QStringList endpointsHere() const { return m_ready; }
    int inFlight() const { return int(m_posts.size()); }

Q_SIGNALS:
    // A post's outcome is durable (delivered or not), for tests and the UI's log.
    void attemptRecorded(qint64 deliveryId, bool delivered);
    void endpointsReady(); // the secrets were read after a change of the endpoints

private:
    struct Endpoint
    {
        QString url;
        QByteArray key;
    };
    struct Post
    {
        WebhookDelivery delivery;
        QElapsedTimer started;
        qint64 startedAtMs = 0;
    };

    void reloadEndpoints();
    void claim();
    void post(const WebhookDelivery &delivery);
    void finished(QNetworkReply *reply);
    void record(const WebhookOutcome &outcome);
    void armTimer();
    void purge();

    QueueStore &m_store;
    StoreReader &m_reader;
    const Clock &m_clock;
    CredentialStore *m_credentials;
    Options m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QTimer m_purgeTimer;
    QHash<QString, Endpoint> m_endpoints; // with a secret here
    QStringList m_ready;
    QHash<QNetworkReply *, Post> m_posts;
    int m_generation = 0; // of the endpoint reads: an older read's answers are dropped
    bool m_running = false;
    bool m_claiming = false;
    bool m_again = false; // woken while a claim was out
    int m_recording = 0;
};

} // namespace smsdesk
