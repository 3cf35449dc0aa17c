// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuestore.h"

#include "migrations.h"
#include "queueops.h"
#include "rows.h"
#include "storelistener.h"
#include "storewriter.h"

namespace smsdesk {

QueueStore::QueueStore(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_ids(std::make_unique<rows::UuidV7Generator>(m_options.random))
{ }

QueueStore::~QueueStore()
{
    close();
}

namespace {
template<typename T> QFuture<T> notOpen()
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(T(Error { ErrorCode::Unavailable, QStringLiteral("the message store is not open") }));
    promise.finish();
    return promise.future();
}
} // namespace

// Every write below is a job for the writer thread; arguments are moved into the job.
template<typename T, typename Body> QFuture<T> submitTo(StoreWriter *writer, Body body)
{
    if (!writer)
        return notOpen<T>();
    return writer->submit<T>(std::function<T(WriteContext &)>(std::move(body)));
}

QUuid QueueStore::newMessageId()
{
    return m_ids->next(m_clock.nowMs());
}

Status QueueStore::open()
{
    if (m_writer)
        return Status::failure(ErrorCode::Internal, QStringLiteral("the message store is already open"));
    // Signals leave the writer thread after COMMIT; receivers connect with a context object.
    auto writer = std::make_unique<StoreWriter>(m_clock, m_options, [this](const WriteEffects &effects) {
        if (effects.enqueued > 0)
            Q_EMIT messagesEnqueued(effects.enqueued);
        if (effects.messagesChanged)
            Q_EMIT messagesChanged();
        for (const QString &from : effects.inboundFrom)
            Q_EMIT inboundReceived(from);
        if (effects.devicesChanged)
            Q_EMIT devicesChanged();
        if (effects.requeued)
            Q_EMIT messagesRequeued();
        for (const WriteEffects::DeadLetter &dead : effects.died)
            Q_EMIT messageDied(dead.to, dead.reason, dead.id);
        if (effects.settings)
            Q_EMIT settingsChanged();
        if (effects.contactsChanged)
            Q_EMIT contactsChanged();
        if (effects.templatesChanged)
            Q_EMIT templatesChanged();
        if (effects.campaignsChanged)
            Q_EMIT campaignsChanged();
        if (effects.optOutsChanged)
            Q_EMIT optOutsChanged();
        if (effects.webhookEvents)
            Q_EMIT webhookEndpointsChanged();
        if (effects.webhooksQueued)
            Q_EMIT webhooksQueued();
    }, *m_ids);
    if (Status status = writer->start(); !status)
        return status;
    if (m_options.config.backend == StoreConfig::Backend::Postgres) {
        // Other desks on this database: their commits reach us as our own signals.
        auto listener = std::make_unique<StoreListener>(m_options.config, writer->origin());
        if (Status status = listener->open(); !status) {
            writer->stop();
            return status;
        }
        connect(listener.get(), &StoreListener::messagesEnqueued, this, &QueueStore::messagesEnqueued);
        connect(listener.get(), &StoreListener::messagesChanged, this, &QueueStore::messagesChanged);
        connect(listener.get(), &StoreListener::devicesChanged, this, &QueueStore::devicesChanged);
        connect(listener.get(), &StoreListener::messagesRequeued, this, &QueueStore::messagesRequeued);
        connect(listener.get(), &StoreListener::inboundReceived, this, &QueueStore::inboundReceived);
        connect(listener.get(), &StoreListener::messageDied, this, &QueueStore::messageDiedElsewhere);
        connect(listener.get(), &StoreListener::contactsChanged, this, &QueueStore::contactsChanged);
        connect(listener.get(), &StoreListener::templatesChanged, this, &QueueStore::templatesChanged);
        connect(listener.get(), &StoreListener::campaignsChanged, this, &QueueStore::campaignsChanged);
        connect(listener.get(), &StoreListener::optOutsChanged, this, &QueueStore::optOutsChanged);
        // Read by the writer, which then uses them for retries too and emits settingsChanged.
        connect(listener.get(), &StoreListener::settingsChanged, this, [this] {
            submitTo<Status>(m_writer.get(), [](WriteContext &ctx) -> Status {
                Result<QHash<QString, QString>> values = ops::readSettings(ctx);
                if (!values)
                    return values.error();
                ctx.effects().settings = std::move(values.value());
                return {};
            });
        });
        // Outbound webhooks: another desk's endpoints change what this writer queues.
        connect(listener.get(), &StoreListener::webhooksQueued, this, &QueueStore::webhooksQueued);
        connect(listener.get(), &StoreListener::webhookEndpointsChanged, this, [this] {
            submitTo<Status>(m_writer.get(), [](WriteContext &ctx) -> Status {
                Result<quint32> wanted = ops::webhookEventsWanted(ctx);
                if (!wanted)
                    return wanted.error();
                ctx.effects().webhookEvents = wanted.value();
                return {};
            });
        });
        m_listener = std::move(listener);
    }
    m_writer = std::move(writer);
    return {};
}

void QueueStore::close()
{
    m_listener.reset();
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
    }
}

void QueueStore::waitForSubmittedWrites()
{
    // The writer answers its jobs in the order they came, each continuation posted as it is
    // answered; an empty job's answer therefore comes after all of theirs.
    submitTo<Status>(m_writer.get(), [](WriteContext &) { return Status {}; }).waitForFinished();
}

const StoreConfig &QueueStore::config() const
{
    return m_options.config;
}

const Clock &QueueStore::clock() const
{
    return m_clock;
}

int QueueStore::schemaVersion()
{
    return migrations::latestVersion();
}

QueueStore::WriterStats QueueStore::writerStats() const
{
    if (!m_writer)
        return {};
    const StoreWriter::Stats s = m_writer->stats();
    return WriterStats { s.transactions, s.jobs, s.largestBatch };
}


QFuture<Result<EnqueueResult>> QueueStore::enqueue(EnqueueRequest request)
{
    return submitTo<Result<EnqueueResult>>(
        m_writer.get(), [r = std::move(request)](WriteContext &ctx) { return ops::enqueue(ctx, r); });
}

QFuture<Result<QList<IntakeResult>>> QueueStore::intake(QList<IntakeItem> items)
{
    return submitTo<Result<QList<IntakeResult>>>(
        m_writer.get(), [items = std::move(items)](WriteContext &ctx) { return ops::intake(ctx, items); });
}

QFuture<Result<QList<Message>>> QueueStore::claimDue(QString owner, int limit, qint64 leaseMs)
{
    return submitTo<Result<QList<Message>>>(m_writer.get(),
                                            [owner = std::move(owner), limit, leaseMs](WriteContext &ctx) {
                                                return ops::claimDue(ctx, owner, limit, leaseMs);
                                            });
}

QFuture<Result<QList<Status>>> QueueStore::complete(QList<SendOutcome> outcomes)
{
    return submitTo<Result<QList<Status>>>(
        m_writer.get(), [o = std::move(outcomes)](WriteContext &ctx) { return ops::complete(ctx, o); });
}

QFuture<Result<QList<ReportEffect>>> QueueStore::applyReports(QList<StatusReport> reports)
{
    return submitTo<Result<QList<ReportEffect>>>(
        m_writer.get(), [r = std::move(reports)](WriteContext &ctx) { return ops::applyReports(ctx, r); });
}

QFuture<Result<LeaseRenewal>> QueueStore::renewLeases(QString owner, QList<qint64> leaseIds, qint64 leaseMs)
{
    return submitTo<Result<LeaseRenewal>>(
        m_writer.get(), [owner = std::move(owner), ids = std::move(leaseIds), leaseMs](WriteContext &ctx) {
            return ops::renewLeases(ctx, owner, ids, leaseMs);
        });
}

QFuture<Result<QList<qint64>>> QueueStore::holdPhones(QString owner, QList<qint64> wanted, qint64 leaseMs)
{
    return submitTo<Result<QList<qint64>>>(
        m_writer.get(), [owner = std::move(owner), wanted = std::move(wanted), leaseMs](WriteContext &ctx) {
            return ops::holdPhones(ctx, owner, wanted, leaseMs);
        });
}

QFuture<Status> QueueStore::releasePhones(QString owner)
{
    return submitTo<Status>(m_writer.get(),
                            [owner = std::move(owner)](WriteContext &ctx) { return ops::releasePhones(ctx, owner); });
}

bool QueueStore::isShared() const
{
    return m_options.config.backend == StoreConfig::Backend::Postgres;
}

QFuture<Result<int>> QueueStore::recoverExpiredLeases()
{
    return submitTo<Result<int>>(m_writer.get(),
                                 [](WriteContext &ctx) -> Result<int> {
                                     const Result<int> recovered = ops::recoverExpiredLeases(ctx);
                                     if (!recovered)
                                         return recovered;
                                     // What a cancelled campaign had on the wire and came back.
                                     if (Result<int> settled = ops::settleCancelledCampaigns(ctx); !settled)
                                         return settled.error();
                                     return recovered;
                                 });
}

QFuture<Status> QueueStore::cancel(QUuid id)
{
    return submitTo<Status>(m_writer.get(), [id](WriteContext &ctx) { return ops::cancel(ctx, id); });
}

QFuture<Result<int>> QueueStore::requeue(QList<RequeueRequest> requests)
{
    return submitTo<Result<int>>(
        m_writer.get(), [r = std::move(requests)](WriteContext &ctx) { return ops::requeue(ctx, r); });
}

QFuture<Result<int>> QueueStore::deleteMessages(QList<QUuid> ids)
{
    return submitTo<Result<int>>(
        m_writer.get(), [i = std::move(ids)](WriteContext &ctx) { return ops::deleteMessages(ctx, i); });
}

QFuture<Result<bool>> QueueStore::addInbound(InboundMessage message)
{
    return submitTo<Result<bool>>(
        m_writer.get(), [m = std::move(message)](WriteContext &ctx) { return ops::addInbound(ctx, m); });
}

QFuture<Status> QueueStore::markThreadRead(QString number)
{
    return submitTo<Status>(
        m_writer.get(), [n = std::move(number)](WriteContext &ctx) { return ops::markThreadRead(ctx, n); });
}

QFuture<Result<Device>> QueueStore::addDevice(Device device)
{
    return submitTo<Result<Device>>(
        m_writer.get(), [d = std::move(device)](WriteContext &ctx) { return ops::addDevice(ctx, d); });
}

QFuture<Result<Device>> QueueStore::updateDevice(Device device)
{
    return submitTo<Result<Device>>(
        m_writer.get(), [d = std::move(device)](WriteContext &ctx) { return ops::updateDevice(ctx, d); });
}

QFuture<Status> QueueStore::updateDeviceHealth(qint64 deviceId, DeviceHealth health)
{
    return submitTo<Status>(m_writer.get(), [deviceId, h = std::move(health)](WriteContext &ctx) {
        return ops::updateDeviceHealth(ctx, deviceId, h);
    });
}

QFuture<Status> QueueStore::removeDevice(qint64 deviceId)
{
    return submitTo<Status>(m_writer.get(),
                            [deviceId](WriteContext &ctx) { return ops::removeDevice(ctx, deviceId); });
}

QFuture<Status> QueueStore::writeSettings(QHash<QString, QString> values)
{
    return submitTo<Status>(m_writer.get(), [v = std::move(values)](WriteContext &ctx) {
        return ops::writeSettings(ctx, v);
    });
}

QHash<QString, QString> QueueStore::settings() const
{
    return m_writer ? m_writer->settings() : QHash<QString, QString>();
}

QFuture<Result<Contact>> QueueStore::saveContact(Contact contact)
{
    return submitTo<Result<Contact>>(m_writer.get(),
                                     [c = std::move(contact)](WriteContext &ctx) { return ops::saveContact(ctx, c); });
}

QFuture<Status> QueueStore::removeContact(qint64 contactId)
{
    return submitTo<Status>(m_writer.get(), [contactId](WriteContext &ctx) { return ops::removeContact(ctx, contactId); });
}

QFuture<Result<ContactImportResult>> QueueStore::importContacts(QList<Contact> contacts)
{
    return submitTo<Result<ContactImportResult>>(
        m_writer.get(), [c = std::move(contacts)](WriteContext &ctx) { return ops::importContacts(ctx, c); });
}

QFuture<Status> QueueStore::editScheduled(ScheduledEdit edit)
{
    return submitTo<Status>(m_writer.get(),
                            [e = std::move(edit)](WriteContext &ctx) { return ops::editScheduled(ctx, e); });
}

QFuture<Result<Campaign>> QueueStore::createCampaign(Campaign campaign, QList<NewMessage> messages)
{
    return submitTo<Result<Campaign>>(m_writer.get(),
                                      [c = std::move(campaign), m = std::move(messages)](WriteContext &ctx) {
                                          return ops::createCampaign(ctx, c, m);
                                      });
}

QFuture<Status> QueueStore::pauseCampaign(qint64 campaignId)
{
    return submitTo<Status>(m_writer.get(),
                            [campaignId](WriteContext &ctx) { return ops::pauseCampaign(ctx, campaignId); });
}

QFuture<Status> QueueStore::resumeCampaign(qint64 campaignId)
{
    return submitTo<Status>(m_writer.get(),
                            [campaignId](WriteContext &ctx) { return ops::resumeCampaign(ctx, campaignId); });
}

QFuture<Result<int>> QueueStore::cancelCampaign(qint64 campaignId)
{
    return submitTo<Result<int>>(m_writer.get(),
                                 [campaignId](WriteContext &ctx) { return ops::cancelCampaign(ctx, campaignId); });
}

QFuture<Status> QueueStore::addOptOut(OptOut optOut)
{
    return submitTo<Status>(m_writer.get(),
                            [o = std::move(optOut)](WriteContext &ctx) { return ops::addOptOut(ctx, o); });
}

QFuture<Result<bool>> QueueStore::removeOptOut(QString number)
{
    return submitTo<Result<bool>>(
        m_writer.get(), [n = std::move(number)](WriteContext &ctx) { return ops::removeOptOut(ctx, n); });
}

QFuture<Result<SavedTemplate>> QueueStore::saveTemplate(SavedTemplate saved)
{
    return submitTo<Result<SavedTemplate>>(
        m_writer.get(), [t = std::move(saved)](WriteContext &ctx) { return ops::saveTemplate(ctx, t); });
}

QFuture<Status> QueueStore::removeTemplate(qint64 templateId)
{
    return submitTo<Status>(m_writer.get(),
                            [templateId](WriteContext &ctx) { return ops::removeTemplate(ctx, templateId); });
}

QFuture<Result<ApiToken>> QueueStore::addToken(QString name, QByteArray tokenHash, std::optional<TokenLimit> limit)
{
    return submitTo<Result<ApiToken>>(m_writer.get(),
                                      [n = std::move(name), h = std::move(tokenHash), limit](WriteContext &ctx) {
                                          return ops::addToken(ctx, n, h, limit);
                                      });
}

QFuture<Status> QueueStore::setTokenLimit(qint64 tokenId, std::optional<TokenLimit> limit)
{
    return submitTo<Status>(m_writer.get(),
                            [tokenId, limit](WriteContext &ctx) { return ops::setTokenLimit(ctx, tokenId, limit); });
}

QFuture<Status> QueueStore::revokeToken(qint64 tokenId)
{
    return submitTo<Status>(m_writer.get(),
                            [tokenId](WriteContext &ctx) { return ops::revokeToken(ctx, tokenId); });
}

QFuture<Result<int>> QueueStore::purgeIdempotency(qint64 olderThanMs)
{
    return submitTo<Result<int>>(
        m_writer.get(), [olderThanMs](WriteContext &ctx) { return ops::purgeIdempotency(ctx, olderThanMs); });
}

// --- outbound webhooks (ops_webhooks.cpp) ---

QFuture<Result<WebhookEndpoint>> QueueStore::addWebhookEndpoint(WebhookEndpoint endpoint)
{
    return submitTo<Result<WebhookEndpoint>>(m_writer.get(), [e = std::move(endpoint)](WriteContext &ctx) {
        return ops::addWebhookEndpoint(ctx, e);
    });
}

QFuture<Status> QueueStore::removeWebhookEndpoint(QString endpointId)
{
    return submitTo<Status>(m_writer.get(), [id = std::move(endpointId)](WriteContext &ctx) {
        return ops::removeWebhookEndpoint(ctx, id);
    });
}

QFuture<Result<QList<WebhookDelivery>>> QueueStore::claimWebhooks(QString owner, QStringList endpointIds, int limit,
                                                                  qint64 leaseMs)
{
    return submitTo<Result<QList<WebhookDelivery>>>(
        m_writer.get(), [owner = std::move(owner), ids = std::move(endpointIds), limit, leaseMs](WriteContext &ctx) {
            return ops::claimWebhooks(ctx, owner, ids, limit, leaseMs);
        });
}

QFuture<Result<QList<Status>>> QueueStore::completeWebhooks(QList<WebhookOutcome> outcomes)
{
    return submitTo<Result<QList<Status>>>(m_writer.get(), [o = std::move(outcomes)](WriteContext &ctx) {
        return ops::completeWebhooks(ctx, o);
    });
}

QFuture<Status> QueueStore::resendWebhook(QString endpointId, qint64 deliveryId)
{
    return submitTo<Status>(m_writer.get(), [id = std::move(endpointId), deliveryId](WriteContext &ctx) {
        return ops::resendWebhook(ctx, id, deliveryId);
    });
}

QFuture<Result<int>> QueueStore::purgeWebhooks(qint64 olderThanMs)
{
    return submitTo<Result<int>>(m_writer.get(),
                                 [olderThanMs](WriteContext &ctx) { return ops::purgeWebhooks(ctx, olderThanMs); });
}

} // namespace smsdesk
