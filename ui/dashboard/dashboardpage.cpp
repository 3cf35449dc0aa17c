// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "dispatchtext.h"

#include "budgetdelegate.h"
#include "dashboardtile.h"
#include "devicemodel.h"
#include "displayformat.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "hourchart.h"
#include "intakestrip.h"
#include "readmodel.h"
#include "theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}
} // namespace

DashboardPage::DashboardPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_tick(new QTimer(this))
    , m_coalesce(new QTimer(this))
{
    m_banner = new ErrorBanner(this);
    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kMargin, theme::kMargin, theme::kMargin);
    layout->setSpacing(theme::kMargin);
    layout->addWidget(m_banner);
    layout->addWidget(buildTiles());
    m_intakes = new IntakeStrip(m_facade, this);
    connect(m_intakes, &IntakeStrip::activated, this, [this] { Q_EMIT navigateRequested(Settings); });
    layout->addWidget(m_intakes);
    layout->addWidget(buildCharts(), 3);
    layout->addWidget(buildPhones(), 2);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DashboardPage::refresh);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(150); // a burst of signals costs one read
    connect(m_coalesce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_facade, &EngineFacade::messagesChanged, this, &DashboardPage::scheduleRefresh);
    connect(&m_facade, &EngineFacade::devicesChanged, this, &DashboardPage::scheduleRefresh);
    m_dispatch = m_facade.dispatchStatus();
    connect(&m_facade, &EngineFacade::dispatchStatusChanged, this, [this](const DispatchStatus &status) {
        m_dispatch = status;
        scheduleRefresh();
    });
    retranslate();
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::retranslate()
{
    setAccessibleName(tr("Dashboard"));
    const QStringList captions = { tr("Queued"),       tr("Sending"),
                                   tr("Sent today"),   tr("Delivery rate today"),
                                   tr("Dead letters"), tr("Median time to send") };
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setCaption(captions.at(i));
    m_throughput->setTexts(tr("Messages per minute, last hour"), tr("Messages"),
                           { tr("Sent"), tr("Failed") });
    m_depth->setTexts(tr("Queue, last hour"), tr("Waiting"), { tr("Queued and sending") });
    m_phonesTitle->setText(tr("Phones"));
    m_phoneView->setAccessibleName(tr("Phones"));
    m_phonesEmpty->setTitle(tr("No phones yet"));
    m_phonesEmpty->setText(tr("Messages wait in the queue until a phone can send them."));
    m_phonesEmptyButton->setText(tr("Add a phone"));
    m_phones->retranslate();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // tile hints are built from tr() on each refresh
    }
}

QWidget *DashboardPage::buildTiles()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    const QList<Place> targets = { Conversations, Devices, Conversations, DeadLetters, DeadLetters, Devices };
    for (const Place place : targets) {
        auto *tile = new DashboardTile(QString(), row);
        connect(tile, &QAbstractButton::clicked, this, [this, place] { Q_EMIT navigateRequested(place); });
        layout->addWidget(tile);
        m_tiles.append(tile);
    }
    return row;
}

QWidget *DashboardPage::buildCharts()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::kMargin);
    const QPalette pal = palette();
    m_throughput = new HourChart(
        tr("Messages per minute, last hour"), tr("Messages"),
        { { tr("Sent"), pal.color(QPalette::Highlight) }, { tr("Failed"), theme::error(pal) } }, row);
    m_depth = new HourChart(tr("Queue, last hour"), tr("Waiting"),
                            { { tr("Queued and sending"), pal.color(QPalette::Highlight) } }, row);
    layout->addWidget(m_throughput);
    layout->addWidget(m_depth);
    return row;
}

QWidget *DashboardPage::buildPhones()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phonesTitle = sectionTitle(QString(), box);
    layout->addWidget(m_phonesTitle);

    m_phones = new DeviceModel(this);
    m_phoneView = new QTableView(box);
    m_phoneView->setModel(m_phones);
    m_phoneView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phoneView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_phoneView->setShowGrid(false);
    m_phoneView->setAlternatingRowColors(true);
    m_phoneView->verticalHeader()->hide();
    m_phoneView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_phoneView->horizontalHeader()->setSectionResizeMode(DeviceModel::NameColumn, QHeaderView::Stretch);
    m_phoneView->horizontalHeader()->setSectionResizeMode(DeviceModel::BudgetColumn, QHeaderView::Fixed);
    m_phoneView->setColumnWidth(DeviceModel::BudgetColumn, 220);
    for (int column : { DeviceModel::AdapterColumn, DeviceModel::AddressColumn, DeviceModel::EnabledColumn,
                        DeviceModel::SignalColumn })
        m_phoneView->hideColumn(column);
    m_phoneView->setItemDelegateForColumn(DeviceModel::BudgetColumn, new BudgetDelegate(m_phoneView));
    connect(m_phoneView, &QTableView::activated, this, [this] { Q_EMIT navigateRequested(Devices); });

    auto *empty = new EmptyState(box);
    m_phonesEmpty = empty;
    m_phonesEmptyButton = empty->addButton(QString());
    connect(m_phonesEmptyButton, &QPushButton::clicked, this, [this] { Q_EMIT navigateRequested(Devices); });
    m_phoneStack = new QStackedWidget(box);
    m_phoneStack->addWidget(m_phoneView);
    m_phoneStack->addWidget(empty);
    layout->addWidget(m_phoneStack, 1);
    return box;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_tick->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop(); // nobody looks: no queries
}

void DashboardPage::scheduleRefresh()
{
    if (isVisible() && !m_coalesce->isActive())
        m_coalesce->start();
}

void DashboardPage::refresh()
{
    auto counts = m_reader.counts();
    if (!counts) {
        m_banner->showMessage(tr("Could not read the queue: %1").arg(counts.errorString()));
        return;
    }
    if (auto rows = readDeviceRows(m_reader, DisplayFormat::startOfToday()))
        m_phones->setRows(std::move(rows).value());
    m_phoneStack->setCurrentIndex(m_phones->rowCount() == 0 ? 1 : 0);
    updateTiles(counts.value());
    updateCharts(counts.value(), QDateTime::currentMSecsSinceEpoch());
}

void DashboardPage::updateTiles(const StatusCounts &counts)
{
    using A = DashboardTile::Attention;
    const QLocale locale;
    // Waiting messages with nobody to send them is the one thing that must jump out. The
    // dispatcher's own state says so, not the phones' health reports: MySMSGate and SMSGate
    // cloud phones never report "online", and a phone that is off makes the dispatcher's
    // sends fail until it pauses it. A throttled queue is not stuck: it drains at the
    // phones' pace.
    const bool stuck = counts.queued > 0 && m_dispatch.paused();
    const QString pace = counts.queued > 0 ? DispatchText::paceWhy(m_dispatch) : QString();
    m_tiles[QueuedTile]->setValue(locale.toString(counts.queued), stuck ? A::Critical : A::None,
                                  stuck ? DispatchText::pausedWhy(m_dispatch) : pace);
    m_tiles[SendingTile]->setValue(locale.toString(counts.sending));

    auto today = m_reader.throughputSince(DisplayFormat::startOfToday());
    const ReadModel::Throughput t = today ? today.value() : ReadModel::Throughput {};
    m_tiles[SentTodayTile]->setValue(locale.toString(t.sent));
    if (t.sent > 0) {
        const double rate = 100.0 * double(t.delivered) / double(t.sent);
        const A level = t.sent < 10 ? A::None : rate < 70 ? A::Critical : rate < 90 ? A::Warning : A::None;
        m_tiles[DeliveryTile]->setValue(locale.toString(rate, 'f', 0) + QLatin1Char('%'), level,
                                        tr("%1 of %2 sent messages were reported delivered.")
                                            .arg(locale.toString(t.delivered), locale.toString(t.sent)));
    } else {
        m_tiles[DeliveryTile]->setValue(QStringLiteral("–"), A::None, tr("Nothing sent today yet."));
    }
    m_tiles[DeadTile]->setValue(locale.toString(counts.dead), counts.dead > 0 ? A::Warning : A::None,
                                counts.dead > 0 ? tr("Messages that could not be sent; review them.")
                                                : QString());
    const qint64 latency = t.medianLatencyMs;
    const A slow = latency > 10 * kMinuteMs ? A::Critical : latency > kMinuteMs ? A::Warning : A::None;
    m_tiles[LatencyTile]->setValue(latency < 0 ? QStringLiteral("–") : DisplayFormat::duration(latency), slow,
                                   tr("From queued to accepted by the gateway, today."));
}

void DashboardPage::updateCharts(const StatusCounts &counts, qint64 nowMs)
{
    const qint64 toMs = (nowMs / kMinuteMs + 1) * kMinuteMs; // the running minute included
    const qint64 fromMs = toMs - kHourMs;
    QList<QPointF> sent, failed;
    if (auto minutes = m_reader.perMinute(fromMs, toMs)) {
        for (int i = 0; i < minutes->size(); ++i) {
            const double x = double(fromMs + i * kMinuteMs);
            sent.append({ x, double(minutes->at(i).first) });
            failed.append({ x, double(minutes->at(i).second) });
        }
    }
    m_throughput->setData(fromMs, toMs, { sent, failed });

    // The store keeps no history of the queue depth, so it is sampled while the app runs.
    if (m_depthSamples.isEmpty() || nowMs - qint64(m_depthSamples.constLast().x()) >= 5'000)
        m_depthSamples.append({ double(nowMs), double(counts.queued + counts.sending) });
    while (!m_depthSamples.isEmpty() && qint64(m_depthSamples.constFirst().x()) < fromMs)
        m_depthSamples.removeFirst();
    m_depth->setData(fromMs, toMs, { m_depthSamples });
}

} // namespace smsdesk
