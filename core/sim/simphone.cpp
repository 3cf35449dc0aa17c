// SPDX-License-Identifier: GPL-3.0-or-later
// What the simulated phones do with messages after they are accepted, and with SMS they
// receive: the state machine of capcom6/android-sms-gateway modules/messages/MessagesService.kt,
// the webhook events of modules/webhooks/EventsReceiver.kt, and the receive path of
// modules/receiver/ReceiverService.kt.
#include "gatewaysimulator.h"

#include "simhooks.h"
#include "simjson.h"
#include "simledger.h"
#include "webhooksender.h"

#include <QUuid>

#include <cmath>

namespace smsdesk {

using namespace smsdesk::sim;

namespace {

// MessagesService.resultToErrorMessage for the radio's generic failure, as processStateIntent
// reports a failed ACTION_SENT.
const char kSendFailure[] = "Send result: RESULT_ERROR_GENERIC_FAILURE (Generic failure cause)";

} // namespace

int GatewaySimulator::reportDelayMs() const
{
    return m_settings.reportDelayMs >= 0 ? m_settings.reportDelayMs : std::max(m_settings.latencyMs, 200);
}

bool GatewaySimulator::isSmsGatePhone(const QString &id) const
{
    return id == m_settings.deviceId || m_settings.cloudDeviceIds.contains(id);
}

// Pending → Processed at a quarter of the report delay, Sent at half, Delivered or Failed
// at the full delay; a scheduled message starts at its scheduleAt.
void GatewaySimulator::scheduleNext(qint64 index)
{
    const SimMessage &m = m_ledger->at(index);
    const int d = reportDelayMs();
    qint64 delay = 0;
    if (m.state == MessageState::Pending)
        delay = d / 4 + std::max<qint64>(0, m.scheduleAtMs - nowMs());
    else if (m.state == MessageState::Processed)
        delay = m.willFail ? d - d / 4 : d / 2 - d / 4;
    else
        delay = d - d / 2;
    const qint64 due = m_uptime.elapsed() + delay;
    m_ledger->schedule(due, index);
    // Re-arming a QTimer for each of thousands of sends per second is waste: only when
    // this step is due before the one the timer waits for.
    if (!m_reportTimer.isActive() || due < m_armedForMs)
        armReportTimer();
}

void GatewaySimulator::armReportTimer()
{
    const std::optional<qint64> next = m_ledger->nextDueMs();
    if (!next) {
        m_reportTimer.stop();
        return;
    }
    m_armedForMs = *next;
    m_reportTimer.start(int(std::clamp<qint64>(*next - m_uptime.elapsed(), 0, 24 * 3600 * 1000)));
}

void GatewaySimulator::produceDueReports()
{
    if (!isListening()) {
        // A phone that is switched off reports nothing; its reports come once it is back.
        m_reportTimer.start(250);
        return;
    }
    const qint64 now = m_uptime.elapsed();
    while (const std::optional<qint64> index = m_ledger->takeDue(now))
        advance(*index);
    armReportTimer();
}

void GatewaySimulator::flushReports()
{
    while (const std::optional<qint64> index = m_ledger->takeDue(std::numeric_limits<qint64>::max()))
        advance(*index);
    armReportTimer();
}

void GatewaySimulator::enterState(SimMessage &m, MessageState state)
{
    m.state = state;
    qint64 &at = m.stateAtMs[size_t(state)];
    if (at == 0)
        at = nowMs();
}

// One step of MessagesService.sendMessage / processStateIntent.
void GatewaySimulator::advance(qint64 index)
{
    SimMessage &m = m_ledger->at(index);
    const bool smsGate = m.api != Api::MySmsGate;
    switch (m.state) {
    case MessageState::Pending:
        if (m.validUntilMs > 0 && nowMs() > m.validUntilMs) {
            m.error = QStringLiteral("TTL expired");
            finish(m, false);
            return;
        }
        if (m.sim > m_settings.simCount) { // getSmsManager: "SIM n not found"
            m.error = QStringLiteral("Can't send message: SIM %1 not found").arg(m.sim);
            finish(m, false);
            return;
        }
        if (m.sim > 0)
            m.simUsed = m.sim;
        else if (!smsGate) // MySMSGate: the device's default_sim_slot (0)
            m.simUsed = 1;
        else if (m_simSelectionMode == QLatin1String("RoundRobin"))
            m.simUsed = int(m.sequence % m_settings.simCount) + 1;
        else if (m_simSelectionMode == QLatin1String("Random"))
            m.simUsed = int(m_random.bounded(m_settings.simCount)) + 1;
        if (smsGate && !m.skipPhoneValidation) {
            // PhoneHelper.filterPhoneNumber throws, sendSMS reports "sendSMS: " + its message.
            for (const QString &number : std::as_const(m.recipients)) {
                if (!plausibleNumber(number)) {
                    m.error = QStringLiteral("sendSMS: Invalid phone number");
                    finish(m, false);
                    return;
                }
            }
        }
        enterState(m, MessageState::Processed);
        scheduleNext(index);
        return;
    case MessageState::Processed:
        if (m.willFail) {
            m.error = QLatin1String(kSendFailure);
            finish(m, false);
            return;
        }
        m.willFail = m_random.generateDouble() >= m_settings.deliverRate;
        if (!m.willFail) {
            enterState(m, MessageState::Sent);
            if (smsGate)
                postStatusWebhooks(m, QStringLiteral("sms:sent"));
            if (!m.withDeliveryReport) {
                m.finalAtMs = nowMs();
                return;
            }
        }
        scheduleNext(index);
        return;
    case MessageState::Sent:
        if (m.withDeliveryReport)
            finish(m, true);
        return;
    default:
        return; // final, or cancelled meanwhile
    }
}

void GatewaySimulator::finish(SimMessage &m, bool delivered)
{
    m.finalAtMs = nowMs();
    enterState(m, delivered ? MessageState::Delivered : MessageState::Failed);
    m_ledger->noteOutcome(m.finalAtMs, !delivered);
    if (delivered) {
        ++m_ledger->stats().deliveredReports;
    } else {
        ++m_ledger->stats().failedReports;
        if (m.api == Api::MySmsGate && m_balance >= 0)
            ++m_balance; // "only pay for successful deliveries" (mysmsgate.net blog): refunded
    }
    if (m.api == Api::MySmsGate) {
        if (m_webhooks->enabled())
            m_webhooks->post(Signing::StandardWebhooks, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                             mySmsGateStatusBody(m, m.finalAtMs));
    } else if (delivered) {
        // docs features/webhooks.md "Multipart Message Behavior": sms:delivered comes once
        // for each part (each part's delivery intent calls updateState).
        postStatusWebhooks(m, QStringLiteral("sms:delivered"), m.segments);
    } else {
        postStatusWebhooks(m, QStringLiteral("sms:failed"));
    }
    Q_EMIT reportProduced(m.gatewayId, delivered);
}

void GatewaySimulator::cancelMessage(SimMessage &m)
{
    m.finalAtMs = nowMs();
    enterState(m, MessageState::Cancelled);
    if (m.api != Api::MySmsGate)
        postStatusWebhooks(m, QStringLiteral("sms:cancelled"));
}

void GatewaySimulator::emitSmsGate(const QString &phoneId, const QString &event, const QJsonObject &payload)
{
    const QList<WebhookTarget> targets
        = m_hooks->targets(event, phoneId, m_settings.deviceId, m_settings.cloudDeviceIds);
    for (const WebhookTarget &t : targets) {
        const QByteArray eventId = newNanoId().toLatin1();
        m_webhooks->post(t.url, m_signingKey, Signing::SmsGate, eventId,
                         smsGateEventBody(t.envelopeDeviceId, event, QString::fromLatin1(eventId), payload,
                                          t.webhookId));
    }
}

// EventsReceiver (webhooks): one event per recipient of the message.
void GatewaySimulator::postStatusWebhooks(const SimMessage &m, const QString &event, int times)
{
    const QList<SimCard> cards = simulatedSimCards(m_settings.simCount);
    const QString sender = m.simUsed > 0 && m.simUsed <= cards.size() ? cards.at(m.simUsed - 1).phoneNumber
                                                                       : QString();
    for (const QString &recipient : m.recipients) {
        const QJsonObject payload = smsGateStatusPayload(m, event, recipient, sender, nowMs());
        for (int i = 0; i < times; ++i)
            emitSmsGate(m.deviceKey, event, payload);
    }
}

InboundSms GatewaySimulator::receive(const Inbound &inbound, bool *stored)
{
    bool dummy = false;
    bool &took = stored ? *stored : dummy;
    took = false;
    InboundSms sms;
    sms.from = inbound.from;
    sms.text = inbound.text;
    sms.sim = std::clamp(inbound.sim, 1, m_settings.simCount);
    sms.atMs = nowMs() / 1000 * 1000; // the SMSC time stamp has whole seconds
    if (inbound.api == Api::MySmsGate) {
        sms.api = Api::MySmsGate;
        sms.deviceId = inbound.deviceId.isEmpty() ? m_settings.cloudDeviceIds.value(0, m_settings.deviceId)
                                                  : inbound.deviceId;
        sms.inboxId = QString::number(m_ledger->nextMySmsGateId());
        sms.messageId = sms.inboxId;
        m_ledger->addToInbox(sms);
        took = true;
        if (m_webhooks->enabled()) // the MySMSGate inbound webhook: an assumption, undocumented
            m_webhooks->post(Signing::StandardWebhooks, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                             mySmsGateInboundBody(sms));
        return sms;
    }
    sms.api = Api::SmsGateLocal;
    sms.deviceId = inbound.deviceId.isEmpty() ? m_settings.deviceId : inbound.deviceId;
    // The subscription id is taken to be the SIM number (Android numbers them from 1).
    const qint32 hash = javaInboxHash(sms.from, sms.atMs, sms.sim, sms.text);
    sms.inboxId = QStringLiteral("text:") + QString::number(hash);
    sms.messageId = QString::number(quint32(hash), 16);
    m_ledger->addToProvider(sms);
    // MessagesReceiver only runs while the app does: an SMS arriving while it is down is
    // only in the SMS app, until POST /inbox/refresh or /messages/inbox/export picks it up.
    if (!inbound.missedByApp && isListening())
        took = processInbound(sms, true);
    return sms;
}

// ReceiverService.process: an SMS already in the app's inbox (same content-derived id) is
// skipped entirely, webhooks included.
bool GatewaySimulator::processInbound(const InboundSms &sms, bool triggerWebhooks)
{
    if (m_ledger->inInbox(sms.deviceId, sms.inboxId))
        return false;
    m_ledger->addToInbox(sms);
    if (!triggerWebhooks)
        return true;
    const QList<SimCard> cards = simulatedSimCards(m_settings.simCount);
    const QString recipient = sms.sim <= cards.size() ? cards.at(sms.sim - 1).phoneNumber : QString();
    emitSmsGate(sms.deviceId, QStringLiteral("sms:received"), smsGateReceivedPayload(sms, recipient));
    return true;
}

// ReceiverService.export: the SMS app's messages of the period, oldest first, processed.
void GatewaySimulator::refreshInbox(const QString &phoneId, qint64 sinceMs, qint64 untilMs, bool triggerWebhooks)
{
    std::vector<InboundSms> period;
    for (const InboundSms &sms : m_ledger->provider()) {
        if (sms.deviceId == phoneId && sms.atMs >= sinceMs && sms.atMs <= untilMs)
            period.push_back(sms);
    }
    std::stable_sort(period.begin(), period.end(),
                     [](const InboundSms &a, const InboundSms &b) { return a.atMs < b.atMs; });
    for (const InboundSms &sms : period)
        processInbound(sms, triggerWebhooks);
}

QString GatewaySimulator::injectIncoming(const QString &from, const QString &text, Api api)
{
    Inbound inbound;
    inbound.from = from;
    inbound.text = text;
    inbound.api = api;
    return receive(inbound).messageId;
}

void GatewaySimulator::armInboundTimer()
{
    if (m_settings.inboundRate <= 0.0 || m_port == 0) {
        m_inboundTimer.stop();
        return;
    }
    // Exponential gaps: a Poisson stream of the asked rate.
    const double u = std::max(1e-9, 1.0 - QRandomGenerator::global()->generateDouble());
    const double gapMs = -std::log(u) * 1000.0 / m_settings.inboundRate;
    m_inboundTimer.start(int(std::clamp(gapMs, 0.0, 3'600'000.0)));
}

void GatewaySimulator::receiveRandomSms()
{
    static const char *const texts[] = { "Yes, that works for me", "STOP", "Can you call me back?",
                                         "Thanks!", "Is my order ready?", "See you tomorrow 👍" };
    QRandomGenerator *random = QRandomGenerator::global();
    Inbound inbound;
    inbound.from = QStringLiteral("+1555%1").arg(random->bounded(1'000'000, 9'999'999));
    inbound.text = QString::fromUtf8(texts[random->bounded(int(std::size(texts)))]);
    inbound.api = m_settings.inboundApi;
    inbound.sim = int(random->bounded(m_settings.simCount)) + 1;
    receive(inbound);
    armInboundTimer();
}

} // namespace smsdesk
