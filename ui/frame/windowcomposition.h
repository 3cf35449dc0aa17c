// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace smsdesk {

class ConversationsPage;
class EngineFacade;
class MainWindow;
class ReadModel;

// The window's composition, in one place: every page, given the facade and the facade's
// read model, and what each page reports (badges, navigation, first-run actions, the
// language) wired to the frame. The app's main (app/smsdesk/main_gui.cpp) and ui_bench
// call it; tests that want the frame with one page call installConversationsPage.
void composeWindow(MainWindow &window, EngineFacade &facade);
ConversationsPage *installConversationsPage(MainWindow &window, EngineFacade &facade, ReadModel &reader);

} // namespace smsdesk
