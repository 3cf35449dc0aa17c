// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk: the desktop application (or, with --headless, the engine alone). The
// composition root: builds the engine, the facade and the window, and wires the pages.
#include "cli.h"
#include "conversationsinstall.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "devicespage.h"
#include "enginefacade.h"
#include "headless.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace {

using namespace smsdesk;

void composeWindow(MainWindow &window, EngineFacade &facade)
{
    ReadModel &reader = facade.readModel(); // every page reads through the facade's one
    auto *dashboard = new DashboardPage(facade, reader);
    QObject::connect(dashboard, &DashboardPage::navigateRequested, &window,
                     [&window](int place) { window.showPlace(MainWindow::Place(place)); });
    window.addPage(MainWindow::Place::Dashboard, dashboard);

    installConversationsPage(window, facade, reader);

    auto *devices = new DevicesPage(facade, reader);
    QObject::connect(devices, &DevicesPage::demoModeRequested, &window, &MainWindow::demoModeRequested);
    window.addPage(MainWindow::Place::Devices, devices);

    auto *deadLetters = new DeadLettersPage(facade, reader);
    QObject::connect(deadLetters, &DeadLettersPage::countChanged, &window,
                     [&window](int count) { window.setBadge(MainWindow::Place::DeadLetters, count); });
    window.addPage(MainWindow::Place::DeadLetters, deadLetters);

    auto *settings = new SettingsPage(facade, reader);
    QObject::connect(settings, &SettingsPage::languageChanged, &window, [&facade](const QString &language) {
        facade.settings().setLanguage(language);
        Translations::install(language);
    });
    window.addPage(MainWindow::Place::Settings, settings);
    QObject::connect(&window, &MainWindow::addPhoneRequested, &window,
                     [&window] { window.showPlace(MainWindow::Place::Devices); });
    connectDemoRestart(window);
}

int runGui(int &argc, char **argv, const CommandLine &cl)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/smsdesk/icons/smsdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.smsdesk.Smsdesk"));
    const Result<Engine::Options> options = engineOptions(cl);
    if (!options) {
        QMessageBox::critical(nullptr, QObject::tr("Smsdesk"), options.errorString());
        return 1;
    }
    Engine engine(options.value());
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
