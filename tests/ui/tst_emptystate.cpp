// SPDX-License-Identifier: GPL-3.0-or-later
// An empty place shows its whole text (issue 15, point 7: the dead letters' cut its second
// and third lines): every line of the wrapped text fits in the label, and the label in the
// place, in the main window at its default size and in a small one, in English and German.
// SMSDESK_EMPTY_STATE_SHOTS=<folder> also writes what it checked as PNG files, to look at.
#include "deadletterspage.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "translations.h"
#include "uienginefixture.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestEmptyState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk);
        Translations::install(QStringLiteral("en"));
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void deadLettersShowEveryLine_data();
    void deadLettersShowEveryLine();
    void narrowPlacesWrapInsteadOfCutting();
};

void TestEmptyState::deadLettersShowEveryLine_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("default size") << QSize(1100, 720) << QStringLiteral("en");
    QTest::newRow("small") << QSize(760, 460) << QStringLiteral("en");
    QTest::newRow("small, German") << QSize(760, 460) << QStringLiteral("de");
}

void TestEmptyState::deadLettersShowEveryLine()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    UiEngineFixture fx;
    QVERIFY2(fx.start(), qPrintable(fx.startError()));
    MainWindow window(fx.facade(), fx.facade().readModel());
    auto *page = new DeadLettersPage(fx.facade(), fx.facade().readModel());
    window.addPage(MainWindow::Place::DeadLetters, page);
    window.showPlace(MainWindow::Place::DeadLetters);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Translations::install(language);
    auto *empty = page->findChild<EmptyState *>();
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QLabel *text = empty->textLabel();
    QTRY_VERIFY(text->height() > 0);
    QCoreApplication::processEvents();
    QVERIFY2(text->text().size() > 60, qPrintable(text->text())); // the long text, two or three lines
    const int needed = text->heightForWidth(text->width());
    QVERIFY2(text->height() >= needed,
             qPrintable(QStringLiteral("the text needs %1 px, has %2").arg(needed).arg(text->height())));
    QVERIFY(needed > text->fontMetrics().height()); // it does wrap: this checks more than one line
    const QRect inPlace(text->mapTo(empty, QPoint(0, 0)), text->size());
    QVERIFY2(empty->rect().contains(inPlace), "the text reaches outside its place");
    // The title, reworded by the language switch, gets the width it needs too.
    QLabel *title = nullptr;
    for (QLabel *label : empty->findChildren<QLabel *>()) {
        if (label->text() == empty->title())
            title = label;
    }
    QVERIFY(title);
    QTRY_VERIFY2(title->width() >= title->sizeHint().width(),
                 qPrintable(QStringLiteral("title %1 px of %2").arg(title->width()).arg(title->sizeHint().width())));
    if (const QString dir = qEnvironmentVariable("SMSDESK_EMPTY_STATE_SHOTS"); !dir.isEmpty()) {
        const QString name = QStringLiteral("%1/deadletters-empty-%2x%3-%4.png")
                                 .arg(dir)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(language);
        QVERIFY(window.grab().save(name));
    }
}

void TestEmptyState::narrowPlacesWrapInsteadOfCutting()
{
    QWidget frame;
    auto *empty = new EmptyState(&frame);
    empty->setTitle(QStringLiteral("No dead letters"));
    empty->setText(QStringLiteral("Messages that could not be sent after every retry land here, with the "
                                  "reason. You can fix and resend them."));
    empty->resize(300, 400);
    frame.resize(300, 400);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    QLabel *text = empty->textLabel();
    QTRY_VERIFY(text->width() < EmptyState::kTextWidth); // narrower than where there is room
    QVERIFY(text->width() <= empty->width());
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
    empty->resize(900, 400);
    QTRY_COMPARE(text->width(), EmptyState::kTextWidth);
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
}

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
