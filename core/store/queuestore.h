// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "clock.h"
#include "contact.h"
#include "domain.h"
#include "optout.h"
#include "outboundwebhook.h"
#include "randombits.h"
#include "result.h"
#include "retrypolicy.h"
#include "storeconfig.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace smsdesk {

class StoreListener;
class StoreWriter;
namespace rows {
class UuidV7Generator;
}

// Idempotency record of one API request (IETF Idempotency-Key draft): the first answer
// is stored in the same transaction as the messages it created, and replayed verbatim.
struct IdempotencyRecord
{
    qint64 tokenId = 0;
    QString key;
    QByteArray requestHash; // hash of the request body
    int responseStatus = 202;
    QByteArray responseBody; // the answer to replay
};

struct EnqueueRequest
{
    QList<NewMessage> messages;
    std::optional<IdempotencyRecord> idempotency;
    // False for a campaign's: its planner left out the numbers on the opt-out list, and one
    // that opted out since is cancelled by the claim rather than the whole campaign refused.
    bool refuseOptedOut = true;
};

struct EnqueueResult
{
    QList<Message> messages; // as stored (ids filled in)
    bool replayed = false; // the key was seen with the same body: nothing inserted
    int responseStatus = 0; // when replayed: the stored answer
    QByteArray responseBody;
};

// What a lease renewal did: the messages still held by the renewed leases, and their
// new expiry. A message missing from `seqs` is no longer the holder's (recovered, perhaps
// claimed again by another dispatcher) and must not be sent by it.
struct LeaseRenewal
{
    QList<qint64> seqs;
    qint64 expiresAtMs = 0;
};

// What became of one claimed message. Guarded by its lease: an outcome whose lease
// has expired (and perhaps been re-claimed) changes nothing and yields Conflict.
struct SendOutcome
{
    enum class Kind {
        Sent, // gateway accepted it
        Retry, // transient failure: back to queued when the store's retry policy says
        Dead, // permanent failure, or attempts exhausted
        Release, // not attempted (no device free): back to queued, attempt not counted
    };
    Kind kind = Kind::Sent;
    QUuid id;
    qint64 leaseId = 0;
    qint64 deviceId = 0;
    int httpStatus = 0;
    QString error; // for Retry/Dead: what went wrong, readable
    QString gatewayMessageId; // for Sent
    qint64 retryAtMs = 0; // for Release: not before this (a routing wait, not a backoff)
    // For Retry: the attempt that failed (the claim counted it) and how long the gateway
    // asked us to wait (-1: it did not say). The store's RetryPolicy turns them into the
    // time of the next attempt, the one place that decides retry delays.
    int attempt = 0;
    qint64 retryAfterMs = -1;
    // Retry/Release: the request may have reached the gateway (timeout, connection lost
    // after sending, dispatcher stopped mid-request). Kept as Message::inDoubt.
    bool inDoubt = false;
    // Release for quiet hours (issue 15, point 2): the window opens at retryAtMs, read in
    // this zone (QuietBasis); kept on the message so the bubble and the API can say so.
    bool quietHours = false;
    QString quietZone;
    int quietBasis = 0;
    // One for a claimed message's lease, the rest left as they are (tests, benchmarks).
    static SendOutcome of(Kind kind, const QUuid &id, qint64 leaseId, qint64 deviceId, int httpStatus,
                          QString error = {})
    {
        SendOutcome o;
        o.kind = kind;
        o.id = id;
        o.leaseId = leaseId;
        o.deviceId = deviceId;
        o.httpStatus = httpStatus;
        o.error = std::move(error);
        return o;
    }
};

// A new text or time for a message that waits to be sent (a scheduled one).
struct ScheduledEdit
{
    QUuid id;
    QString text;
    int segments = 1;
    QString encoding;
    qint64 sendAtMs = 0; // 0: as soon as possible
};

// One entry a broker intake read (issue 16), as the store takes it: either a valid message or
// what could be read of a bad one, with the raw entry. `key` (the entry's own id, or the
// broker's) under `namespaceId` (a negative number per source: API tokens are positive)
// recognises a redelivery, kept in the idempotency table like an API Idempotency-Key.
struct IntakeItem
{
    qint64 namespaceId = 0;
    QString key;
    QByteArray hash; // of the entry's body: the same key with another body is still a duplicate
    std::optional<NewMessage> message; // valid: queued
    // Not valid: a dead letter with these, the reason, and the raw entry kept whole.
    QString to, text, reason;
    QString source, brokerId;
    QByteArray raw;
};

struct IntakeResult
{
    enum class Kind { Enqueued, Duplicate, Rejected, Retry };
    Kind kind = Kind::Retry;
    QUuid messageId; // the message (or dead letter) stored now or the first time
    QString reason; // Rejected, Retry, and a Duplicate whose body differed
};

enum class ReportEffect { Applied, Duplicate, Ignored /* would move backwards */, NotFound };

struct RequeueRequest
{
    QUuid id;
    std::optional<QString> to; // edited number (E.164)
    std::optional<QString> text; // edited text
    int segments = 0; // with an edited text
    QString encoding;
};

// The only code that writes SQL (DESIGN §2). Owns one writer connection on its own
// thread; every write is a job, and all jobs that arrive while a transaction commits
// are folded into the next one (group commit). A future resolves only after the
// transaction holding its job is durable. Safe to call from any thread.
class QueueStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueStore)

public:
    struct Options
    {
        StoreConfig config;
        // How long a retry waits: after a failed send (SendOutcome::Kind::Retry) and after
        // a phone reports a message failed. The store is the one place that decides it.
        RetryPolicy retryPolicy;
        // The random part of message ids and of lease ids. Securely seeded unless a test
        // gives a sequence of its own; the engine's root passes one explicitly.
        RandomBits random = seededRandomBits();
    };

    QueueStore(const Clock &clock, Options options, QObject *parent = nullptr);
    ~QueueStore() override;

    // Opens the database, checks it, applies migrations. Refuses (Incompatible) a database
    // written by a newer version without touching it; reports a corrupt file clearly.
    Status open();
    void close();
    const StoreConfig &config() const;
    const Clock &clock() const;
    static int schemaVersion(); // the newest migration this build knows

    // Group-commit figures, for tests and benchmarks: transactions committed, jobs in them.
    struct WriterStats
    {
        qint64 transactions = 0;
        qint64 jobs = 0;
        qint64 largestBatch = 0;
    };
    WriterStats writerStats() const;

    // --- outgoing queue ---
    // The one place message ids are minted (time-ordered UUIDs, RFC 9562 v7); enqueue
    // asks it for messages without an id. The API takes one before the commit, so the
    // answer it stores with an Idempotency-Key already names the message. Any thread.
    QUuid newMessageId();
    QFuture<Result<EnqueueResult>> enqueue(EnqueueRequest request);
    // A batch of broker intake entries in one transaction, one result per item in order.
    // Fails as a whole only when the database does (nothing of the batch is stored then).
    QFuture<Result<QList<IntakeResult>>> intake(QList<IntakeItem> items);
    // Leases up to `limit` due messages (priority, then age; never before send_at).
    QFuture<Result<QList<Message>>> claimDue(QString owner, int limit, qint64 leaseMs);
    // One Status per outcome, same order; Conflict for a lost lease.
    QFuture<Result<QList<Status>>> complete(QList<SendOutcome> outcomes);
    QFuture<Result<QList<ReportEffect>>> applyReports(QList<StatusReport> reports);
    // Extends the leases `leaseIds` of `owner` to now + leaseMs for the messages they
    // still hold (a live dispatcher keeps what it works on; only a dead one's leases expire).
    QFuture<Result<LeaseRenewal>> renewLeases(QString owner, QList<qint64> leaseIds, qint64 leaseMs);
    // Returns expired `sending` leases to `queued` (how many), and cancels those of a
    // cancelled campaign's.
    QFuture<Result<int>> recoverExpiredLeases();
    QFuture<Status> cancel(QUuid id); // NotFound, or Conflict unless queued
    // Dead (or cancelled) → queued, attempts reset, id and history kept.
    QFuture<Result<int>> requeue(QList<RequeueRequest> requests);
    QFuture<Result<int>> deleteMessages(QList<QUuid> ids); // only dead or cancelled ones
    // Conflict once a dispatcher has taken it (or it is no longer queued).
    QFuture<Status> editScheduled(ScheduledEdit edit);

    // --- inbound and conversations ---
    // Returns false in the result when gatewayId was seen before (duplicate ignored).
    QFuture<Result<bool>> addInbound(InboundMessage message);
    QFuture<Status> markThreadRead(QString number);

    // --- devices ---
    QFuture<Result<Device>> addDevice(Device device);
    QFuture<Result<Device>> updateDevice(Device device); // all settings fields; not health
    QFuture<Status> updateDeviceHealth(qint64 deviceId, DeviceHealth health);
    QFuture<Status> removeDevice(qint64 deviceId);
    // Several dispatchers on one PostgreSQL queue send through each phone one at a time, so
    // that its budget is counted in one place. Of `wanted` (the phones `owner` can send
    // through: it has their credentials), takes or keeps until now + leaseMs each that is
    // free, held by `owner` already, or whose holder let it run out; lets go of any other it
    // held; returns the ids `owner` now holds. releasePhones gives all up (a graceful stop).
    QFuture<Result<QList<qint64>>> holdPhones(QString owner, QList<qint64> wanted, qint64 leaseMs);
    QFuture<Status> releasePhones(QString owner);
    // True when other stores may share this queue (PostgreSQL).
    bool isShared() const;
    // Blocks until every write submitted before the call has been answered. Answers reach
    // `future.then(receiver, ...)` through a pointer to the receiver that Qt 6.4 asserts is
    // still alive (qfuture_impl.h, QTBUG-112958): an owner calls this after it stopped
    // submitting and before it destroys the receivers, whose posted answers then go with them.
    void waitForSubmittedWrites();

    // --- business settings (BusinessSettings), shared by every desk on the database ---
    // Stores the given keys; the others stay. settingsChanged follows the commit, here and
    // on every other desk.
    QFuture<Status> writeSettings(QHash<QString, QString> values);
    // The rows as last committed by this store or read after another desk's change. Any thread.
    QHash<QString, QString> settings() const;

    // --- contacts and saved texts (issue 14) ---
    // Numbers are E.164 already (the caller normalises them with PhoneNumbers).
    QFuture<Result<Contact>> saveContact(Contact contact); // id 0: a new one
    QFuture<Status> removeContact(qint64 contactId);
    // All or nothing, in one transaction; see ops::importContacts for the merging.
    QFuture<Result<ContactImportResult>> importContacts(QList<Contact> contacts);
    QFuture<Result<SavedTemplate>> saveTemplate(SavedTemplate saved); // id 0: a new one
    QFuture<Status> removeTemplate(qint64 templateId);

    // --- campaigns (issue 14) ---
    // The campaign and its messages in one transaction, all or none: each message at
    // kCampaignPriority (a conversation's reply goes first), due at start + i × 60 s ÷
    // perMinute in list order (start no earlier than now). QueueFull, naming the room left,
    // when the queue cannot take them all. Numbers are E.164 already.
    QFuture<Result<Campaign>> createCampaign(Campaign campaign, QList<NewMessage> messages);
    // Holds every message not sent yet; one on the wire at that moment finishes, and should
    // it come back to the queue it waits too. Conflict once cancelled; pausing twice is fine.
    QFuture<Status> pauseCampaign(qint64 campaignId);
    // Its held messages due again at its pace, from now (or from its start, if later).
    QFuture<Status> resumeCampaign(qint64 campaignId);
    // Cancels what is queued (how many); what is on the wire finishes, and is cancelled
    // should it come back to the queue (by the next claim).
    QFuture<Result<int>> cancelCampaign(qint64 campaignId);

    // --- the suppression list (issue 15) ---
    // An incoming STOP (optOutKeyword) puts its number on the list in addInbound's own
    // transaction, and START lifts it; these are the same by hand. Adding cancels what is
    // queued for the number ("opted out"); what is on the wire finishes, and is cancelled by
    // the claim should it come back. enqueue() refuses a number on the list (OptedOut).
    // Adding a number that is on the list already keeps its first time and source.
    QFuture<Status> addOptOut(OptOut optOut);
    QFuture<Result<bool>> removeOptOut(QString number); // false: it was not on the list

    // --- API tokens and idempotency ---
    // `limit`: the token's own request limit (TokenLimit); none: the machine's default.
    QFuture<Result<ApiToken>> addToken(QString name, QByteArray tokenHash,
                                       std::optional<TokenLimit> limit = std::nullopt);
    QFuture<Status> revokeToken(qint64 tokenId);
    // A new limit of the token's own, or none (back to the default); Invalid for a limit
    // TokenLimit::of refuses, NotFound for no active token with that id. The API server
    // reads it within a second (its token cache), at once when told (Engine).
    QFuture<Status> setTokenLimit(qint64 tokenId, std::optional<TokenLimit> limit);
    QFuture<Result<int>> purgeIdempotency(qint64 olderThanMs);

    // --- outbound webhooks to the user's own apps (issue 16, point 4) ---
    // Every message event, incoming SMS and opt-out an endpoint wants is written to the
    // outbox (webhook_deliveries) in the transaction of the change itself. `endpoint.id` is
    // the caller's (a UUID: its secret is in the credential store under that id first).
    QFuture<Result<WebhookEndpoint>> addWebhookEndpoint(WebhookEndpoint endpoint);
    QFuture<Status> removeWebhookEndpoint(QString endpointId); // with its deliveries and log
    // Leases up to `limit` due deliveries of these endpoints (the ones whose secret the
    // caller holds) for leaseMs, counting an attempt each; on PostgreSQL rows another sender
    // holds are skipped, so several desks never post the same row at once.
    QFuture<Result<QList<WebhookDelivery>>> claimWebhooks(QString owner, QStringList endpointIds, int limit,
                                                          qint64 leaseMs);
    // One Status per outcome (Conflict for a lease lost); each attempt is logged either way.
    QFuture<Result<QList<Status>>> completeWebhooks(QList<WebhookOutcome> outcomes);
    // Due again now with its attempts counted from 0 (NotFound: no such delivery there).
    QFuture<Status> resendWebhook(QString endpointId, qint64 deliveryId);
    // Deletes the deliveries made before olderThanMs that are delivered or failed, with their
    // log; the number deleted.
    QFuture<Result<int>> purgeWebhooks(qint64 olderThanMs);

Q_SIGNALS:
    // Emitted from the writer thread after commit (connect with a context object). On a
    // shared PostgreSQL database the same signals also tell what another desk's store
    // committed (StoreListener, from the thread that opened this store), except
    // messageDied: another desk's dead letter is messageDiedElsewhere (so that what counts
    // this desk's own, a metric, does not count it twice).
    void messagesEnqueued(int count);
    void messagesChanged();
    void inboundReceived(const QString &from);
    void devicesChanged();
    // Messages were put back in the queue by a phone's failure report or a requeue from
    // the dead letters: the dispatcher looks when they are due.
    void messagesRequeued();
    // A message became a dead letter (permanent failure, or its attempts ran out, whoever
    // found out): emitted once that is durable. The store alone decides it and words it.
    void messageDied(const QString &to, const QString &reason, const QUuid &id);
    void messageDiedElsewhere(const QString &to, const QString &reason, const QUuid &id);
    // The business settings changed (here or on another desk); settings() has them already,
    // and so has the store's own retry policy.
    void settingsChanged();
    void contactsChanged();
    void templatesChanged();
    void campaignsChanged(); // one was created, paused, resumed or cancelled
    // A number was added to or lifted from the suppression list, by a customer's STOP or
    // START or by hand (issue 15).
    void optOutsChanged();
    // Outbound webhooks: endpoints were added or removed (here or on another desk), and
    // deliveries were queued or resent (a sender looks for due ones).
    void webhookEndpointsChanged();
    void webhooksQueued();

private:
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<rows::UuidV7Generator> m_ids;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreListener> m_listener; // PostgreSQL: what the other desks committed
};

} // namespace smsdesk
