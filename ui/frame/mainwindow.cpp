// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "emptystate.h"
#include "enginefacade.h"
#include "enginestatus.h"
#include "errorbanner.h"
#include "readmodel.h"
#include "sidebar.h"
#include "theme.h"
#include "trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";
constexpr auto kPlaceKey = "window/place";

int rowOf(MainWindow::Place place)
{
    return int(place);
}

} // namespace

MainWindow::MainWindow(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QMainWindow(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_sidebar(new Sidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_status(new EngineStatus(this))
    , m_tray(new TrayIcon(this))
    , m_statusTimer(new QTimer(this))
{
    setWindowTitle(tr("Smsdesk"));
    setWindowIcon(theme::appIcon());
    setAccessibleName(tr("Smsdesk"));
    const Status opened = m_reader.open();
    m_readerOpen = opened.ok();
    buildSidebar();
    for (int i = 0; i < kPlaceCount; ++i) {
        // Stand-in until the composition root adds the page: says what is missing.
        auto *placeholder = new EmptyState(m_stack);
        placeholder->setTitle(m_sidebar->item(i)->text());
        placeholder->setText(tr("This page is not available in this build."));
        m_pages[size_t(i)] = placeholder;
        m_stack->addWidget(placeholder);
    }
    auto *content = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, theme::kSpacing, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);
    setCentralWidget(content);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    m_status->setApiAddress(facade.apiAddress());

    buildShortcuts();
    // "Add a phone" from any empty state lands on Devices; the app may also open its dialog.
    connect(this, &MainWindow::addPhoneRequested, this, [this] { showPlace(Place::Devices); });
    connectFacade();
    connectTray();
    m_statusTimer->setSingleShot(true);
    // counts() scans by status; with a million rows once a second is plenty for a status bar.
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    if (!opened)
        m_banner->showMessage([error = opened.errorString()] { return tr("Cannot read the queue: %1").arg(error); });
    resize(1100, 720);
    showPlace(Place::Conversations);
    updateTitle(); // the stack was already on its first page: no change to announce
    refreshStatus();
}

MainWindow::~MainWindow() = default;

namespace {
QStringList placeLabels()
{
    return { MainWindow::tr("Dashboard"), MainWindow::tr("Conversations"), MainWindow::tr("Contacts"),
             MainWindow::tr("Campaigns"), MainWindow::tr("Devices"), MainWindow::tr("Dead letters"),
             MainWindow::tr("Settings") };
}

QString placeShortcut(int index)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText);
}
} // namespace

void MainWindow::buildSidebar()
{
    struct Entry
    {
        const char *themeName;
        const char *fallback;
    };
    const Entry entries[] = {
        { "utilities-system-monitor", "dashboard.svg" },
        { "mail-message", "conversations.svg" },
        { "x-office-address-book", "contacts.svg" },
        { "mail-send", "campaigns.svg" },
        { "smartphone", "devices.svg" },
        { "mail-mark-junk", "deadletters.svg" },
        { "preferences-system", "settings.svg" },
    };
    const QStringList labels = placeLabels();
    for (int i = 0; i < kPlaceCount; ++i) {
        m_sidebar->addPlace(
            theme::icon(QLatin1String(entries[i].themeName), QLatin1String(entries[i].fallback)),
            labels.at(i), placeShortcut(i));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < kPlaceCount)
            m_stack->setCurrentIndex(row);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
}

// "Smsdesk — Dead letters": the window says which place it shows (the task bar, screen
// readers, and scripts/screenshots.sh, which checks every shot by it).
void MainWindow::updateTitle()
{
    const int row = m_stack->currentIndex();
    const QStringList labels = placeLabels();
    const QString title = row >= 0 && row < kPlaceCount
        ? tr("Smsdesk — %1").arg(labels.at(row))
        : tr("Smsdesk");
    setWindowTitle(title);
    setAccessibleName(title);
}

// Texts set once at construction follow a language switch (QEvent::LanguageChange).
void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QStringList labels = placeLabels();
    for (int i = 0; i < kPlaceCount; ++i)
        m_sidebar->setPlaceLabel(i, labels.at(i), placeShortcut(i));
    updateTitle();
    refreshStatus();
}

void MainWindow::buildShortcuts()
{
    for (int i = 0; i < kPlaceCount; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            showPlace(Place(i));
            // Land inside the page, so Tab/arrows work at once.
            if (QWidget *page = m_pages[size_t(i)])
                page->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

void MainWindow::addPage(Place place, QWidget *page)
{
    const int row = rowOf(place);
    QWidget *old = m_pages[size_t(row)];
    const bool wasCurrent = m_stack->currentIndex() == row;
    m_stack->insertWidget(row, page);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages[size_t(row)] = page;
    if (wasCurrent)
        m_stack->setCurrentIndex(row);
}

QWidget *MainWindow::page(Place place) const
{
    return m_pages[size_t(rowOf(place))];
}

void MainWindow::showPlace(Place place)
{
    m_sidebar->setCurrentRow(rowOf(place));
    m_stack->setCurrentIndex(rowOf(place));
}

MainWindow::Place MainWindow::currentPlace() const
{
    return Place(m_stack->currentIndex());
}

void MainWindow::setBadge(Place place, int count)
{
    m_sidebar->setBadge(rowOf(place), count, place == Place::DeadLetters);
    if (place == Place::Conversations) {
        m_unreadThreads = count;
        m_statusTimer->start();
    }
}

int MainWindow::badge(Place place) const
{
    return m_sidebar->badge(rowOf(place));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int place = settings.value(QLatin1String(kPlaceKey), rowOf(Place::Conversations)).toInt();
    if (place >= 0 && place < kPlaceCount)
        showPlace(Place(place));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kPlaceKey), rowOf(currentPlace()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::connectFacade()
{
    const auto schedule = [this] {
        if (!m_statusTimer->isActive())
            m_statusTimer->start();
    };
    connect(&m_facade, &EngineFacade::messagesChanged, this, schedule);
    connect(&m_facade, &EngineFacade::devicesChanged, this, schedule);
    connect(&m_facade, &EngineFacade::dispatchStatusChanged, m_status, &EngineStatus::setDispatchStatus);
    // The dispatcher reports changes only; its first report may predate this window.
    if (m_facade.dispatchStatus().kind != DispatchStatus::Kind::Unknown)
        m_status->setDispatchStatus(m_facade.dispatchStatus());
    connect(&m_facade, &EngineFacade::deviceAlert, this, &MainWindow::onDeviceAlert);
    connect(&m_facade, &EngineFacade::messageDied, this, &MainWindow::onMessageDied);
}

void MainWindow::connectTray()
{
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::raiseWindow);
    connect(m_tray, &TrayIcon::showConversationsRequested, this, [this] {
        showPlace(Place::Conversations);
        raiseWindow();
    });
    connect(m_tray, &TrayIcon::showDeadLettersRequested, this, [this] {
        showPlace(Place::DeadLetters);
        raiseWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::close);
}

void MainWindow::refreshStatus()
{
    if (!m_readerOpen)
        return;
    const Result<StatusCounts> counts = m_reader.counts();
    const Result<QList<Device>> devices = m_reader.devices();
    if (!counts || !devices) {
        m_banner->showMessage([error = counts ? devices.errorString() : counts.errorString()] {
            return tr("Cannot read the queue: %1").arg(error);
        });
        return;
    }
    int online = 0;
    for (const Device &device : devices.value())
        online += device.enabled && device.health.online ? 1 : 0;
    m_status->setQueueDepth(counts->queued, counts->sending);
    m_status->setPhones(online, int(devices->size()));
    m_status->setApiAddress(m_facade.apiAddress());
    m_sidebar->setBadge(rowOf(Place::DeadLetters), int(std::min<qint64>(counts->dead, INT_MAX)), true);
    m_tray->setCounts(counts->queued, m_unreadThreads, counts->dead, online);
}

void MainWindow::onDeviceAlert(qint64 deviceId, const QString &text)
{
    QString phone; // the phone's name as the user gave it; "" = unknown
    if (m_readerOpen) {
        if (const Result<Device> device = m_reader.device(deviceId))
            phone = device->name;
    }
    const auto message = [phone, text] { return tr("%1: %2").arg(phone.isEmpty() ? tr("A phone") : phone, text); };
    m_tray->notify(tr("Phone needs attention"), message(), QSystemTrayIcon::Warning);
    // Worded again should the user switch the language while it shows.
    m_banner->showMessage(message, ErrorBanner::Kind::Warning,
                          [] { return tr("Open Devices"); }, [this] { showPlace(Place::Devices); });
    m_statusTimer->start();
}

void MainWindow::onMessageDied(const QString &to, const QString &reason)
{
    // The contact's name where the number is one's (issue 14), else the number as people write it.
    const Result<QHash<QString, QString>> names = m_facade.readModel().contactNames({ to });
    const QString name = names ? names->value(to) : QString();
    const QString who = name.isEmpty() ? m_facade.phoneNumbers().displayFormat(to) : name;
    m_tray->notify(tr("Message not sent"), tr("To %1: %2").arg(who, reason), QSystemTrayIcon::Critical);
    m_statusTimer->start();
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

} // namespace smsdesk
