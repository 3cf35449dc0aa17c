// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksender.h"

#include "clock.h"
#include "credentialstore.h"
#include "queuestore.h"
#include "storereader.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QUuid>

namespace smsdesk {

Q_LOGGING_CATEGORY(lcHooks, "smsdesk.webhooks")

namespace {
constexpr qint64 kBusyRetryMs = 250; // due rows another desk holds: look again soon
constexpr qint64 kLongestSleepMs = 60'000; // and at least this often
constexpr qint64 kStoreTroubleMs = 5'000;
constexpr int kPurgeEveryMs = 6 * 3'600'000;
} // namespace

RetryPolicy WebhookSender::defaultRetry(RetryPolicy::RandomSource random)
{
    RetryPolicy::Settings s;
    s.baseMs = 5'000;
    s.factor = 5.0;
    s.capMs = 10 * 3'600'000LL;
    s.maxAttempts = 8;
    return random ? RetryPolicy(s, std::move(random)) : RetryPolicy(s);
}

WebhookSender::WebhookSender(QueueStore &store, StoreReader &reader, const Clock &clock, CredentialStore *credentials,
                             Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(reader)
    , m_clock(clock)
    , m_credentials(credentials)
    , m_options(std::move(options))
{
    if (m_options.owner.isEmpty())
        m_options.owner = QStringLiteral("webhooks-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WebhookSender::wake);
    connect(&m_purgeTimer, &QTimer::timeout, this, &WebhookSender::purge);
}

WebhookSender::~WebhookSender()
{
    stop();
}

void WebhookSender::start()
{
    if (m_running)
        return;
    m_running = true;
    connect(&m_store, &QueueStore::webhookEndpointsChanged, this, &WebhookSender::reloadEndpoints);
    connect(&m_store, &QueueStore::webhooksQueued, this, &WebhookSender::wake);
    reloadEndpoints();
    purge();
    m_purgeTimer.start(kPurgeEveryMs);
}

void WebhookSender::purge()
{
    m_store.purgeWebhooks(m_clock.nowMs() - m_options.keepLogMs).then(this, [](const Result<int> &purged) {
        if (!purged)
            qCWarning(lcHooks) << "cannot purge the webhook log:" << purged.errorString();
    });
}

void WebhookSender::stop()
{
    m_running = false;
    m_timer.stop();
    m_purgeTimer.stop();
    disconnect(&m_store, nullptr, this, nullptr);
    const QList<QNetworkReply *> replies = m_posts.keys();
    m_posts.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WebhookSender::wake()
{
    claim();
}

// The secrets are read again for every change of the endpoints: one made on this desk has its
// secret in the credential store before its row exists; one made elsewhere has none here and
// is left to the desk that made it.
void WebhookSender::reloadEndpoints()
{
    if (!m_running)
        return;
    const int generation = ++m_generation;
    const Result<QList<WebhookEndpoint>> endpoints = m_reader.webhookEndpoints();
    if (!endpoints) {
        qCWarning(lcHooks) << "cannot read the webhook endpoints:" << endpoints.errorString();
        QTimer::singleShot(kStoreTroubleMs, this, &WebhookSender::reloadEndpoints);
        return;
    }
    auto found = std::make_shared<QHash<QString, Endpoint>>();
    auto left = std::make_shared<int>(int(endpoints->size()));
    const auto done = [this, generation, found] {
        if (generation != m_generation)
            return;
        m_endpoints = *found;
        m_ready = m_endpoints.keys();
        m_ready.sort();
        Q_EMIT endpointsReady();
        wake();
    };
    if (endpoints->isEmpty() || !m_credentials) {
        done();
        return;
    }
    for (const WebhookEndpoint &e : endpoints.value()) {
        m_credentials->read(webhookEndpointSecretKey(e.id))
            .then(this, [this, generation, found, left, done, id = e.id, url = e.url](const Result<Credentials> &read) {
                if (generation != m_generation)
                    return;
                if (read) {
                    if (const std::optional<QByteArray> key = StandardWebhooks::keyOf(read->apiKey))
                        found->insert(id, Endpoint { url, *key });
                    else
                        qCWarning(lcHooks) << "the secret of webhook endpoint" << id << "does not read";
                } else if (read.code() != ErrorCode::NotFound) {
                    qCWarning(lcHooks) << "cannot read the secret of webhook endpoint" << id << read.errorString();
                }
                if (--*left == 0)
                    done();
            });
    }
}

void WebhookSender::claim()
{
    if (!m_running)
        return;
    if (m_claiming) {
        m_again = true;
        return;
    }
    const int room = m_options.batch - int(m_posts.size());
    if (room <= 0 || m_ready.isEmpty())
        return;
    m_claiming = true;
    m_again = false;
    m_store.claimWebhooks(m_options.owner, m_ready, room, m_options.leaseMs)
        .then(this, [this, room](const Result<QList<WebhookDelivery>> &claimed) {
            m_claiming = false;
            if (!m_running)
                return; // what was claimed comes back when its lease runs out
            if (!claimed) {
                qCWarning(lcHooks) << "cannot claim webhook deliveries:" << claimed.errorString();
                m_timer.start(int(kStoreTroubleMs));
                return;
            }
            for (const WebhookDelivery &d : claimed.value())
                post(d);
            if (claimed->size() == room || m_again) {
                claim();
                return;
            }
            armTimer();
        });
}

void WebhookSender::armTimer()
{
    if (!m_running || !m_posts.isEmpty())
        return; // a finished post claims again
    const Result<qint64> due = m_reader.nextWebhookDueMs(m_ready);
    if (!due) {
        m_timer.start(int(kStoreTroubleMs));
        return;
    }
    if (due.value() == 0) {
        m_timer.start(int(kLongestSleepMs));
        return;
    }
    const qint64 wait = due.value() - m_clock.nowMs();
    m_timer.start(int(std::clamp(wait, kBusyRetryMs, kLongestSleepMs)));
}

void WebhookSender::post(const WebhookDelivery &delivery)
{
    const auto endpoint = m_endpoints.constFind(delivery.endpointId);
    if (endpoint == m_endpoints.constEnd())
        return; // removed meanwhile: its lease runs out with it
    const QByteArray body = StandardWebhooks::payload(delivery);
    const QByteArray id = delivery.eventId.toLatin1();
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    QNetworkRequest request { QUrl(endpoint->url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Smsdesk-Webhooks/1"));
    request.setRawHeader("webhook-id", id);
    request.setRawHeader("webhook-timestamp", timestamp);
    request.setRawHeader("webhook-signature", StandardWebhooks::signature(endpoint->key, id, timestamp, body));
    // A redirect is a failure (spec: "3xx: Failure"): the user should fix the URL instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    Post post { delivery, {}, m_clock.nowMs() };
    post.started.start();
    QNetworkReply *reply = m_network.post(request, body);
    m_posts.insert(reply, post);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void WebhookSender::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_posts.find(reply);
    if (it == m_posts.end())
        return;
    const Post post = it.value();
    m_posts.erase(it);
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    WebhookOutcome o;
    o.deliveryId = post.delivery.id;
    o.leaseId = post.delivery.leaseId;
    o.attempt.deliveryId = post.delivery.id;
    o.attempt.atMs = post.startedAtMs;
    o.attempt.httpStatus = status;
    o.attempt.durationMs = post.started.elapsed();
    o.delivered = status >= 200 && status < 300; // spec: "2xx: Success", anything else a failure
    if (!o.delivered) {
        if (status != 0) {
            o.attempt.error = QStringLiteral("HTTP %1 %2")
                                  .arg(status)
                                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                  .trimmed();
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) { // the transfer timeout
            o.attempt.error = QStringLiteral("no answer within %1 s").arg(m_options.timeoutMs / 1000.0);
        } else {
            o.attempt.error = reply->errorString();
        }
        bool ok = false;
        const qint64 retryAfterS = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        const int attempts = std::max(1, post.delivery.attempts);
        o.giveUp = !m_options.retry.attemptsLeft(attempts);
        o.retryAtMs = m_clock.nowMs() + m_options.retry.delayMs(attempts, ok && retryAfterS >= 0 ? retryAfterS * 1000 : -1);
    }
    record(o);
}

void WebhookSender::record(const WebhookOutcome &outcome)
{
    ++m_recording;
    m_store.completeWebhooks({ outcome })
        .then(this, [this, id = outcome.deliveryId, delivered = outcome.delivered](const Result<QList<Status>> &done) {
            --m_recording;
            if (!done)
                qCWarning(lcHooks) << "cannot record webhook delivery" << id << done.errorString();
            else if (!done->value(0))
                qCInfo(lcHooks) << done->value(0).errorString();
            Q_EMIT attemptRecorded(id, delivered && done && done->value(0).ok());
            claim();
            if (m_running && !m_claiming && m_posts.isEmpty())
                armTimer();
        });
}

} // namespace smsdesk
