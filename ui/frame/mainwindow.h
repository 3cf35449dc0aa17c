// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <array>
#include <memory>

class QStackedWidget;
class QTimer;

namespace smsdesk {

class EngineFacade;
class EngineStatus;
class ErrorBanner;
class Sidebar;
class ReadModel;
class TrayIcon;

// The frame: sidebar with the places and their badges, the pages in a stack, the
// engine's state in the status bar, a tray icon with notifications. It knows no page's
// type: the composition root hands each page in with addPage(), so pages can be built
// (and tested) on their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Place { Dashboard, Conversations, Contacts, Campaigns, Devices, DeadLetters, Settings };
    Q_ENUM(Place)
    static constexpr int kPlaceCount = 7;

    MainWindow(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts `page` at `place` (the window takes ownership; a placeholder stands in until then).
    void addPage(Place place, QWidget *page);
    QWidget *page(Place place) const;
    void showPlace(Place place);
    Place currentPlace() const;
    void setBadge(Place place, int count);
    int badge(Place place) const;

    // Geometry and last place from QSettings; call before show().
    void restoreWindowState();
    void saveWindowState() const;
    // Re-reads counts and phones now (also done on every facade change, coalesced).
    void refreshStatus();

    Sidebar *sidebar() const { return m_sidebar; }
    EngineStatus *engineStatus() const { return m_status; }
    TrayIcon *tray() const { return m_tray; }
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void addPhoneRequested();
    void demoModeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSidebar();
    void retranslate();
    void updateTitle();
    void buildShortcuts();
    void connectFacade();
    void connectTray();
    void onDeviceAlert(qint64 deviceId, const QString &text);
    void onMessageDied(const QString &to, const QString &reason);
    void raiseWindow();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    bool m_readerOpen = false;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<QWidget *, kPlaceCount> m_pages {};
    ErrorBanner *m_banner = nullptr;
    EngineStatus *m_status = nullptr;
    TrayIcon *m_tray = nullptr;
    QTimer *m_statusTimer = nullptr;
    int m_unreadThreads = 0;
};

} // namespace smsdesk
