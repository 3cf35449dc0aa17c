// SPDX-License-Identifier: GPL-3.0-or-later
// The frame on a real engine: places and shortcuts, remembered geometry and place, status
// bar figures, badges, notifications, first-run empty state, offscreen grab.
#include "windowcomposition.h"
#include "conversationspage.h"
#include "emptystate.h"
#include "enginestatus.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "sidebar.h"
#include "testsupport.h"
#include "timeformat.h"
#include "trayicon.h"
#include "uienginefixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesComeFromTheComposition();
    void ctrlNumberSwitchesPlaces();
    void remembersGeometryAndPlace();
    void statusBarShowsQueuePhonesAndApi();
    void statusBarShowsDispatchState();
    void statusBarFollowsLanguageSwitch();
    void badgesFollowDeadLettersAndUnread();
    void notifiesWhenMessagesDieOrPhonesNeedAttention();
    void firstRunOffersAPhoneOrDemo();
    void everyControlHasAnAccessibleName();
    void grabsOffscreen();

private:
    void showAndActivate();

    std::unique_ptr<UiEngineFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smsdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_fx = std::make_unique<UiEngineFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->startError()));
    m_window = std::make_unique<MainWindow>(m_fx->facade(), m_fx->facade().readModel());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_fx.reset();
}

void TestMainWindow::showAndActivate()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::pagesComeFromTheComposition()
{
    // Placeholders say what is missing until the app hands a page in.
    auto *placeholder = qobject_cast<EmptyState *>(m_window->page(MainWindow::Place::Devices));
    QVERIFY(placeholder);
    QCOMPARE(placeholder->title(), QStringLiteral("Devices"));
    auto *devices = new QLabel(QStringLiteral("devices page"));
    m_window->addPage(MainWindow::Place::Devices, devices);
    QCOMPARE(m_window->page(MainWindow::Place::Devices), devices);
    ConversationsPage *conversations
        = installConversationsPage(*m_window, m_fx->facade(), m_fx->facade().readModel());
    QCOMPARE(m_window->page(MainWindow::Place::Conversations), conversations);
    m_window->showPlace(MainWindow::Place::Devices);
    QVERIFY(devices->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->sidebar()->currentRow(), int(MainWindow::Place::Devices));
}

void TestMainWindow::ctrlNumberSwitchesPlaces()
{
    showAndActivate();
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Conversations);
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7 };
    for (int i = MainWindow::kPlaceCount - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), keys[i], Qt::ControlModifier);
        QCOMPARE(int(m_window->currentPlace()), i);
        QCOMPARE(m_window->sidebar()->currentRow(), i);
    }
    // Arrow keys in the sidebar move between places too.
    m_window->sidebar()->setFocus();
    QTest::keyClick(m_window->sidebar(), Qt::Key_Down);
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Conversations);
}

void TestMainWindow::remembersGeometryAndPlace()
{
    showAndActivate();
    m_window->resize(900, 640);
    m_window->showPlace(MainWindow::Place::DeadLetters);
    m_window->close(); // saves
    MainWindow again(m_fx->facade(), m_fx->facade().readModel());
    again.restoreWindowState();
    QCOMPARE(again.currentPlace(), MainWindow::Place::DeadLetters);
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::statusBarShowsQueuePhonesAndApi()
{
    for (int i = 0; i < 2; ++i) {
        const auto sent
            = await(m_fx->facade().sendMessage(QStringLiteral("+49 30 1234567"), QStringLiteral("Hi")));
        QVERIFY2(sent.ok(), qPrintable(sent.errorString()));
    }
    m_fx->addDevice(QStringLiteral("Shop phone"));
    QTRY_COMPARE(m_window->engineStatus()->queueText(), QStringLiteral("2 queued"));
    QTRY_COMPARE(m_window->engineStatus()->phonesText(), QStringLiteral("Phones online: 0 of 1"));
    QCOMPARE(m_window->engineStatus()->apiText(), QStringLiteral("API off")); // the fixture runs no API
    QTRY_VERIFY(m_window->tray()->toolTip().contains(QStringLiteral("Queued: 2")));
}

void TestMainWindow::statusBarShowsDispatchState()
{
    DispatchStatus status;
    status.kind = DispatchStatus::Kind::AllUnavailable;
    Q_EMIT m_fx->facade().dispatchStatusChanged(status);
    QCOMPARE(m_window->engineStatus()->stateText(),
             QStringLiteral("Paused — all phones are disabled or paused"));
    status.kind = DispatchStatus::Kind::AllAtLimit;
    status.resumeAtMs = QDateTime(QDate(2026, 12, 2), QTime(14, 5)).toMSecsSinceEpoch();
    Q_EMIT m_fx->facade().dispatchStatusChanged(status);
    QCOMPARE(m_window->engineStatus()->stateText(),
             QStringLiteral("Paused — all phones are at their limit; more at %1")
                 .arg(timefmt::clockTime(status.resumeAtMs)));
    status.kind = DispatchStatus::Kind::Sending;
    status.phones = 2;
    Q_EMIT m_fx->facade().dispatchStatusChanged(status);
    QCOMPARE(m_window->engineStatus()->stateText(), QStringLiteral("Dispatching"));
    // Phones at their per-minute limit still send, at their pace: not a pause.
    status.kind = DispatchStatus::Kind::Throttled;
    Q_EMIT m_fx->facade().dispatchStatusChanged(status);
    QCOMPARE(m_window->engineStatus()->stateText(),
             QStringLiteral("Dispatching — at the phones' per-minute limit"));
    QVERIFY(m_window->engineStatus()->stateToolTip().contains(QStringLiteral("pace")));
}

// The state, the queue and the phones are worded again in the new language at once, not
// at the next change of state.
void TestMainWindow::statusBarFollowsLanguageSwitch()
{
    DispatchStatus status;
    status.kind = DispatchStatus::Kind::AllUnavailable;
    Q_EMIT m_fx->facade().dispatchStatusChanged(status);
    EngineStatus *bar = m_window->engineStatus();
    QCOMPARE(bar->stateText(), QStringLiteral("Paused — all phones are disabled or paused"));
    QTRY_VERIFY(bar->queueText().endsWith(QStringLiteral(" queued")));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/smsdesk_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QTRY_VERIFY2(bar->stateText().startsWith(QStringLiteral("Angehalten – ")), qPrintable(bar->stateText()));
    QVERIFY2(bar->queueText().endsWith(QStringLiteral(" wartend")), qPrintable(bar->queueText()));
    QVERIFY(QCoreApplication::removeTranslator(&german));
    QTRY_COMPARE(bar->stateText(), QStringLiteral("Paused — all phones are disabled or paused"));
}

void TestMainWindow::badgesFollowDeadLettersAndUnread()
{
    installConversationsPage(*m_window, m_fx->facade(), m_fx->facade().readModel());
    QCOMPARE(m_window->badge(MainWindow::Place::DeadLetters), 0);
    QCOMPARE(m_fx->addDeadLetters(3).size(), 3);
    QTRY_COMPARE(m_window->badge(MainWindow::Place::DeadLetters), 3);

    InboundMessage in;
    in.from = QStringLiteral("+4930555000");
    in.text = QStringLiteral("Are you open today?");
    in.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    in.gatewayId = QStringLiteral("in-1");
    QVERIFY(await(m_fx->store().addInbound(in)).ok());
    QTRY_COMPARE(m_window->badge(MainWindow::Place::Conversations), 1);
    QTRY_VERIFY(m_window->tray()->toolTip().contains(QStringLiteral("Unread conversations: 1")));
}

void TestMainWindow::notifiesWhenMessagesDieOrPhonesNeedAttention()
{
    for (int i = 0; i < 3; ++i)
        Q_EMIT m_fx->facade().messageDied(QStringLiteral("+4930123456%1").arg(i), QStringLiteral("HTTP 400"));
    QTRY_COMPARE(m_window->tray()->lastTitle(), QStringLiteral("Message not sent"));
    QVERIFY2(m_window->tray()->lastText().contains(QStringLiteral("and 2 more")),
             qPrintable(m_window->tray()->lastText()));

    const Device phone = m_fx->addDevice(QStringLiteral("Shop phone"));
    Q_EMIT m_fx->facade().deviceAlert(phone.id,
                                      QStringLiteral("paused: the gateway refused the credentials"));
    QTRY_COMPARE(m_window->tray()->lastTitle(), QStringLiteral("Phone needs attention"));
    QVERIFY(m_window->tray()->lastText().startsWith(QStringLiteral("Shop phone: paused")));
    // In the window: an inline banner (no modal box) that leads to the phone.
    QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("Shop phone: paused")));
    auto *open = m_window->banner()->findChild<QPushButton *>();
    QVERIFY(open && open->text() == QStringLiteral("Open Devices"));
    open->click();
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Devices);
}

void TestMainWindow::firstRunOffersAPhoneOrDemo()
{
    ConversationsPage *page = installConversationsPage(*m_window, m_fx->facade(), m_fx->facade().readModel());
    showAndActivate();
    QCOMPARE(page->emptyState()->title(), QStringLiteral("No phones yet"));
    QSignalSpy demo(m_window.get(), &MainWindow::demoModeRequested);
    QPushButton *addPhone = nullptr;
    QPushButton *tryDemo = nullptr;
    for (QPushButton *button : page->emptyState()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Add a phone"))
            addPhone = button;
        if (button->text() == QStringLiteral("Try demo mode"))
            tryDemo = button;
    }
    QVERIFY(addPhone && tryDemo);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QTest::mouseClick(addPhone, Qt::LeftButton);
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Devices);
    // Once a phone exists the place explains itself instead.
    m_fx->addDevice(QStringLiteral("Shop phone"));
    QTRY_COMPARE(page->emptyState()->title(), QStringLiteral("No conversations yet"));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    installConversationsPage(*m_window, m_fx->facade(), m_fx->facade().readModel());
    m_fx->addDevice(QStringLiteral("Shop phone"));
    showAndActivate();
    auto *page = qobject_cast<ConversationsPage *>(m_window->page(MainWindow::Place::Conversations));
    page->openThread(QStringLiteral("+4930123456"));
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(m_window.get()))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // a combo box's own editor
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2)").arg(QLatin1String(w->metaObject()->className()),
                                                          w->objectName())));
    }
}

void TestMainWindow::grabsOffscreen()
{
    installConversationsPage(*m_window, m_fx->facade(), m_fx->facade().readModel());
    m_window->resize(1100, 720);
    m_window->show();
    for (int i = 0; i < MainWindow::kPlaceCount; ++i) {
        m_window->showPlace(MainWindow::Place(i));
        const QPixmap shot = m_window->grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size() / shot.devicePixelRatio(), QSize(1100, 720));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
