// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace smsdesk {

class DashboardTile;
class DeviceModel;
class EmptyState;
class EngineFacade;
class ErrorBanner;
class HourChart;
class IntakeStrip;
class ReadModel;
struct StatusCounts;

// The state of the whole system at a glance (KDE System Monitor's feel): figure tiles,
// the last hour as two charts, and every phone with today's budget. Live: a 1 s timer
// while visible plus the facade's signals, coalesced; every read is one indexed query.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // Where a tile leads; the same order as the sidebar (UI.md "Frame").
    enum Place { Dashboard, Conversations, Contacts, Campaigns, Devices, DeadLetters, Settings }; // MainWindow::Place's order
    Q_ENUM(Place)

    DashboardPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~DashboardPage() override;

    DeviceModel *phoneModel() const { return m_phones; }
    DashboardTile *tile(int index) const { return m_tiles.value(index); }
    IntakeStrip *intakeStrip() const { return m_intakes; }
    // Reads everything now (the timer does this while the page is visible).
    void refresh();

Q_SIGNALS:
    void navigateRequested(int place);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum TileIndex { QueuedTile, SendingTile, SentTodayTile, DeliveryTile, DeadTile, LatencyTile, TileCount };

    QWidget *buildTiles();
    QWidget *buildCharts();
    QWidget *buildPhones();
    void retranslate();
    void scheduleRefresh();
    void updateTiles(const StatusCounts &counts);
    void updateCharts(const StatusCounts &counts, qint64 nowMs);

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner *m_banner = nullptr;
    QList<DashboardTile *> m_tiles;
    IntakeStrip *m_intakes = nullptr; // one line per broker intake; hidden without any
    HourChart *m_throughput = nullptr;
    HourChart *m_depth = nullptr;
    DeviceModel *m_phones = nullptr;
    QTableView *m_phoneView = nullptr;
    QStackedWidget *m_phoneStack = nullptr;
    QLabel *m_phonesTitle = nullptr;
    EmptyState *m_phonesEmpty = nullptr;
    QPushButton *m_phonesEmptyButton = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_coalesce = nullptr;
    QList<QPointF> m_depthSamples; // (ms, queued + sending), the last hour
    DispatchStatus m_dispatch; // Unknown until the dispatcher reports
};

} // namespace smsdesk
