// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcomposition.h"

#include "campaignspage.h"
#include "contactspage.h"
#include "conversationspage.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "devicespage.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "firstrun.h"
#include "mainwindow.h"
#include "notifications.h"
#include "settingspage.h"
#include "threadlistmodel.h"
#include "translations.h"

#include <QCoreApplication>

namespace smsdesk {

namespace {

// "Try demo mode" restarts the program in demo mode; a failure shows in the window's banner.
void connectDemoRestart(MainWindow &window)
{
    QObject::connect(&window, &MainWindow::demoModeRequested, &window, [&window] {
        QString error;
        if (!startDemoInstance(&error)) {
            window.banner()->showMessage(error);
            return;
        }
        window.close();
        QCoreApplication::quit();
    });
}

} // namespace

void composeWindow(MainWindow &window, EngineFacade &facade)
{
    ReadModel &reader = facade.readModel(); // every page reads through the facade's one
    static_assert(int(DashboardPage::Campaigns) == int(MainWindow::Place::Campaigns)
                  && int(DashboardPage::Devices) == int(MainWindow::Place::Devices)
                  && int(DashboardPage::DeadLetters) == int(MainWindow::Place::DeadLetters)
                  && int(DashboardPage::Settings) == int(MainWindow::Place::Settings));
    auto *dashboard = new DashboardPage(facade, reader);
    QObject::connect(dashboard, &DashboardPage::navigateRequested, &window,
                     [&window](int place) { window.showPlace(MainWindow::Place(place)); });
    window.addPage(MainWindow::Place::Dashboard, dashboard);

    installConversationsPage(window, facade, reader);
    window.addPage(MainWindow::Place::Contacts, new ContactsPage(facade, reader));
    window.addPage(MainWindow::Place::Campaigns, new CampaignsPage(facade, reader));

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

ConversationsPage *installConversationsPage(MainWindow &window, EngineFacade &facade, ReadModel &reader)
{
    auto *page = new ConversationsPage(facade, reader, &window);
    window.addPage(MainWindow::Place::Conversations, page);
    QObject::connect(page, &ConversationsPage::unreadThreadsChanged, &window,
                     [&window](int count) { window.setBadge(MainWindow::Place::Conversations, count); });
    QObject::connect(page, &ConversationsPage::addPhoneRequested, &window, &MainWindow::addPhoneRequested);
    QObject::connect(page, &ConversationsPage::demoRequested, &window, &MainWindow::demoModeRequested);
    // The first page loaded in the constructor, before this connection existed.
    window.setBadge(MainWindow::Place::Conversations, page->threadModel()->unreadThreads());
    // A desktop notification for every received SMS, but for the conversation being read.
    new IncomingNotifications(window, facade, reader, *page);
    return page;
}

} // namespace smsdesk
