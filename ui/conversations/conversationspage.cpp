// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationspage.h"

#include "chatmodel.h"
#include "chatview.h"
#include "composer.h"
#include "contactdialog.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "historyexportdialog.h"
#include "messagesearchlist.h"
#include "messagetemplate.h"
#include "newconversationbar.h"
#include "optoutbar.h"
#include "readmodel.h"
#include "scheduledialog.h"
#include "scheduledlistdialog.h"
#include "theme.h"
#include "thenifalive.h"
#include "threaddelegate.h"
#include "threadlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

ChatItem chatItemOf(const Message &message)
{
    ChatItem item;
    item.outgoing = true;
    item.id = message.id;
    item.text = message.text;
    item.atMs = message.createdAtMs;
    item.status = message.status;
    item.attempts = message.attempts;
    item.lastError = message.lastError;
    item.deviceId = message.sentDeviceId != 0 ? message.sentDeviceId : message.deviceId;
    item.segments = message.segments;
    item.sendAtMs = message.sendAtMs;
    item.urgent = message.urgent;
    return item;
}

} // namespace

ConversationsPage::ConversationsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_refreshTimer(new QTimer(this))
{
    m_banner = new ErrorBanner(this);
    const Status opened = m_reader.open();
    m_threads = new ThreadListModel(m_reader, facade.phoneNumbers(), this);
    m_chat = new ChatModel(m_reader, this);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildThreadList());
    m_right = new QStackedWidget(splitter);
    buildEmptyState();
    m_right->addWidget(m_empty);
    m_right->addWidget(buildThreadPane());
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 620 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(30);
    connect(m_refreshTimer, &QTimer::timeout, this, &ConversationsPage::refreshNow);
    connect(m_threads, &ThreadListModel::unreadThreadsChanged, this,
            &ConversationsPage::unreadThreadsChanged);
    connect(m_threads, &ThreadListModel::loadFailed, this, &ConversationsPage::showError);
    connect(m_chat, &ChatModel::loadFailed, this, &ConversationsPage::showError);
    connectFacade();
    retranslate();
    if (!opened) {
        showError(tr("Cannot read the message history: %1").arg(opened.errorString()));
        return;
    }
    reloadDevices();
    reloadSavedTexts();
    m_threads->reload();
    updateEmptyState();
}

ConversationsPage::~ConversationsPage() = default;

// Every fixed text is set here, so a language switch (QEvent::LanguageChange) reaches it.
void ConversationsPage::retranslate()
{
    setAccessibleName(tr("Conversations"));
    m_search->setPlaceholderText(tr("Search number or text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_compose->setToolTip(tr("New conversation (Ctrl+N)"));
    m_compose->setAccessibleName(tr("New conversation"));
    m_export->setToolTip(tr("Export messages to a CSV file: every conversation, or a period"));
    m_export->setAccessibleName(tr("Export messages"));
    m_exportThread->setText(tr("Export…"));
    m_exportThread->setAccessibleName(tr("Export this conversation"));
    m_exportThread->setToolTip(tr("This conversation's messages to a CSV file"));
    m_threadView->setAccessibleName(tr("Conversation list"));
    m_scheduledButton->setText(tr("Scheduled"));
    m_scheduledButton->setAccessibleName(tr("Scheduled messages"));
    m_scheduledButton->setToolTip(tr("Every message waiting for its time: open, change or cancel it"));
    // The rows' accessible texts and tooltips come from tr() in the models' data().
    m_threads->retranslate();
    m_chat->retranslate();
    updateHeader();
    // The empty state is built once per mode; build the one shown again in the new language.
    if (m_emptyMode >= 0) {
        m_emptyMode = -1;
        updateEmptyState();
    }
}

void ConversationsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QWidget *ConversationsPage::buildThreadList()
{
    auto *panel = new QWidget(this);
    m_search = new QLineEdit(panel);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme::icon(QStringLiteral("edit-find"), QStringLiteral("search.svg")),
                        QLineEdit::LeadingPosition);
    m_compose = new QToolButton(panel);
    m_compose->setIcon(theme::icon(QStringLiteral("document-new"), QStringLiteral("compose.svg")));
    m_compose->setAutoRaise(true);
    m_export = new QToolButton(panel);
    m_export->setIcon(theme::icon(QStringLiteral("document-save-as"), QStringLiteral("export.svg")));
    m_export->setAutoRaise(true);
    m_threadView = new QListView(panel);
    m_threadView->setModel(m_threads);
    m_threadView->setItemDelegate(new ThreadDelegate(m_threadView));
    m_threadView->setFrameShape(QFrame::NoFrame);
    m_threadView->setMouseTracking(true);
    m_threadView->setUniformItemSizes(true);
    m_threadView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_threadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noMatches = new QLabel(panel);
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_export);
    top->addWidget(m_compose);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(theme::kSpacing, theme::kSpacing, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_noMatches);
    layout->addWidget(m_threadView, 1);
    // Under the conversations a search finds: every message that holds the words.
    m_messageSearch = new MessageSearchList(m_reader, m_facade.phoneNumbers(), panel);
    layout->addWidget(m_messageSearch, 2);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_threads->setSearch(text);
        m_messageSearch->setQuery(text);
        updateEmptyState();
    });
    connect(m_messageSearch, &MessageSearchList::messageChosen, this, &ConversationsPage::openMessage);
    connect(m_messageSearch, &MessageSearchList::searchFailed, this, &ConversationsPage::showError);
    connect(m_export, &QToolButton::clicked, this,
            [this] { HistoryExportDialog::ask(m_reader, {}, {}, m_banner, this); }); // every conversation
    connect(m_compose, &QToolButton::clicked, this, &ConversationsPage::startNewConversation);
    connect(m_threadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openThread(current.data(ThreadListModel::NumberRole).toString());
            });
    // Window-wide while this page is shown (a hidden widget's shortcuts are inactive).
    new QShortcut(QKeySequence::Find, this, this, &ConversationsPage::focusSearch);
    new QShortcut(QKeySequence::New, this, this, &ConversationsPage::startNewConversation);
    // Enter on a thread goes to its composer: pick, type, Ctrl+Enter, all from the keyboard.
    connect(m_threadView, &QListView::activated, this, [this] { m_composer->focusEditor(); });
    // From the search box, Enter goes to the list: search, arrow, read — no mouse needed.
    connect(m_search, &QLineEdit::returnPressed, m_threadView, [this] {
        m_messageSearch->searchNow();
        m_threadView->setFocus();
        if (m_threads->rowCount() > 0 && !m_threadView->currentIndex().isValid())
            m_threadView->setCurrentIndex(m_threads->index(0));
    });
    return panel;
}

QWidget *ConversationsPage::buildThreadPane()
{
    m_threadPane = new QWidget(this);
    m_title = new QLabel(m_threadPane);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_threadPane);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);
    m_newBar = new NewConversationBar(m_facade.phoneNumbers(), m_threadPane);
    m_chatView = new ChatView(m_threadPane);
    m_chatView->setChatModel(m_chat);
    m_composer = new Composer(m_threadPane);
    m_optOutBar = new OptOutBar(m_facade, m_reader, m_threadPane);
    connect(m_optOutBar, &OptOutBar::optedOutChanged, this, &ConversationsPage::updateHeader);

    m_contactButton = new QToolButton(m_threadPane);
    m_contactButton->setIcon(theme::icon(QStringLiteral("contact-new"), QStringLiteral("edit.svg")));
    m_contactButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_contactButton->setAutoRaise(true);
    connect(m_contactButton, &QToolButton::clicked, this, &ConversationsPage::editContact);
    m_scheduledButton = new QToolButton(m_threadPane);
    m_scheduledButton->setIcon(theme::icon(QStringLiteral("appointment-new"), QStringLiteral("schedule.svg")));
    m_scheduledButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scheduledButton->setAutoRaise(true);
    connect(m_scheduledButton, &QToolButton::clicked, this, &ConversationsPage::showScheduled);
    m_exportThread = new QToolButton(m_threadPane);
    m_exportThread->setIcon(theme::icon(QStringLiteral("document-save-as"), QStringLiteral("export.svg")));
    m_exportThread->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportThread->setAutoRaise(true);
    connect(m_exportThread, &QToolButton::clicked, this,
            [this] { HistoryExportDialog::ask(m_reader, m_number, m_title->text(), m_banner, this); });

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kMargin, theme::kSpacing);
    header->addLayout(titles, 1);
    header->addWidget(m_optOutBar->headerButton(), 0, Qt::AlignVCenter);
    header->addWidget(m_scheduledButton, 0, Qt::AlignVCenter);
    header->addWidget(m_exportThread, 0, Qt::AlignVCenter);
    header->addWidget(m_contactButton, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(m_threadPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_newBar);
    layout->addLayout(header);
    layout->addWidget(m_chatView, 1);
    layout->addWidget(m_optOutBar);
    layout->addWidget(m_composer);

    connect(m_newBar, &NewConversationBar::numberChosen, this, [this](const QString &number) {
        openThread(number);
        m_composer->focusEditor();
    });
    connect(m_newBar, &NewConversationBar::cancelled, this, &ConversationsPage::updateEmptyState);
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &text, qint64 deviceId, int sim) { send(text, deviceId, sim); });
    connect(m_composer, &Composer::urgentSendRequested, this,
            [this](const QString &text, qint64 deviceId, int sim) { send(text, deviceId, sim, 0, true); });
    connect(m_chatView, &ChatView::retryRequested, this, &ConversationsPage::retry);
    connect(m_composer, &Composer::scheduleRequested, this, &ConversationsPage::sendLater);
    connect(m_chatView, &ChatView::editScheduledRequested, this, &ConversationsPage::editScheduled);
    connect(m_chatView, &ChatView::cancelScheduledRequested, this, &ConversationsPage::cancelScheduled);
    return m_threadPane;
}

void ConversationsPage::buildEmptyState()
{
    m_empty = new EmptyState(this);
    m_empty->setIcon(theme::icon(QStringLiteral("mail-message"), QStringLiteral("conversations.svg")));
}

void ConversationsPage::connectFacade()
{
    connect(&m_facade, &EngineFacade::messagesChanged, this, &ConversationsPage::scheduleRefresh);
    connect(&m_facade, &EngineFacade::inboundReceived, this, [this](const QString &from) {
        scheduleRefresh();
        // The open thread is being read: its new message is read the moment it lands.
        if (from == m_number && isVisible())
            m_facade.markThreadRead(from);
    });
    connect(&m_facade, &EngineFacade::devicesChanged, this, [this] {
        reloadDevices();
        updateEmptyState();
    });
    connect(&m_facade, &EngineFacade::contactsChanged, this, [this] {
        scheduleRefresh();
        updateRecipientFields();
    });
    connect(&m_facade, &EngineFacade::templatesChanged, this, &ConversationsPage::reloadSavedTexts);
}

void ConversationsPage::reloadSavedTexts()
{
    const Result<QList<SavedTemplate>> texts = m_reader.templates();
    if (!texts) {
        showError(texts.errorString());
        return;
    }
    m_composer->setSavedTexts(texts.value());
}

void ConversationsPage::updateRecipientFields()
{
    if (m_number.isEmpty())
        return;
    const Result<Contact> contact = m_reader.contactByNumber(m_number);
    if (!contact) {
        m_composer->setRecipientFields(standardFieldValues({}, {}, {}, m_number));
        return;
    }
    QHash<QString, QString> fields
        = standardFieldValues(contact->firstName, contact->lastName, contact->name, m_number);
    for (auto it = contact->fields.cbegin(); it != contact->fields.cend(); ++it)
        fields.insert(it.key(), it.value()); // custom fields; the standard ones win below
    fields.insert(standardFieldValues(contact->firstName, contact->lastName, contact->name, m_number));
    m_composer->setRecipientFields(fields);
}

void ConversationsPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ConversationsPage::refreshNow()
{
    m_threads->refresh();
    m_chat->refresh();
    if (!m_number.isEmpty())
        m_threads->markReadLocally(m_number);
    updateHeader();
    updateEmptyState();
}

void ConversationsPage::reloadDevices()
{
    auto devices = m_reader.devices();
    if (!devices) {
        showError(devices.errorString());
        return;
    }
    m_devices = devices.value();
    QHash<qint64, QString> names;
    for (const Device &device : std::as_const(m_devices))
        names.insert(device.id, device.name);
    m_threads->setDeviceNames(names);
    m_chat->setDeviceNames(names);
    const qint64 chosen = m_composer->selectedDevice();
    m_composer->setDevices(m_devices, chosen);
}

void ConversationsPage::openThread(const QString &number)
{
    if (number.isEmpty())
        return;
    const int row = m_threads->rowOf(number);
    if (row >= 0 && m_threadView->currentIndex().row() != row)
        m_threadView->setCurrentIndex(m_threads->index(row)); // re-enters with the same number
    m_right->setCurrentWidget(m_threadPane);
    if (number == m_number)
        return;
    m_number = number;
    m_banner->dismiss();
    m_chat->setNumber(number);
    const Result<qint64> sticky = m_reader.stickyDevice(number);
    m_composer->setDevices(m_devices, sticky ? sticky.value() : 0);
    updateRecipientFields();
    if (row >= 0 && m_threads->index(row).data(ThreadListModel::UnreadRole).toInt() > 0) {
        m_facade.markThreadRead(number);
        m_threads->markReadLocally(number);
    }
    updateHeader();
}

void ConversationsPage::startNewConversation()
{
    m_right->setCurrentWidget(m_threadPane);
    updateHeader();
    m_newBar->start();
}

void ConversationsPage::openMessage(const QString &number, const QString &key, qint64 atMs,
                                    const QStringList &words)
{
    openThread(number);
    if (m_chat->reveal(key, atMs, words) < 0) {
        showError(tr("That message is no longer in this conversation."));
        return;
    }
    m_chatView->scrollToKey(key);
}

void ConversationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationsPage::editContact()
{
    if (m_number.isEmpty())
        return;
    Contact contact;
    if (const Result<Contact> known = m_reader.contactByNumber(m_number))
        contact = known.value();
    else
        contact.numbers = { m_facade.phoneNumbers().displayFormat(m_number) };
    auto *dialog = new ContactDialog(m_facade, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConversationsPage::updateHeader()
{
    // Nothing to write to until a number is chosen, nor to one that opted out.
    if (m_optOutBar->number() != m_number)
        m_optOutBar->setNumber(m_number);
    m_composer->setEnabled(!m_number.isEmpty() && !m_optOutBar->optedOut());
    m_contactButton->setVisible(!m_number.isEmpty());
    m_exportThread->setVisible(!m_number.isEmpty());
    const Result<Contact> contact = m_number.isEmpty() ? Result<Contact>::failure(ErrorCode::NotFound, {})
                                                       : m_reader.contactByNumber(m_number);
    const bool known = contact.ok();
    m_contactButton->setText(known ? tr("Edit contact") : tr("Add contact"));
    m_contactButton->setAccessibleName(m_contactButton->text());
    m_contactButton->setToolTip(known ? tr("Change this customer's name, numbers, groups or fields")
                                      : tr("Save this number as a contact, with a name"));
    if (m_number.isEmpty()) {
        m_title->setText(tr("New conversation"));
        m_subtitle->setText(tr("Type the number above and press Enter."));
        return;
    }
    const QString number = m_facade.phoneNumbers().displayFormat(m_number);
    m_title->setText(number);
    const int row = m_threads->rowOf(m_number);
    if (row < 0) { // a new conversation, or one the search leaves out of the list
        const bool searching = !m_threads->search().isEmpty();
        if (searching && known)
            m_title->setText(contact->name);
        m_subtitle->setText(!searching ? tr("No messages yet — write the first one below.")
                                       : known ? number : QString());
        return;
    }
    const QModelIndex index = m_threads->index(row);
    // A known customer: the name on top, the number under it.
    const QString name = index.data(ThreadListModel::ContactNameRole).toString();
    if (!name.isEmpty())
        m_title->setText(name);
    const QString phone = index.data(ThreadListModel::DeviceNameRole).toString();
    QString facts = tr("Messages: %1").arg(index.data(ThreadListModel::MessageCountRole).toInt());
    if (!phone.isEmpty())
        facts = tr("%1 · via %2").arg(facts, phone);
    m_subtitle->setText(name.isEmpty() ? facts : tr("%1 · %2").arg(number, facts));
}

void ConversationsPage::updateEmptyState()
{
    const QString search = m_threads->search();
    m_noMatches->setText(tr("No conversations match “%1”.").arg(search));
    m_noMatches->setVisible(!search.isEmpty() && m_threads->rowCount() == 0);
    m_threadView->setVisible(search.isEmpty() || m_threads->rowCount() > 0);
    if (!m_number.isEmpty() || m_newBar->isVisible())
        return;
    const int mode = m_devices.isEmpty() ? 0 : (m_threads->rowCount() == 0 && search.isEmpty()) ? 1 : 2;
    m_right->setCurrentWidget(m_empty);
    if (mode == m_emptyMode)
        return;
    m_emptyMode = mode;
    m_empty->clearButtons();
    if (mode == 0) {
        m_empty->setTitle(tr("No phones yet"));
        m_empty->setText(tr("Smsdesk sends your messages through your own Android phones. Add one to start, "
                            "or try demo mode with two simulated phones."));
        connect(m_empty->addButton(tr("Add a phone")), &QPushButton::clicked, this,
                &ConversationsPage::addPhoneRequested);
        connect(m_empty->addButton(tr("Try demo mode")), &QPushButton::clicked, this,
                &ConversationsPage::demoRequested);
    } else if (mode == 1) {
        m_empty->setTitle(tr("No conversations yet"));
        m_empty->setText(
            tr("Messages you send and the replies you receive appear here, one thread per number."));
        connect(m_empty->addButton(tr("New conversation")), &QPushButton::clicked, this,
                &ConversationsPage::startNewConversation);
    } else {
        m_empty->setTitle(tr("Pick a conversation"));
        m_empty->setText(tr("Choose one on the left, or start a new one with Ctrl+N."));
    }
}

void ConversationsPage::sendLater(const QString &text, qint64 deviceId, int sim)
{
    if (m_number.isEmpty())
        return;
    ScheduleDialog dialog(m_number, 0, {}, false, this);
    if (dialog.exec() == QDialog::Accepted)
        send(text, deviceId, sim, dialog.sendAtMs());
}

void ConversationsPage::editScheduled(const QModelIndex &index)
{
    Message message;
    message.id = index.data(ChatModel::IdRole).toUuid();
    message.to = m_number;
    message.text = index.data(ChatModel::TextRole).toString();
    message.sendAtMs = index.data(ChatModel::SendAtRole).toLongLong();
    ScheduledListDialog::editMessage(m_facade, message, this);
}

void ConversationsPage::cancelScheduled(const QModelIndex &index)
{
    if (!ScheduledListDialog::askToCancel(this))
        return;
    thenIfAlive(m_facade.cancel(index.data(ChatModel::IdRole).toUuid()), this, [this](const Status &s) {
        if (!s)
            showError(s.errorString());
        scheduleRefresh();
    });
}

void ConversationsPage::showScheduled()
{
    ScheduledListDialog dialog(m_facade, m_reader, this);
    connect(&dialog, &ScheduledListDialog::openConversationRequested, this, &ConversationsPage::openThread);
    dialog.exec();
    scheduleRefresh();
}

void ConversationsPage::send(const QString &text, qint64 deviceId, int sim, qint64 sendAtMs, bool urgent)
{
    if (m_number.isEmpty())
        return;
    const QString number = m_number;
    m_composer->setBusy(true);
    thenIfAlive(m_facade.sendMessage(number, text, deviceId, sim, sendAtMs, urgent), this,
                [this, number, text](const Result<Message> &result) {
                    m_composer->setBusy(false);
                    if (!result) {
                        showError(result.errorString());
                        return;
                    }
                    if (m_number == number) {
                        m_chat->upsert(chatItemOf(result.value()));
                        if (m_composer->text() == text)
                            m_composer->clear();
                    }
                    if (m_devices.isEmpty()) {
                        m_banner->showMessage(
                            tr("No phone is set up yet: the message waits in the queue until you add one."),
                            ErrorBanner::Kind::Warning, tr("Add a phone"),
                            [this] { Q_EMIT addPhoneRequested(); });
                    }
                    scheduleRefresh();
                });
}

void ConversationsPage::retry(const QModelIndex &index)
{
    RequeueRequest request;
    request.id = index.data(ChatModel::IdRole).toUuid();
    if (request.id.isNull())
        return;
    thenIfAlive(m_facade.requeue({ request }), this, [this](const Result<int> &result) {
        if (!result) {
            showError(tr("Could not retry: %1").arg(result.errorString()));
            return;
        }
        scheduleRefresh();
    });
}

void ConversationsPage::showError(const QString &text)
{
    m_banner->showMessage(text, ErrorBanner::Kind::Error);
}

} // namespace smsdesk
