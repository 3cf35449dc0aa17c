// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace smsdesk {

class ConversationsPage;
class EngineFacade;
class MainWindow;
class ReadModel;

// Composition helpers for the app's main: each puts a page into the window and wires what
// the page reports (badges, first-run actions) to the frame.
ConversationsPage *installConversationsPage(MainWindow &window, EngineFacade &facade, ReadModel &reader);
// "Try demo mode" restarts the program in demo mode; a failure shows in the window's banner.
void connectDemoRestart(MainWindow &window);

} // namespace smsdesk
