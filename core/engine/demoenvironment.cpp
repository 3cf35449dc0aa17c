// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoenvironment.h"

#include "gatewaysimulator.h"
#include "smssegmenter.h"
#include "storereader.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

namespace smsdesk {

Q_LOGGING_CATEGORY(lcDemo, "smsdesk.demo")

namespace {
constexpr int kPhones = 2;
constexpr int kRecentRecipients = 20;

QString demoDeviceName(int index)
{
    return DemoEnvironment::tr("Demo phone %1").arg(index + 1);
}

QString demoRemoteId(int index)
{
    return QStringLiteral("demo-phone-%1").arg(index + 1);
}

const char *const kReplies[] = {
    QT_TRANSLATE_NOOP("DemoEnvironment", "Thanks, see you then!"),
    QT_TRANSLATE_NOOP("DemoEnvironment", "Can we move it to 3 pm?"),
    QT_TRANSLATE_NOOP("DemoEnvironment", "Got it 👍"),
    QT_TRANSLATE_NOOP("DemoEnvironment", "Is the order ready for pickup?"),
    QT_TRANSLATE_NOOP("DemoEnvironment", "Please call me back when you can."),
};
NewMessage demoMessage(const QString &to, const QString &text)
{
    NewMessage message;
    message.to = to;
    message.text = text;
    const SegmentInfo info = SmsSegmenter::analyze(text);
    message.segments = std::max(1, info.segments);
    message.encoding = info.encoding;
    return message;
}

// The store's answer to a seeding write, which nobody waits for: a failure is logged.
template<typename R>
void logFailure(QFuture<R> future, const char *what)
{
    future.then(QtFuture::Launch::Sync, [what](const R &result) {
        if (!result.ok())
            qCWarning(lcDemo, "the demo could not store %s: %s", what, qPrintable(result.errorString()));
    });
}
} // namespace

QStringList DemoEnvironment::refusedNumbers()
{
    return { QStringLiteral("+14155550190"), QStringLiteral("+14155550191"), QStringLiteral("+14155550192") };
}

QString DemoEnvironment::stopNumber()
{
    return QStringLiteral("+14155550180");
}

QString DemoEnvironment::scheduledNumber()
{
    return QStringLiteral("+14155550181");
}

QStringList DemoEnvironment::campaignNumbers()
{
    QStringList numbers;
    for (int i = 160; i < 168; ++i)
        numbers << QStringLiteral("+14155550%1").arg(i);
    return numbers;
}

DemoEnvironment::DemoEnvironment(QueueStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_replyTimer(this)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_secret = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    connect(&m_replyTimer, &QTimer::timeout, this, &DemoEnvironment::replySomewhere);
}

DemoEnvironment::~DemoEnvironment() = default;

Status DemoEnvironment::start()
{
    StoreReader reader(m_store.config());
    if (Status opened = reader.open(); !opened)
        return opened;
    const Result<QList<Device>> existing = reader.devices();
    if (!existing)
        return existing.error();
    const bool fresh = std::none_of(existing->cbegin(), existing->cend(),
                                    [](const Device &device) { return device.remoteId == demoRemoteId(0); });
    for (int i = 0; i < kPhones; ++i) {
        GatewaySimulator::Settings settings;
        settings.latencyMs = 150 + 150 * i; // a phone on Wi-Fi answers in a few hundred ms
        settings.failRate = 0.04;
        settings.deliverRate = 0.93;
        settings.reportDelayMs = 2'000 + 1'500 * i;
        settings.deviceId = demoRemoteId(i);
        settings.batteryPercent = 82 - 37 * i;
        settings.refusedNumbers = refusedNumbers();
        // No webhook set up on the phones, as on a real phone fresh from the store: replies
        // and delivery reports reach Smsdesk the way they do on a LAN, by polling the phone.
        // Webhooks come when the gateway listener is set up and registers them.
        settings.webhookSecret = m_secret;
        auto phone = std::make_unique<GatewaySimulator>(settings, m_clock);
        if (!phone->listen(QHostAddress::LocalHost, 0))
            return Status::failure(ErrorCode::Unavailable,
                                   tr("The demo phones could not start on 127.0.0.1."));
        connect(phone.get(), &GatewaySimulator::messageAccepted, this,
                [this, i](const QString &gatewayId, const QString &) { rememberRecipient(gatewayId, i); });
        upsertDevice(i, phone->baseUrl(), existing.value());
        m_phones.push_back(std::move(phone));
    }
    m_replyTimer.start(20'000);
    if (fresh)
        seedShowcase();
    return {};
}

void DemoEnvironment::seedShowcase()
{
    QList<NewMessage> messages;
    // Numbers no network takes: each send is refused for good and becomes a dead letter.
    for (const QString &number : refusedNumbers())
        messages << demoMessage(number, tr("Your parcel is waiting for you at the front desk."));
    messages << demoMessage(stopNumber(), tr("Spring sale: 20% off everything this weekend! Reply STOP to opt out."));
    NewMessage later = demoMessage(scheduledNumber(), tr("Reminder: your appointment is tomorrow at 10:00."));
    later.sendAtMs = m_clock.nowMs() + kScheduledInMs;
    messages << later;
    logFailure(m_store.enqueue(EnqueueRequest { messages, std::nullopt }), "its first messages");

    Campaign campaign;
    campaign.name = tr("Weekend opening hours");
    campaign.text = tr("We are open on Saturday and Sunday from 10:00 to 16:00. See you soon!");
    campaign.source = tr("demo customers");
    campaign.startAtMs = m_clock.nowMs();
    campaign.perMinute = 4; // a few a minute, so it stays under way for a while
    QList<NewMessage> recipients;
    for (const QString &number : campaignNumbers())
        recipients << demoMessage(number, campaign.text);
    logFailure(m_store.createCampaign(campaign, recipients), "its campaign");

    // The customer answers the sale with STOP (an opt-out), once the message has reached them.
    QTimer::singleShot(kStopAfterMs, this, [this] {
        if (!m_phones.empty())
            m_phones.front()->injectIncoming(stopNumber(), QStringLiteral("STOP"));
    });
}

// Ports change on every start, so the demo devices are pointed at the phones each time.
void DemoEnvironment::upsertDevice(int index, const QUrl &baseUrl, const QList<Device> &existing)
{
    for (Device device : existing) {
        if (device.remoteId == demoRemoteId(index)) {
            device.baseUrl = baseUrl.toString();
            m_store.updateDevice(device);
            return;
        }
    }
    Device device;
    device.name = demoDeviceName(index);
    device.adapter = QStringLiteral("smsgate");
    device.baseUrl = baseUrl.toString();
    device.remoteId = demoRemoteId(index);
    device.ratePerMinute = 20;
    device.ratePerDay = 400;
    m_store.addDevice(device);
}

void DemoEnvironment::rememberRecipient(const QString &gatewayId, int phone)
{
    const std::optional<sim::SimMessage> message = m_phones[size_t(phone)]->message(gatewayId);
    if (!message)
        return;
    m_recentRecipients.append({ message->to, phone });
    if (m_recentRecipients.size() > kRecentRecipients)
        m_recentRecipients.removeFirst();
}

// Roughly one customer in three answers, a little while after our message.
void DemoEnvironment::replySomewhere()
{
    if (m_recentRecipients.isEmpty() || m_random.bounded(3) != 0)
        return;
    const auto [number, phone]
        = m_recentRecipients.takeAt(int(m_random.bounded(quint32(m_recentRecipients.size()))));
    const char *reply = kReplies[m_random.bounded(quint32(std::size(kReplies)))];
    m_phones[size_t(phone)]->injectIncoming(number, tr(reply));
}

} // namespace smsdesk
