// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace smsdesk {

class ChatModel;
class ChatView;
class Composer;
class OptOutBar;
class EmptyState;
class MessageSearchList;
class EngineFacade;
class ErrorBanner;
class NewConversationBar;
class ReadModel;
class ThreadListModel;

// The Conversations place: thread list with search on the left, the open thread as chat
// bubbles with a composer on the right. Reads through the ReadModel it is given (GUI thread,
// paged); every change goes through the EngineFacade and comes back as its signals.
class ConversationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsPage)

public:
    ConversationsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~ConversationsPage() override;

    void openThread(const QString &number);
    QString currentNumber() const { return m_number; }
    void startNewConversation();
    void focusSearch();
    // A search hit: the number's conversation, scrolled to the message and marked.
    void openMessage(const QString &number, const QString &key, qint64 atMs, const QStringList &words);

    ThreadListModel *threadModel() const { return m_threads; }
    ChatModel *chatModel() const { return m_chat; }
    ChatView *chatView() const { return m_chatView; }
    Composer *composer() const { return m_composer; }
    OptOutBar *optOutBar() const { return m_optOutBar; }
    QListView *threadView() const { return m_threadView; }
    QLineEdit *searchField() const { return m_search; }
    MessageSearchList *messageSearch() const { return m_messageSearch; }
    QToolButton *exportButton() const { return m_export; } // every conversation
    QToolButton *exportThreadButton() const { return m_exportThread; } // the open one
    QToolButton *composeButton() const { return m_compose; }
    NewConversationBar *newConversationBar() const { return m_newBar; }
    QLabel *headerTitle() const { return m_title; }
    QToolButton *contactButton() const { return m_contactButton; }
    QToolButton *scheduledButton() const { return m_scheduledButton; }
    // Everything scheduled, to open, edit or cancel (the header's Scheduled button).
    void showScheduled();
    QLabel *headerSubtitle() const { return m_subtitle; }
    ErrorBanner *banner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    void addPhoneRequested();
    void demoRequested();
    void unreadThreadsChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildThreadList();
    QWidget *buildThreadPane();
    void buildEmptyState();
    void connectFacade();
    void scheduleRefresh();
    void refreshNow();
    void reloadDevices();
    void reloadSavedTexts();
    // The open thread's fields for saved texts: its contact's names and fields, or only the number.
    void updateRecipientFields();
    void editContact(); // the open thread's, or a new one with its number
    void updateEmptyState();
    void updateHeader();
    void send(const QString &text, qint64 deviceId, int sim, qint64 sendAtMs = 0, bool urgent = false);
    void sendLater(const QString &text, qint64 deviceId, int sim); // asks when (ScheduleDialog)
    void editScheduled(const QModelIndex &index);
    void cancelScheduled(const QModelIndex &index);
    void retry(const QModelIndex &index);
    void showError(const QString &text);

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ThreadListModel *m_threads = nullptr;
    ChatModel *m_chat = nullptr;
    QList<Device> m_devices;
    QString m_number;

    QLineEdit *m_search = nullptr;
    QToolButton *m_compose = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_exportThread = nullptr;
    MessageSearchList *m_messageSearch = nullptr;
    QListView *m_threadView = nullptr;
    QLabel *m_noMatches = nullptr;
    QStackedWidget *m_right = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_threadPane = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_contactButton = nullptr; // Add contact / Edit contact
    QToolButton *m_scheduledButton = nullptr; // the list of everything scheduled
    ErrorBanner *m_banner = nullptr;
    NewConversationBar *m_newBar = nullptr;
    ChatView *m_chatView = nullptr;
    Composer *m_composer = nullptr;
    OptOutBar *m_optOutBar = nullptr;
    QTimer *m_refreshTimer = nullptr;
    int m_emptyMode = -1;
};

} // namespace smsdesk
