// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk-gateway-sim: a fake MySMSGate / SMS Gateway for Android over real HTTP on
// loopback, with fault injection (DESIGN §6). The first line on stdout is
// "listening on HOST:PORT", so callers may ask for port 0 and read the real one.

#include "clock.h"
#include "gatewaysimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>
#include <optional>

namespace {

struct Listen
{
    QHostAddress address;
    quint16 port = 0;
};

std::optional<Listen> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (address.isNull())
        return std::nullopt;
    return Listen { address, quint16(port) };
}

bool parseRate(const QCommandLineParser &parser, const QString &name, double *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        std::fprintf(stderr, "--%s must be a number between 0 and 1\n", qPrintable(name));
        return false;
    }
    *out = value;
    return true;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Simulated SMS gateway (MySMSGate and SMS Gateway for Android APIs) for tests and demos.\n"
        "With --api-key K: MySMSGate wants 'Authorization: Bearer K', SMSGate wants Basic user "
        "'sms' password K.\n"
        "Faces: SMSGate local server (/message, /inbox, /webhooks, /settings, /device, /health),\n"
        "SMSGate cloud (/3rdparty/v1/...), MySMSGate (/api/v1/send, /devices, /history).\n"
        "Control: GET /stats, GET /stats/devices, POST /_sim/inbound {\"from\",\"text\",\"device_id\"?,"
        "\"api\"?: \"smsgate\"|\"mysmsgate\",\"sim\"?,\"missed\"?}."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("listen"), QStringLiteral("Loopback address and port (0 = any free)."),
          QStringLiteral("HOST:PORT") },
        { QStringLiteral("api-key"), QStringLiteral("Require this key."), QStringLiteral("K") },
        { QStringLiteral("latency-ms"), QStringLiteral("Delay before every answer."), QStringLiteral("N") },
        { QStringLiteral("fail-rate"), QStringLiteral("Share answered 503."), QStringLiteral("F") },
        { QStringLiteral("throttle-rate"), QStringLiteral("Share answered 429 + Retry-After."),
          QStringLiteral("F") },
        { QStringLiteral("reject-rate"), QStringLiteral("Share of sends answered 400."),
          QStringLiteral("F") },
        { QStringLiteral("deliver-rate"), QStringLiteral("Share later reported delivered (default 1)."),
          QStringLiteral("F") },
        { QStringLiteral("report-delay-ms"),
          QStringLiteral("Accepted → report delay (default max(latency, 200))."), QStringLiteral("N") },
        { QStringLiteral("webhook-url"),
          QStringLiteral("Webhooks already registered to this URL for sms:received/delivered/failed/cancelled "
                         "(and sms:sent with --sent-events); MySMSGate posts its reports here too."),
          QStringLiteral("URL") },
        { QStringLiteral("webhook-secret"),
          QStringLiteral("HMAC key: the SMSGate phones' signing key (PATCH /settings changes it) and "
                         "MySMSGate's (assumed) signing secret."),
          QStringLiteral("S") },
        { QStringLiteral("seed"), QStringLiteral("Random seed for reproducible faults."),
          QStringLiteral("N") },
        { QStringLiteral("sent-events"), QStringLiteral("The --webhook-url presets include sms:sent.") },
        { QStringLiteral("device-id"), QStringLiteral("The SMSGate local phone's id (default sim-phone)."),
          QStringLiteral("ID") },
        { QStringLiteral("cloud-devices"),
          QStringLiteral("Comma-separated phone ids of the SMSGate cloud and MySMSGate account "
                         "(default sim-phone)."),
          QStringLiteral("IDS") },
        { QStringLiteral("sims"), QStringLiteral("SIM cards per phone, 1..3 (default 2)."), QStringLiteral("N") },
        { QStringLiteral("balance"),
          QStringLiteral("MySMSGate credits; sends answer 402 once used up (default unlimited)."),
          QStringLiteral("N") },
        { QStringLiteral("battery"), QStringLiteral("Battery percent in /health (default 87; under 10 fails)."),
          QStringLiteral("N") },
        { QStringLiteral("inbound-rate"), QStringLiteral("Random received SMS per second (default 0)."),
          QStringLiteral("F") },
        { QStringLiteral("inbound-api"),
          QStringLiteral("Where the random SMS arrive: smsgate (default) or mysmsgate."), QStringLiteral("API") },
        { QStringLiteral("insecure-webhooks"),
          QStringLiteral("Like the app's insecure build: plain-http webhooks to any host.") },
    });
}

bool readIntOption(const QCommandLineParser &parser, const QString &name, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        std::fprintf(stderr, "--%s must be a non-negative integer\n", qPrintable(name));
        return false;
    }
    *out = value;
    return true;
}

std::optional<smsdesk::GatewaySimulator::Settings> readSettings(const QCommandLineParser &parser)
{
    smsdesk::GatewaySimulator::Settings s;
    s.apiKey = parser.value(QStringLiteral("api-key"));
    int seed = 0;
    if (!readIntOption(parser, QStringLiteral("latency-ms"), &s.latencyMs)
        || !readIntOption(parser, QStringLiteral("report-delay-ms"), &s.reportDelayMs)
        || !readIntOption(parser, QStringLiteral("seed"), &seed)
        || !parseRate(parser, QStringLiteral("fail-rate"), &s.failRate)
        || !parseRate(parser, QStringLiteral("throttle-rate"), &s.throttleRate)
        || !parseRate(parser, QStringLiteral("reject-rate"), &s.rejectRate)
        || !parseRate(parser, QStringLiteral("deliver-rate"), &s.deliverRate))
        return std::nullopt;
    s.seed = quint32(seed);
    int sims = s.simCount;
    int battery = s.batteryPercent;
    if (!readIntOption(parser, QStringLiteral("sims"), &sims) || !readIntOption(parser, QStringLiteral("battery"), &battery))
        return std::nullopt;
    if (sims < 1 || sims > 3) {
        std::fprintf(stderr, "--sims must be 1, 2 or 3\n");
        return std::nullopt;
    }
    s.simCount = sims;
    s.batteryPercent = battery;
    if (parser.isSet(QStringLiteral("balance"))) {
        bool ok = false;
        s.balance = parser.value(QStringLiteral("balance")).toLongLong(&ok);
        if (!ok || s.balance < -1) {
            std::fprintf(stderr, "--balance must be a number of credits, or -1 for unlimited\n");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("inbound-rate"))) {
        bool ok = false;
        s.inboundRate = parser.value(QStringLiteral("inbound-rate")).toDouble(&ok);
        if (!ok || s.inboundRate < 0.0 || s.inboundRate > 10'000.0) {
            std::fprintf(stderr, "--inbound-rate must be a number of SMS per second (0..10000)\n");
            return std::nullopt;
        }
    }
    const QString inboundApi = parser.value(QStringLiteral("inbound-api"));
    if (inboundApi == QLatin1String("mysmsgate")) {
        s.inboundApi = smsdesk::sim::Api::MySmsGate;
    } else if (!inboundApi.isEmpty() && inboundApi != QLatin1String("smsgate")) {
        std::fprintf(stderr, "--inbound-api is smsgate or mysmsgate\n");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("device-id")))
        s.deviceId = parser.value(QStringLiteral("device-id"));
    if (parser.isSet(QStringLiteral("cloud-devices")))
        s.cloudDeviceIds = parser.value(QStringLiteral("cloud-devices")).split(u',', Qt::SkipEmptyParts);
    s.sentEvents = parser.isSet(QStringLiteral("sent-events"));
    s.insecureBuild = parser.isSet(QStringLiteral("insecure-webhooks"));
    if (s.failRate + s.throttleRate + s.rejectRate > 1.0) {
        std::fprintf(stderr, "fail, throttle and reject rates add up to more than 1\n");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("webhook-url"))) {
        s.webhookUrl = QUrl(parser.value(QStringLiteral("webhook-url")), QUrl::StrictMode);
        s.webhookSecret = parser.value(QStringLiteral("webhook-secret")).toUtf8();
        if (!s.webhookUrl.isValid() || s.webhookUrl.scheme().isEmpty() || s.webhookSecret.isEmpty()) {
            std::fprintf(stderr, "--webhook-url needs a valid http(s) URL and --webhook-secret\n");
            return std::nullopt;
        }
        // Like the phone app: plain-HTTP webhooks only to this machine.
        const bool https = s.webhookUrl.scheme() == QLatin1String("https");
        if (!https && !QHostAddress(s.webhookUrl.host()).isLoopback()
            && s.webhookUrl.host() != QLatin1String("localhost")) {
            std::fprintf(stderr, "--webhook-url: plain http only to a loopback address\n");
            return std::nullopt;
        }
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smsdesk-gateway-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSDESK_VERSION));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    const std::optional<Listen> listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        std::fprintf(stderr, "--listen HOST:PORT is required, e.g. --listen 127.0.0.1:0\n");
        return 2;
    }
    const std::optional<smsdesk::GatewaySimulator::Settings> settings = readSettings(parser);
    if (!settings)
        return 2;
    smsdesk::GatewaySimulator simulator(*settings, smsdesk::SystemClock::instance());
    if (!simulator.listen(listen->address, listen->port)) {
        std::fprintf(stderr, "cannot listen on %s (loopback only)\n",
                     qPrintable(parser.value(QStringLiteral("listen"))));
        return 1;
    }
    const QString host = listen->address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + listen->address.toString() + u']'
        : listen->address.toString();
    std::printf("listening on %s:%u\n", qPrintable(host), unsigned(simulator.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
