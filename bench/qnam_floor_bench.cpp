// SPDX-License-Identifier: GPL-3.0-or-later
// The floor under dispatch_bench (issue 17): what QNetworkAccessManager alone costs per send,
// as the dispatcher uses it, with no store and no dispatcher. The MySMSGate adapter builds
// each request and classifies each answer; SenderPool sends them over its managers with a
// fixed number in flight to smsdesk-refgateway (plain C, no Qt) on loopback. Prints sends per
// second and the CPU of this process per send (getrusage: every thread, user and system
// apart), so dispatch_bench's CPU per message can be read against what Qt's HTTP client needs
// at least on this machine at this moment (as sqlite_floor_bench is for the store).
//
//   qnam_floor_bench [--count N] [--inflight N] [--managers N] [--latency-ms N]
#include "benchloop.h"
#include "mysmsgateadapter.h"
#include "senderpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QUrl>
#include <QUuid>

#include <cstdio>

#include <sys/resource.h>

using namespace smsdesk;

namespace {

double cpuUs(const rusage &u, bool user)
{
    const timeval &t = user ? u.ru_utime : u.ru_stime;
    return double(t.tv_sec) * 1e6 + double(t.tv_usec);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Sends (20000)."), QStringLiteral("N"),
                                         QStringLiteral("20000"));
    const QCommandLineOption inflightOption(QStringLiteral("inflight"), QStringLiteral("In flight (64)."),
                                            QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption managersOption(QStringLiteral("managers"), QStringLiteral("Managers (11)."),
                                            QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Gateway latency (0)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ countOption, inflightOption, managersOption, latencyOption });
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int inflight = parser.value(inflightOption).toInt();
    const int managers = parser.value(managersOption).toInt();
    if (count < 1 || inflight < 1 || managers < 1) {
        std::fprintf(stderr, "qnam_floor_bench: --count, --inflight and --managers must be at least 1\n");
        return 2;
    }

    QProcess gateway;
    gateway.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gateway.start(QCoreApplication::applicationDirPath() + QStringLiteral("/smsdesk-refgateway"),
                  { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--latency-ms"),
                    parser.value(latencyOption) });
    if (!gateway.waitForStarted(5'000) || !bench::spinUntil([&] { return gateway.canReadLine(); }, 5'000)) {
        std::fprintf(stderr, "qnam_floor_bench: smsdesk-refgateway did not start\n");
        return 1;
    }
    const QByteArray line = gateway.readLine().trimmed(); // "listening on 127.0.0.1:PORT"
    const QString address = QStringLiteral("http://") + QString::fromLatin1(line.mid(line.lastIndexOf(' ') + 1));

    const MySmsGateAdapter adapter;
    Device device;
    device.id = 1;
    device.adapter = QString::fromLatin1(MySmsGateAdapter::kName);
    device.baseUrl = address;
    device.remoteId = QStringLiteral("1");
    Credentials credentials;
    credentials.apiKey = QStringLiteral("bench-key");
    Message message;
    message.to = QStringLiteral("+4915112345678");
    message.text = QStringLiteral("Your table is ready. See you soon!");
    message.segments = 1;

    SenderPool pool(managers, 30'000);
    int started = 0, answered = 0, refused = 0;
    bool chaining = false; // each answer sends the next one (the measured phase)
    const auto sendNext = [&] {
        message.id = QUuid::createUuid();
        pool.send(quint64(started++), adapter.sendRequest(message, device, credentials));
    };
    pool.setReplyHandler([&](quint64, GatewayReply &&reply) {
        ++answered;
        if (adapter.classifySend(reply).kind != SendResult::Kind::Accepted)
            ++refused;
        if (chaining && started < count)
            sendNext();
    });

    // A first round opens the connections; the measured one starts warm.
    const int warm = std::min(inflight, count);
    for (int i = 0; i < warm; ++i)
        sendNext();
    bench::spinUntil([&] { return answered >= warm; }, 60'000);
    started = answered = refused = 0;
    chaining = true;

    rusage before {}, after {};
    ::getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < std::min(inflight, count); ++i)
        sendNext();
    if (!bench::spinUntil([&] { return answered >= count; }, 600'000)) {
        std::fprintf(stderr, "qnam_floor_bench: only %d of %d answered\n", answered, count);
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    ::getrusage(RUSAGE_SELF, &after);
    const double user = (cpuUs(after, true) - cpuUs(before, true)) / count;
    const double sys = (cpuUs(after, false) - cpuUs(before, false)) / count;
    std::printf("qnam_floor_bench: %d sends, %d in flight, %d managers, gateway %s ms: %.0f sends/s; "
                "CPU per send user %.1f + sys %.1f = %.1f us (this process: SenderPool, QNAM and its "
                "threads, the adapter); %d not accepted\n",
                count, inflight, managers, qPrintable(parser.value(latencyOption)), count / seconds, user, sys,
                user + sys, refused);
    gateway.terminate();
    gateway.waitForFinished(3'000);
    return refused == 0 ? 0 : 1;
}
