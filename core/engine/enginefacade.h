// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontester.h"
#include "campaignplan.h"
#include "contactimport.h"
#include "engine.h"
#include "intake.h"
#include "readmodel.h"
#include "smssegmenter.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

namespace smsdesk {

class StoreReader;
class WebhookSecrets;
namespace OutboundWebhooks {
struct Created; // webhookendpointroutes.h: the UI that adds endpoints includes it
}

// What the desktop UI may do with the engine: validated actions returning futures, and
// signals for everything that changes. Lives in the GUI thread; never blocks it (writes
// go to the store's writer thread, keychain jobs run asynchronously). The UI reads
// lists through readModel(), never through a database connection of its own.
class EngineFacade final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineFacade)

public:
    explicit EngineFacade(Engine &engine, QObject *parent = nullptr);
    ~EngineFacade() override;

    // The GUI thread's read-only view of the store, for every page: one connection of its
    // own beside the writer (SQLite WAL), opened on the first ReadModel::open(). GUI thread only.
    ReadModel &readModel();
    const PhoneNumbers &phoneNumbers() const;
    AppSettings &settings(); // this machine's (settings.ini)
    // The business's, shared by every desk on the database; the future resolves once the
    // change is durable, and businessSettingsChanged follows on every desk (this one too).
    const BusinessSettings &businessSettings() const;
    QFuture<Status> setBusinessSettings(const BusinessSettings &settings);
    QString apiAddress() const;
    QString gatewayUrl() const; // where phones post webhooks; "" when no gateway listener runs
    DispatchStatus dispatchStatus() const; // the last one the dispatcher reported
    bool credentialsWritable() const;
    QString credentialsUnavailableReason() const;

    // Validates the number (E.164 via libphonenumber) and the text (≤ 10 segments), then
    // enqueues. The message is on disk when the future resolves.
    // `sim`: the phone's SIM slot (1-based); 0 = the device's default.
    // `sendAtMs` > now: scheduled, sent not before then (issue 14, point 4).
    // `urgent`: sent inside the recipient's quiet hours too (issue 15, point 2).
    QFuture<Result<Message>> sendMessage(const QString &to, const QString &text, qint64 deviceId = 0, int sim = 0,
                                         qint64 sendAtMs = 0, bool urgent = false);
    // A new text and time for a message still waiting (Conflict once a dispatcher has it).
    QFuture<Status> editScheduled(const QUuid &id, const QString &text, qint64 sendAtMs);
    QFuture<Status> cancel(const QUuid &id);
    QFuture<Result<int>> requeue(const QList<RequeueRequest> &requests);
    // Edit number and/or text of a dead message and requeue it (validated like sendMessage).
    QFuture<Result<int>> editAndRequeue(const QUuid &id, const QString &to, const QString &text);
    QFuture<Result<int>> deleteMessages(const QList<QUuid> &ids);
    QFuture<Status> markThreadRead(const QString &number);

    // Devices: credentials go to the keychain; an empty Credentials leaves them unchanged.
    QFuture<Result<Device>> addDevice(const Device &device, const Credentials &credentials);
    QFuture<Result<Device>> updateDevice(const Device &device, const Credentials &credentials);
    QFuture<Status> removeDevice(qint64 deviceId);

    // Contacts and saved texts (issue 14). Numbers as typed: each is read as E.164 with the
    // business's default region first, and the first that does not read is refused (Invalid,
    // in the user's language) before anything is written.
    QFuture<Result<Contact>> saveContact(const Contact &contact);
    QFuture<Status> removeContact(qint64 contactId);
    QFuture<Result<SavedTemplate>> saveTemplate(const SavedTemplate &saved);
    QFuture<Status> removeTemplate(qint64 templateId);
    // A contacts file as the user picked it, read whole: a vCard file's plan, or a CSV file's
    // table, the guessed column mapping and its plan; nothing is stored. Numbers are read with
    // the business's region. Invalid when the file cannot be read as a whole.
    struct ContactFile
    {
        bool csv = false;
        CsvTable table; // a CSV file's, to map its columns again
        ColumnMapping mapping;
        ImportPlan plan;
    };
    Result<ContactFile> readContactFile(const QByteArray &data, const QStringList &groups) const;
    // The CSV table again with another mapping (the user changed a column's meaning).
    Result<ImportPlan> planContacts(const CsvTable &table, const ColumnMapping &mapping,
                                    const QStringList &groups) const;
    QFuture<Result<ContactImportResult>> importContacts(const QList<Contact> &contacts);
    // Every contact (or one group's) as CSV (ContactExport), for the user to save.
    Result<QByteArray> contactsAsCsv(const QString &group);

    // Campaigns (issue 14, point 3). The preview reads every contact (names and fields for
    // the numbers) and fills the text in for each recipient; nothing is queued. The
    // business's region reads the numbers.
    Result<CampaignPreview> previewCampaign(const QList<CampaignRecipient> &recipients, const QString &text);
    // Queues the preview's included rows as the campaign, all or none (QueueFull says the room left).
    QFuture<Result<Campaign>> startCampaign(const Campaign &campaign, const CampaignPreview &preview);
    QFuture<Status> pauseCampaign(qint64 campaignId);
    QFuture<Status> resumeCampaign(qint64 campaignId);
    QFuture<Result<int>> cancelCampaign(qint64 campaignId); // how many were cancelled

    // The suppression list by hand (issue 15): the number is read like sendMessage's
    // (Invalid when it does not read); adding cancels what is queued for it.
    QFuture<Status> addOptOut(const QString &number, const QString &note);
    QFuture<Result<bool>> removeOptOut(const QString &number); // false: it was not on the list
    // The list as CSV (number, name, opted_out_at, source, detail), newest first.
    Result<QByteArray> optOutsAsCsv();
    // Every message of the campaign with its status, as CSV (CampaignReport), for the user to save.
    Result<QByteArray> campaignReportCsv(qint64 campaignId);

    // Asks the gateway (SMSGate /health, MySMSGate credentials check); health on success.
    QFuture<Result<ConnectionReport>> testConnection(const Device &device, const Credentials &credentials);
    QFuture<Result<Credentials>> deviceCredentials(qint64 deviceId);

    // API tokens: the plain token is returned once and only its hash is stored.
    QFuture<Result<QString>> createToken(const QString &name);
    QFuture<Status> revokeToken(qint64 tokenId);
    // A token's own request limit, or none for the default (issue 15, point 5); the running
    // API server applies it from the token's next request. Invalid for numbers out of range.
    QFuture<Status> setTokenLimit(qint64 tokenId, const std::optional<TokenLimit> &limit);
    // The limit of every token without its own: this machine's setting (Engine).
    TokenLimit defaultTokenLimit() const;
    Status setDefaultTokenLimit(const TokenLimit &limit);

    // Webhook signing secrets, one per webhookAdapters() entry ("smsgate", "mysmsgate"), kept
    // in the keychain. webhookSecret() makes and saves one on first use; both hand a new
    // secret to the running API server before resolving, so after a rotation only webhooks
    // signed with the new one are accepted. Unknown adapter: Invalid; no writable keychain:
    // Unavailable, and nothing is written anywhere. In demo mode smsgate is the demo phones'
    // session secret: shown, never rotated (Conflict).
    QFuture<Result<QString>> webhookSecret(const QString &adapter);
    QFuture<Result<QString>> rotateWebhookSecret(const QString &adapter);
    // Why rotateWebhookSecret() would refuse; "" when it can rotate.
    QString webhookRotationBlockedReason(const QString &adapter) const;
    static QStringList webhookAdapters();
    // The webhook a device's adapter posts to ("smsgate-cloud" → "smsgate"); "" when none.
    static QString webhookAdapterFor(const QString &deviceAdapter);

    // This desk's broker intakes (issue 16, point 6): the rows of settings.ini and the live
    // state of each. saveIntake (id 0: a new row) keeps a typed password in the keychain
    // (empty: the kept one stays) and the running engine applies the row at once; Invalid
    // when the row does not make sense, and nothing is written. testIntake connects once
    // with the row as typed (an empty password: the kept one) and says what is there.
    Result<QList<IntakeConfig>> intakes() const;
    QList<IntakeState> intakeStates() const;
    QFuture<Result<IntakeConfig>> saveIntake(const IntakeConfig &config, const QString &password);
    QFuture<Status> removeIntake(int id);
    QFuture<Result<QString>> testIntake(const IntakeConfig &config, const QString &password);

    // Outbound webhooks to the user's own apps (issue 16, point 4; enginefacade_webhooks.cpp).
    // Adding makes the endpoint's signing secret (kept in this desk's keychain) and answers
    // it once; Invalid for a URL webhookUrlProblem() refuses or no event (WebhookEvents bits),
    // Unavailable without a writable keychain. Nothing is written when it fails.
    QFuture<Result<OutboundWebhooks::Created>> addWebhookEndpoint(const QString &url, quint32 events,
                                                                  const QString &description);
    QFuture<Status> removeWebhookEndpoint(const QString &id); // with its deliveries and its secret
    // The delivery is due again now, its attempts counted from 0.
    QFuture<Status> resendWebhook(const QString &endpointId, qint64 deliveryId);
    // Why `url` cannot be an endpoint, in the user's language; "" when it can.
    QString webhookUrlProblem(const QString &url) const;

Q_SIGNALS:
    void messagesChanged(); // any message changed state (coalesced)
    void inboundReceived(const QString &from);
    void devicesChanged();
    void contactsChanged(); // here or on another desk
    void templatesChanged();
    void campaignsChanged(); // one was created, paused, resumed or cancelled, here or on another desk
    void optOutsChanged(); // a number was added to or lifted from the suppression list, here or elsewhere
    void deviceAlert(qint64 deviceId, const QString &text); // offline, paused for credentials
    void messageDied(const QString &to, const QString &reason);
    void dispatchStatusChanged(const smsdesk::DispatchStatus &status);
    void businessSettingsChanged();
    void intakeStatesChanged();
    // Outbound webhook endpoints were added or removed, deliveries queued or resent, or a post
    // recorded (here or on another desk; coalesced): the endpoint list and the logs changed.
    void webhooksChanged();

private:
    void applyIntakes();
    Result<NewMessage> validate(const QString &to, const QString &text) const;
    QFuture<Result<Device>> saveCredentials(const Result<Device> &device, const Credentials &credentials);

    Engine &m_engine;
    std::unique_ptr<StoreReader> m_reader;
    ConnectionTester *m_tester;
    WebhookSecrets *m_webhookSecrets;
    QTimer m_changeTimer;
    QTimer m_webhooksTimer;
};

} // namespace smsdesk
