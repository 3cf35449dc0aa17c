// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsinstall.h"

#include "conversationspage.h"
#include "errorbanner.h"
#include "firstrun.h"
#include "mainwindow.h"
#include "threadlistmodel.h"

#include <QCoreApplication>

namespace smsdesk {

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
    return page;
}

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

} // namespace smsdesk
