// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefacade.h"

#include "campaignreport.h"
#include "contactexport.h"

#include "messagetemplate.h"

#include "apitoken.h"
#include "connectiontester.h"
#include "storereader.h"
#include "thenifalive.h"
#include "webhooksecrets.h"

#include <QFuture>

namespace smsdesk {

namespace {

template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

EngineFacade::EngineFacade(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_tester(new ConnectionTester(this))
    , m_webhookSecrets(new WebhookSecrets(engine, this))
{
    QueueStore &store = engine.store();
    // Store signals come from its writer thread; coalesce bursts into one repaint.
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(50);
    connect(&m_changeTimer, &QTimer::timeout, this, &EngineFacade::messagesChanged);
    connect(&store, &QueueStore::messagesEnqueued, this, [this] { m_changeTimer.start(); });
    connect(&store, &QueueStore::messagesChanged, this, [this] {
        if (!m_changeTimer.isActive())
            m_changeTimer.start();
    });
    connect(&store, &QueueStore::inboundReceived, this, &EngineFacade::inboundReceived);
    connect(&store, &QueueStore::devicesChanged, this, &EngineFacade::devicesChanged);
    connect(&store, &QueueStore::contactsChanged, this, &EngineFacade::contactsChanged);
    connect(&store, &QueueStore::templatesChanged, this, &EngineFacade::templatesChanged);
    connect(&store, &QueueStore::campaignsChanged, this, &EngineFacade::campaignsChanged);
    connect(&store, &QueueStore::optOutsChanged, this, &EngineFacade::optOutsChanged);
    connect(&engine, &Engine::deviceAlert, this, &EngineFacade::deviceAlert);
    connect(&engine, &Engine::messageDied, this, &EngineFacade::messageDied);
    connect(&engine, &Engine::dispatchStatusChanged, this, &EngineFacade::dispatchStatusChanged);
    connect(&engine, &Engine::businessSettingsChanged, this, &EngineFacade::businessSettingsChanged);
    connect(&engine, &Engine::intakeStatesChanged, this, &EngineFacade::intakeStatesChanged);
    // A sender records every post: a burst of them is one refresh of the delivery log.
    m_webhooksTimer.setSingleShot(true);
    m_webhooksTimer.setInterval(50);
    connect(&m_webhooksTimer, &QTimer::timeout, this, &EngineFacade::webhooksChanged);
    const auto webhooks = [this] {
        if (!m_webhooksTimer.isActive())
            m_webhooksTimer.start();
    };
    connect(&store, &QueueStore::webhookEndpointsChanged, this, webhooks);
    connect(&store, &QueueStore::webhooksQueued, this, webhooks);
    connect(&engine, &Engine::webhookAttemptRecorded, this, webhooks);
}

// Secret jobs still running are answered (and waiting ones cancelled) here, while this object
// exists: callers may have made it their continuations' context. As a child, WebhookSecrets
// would go only after ~QObject has cleared the pointers to this object.
EngineFacade::~EngineFacade()
{
    delete m_webhookSecrets;
}

ReadModel &EngineFacade::readModel()
{
    if (!m_reader) // after Engine::start(), which decides where the data is
        m_reader = std::make_unique<StoreReader>(m_engine.storeConfig());
    return *m_reader;
}

const PhoneNumbers &EngineFacade::phoneNumbers() const
{
    return m_engine.phoneNumbers();
}

AppSettings &EngineFacade::settings()
{
    return m_engine.settings();
}

const BusinessSettings &EngineFacade::businessSettings() const
{
    return m_engine.businessSettings();
}

QFuture<Status> EngineFacade::setBusinessSettings(const BusinessSettings &settings)
{
    return m_engine.setBusinessSettings(settings);
}

QString EngineFacade::apiAddress() const
{
    return m_engine.apiAddress();
}

QString EngineFacade::gatewayUrl() const
{
    return m_engine.gatewayUrl();
}

DispatchStatus EngineFacade::dispatchStatus() const
{
    return m_engine.dispatchStatus();
}

bool EngineFacade::credentialsWritable() const
{
    return m_engine.credentials().isWritable();
}

QString EngineFacade::credentialsUnavailableReason() const
{
    return m_engine.credentials().unavailableReason();
}

Result<NewMessage> EngineFacade::validate(const QString &to, const QString &text) const
{
    Result<QString> number = m_engine.phoneNumbers().toE164(to);
    if (!number)
        return number.error();
    if (text.trimmed().isEmpty())
        return Result<NewMessage>::failure(ErrorCode::Invalid, tr("The message is empty."));
    const SegmentInfo info = SmsSegmenter::analyze(text);
    if (info.segments > SmsSegmenter::kDefaultMaxSegments)
        return Result<NewMessage>::failure(ErrorCode::Invalid,
                                           tr("The message needs %1 SMS; at most %2 are allowed. Shorten it.")
                                               .arg(info.segments)
                                               .arg(SmsSegmenter::kDefaultMaxSegments));
    NewMessage message;
    message.to = number.value();
    message.text = text;
    message.segments = info.segments;
    message.encoding = info.encoding;
    return message;
}

QFuture<Result<Contact>> EngineFacade::saveContact(const Contact &contact)
{
    Contact normalised = contact;
    normalised.numbers.clear();
    for (const QString &typed : contact.numbers) {
        const Result<QString> number = m_engine.phoneNumbers().toE164(typed, PhoneNumbers::Wording::UserLanguage);
        if (!number)
            return ready(Result<Contact>::failure(ErrorCode::Invalid, tr("%1: %2").arg(typed, number.errorString())));
        normalised.numbers.append(number.value());
    }
    return m_engine.store().saveContact(std::move(normalised));
}

QFuture<Status> EngineFacade::removeContact(qint64 contactId)
{
    return m_engine.store().removeContact(contactId);
}

QFuture<Result<SavedTemplate>> EngineFacade::saveTemplate(const SavedTemplate &saved)
{
    if (Result<MessageTemplate> parsed = MessageTemplate::parse(saved.body); !parsed)
        return ready(Result<SavedTemplate>(parsed.error()));
    return m_engine.store().saveTemplate(saved);
}

QFuture<Status> EngineFacade::removeTemplate(qint64 templateId)
{
    return m_engine.store().removeTemplate(templateId);
}

Result<EngineFacade::ContactFile> EngineFacade::readContactFile(const QByteArray &data, const QStringList &groups) const
{
    using R = Result<ContactFile>;
    if (data.size() > CsvReader::kMaxBytes)
        return R::failure(ErrorCode::Invalid, tr("The file is %1 MB; a contact file may have up to %2 MB.")
                                                  .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
                                                  .arg(CsvReader::kMaxBytes / (1024 * 1024)));
    ContactFile file;
    file.csv = !ContactImport::isVCard(data);
    if (!file.csv) {
        Result<ImportPlan> plan = ContactImport::fromData(data, m_engine.phoneNumbers(), groups);
        if (!plan)
            return R(plan.error());
        file.plan = std::move(plan.value());
        return file;
    }
    Result<CsvTable> table = CsvReader::parse(data);
    if (!table)
        return R(table.error());
    file.table = std::move(table.value());
    file.mapping = ColumnMapping::guess(file.table.header);
    Result<ImportPlan> plan = ContactImport::fromCsv(file.table, file.mapping, m_engine.phoneNumbers(), groups);
    if (plan)
        file.plan = std::move(plan.value());
    // A file whose columns were not recognised is still shown: the user maps them.
    return file;
}

Result<ImportPlan> EngineFacade::planContacts(const CsvTable &table, const ColumnMapping &mapping,
                                              const QStringList &groups) const
{
    return ContactImport::fromCsv(table, mapping, m_engine.phoneNumbers(), groups);
}

QFuture<Result<ContactImportResult>> EngineFacade::importContacts(const QList<Contact> &contacts)
{
    return m_engine.store().importContacts(contacts);
}

Result<QByteArray> EngineFacade::contactsAsCsv(const QString &group)
{
    const Result<QList<Contact>> all = m_reader->allContacts(group);
    if (!all)
        return Result<QByteArray>(all.error());
    return ContactExport::toCsv(all.value());
}

Result<CampaignPreview> EngineFacade::previewCampaign(const QList<CampaignRecipient> &recipients, const QString &text)
{
    const Result<QList<Contact>> contacts = m_reader->allContacts({});
    if (!contacts)
        return Result<CampaignPreview>(contacts.error());
    const Result<QSet<QString>> optedOut = m_reader->allOptedOutNumbers();
    if (!optedOut)
        return Result<CampaignPreview>(optedOut.error());
    return CampaignPlanner(m_engine.phoneNumbers(), contacts.value(), optedOut.value()).preview(recipients, text);
}

QFuture<Result<Campaign>> EngineFacade::startCampaign(const Campaign &campaign, const CampaignPreview &preview)
{
    return m_engine.store().createCampaign(campaign, preview.messages());
}

QFuture<Status> EngineFacade::pauseCampaign(qint64 campaignId)
{
    return m_engine.store().pauseCampaign(campaignId);
}

QFuture<Status> EngineFacade::resumeCampaign(qint64 campaignId)
{
    return m_engine.store().resumeCampaign(campaignId);
}

QFuture<Result<int>> EngineFacade::cancelCampaign(qint64 campaignId)
{
    return m_engine.store().cancelCampaign(campaignId);
}

QFuture<Status> EngineFacade::addOptOut(const QString &number, const QString &note)
{
    const Result<QString> e164 = m_engine.phoneNumbers().toE164(number);
    if (!e164)
        return ready(Status(e164.error()));
    OptOut optOut;
    optOut.number = e164.value();
    optOut.source = OptOut::Source::Staff;
    optOut.detail = note.trimmed();
    return m_engine.store().addOptOut(optOut);
}

QFuture<Result<bool>> EngineFacade::removeOptOut(const QString &number)
{
    return m_engine.store().removeOptOut(number);
}

Result<QByteArray> EngineFacade::optOutsAsCsv()
{
    const Result<QList<OptOut>> all = m_reader->allOptOuts();
    if (!all)
        return Result<QByteArray>(all.error());
    return ContactExport::optOutsToCsv(all.value());
}

Result<QByteArray> EngineFacade::campaignReportCsv(qint64 campaignId)
{
    QList<CampaignMessage> all;
    qint64 after = 0;
    for (;;) {
        const Result<QList<CampaignMessage>> page = m_reader->campaignMessages(campaignId, after, 10'000);
        if (!page)
            return Result<QByteArray>(page.error());
        all += page.value();
        if (page->size() < 10'000)
            return CampaignReport::toCsv(all);
        after = page->constLast().seq;
    }
}

QFuture<Result<Message>> EngineFacade::sendMessage(const QString &to, const QString &text, qint64 deviceId,
                                                   int sim, qint64 sendAtMs, bool urgent)
{
    Result<NewMessage> message = validate(to, text);
    if (!message)
        return ready(Result<Message>(message.error()));
    message->sendAtMs = std::max<qint64>(0, sendAtMs);
    message->deviceId = deviceId;
    message->sim = deviceId > 0 ? sim : 0; // a SIM only means something on a chosen phone
    message->urgent = urgent;
    EnqueueRequest request;
    request.messages.append(message.value());
    return thenIfAlive(m_engine.store().enqueue(std::move(request)), this,
                       [](const Result<EnqueueResult> &result) {
                           if (!result)
                               return Result<Message>(result.error());
                           return Result<Message>(result->messages.value(0));
                       });
}

QFuture<Status> EngineFacade::cancel(const QUuid &id)
{
    return m_engine.store().cancel(id);
}

QFuture<Result<int>> EngineFacade::requeue(const QList<RequeueRequest> &requests)
{
    return m_engine.store().requeue(requests);
}

QFuture<Status> EngineFacade::editScheduled(const QUuid &id, const QString &text, qint64 sendAtMs)
{
    if (text.trimmed().isEmpty())
        return ready(Status::failure(ErrorCode::Invalid, tr("The message is empty.")));
    const SegmentInfo info = SmsSegmenter::analyze(text);
    if (info.segments > SmsSegmenter::kDefaultMaxSegments)
        return ready(Status::failure(ErrorCode::Invalid,
                                     tr("The message needs %1 SMS; at most %2 are allowed. Shorten it.")
                                         .arg(info.segments)
                                         .arg(SmsSegmenter::kDefaultMaxSegments)));
    ScheduledEdit change { id, text, info.segments, info.encoding, std::max<qint64>(0, sendAtMs) };
    return m_engine.store().editScheduled(std::move(change));
}

QFuture<Result<int>> EngineFacade::editAndRequeue(const QUuid &id, const QString &to, const QString &text)
{
    Result<NewMessage> valid = validate(to, text);
    if (!valid)
        return ready(Result<int>(valid.error()));
    RequeueRequest request;
    request.id = id;
    request.to = valid->to;
    request.text = valid->text;
    request.segments = valid->segments;
    request.encoding = valid->encoding;
    return m_engine.store().requeue({ request });
}

QFuture<Result<int>> EngineFacade::deleteMessages(const QList<QUuid> &ids)
{
    return m_engine.store().deleteMessages(ids);
}

QFuture<Status> EngineFacade::markThreadRead(const QString &number)
{
    return m_engine.store().markThreadRead(number);
}

QFuture<Result<Device>> EngineFacade::addDevice(const Device &device, const Credentials &credentials)
{
    return thenIfAlive(m_engine.store().addDevice(device), this,
                       [this, credentials](const Result<Device> &added) {
                           return saveCredentials(added, credentials);
                       })
        .unwrap();
}

QFuture<Result<Device>> EngineFacade::updateDevice(const Device &device, const Credentials &credentials)
{
    return thenIfAlive(m_engine.store().updateDevice(device), this,
                       [this, credentials](const Result<Device> &updated) {
                           return saveCredentials(updated, credentials);
                       })
        .unwrap();
}

// The device row is committed first so a keychain failure never loses the phone; the
// error then tells the user the credentials still need saving.
QFuture<Result<Device>> EngineFacade::saveCredentials(const Result<Device> &device,
                                                      const Credentials &credentials)
{
    if (!device || credentials.isEmpty())
        return ready(device);
    const Device saved = device.value();
    return thenIfAlive(
        m_engine.credentials().write(deviceCredentialsKey(saved.id), credentials), this,
        [saved](const Status &written) {
            if (!written)
                return Result<Device>::failure(
                    written.code(),
                    tr("The phone was saved, but its credentials were not: %1").arg(written.errorString()));
            return Result<Device>(saved);
        });
}

QFuture<Status> EngineFacade::removeDevice(qint64 deviceId)
{
    return thenIfAlive(m_engine.store().removeDevice(deviceId), this,
                       [this, deviceId](const Status &removed) {
                           if (removed && m_engine.credentials().isWritable())
                               m_engine.credentials().remove(deviceCredentialsKey(deviceId));
                           return removed;
                       });
}

QFuture<Result<ConnectionReport>> EngineFacade::testConnection(const Device &device,
                                                               const Credentials &credentials)
{
    return m_tester->test(device, credentials);
}

QFuture<Result<Credentials>> EngineFacade::deviceCredentials(qint64 deviceId)
{
    return m_engine.credentials().read(deviceCredentialsKey(deviceId));
}

QFuture<Result<QString>> EngineFacade::createToken(const QString &name)
{
    const QString token = generateApiToken();
    return thenIfAlive(m_engine.store().addToken(name, hashApiToken(token)), this,
                       [token](const Result<ApiToken> &added) {
                           return added ? Result<QString>(token) : Result<QString>(added.error());
                       });
}

QFuture<Status> EngineFacade::revokeToken(qint64 tokenId)
{
    return thenIfAlive(m_engine.store().revokeToken(tokenId), this, [this](const Status &revoked) {
        if (revoked)
            m_engine.apiTokensChanged();
        return revoked;
    });
}

QFuture<Status> EngineFacade::setTokenLimit(qint64 tokenId, const std::optional<TokenLimit> &limit)
{
    return thenIfAlive(m_engine.store().setTokenLimit(tokenId, limit), this, [this](const Status &changed) {
        if (changed)
            m_engine.apiTokensChanged();
        return changed;
    });
}

TokenLimit EngineFacade::defaultTokenLimit() const
{
    return m_engine.defaultTokenLimit();
}

Status EngineFacade::setDefaultTokenLimit(const TokenLimit &limit)
{
    return m_engine.setDefaultTokenLimit(limit);
}

QFuture<Result<QString>> EngineFacade::webhookSecret(const QString &adapter)
{
    return m_webhookSecrets->secret(adapter);
}

QFuture<Result<QString>> EngineFacade::rotateWebhookSecret(const QString &adapter)
{
    return m_webhookSecrets->rotate(adapter);
}

QString EngineFacade::webhookRotationBlockedReason(const QString &adapter) const
{
    return m_webhookSecrets->rotationBlockedReason(adapter);
}

QStringList EngineFacade::webhookAdapters()
{
    return smsdesk::webhookAdapters();
}

QString EngineFacade::webhookAdapterFor(const QString &deviceAdapter)
{
    return smsdesk::webhookAdapterFor(deviceAdapter);
}

} // namespace smsdesk
