// SPDX-License-Identifier: GPL-3.0-or-later
// ui_bench (issue 5, point 11): how long a user waits for the desktop app with a large
// history: start (before Engine::start() → window shown, first page painted) and each
// of the five pages (showPlace() → the page has read its data and is painted), plus
// opening one conversation.
//
//   ui_bench [--cold] [--starts N] [--cycles N] [--cache DIR] [--store-cache DIR] [--dir DIR]
//
// The data folder (1,000,000 sent messages over 10,000 numbers from store_bench's cache,
// plus 100,000 dead letters, 20,000 inbound messages and 2 phones) is built once and
// cached in DIR (default /var/tmp/smsdesk-ui-bench); every run works on a copy. Runs
// offscreen unless DISPLAY is set (or QT_QPA_PLATFORM says otherwise).
#include "benchstore.h"
#include "windowcomposition.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "devicespage.h"
#include "enginefacade.h"
#include "filecredentialstore.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "storereader.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace smsdesk;

namespace {

struct Settings
{
    qint64 stored = 1'000'000; // sent history, from store_bench's cache
    int dead = 100'000;
    int inbound = 20'000;
    bool cold = false; // evict the database from the page cache before each start
    int starts = 3;
    int cycles = 5; // each opens the five pages in turn
    QString cacheDir = QStringLiteral("/var/tmp/smsdesk-ui-bench");
    QString storeCacheDir = QStringLiteral("/var/tmp/smsdesk-store-bench");
    QString workDir = QStringLiteral("/var/tmp"); // same disk as the cache: a cheap copy
};

void addDevices(QueueStore &store)
{
    for (int i = 1; i <= 2; ++i) {
        Device d;
        d.name = QStringLiteral("Shop phone %1").arg(i);
        d.adapter = QStringLiteral("smsgate");
        d.baseUrl = QStringLiteral("http://192.0.2.%1:8080").arg(i);
        d.ratePerDay = 0;
        benchMust(store.addDevice(d), "add device");
    }
}

// Dead letters to the same 10,000 numbers, over the last week, as a badly configured
// phone leaves them: big batches enqueued, claimed and reported dead.
void addDeadLetters(QueueStore &store, ManualClock &clock, qint64 first, int count)
{
    constexpr int batch = 5'000;
    const qint64 step = 7LL * 24 * 3'600'000 / std::max(1, count / batch);
    for (int done = 0; done < count; done += batch) {
        clock.advanceMs(step);
        EnqueueRequest request;
        for (int i = done; i < std::min(count, done + batch); ++i)
            request.messages.append(benchMessage(first + i));
        benchMust(store.enqueue(std::move(request)), "dead enqueue");
        const auto claimed
            = benchMust(store.claimDue(QStringLiteral("ui-bench"), batch, 60'000), "dead claim");
        QList<SendOutcome> outcomes;
        for (const Message &m : claimed.value())
            outcomes.append(SendOutcome::of(SendOutcome::Kind::Dead, m.id, m.leaseId, 1 + m.seq % 2, 400,
                                            QStringLiteral("HTTP 400: the gateway refused the number")));
        benchMust(store.complete(std::move(outcomes)), "dead complete");
    }
}

// Replies from customers: all sent at once, so the writer folds them into few commits.
void addInbound(QueueStore &store, qint64 startMs, int count)
{
    QList<QFuture<Result<bool>>> pending;
    for (int i = 0; i < count; ++i) {
        InboundMessage m;
        m.deviceId = 1 + i % 2;
        m.from = benchMessage(i * 7).to;
        m.text = QStringLiteral("Thanks, see you then! #%1").arg(i);
        m.receivedAtMs = startMs + qint64(i) * 30'000;
        m.gatewayId = QStringLiteral("ui-bench-in-%1").arg(i);
        pending.append(store.addInbound(std::move(m)));
    }
    for (auto &f : pending)
        benchMust(f, "inbound");
}

// <cacheDir>/data-…/smsdesk.db, built from store_bench's cached prefill when missing.
QString cachedDataDir(const Settings &s)
{
    const QString dir
        = QDir(s.cacheDir).filePath(QStringLiteral("data-%1-%2-%3").arg(s.stored).arg(s.dead).arg(s.inbound));
    if (QFile::exists(QDir(dir).filePath(QStringLiteral("smsdesk.db"))))
        return dir;
    const QString prefill = cachedPrefill(s.storeCacheDir, s.stored);
    const QString building = dir + QStringLiteral(".building");
    QDir(building).removeRecursively();
    QDir().mkpath(building);
    const QString db = QDir(building).filePath(QStringLiteral("smsdesk.db"));
    std::fprintf(stdout, "adding %d dead letters, %d inbound and 2 phones in %s ...\n", s.dead, s.inbound,
                 qPrintable(building));
    std::fflush(stdout);
    if (!QFile::copy(prefill, db))
        benchFail(QStringLiteral("cannot copy %1").arg(prefill));
    {
        const qint64 weekAgo = SystemClock::instance().nowMs() - 7LL * 24 * 3'600'000;
        ManualClock clock(weekAgo);
        QueueStore store(clock, benchStoreOptions(db));
        if (Status st = store.open(); !st)
            benchFail(st.errorString());
        addDevices(store);
        addDeadLetters(store, clock, s.stored, s.dead);
        addInbound(store, weekAgo, s.inbound);
    }
    if (!QDir().rename(building, dir))
        benchFail(QStringLiteral("cannot rename %1").arg(building));
    return dir;
}

// Quits `loop` at the first paint event in a widget tree: the repaint pass that sends it
// paints the rest of the tree before the loop returns.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QWidget *root, QEventLoop &loop)
        : m_loop(loop)
    {
        root->installEventFilter(this);
        for (QWidget *w : root->findChildren<QWidget *>())
            w->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted = true;
            m_loop.quit();
        }
        return QObject::eventFilter(watched, event);
    }
    bool painted() const { return m_painted; }

private:
    bool m_painted = false;
    QEventLoop &m_loop;
};

// Runs `act`, then the event loop until `root` (or a child) is painted. Milliseconds.
template<typename Act> double untilPainted(QWidget *root, Act act)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] {
        std::fprintf(stderr, "ui_bench: no paint within 30 s\n");
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    PaintProbe probe(root, loop);
    act();
    timeout.start(30'000);
    if (!probe.painted()) // a platform may paint inside act(); quit() before exec() is lost
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// What every start needs: the measured data folder and its credentials file.
struct Run
{
    QString dataDir;
    std::shared_ptr<CredentialStore> credentials;
    bool cold = false;
};

// A start after a reboot reads the database from disk, not from memory: drop its pages
// from the page cache (this file's only, the neighbours' caches stay). Qt's libraries
// stay cached, so this is "cold database", not "cold machine".
void evictFromPageCache(const QString &dataDir)
{
    for (const QString &name : QDir(dataDir).entryList({ QStringLiteral("smsdesk.db*") }, QDir::Files)) {
        QFile file(QDir(dataDir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            benchFail(QStringLiteral("cannot open %1").arg(file.fileName()));
        ::fdatasync(file.handle()); // dirty pages cannot be dropped
        ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED);
    }
}

// The app as main_gui.cpp composes it (composeWindow, ui/frame/windowcomposition.cpp).
struct App
{
    std::unique_ptr<Engine> engine;
    std::unique_ptr<EngineFacade> facade;
    std::unique_ptr<MainWindow> window;

    ~App()
    {
        window.reset();
        facade.reset();
        if (engine)
            engine->stop();
    }
};

// What a user waits for at start: engine, window, pages built, first page painted.
struct StartTimes
{
    double engine = 0; // Engine::start(): lock, settings, store open, engine thread up
    double window = 0; // facade, window and the five pages built (pages read their data)
    double paint = 0; // show() until the current page is painted
    double total() const { return engine + window + paint; }
};

double msSince(const QElapsedTimer &timer, double before)
{
    return double(timer.nsecsElapsed()) / 1e6 - before;
}

// Composed as in app/smsdesk/main_gui.cpp, with the dispatcher and the API server running
// (API on an ephemeral port, so runs cannot collide).
StartTimes startApp(App &app, const Run &run)
{
    if (run.cold)
        evictFromPageCache(run.dataDir);
    StartTimes t;
    QElapsedTimer timer;
    timer.start();
    Engine::Options options;
    options.dataDir = run.dataDir;
    options.listen = QStringLiteral("127.0.0.1:0");
    app.engine = std::make_unique<Engine>(SystemClock::instance(), *run.credentials, options);
    if (Status started = app.engine->start(); !started)
        benchFail(started.errorString());
    t.engine = msSince(timer, 0);
    Translations::install(app.engine->settings().language());
    app.facade = std::make_unique<EngineFacade>(*app.engine);
    app.window = std::make_unique<MainWindow>(*app.facade, app.facade->readModel());
    composeWindow(*app.window, *app.facade);
    app.window->restoreWindowState();
    app.window->resize(1280, 800);
    t.window = msSince(timer, t.engine);
    MainWindow &w = *app.window;
    t.paint = untilPainted(w.page(w.currentPlace()), [&w] { w.show(); });
    return t;
}

// "QTableView 200/1 rows": what the page's item views hold, proof that it read its data.
QString shownData(QWidget *page)
{
    QStringList parts;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && view->model())
            parts.append(QStringLiteral("%1 %2 rows")
                             .arg(QLatin1String(view->metaObject()->className()))
                             .arg(view->model()->rowCount()));
    }
    return parts.isEmpty() ? QStringLiteral("no item views") : parts.join(QStringLiteral(", "));
}

QString placeName(MainWindow::Place place)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Place>().valueToKey(int(place)));
}

// Opens every page `cycles` times in turn, starting with the one after the current one
// (showing the current page again would change nothing and paint nothing).
void measurePages(MainWindow &window, int cycles)
{
    QList<QList<double>> times(MainWindow::kPlaceCount);
    const int current = int(window.currentPlace());
    for (int c = 0; c < cycles; ++c) {
        for (int i = 1; i <= MainWindow::kPlaceCount; ++i) {
            const auto place = MainWindow::Place((current + i) % MainWindow::kPlaceCount);
            QWidget *page = window.page(place);
            const double ms = untilPainted(page, [&window, place] { window.showPlace(place); });
            times[int(place)].append(ms);
            std::fprintf(stdout, "page %-13s open %d: %7.1f ms  (%s)\n", qPrintable(placeName(place)), c + 1,
                         ms, qPrintable(shownData(page)));
        }
    }
    for (int p = 0; p < MainWindow::kPlaceCount; ++p)
        std::fprintf(stdout,
                     "RESULT page %-13s median %7.1f ms, first %7.1f ms, max %7.1f ms (target < 300 ms)\n",
                     qPrintable(placeName(MainWindow::Place(p))), median(times.at(p)),
                     times.at(p).constFirst(), *std::max_element(times.at(p).cbegin(), times.at(p).cend()));
}

// Clicking a conversation in the thread list: its newest bubbles read and painted.
void measureThreadOpen(MainWindow &window, int count)
{
    window.showPlace(MainWindow::Place::Conversations);
    QWidget *page = window.page(MainWindow::Place::Conversations);
    QListView *threads = nullptr;
    QListView *chat = nullptr;
    for (QListView *view : page->findChildren<QListView *>())
        (QLatin1String(view->metaObject()->className()) == QLatin1String("smsdesk::ChatView") ? chat
                                                                                              : threads)
            = view;
    if (!threads || !chat || threads->model()->rowCount() < count)
        benchFail(QStringLiteral("conversations page: no thread list or chat view, or too few threads"));
    QList<double> times;
    for (int row = 0; row < count; ++row) {
        const double ms = untilPainted(
            chat, [threads, row] { threads->setCurrentIndex(threads->model()->index(row, 0)); });
        times.append(ms);
        std::fprintf(stdout, "thread open %d: %7.1f ms  (%d bubbles)\n", row + 1, ms,
                     chat->model()->rowCount());
    }
    std::fprintf(stdout, "RESULT open a conversation median %7.1f ms, max %7.1f ms\n", median(times),
                 *std::max_element(times.cbegin(), times.cend()));
}

// The app reopens on the page it was closed on: a start on each, the page's data read.
void measureStartsOnEachPage(const Run &run)
{
    for (int p = 0; p < MainWindow::kPlaceCount; ++p) {
        const auto place = MainWindow::Place(p);
        {
            App previous;
            startApp(previous, run);
            previous.window->showPlace(place);
            previous.window->saveWindowState();
        }
        App app;
        const double ms = startApp(app, run).total();
        std::fprintf(stdout, "RESULT start on %-13s %7.1f ms  (%s shown: %s)\n", qPrintable(placeName(place)),
                     ms, qPrintable(placeName(app.window->currentPlace())),
                     qPrintable(shownData(app.window->page(app.window->currentPlace()))));
    }
    QSettings().clear();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

Settings parse(const QStringList &args)
{
    Settings s;
    for (int i = 1; i < args.size(); ++i) {
        const QString &key = args.at(i);
        if (key == QLatin1String("--cold")) {
            s.cold = true;
            continue;
        }
        const QString value = args.value(++i);
        if (key == QLatin1String("--starts"))
            s.starts = std::max(1, value.toInt());
        else if (key == QLatin1String("--cycles"))
            s.cycles = std::max(1, value.toInt());
        else if (key == QLatin1String("--cache"))
            s.cacheDir = value;
        else if (key == QLatin1String("--store-cache"))
            s.storeCacheDir = value;
        else if (key == QLatin1String("--dir"))
            s.workDir = value;
        else
            benchFail(QStringLiteral("unknown option %1").arg(key));
    }
    return s;
}

// The measured copy: the cached database and an owner-only, empty credentials file.
std::shared_ptr<CredentialStore> prepareWorkDir(const Settings &s, const QTemporaryDir &work)
{
    const QString cached = QDir(cachedDataDir(s)).filePath(QStringLiteral("smsdesk.db"));
    if (!QFile::copy(cached, work.filePath(QStringLiteral("smsdesk.db"))))
        benchFail(QStringLiteral("cannot copy %1").arg(cached));
    QFile secrets(work.filePath(QStringLiteral("secrets.json")));
    if (!secrets.open(QIODevice::WriteOnly) || secrets.write("{}") != 2)
        benchFail(QStringLiteral("cannot write %1").arg(secrets.fileName()));
    secrets.close();
    secrets.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto credentials = FileCredentialStore::load(secrets.fileName());
    if (!credentials)
        benchFail(credentials.errorString());
    return credentials.value();
}

// What the measured store really holds, read back: the figures are only worth that.
void printHeader(const Run &run)
{
    StoreReader reader(StoreConfig::sqliteAt(QDir(run.dataDir).filePath(QStringLiteral("smsdesk.db"))));
    if (Status opened = reader.open(); !opened)
        benchFail(opened.errorString());
    const auto counts = reader.counts();
    const auto threads = reader.threadCount({});
    const auto devices = reader.devices();
    if (!counts || !threads || !devices)
        benchFail(QStringLiteral("cannot read the measured store"));
    const StatusCounts &c = counts.value();
    std::fprintf(stdout,
                 "ui_bench: platform %s, %s database, load %s\n"
                 "store: %lld messages (%lld sent, %lld delivered, %lld dead, %lld queued), %lld inbound,"
                 " %d conversations, %lld phones\n",
                 qPrintable(QGuiApplication::platformName()),
                 run.cold ? "cold (evicted before each start)" : "warm", qPrintable(loadAverage()),
                 c.queued + c.sending + c.sent + c.delivered + c.dead + c.cancelled, c.sent, c.delivered,
                 c.dead, c.queued, c.inbound, threads.value(), qint64(devices->size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress visible when piped to a log
    QElapsedTimer appTimer; // the user waits for this too, before Engine::start()
    appTimer.start();
    QApplication qapp(argc, argv);
    const double appMs = double(appTimer.nsecsElapsed()) / 1e6;
    QCoreApplication::setOrganizationName(QStringLiteral("smsdesk-ui-bench"));
    QStandardPaths::setTestModeEnabled(true); // window state goes to a test location
    QSettings().clear(); // every run starts as a first start: last page Conversations
    const Settings s = parse(qapp.arguments());
    QTemporaryDir work(QDir(s.workDir).filePath(QStringLiteral("ui-bench-XXXXXX")));
    const Run run { work.path(), prepareWorkDir(s, work), s.cold };
    printHeader(run);
    std::fprintf(stdout, "QApplication constructed in %.1f ms (not in the start figures below)\n", appMs);
    QList<double> starts;
    for (int i = 0; i < s.starts; ++i) {
        App app;
        const StartTimes t = startApp(app, run);
        starts.append(t.total());
        std::fprintf(stdout,
                     "start %d: %7.1f ms = engine %.1f + window and pages %.1f + show and paint %.1f  (%s "
                     "shown: %s)\n",
                     i + 1, t.total(), t.engine, t.window, t.paint,
                     qPrintable(placeName(app.window->currentPlace())),
                     qPrintable(shownData(app.window->page(app.window->currentPlace()))));
    }
    std::fprintf(stdout, "RESULT start median %7.1f ms, first %7.1f ms (target < 2000 ms)\n", median(starts),
                 starts.constFirst());
    {
        App app;
        startApp(app, run);
        measurePages(*app.window, s.cycles);
        measureThreadOpen(*app.window, s.cycles);
    }
    measureStartsOnEachPage(run);
    std::fprintf(stdout, "load after the run: %s\n", qPrintable(loadAverage()));
    return 0;
}
