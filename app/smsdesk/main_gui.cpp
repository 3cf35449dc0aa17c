// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk: the desktop application (or, with --headless, the engine alone, headless.cpp).
// The composition root of the desktop application: the clock and the secrets, the engine
// (which composes its threads: Engine, EngineWorker, DispatchStack), the facade, and the
// window (composeWindow, ui/frame/windowcomposition.cpp).
#include "cli.h"
#include "enginefacade.h"
#include "headless.h"
#include "mainwindow.h"
#include "translations.h"
#include "windowcomposition.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace {

using namespace smsdesk;

int runGui(int &argc, char **argv, const CommandLine &cl)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/smsdesk/icons/smsdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.smsdesk.Smsdesk"));
    const Result<EngineSetup> setup = engineSetup(cl);
    if (!setup) {
        QMessageBox::critical(nullptr, QObject::tr("Smsdesk"), setup.errorString());
        return 1;
    }
    const SystemClock clock;
    Engine engine(clock, *setup->credentials, setup->options);
    if (Status started = engine.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("Smsdesk cannot start"), started.errorString());
        return 1;
    }
    Translations::install(engine.settings().language());
    EngineFacade facade(engine);
    MainWindow window(facade, facade.readModel());
    composeWindow(window, facade);
    window.restoreWindowState();
    window.show();
    const int code = app.exec();
    window.saveWindowState();
    engine.stop();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    return smsdesk::runSmsdesk(
        argc, argv, [&argc, argv](const smsdesk::CommandLine &cl) { return runGui(argc, argv, cl); });
}
