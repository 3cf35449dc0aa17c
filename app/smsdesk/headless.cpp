// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "engine.h"
#include "filecredentialstore.h"
#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace smsdesk {

namespace {

int g_signalPipe[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

// Turns SIGINT/SIGTERM into a clean QCoreApplication::quit() (the self-pipe trick).
bool installQuitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

Result<EngineSetup> engineSetup(const CommandLine &cl)
{
    EngineSetup setup;
    Engine::Options &options = setup.options;
    options.dataDir = cl.dataDir;
    options.databaseUrl = cl.databaseUrl;
    options.listen = cl.listen;
    options.gatewayListen = cl.gatewayListen;
    options.gatewayCertificate = cl.gatewayCert;
    options.gatewayKey = cl.gatewayKey;
    options.gatewayUrl = cl.gatewayUrl;
    options.demo = cl.demo;
    options.startDispatcher = !cl.viewer;
    if (cl.credentialsFile.isEmpty()) {
        setup.credentials = std::make_shared<KeychainCredentialStore>();
        return setup;
    }
    auto file = FileCredentialStore::load(cl.credentialsFile);
    if (!file)
        return file.error();
    setup.credentials = file.value();
    return setup;
}

int runHeadless(int argc, char **argv, const CommandLine &cl)
{
    QCoreApplication app(argc, argv);
    if (!installQuitOnSignals(app)) {
        std::fprintf(stderr, "smsdesk: cannot install signal handlers\n");
        return 1;
    }
    // The composition root of the headless engine: the clock, the secrets and the engine.
    const Result<EngineSetup> setup = engineSetup(cl);
    if (!setup) {
        std::fprintf(stderr, "smsdesk: %s\n", qPrintable(setup.errorString()));
        return 1;
    }
    const SystemClock clock;
    Engine engine(clock, *setup->credentials, setup->options);
    if (Status started = engine.start(); !started) {
        std::fprintf(stderr, "smsdesk: %s\n", qPrintable(started.errorString()));
        return 1;
    }
    QObject::connect(&engine, &Engine::deviceAlert, &app, [](qint64 deviceId, const QString &text) {
        std::fprintf(stderr, "smsdesk: device %lld: %s\n", static_cast<long long>(deviceId),
                     qPrintable(text));
    });
    std::printf("smsdesk %s running; data in %s%s%s\n", SMSDESK_VERSION, qPrintable(engine.dataDir()),
                engine.apiAddress().isEmpty() ? "" : "; API on http://", qPrintable(engine.apiAddress()));
    if (!setup->options.startDispatcher)
        std::printf("viewer desk: nothing is sent from here; another desk's dispatcher sends\n");
    if (!engine.gatewayUrl().isEmpty())
        std::printf("gateway webhooks on %s/webhooks/{adapter}\n", qPrintable(engine.gatewayUrl()));
    std::fflush(stdout);
    const int code = app.exec();
    engine.stop();
    std::printf("smsdesk stopped\n");
    return code;
}

} // namespace smsdesk
