// SPDX-License-Identifier: GPL-3.0-or-later
// ChatModel on real data: newest page first, older history prepended, live state changes
// in place, dedupe by id, day separators.
#include "chatmodel.h"
#include "conversationfixture.h"
#include "timeformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestChatModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithTheNewestPage();
    void fetchOlderPrependsInOrder();
    void stateChangesInPlace();
    void newMessagesAppendWithoutReset();
    void upsertDedupesById();
    void daySeparators();
    void timeLabels();

private:
    static constexpr int kItems = 120; // 60 out, 60 in, alternating, one a minute
    std::unique_ptr<ConversationFixture> m_fx;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const QString m_number = QStringLiteral("+4930123456");
};

void TestChatModel::init()
{
    m_fx = std::make_unique<ConversationFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    for (int i = 0; i < kItems; ++i) {
        m_fx->clock().advanceMs(60'000);
        if (i % 2 == 0)
            QVERIFY(!m_fx->send(m_number, QStringLiteral("out %1").arg(i)).id.isNull());
        else
            QVERIFY(m_fx->receive(m_number, QStringLiteral("in %1").arg(i)));
    }
    m_fx->send(QStringLiteral("+4930999999"), QStringLiteral("another thread"));
    m_model = std::make_unique<ChatModel>(m_fx->reader());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setNumber(m_number);
}

void TestChatModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fx.reset();
}

void TestChatModel::opensWithTheNewestPage()
{
    QCOMPARE(m_model->rowCount(), ChatModel::kPageSize);
    QVERIFY(m_model->hasOlder());
    // Oldest at the top, newest at the bottom.
    const QModelIndex last = m_model->index(m_model->rowCount() - 1);
    QCOMPARE(last.data(ChatModel::TextRole).toString(), QStringLiteral("in %1").arg(kItems - 1));
    QCOMPARE(last.data(ChatModel::DirectionRole).toInt(), int(ChatModel::Incoming));
    const QModelIndex beforeLast = m_model->index(m_model->rowCount() - 2);
    QCOMPARE(beforeLast.data(ChatModel::DirectionRole).toInt(), int(ChatModel::Outgoing));
    QCOMPARE(beforeLast.data(ChatModel::StatusRole).toInt(), int(MessageStatus::Queued));
    QVERIFY(!beforeLast.data(ChatModel::IdRole).toUuid().isNull());
}

void TestChatModel::fetchOlderPrependsInOrder()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchOlder();
    QCOMPARE(m_model->rowCount(), 2 * ChatModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // prepended
    m_model->fetchOlder();
    QCOMPARE(m_model->rowCount(), kItems);
    QVERIFY(!m_model->hasOlder());
    for (int row = 0; row < kItems; ++row) {
        const QString expected = (row % 2 == 0 ? QStringLiteral("out %1") : QStringLiteral("in %1")).arg(row);
        QCOMPARE(m_model->index(row).data(ChatModel::TextRole).toString(), expected);
    }
}

void TestChatModel::stateChangesInPlace()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_fx->sendAllDue(false) > 0);
    m_model->refresh();
    const int row = m_model->rowCount() - 2;
    QCOMPARE(m_model->index(row).data(ChatModel::StatusRole).toInt(), int(MessageStatus::Sent));
    m_fx->clock().advanceMs(1000);
    // Delivered reports for what is on screen: the bubble shows two ticks.
    QList<StatusReport> reports;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r);
        if (index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing) {
            StatusReport report;
            report.id = index.data(ChatModel::IdRole).toUuid();
            report.atMs = m_fx->clock().nowMs();
            reports.append(report);
        }
    }
    QVERIFY(await(m_fx->store().applyReports(reports)).ok());
    m_model->refresh();
    QCOMPARE(m_model->index(row).data(ChatModel::StatusRole).toInt(), int(MessageStatus::Delivered));
    QVERIFY(changed.size() >= ChatModel::kPageSize / 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), ChatModel::kPageSize);
}

void TestChatModel::newMessagesAppendWithoutReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_fx->clock().advanceMs(60'000);
    QVERIFY(m_fx->receive(m_number, QStringLiteral("a reply")));
    m_fx->send(QStringLiteral("+4930999999"), QStringLiteral("not this thread"));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), ChatModel::kPageSize + 1);
    QCOMPARE(m_model->index(ChatModel::kPageSize).data(ChatModel::TextRole).toString(),
             QStringLiteral("a reply"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), ChatModel::kPageSize);
    QCOMPARE(reset.size(), 0);
}

void TestChatModel::upsertDedupesById()
{
    m_fx->clock().advanceMs(60'000);
    const Message sent = m_fx->send(m_number, QStringLiteral("just typed"));
    ChatItem item;
    item.id = sent.id;
    item.text = sent.text;
    item.atMs = sent.createdAtMs;
    m_model->upsert(item); // what the composer does when the enqueue resolves
    QCOMPARE(m_model->rowCount(), ChatModel::kPageSize + 1);
    m_model->refresh(); // then the store's change signal arrives: no second bubble
    QCOMPARE(m_model->rowCount(), ChatModel::kPageSize + 1);
    QCOMPARE(m_model->rowOfKey(ChatModel::keyOf(item)), ChatModel::kPageSize);
}

void TestChatModel::daySeparators()
{
    // The fixture's clock starts three days ago; a message today starts a new day.
    m_fx->clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    m_fx->send(m_number, QStringLiteral("today"));
    m_model->refresh();
    const int last = m_model->rowCount() - 1;
    QVERIFY(m_model->index(0).data(ChatModel::StartsDayRole).toBool());
    QVERIFY(m_model->index(last).data(ChatModel::StartsDayRole).toBool());
    int separators = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        separators += m_model->index(row).data(ChatModel::StartsDayRole).toBool() ? 1 : 0;
    QVERIFY(separators >= 2 && separators <= 3);
}

void TestChatModel::timeLabels()
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime now(QDate(2026, 11, 25), QTime(16, 0)); // a Wednesday
    const auto at = [&](int daysAgo, int h, int m) {
        return QDateTime(now.date().addDays(-daysAgo), QTime(h, m, 33)).toMSecsSinceEpoch();
    };
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QCOMPARE(timefmt::listTime(at(0, 14, 2), nowMs, en), QStringLiteral("14:02")); // no seconds
    QCOMPARE(timefmt::listTime(at(1, 9, 0), nowMs, en), QStringLiteral("Yesterday"));
    QCOMPARE(timefmt::listTime(at(2, 9, 0), nowMs, en), QStringLiteral("Mon"));
    QCOMPARE(timefmt::listTime(at(13, 9, 0), nowMs, en), QStringLiteral("12 Nov"));
    QCOMPARE(timefmt::listTime(at(400, 9, 0), nowMs, en), QStringLiteral("21 Oct 2025"));
    QCOMPARE(timefmt::dayLabel(at(0, 9, 0), nowMs, en), QStringLiteral("Today"));
    QCOMPARE(timefmt::clockTime(at(0, 14, 2), QLocale(QLocale::C)), QStringLiteral("14:02"));
}

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chatmodel.moc"
