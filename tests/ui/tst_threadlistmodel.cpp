// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadListModel on real data: paging, order, search, unread, live updates without reset.
#include "conversationfixture.h"
#include "phonenumbers.h"
#include "threaddelegate.h"
#include "threadlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestThreadListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsOnePageAtATime();
    void newestActivityFirst();
    void unreadAndMarkRead();
    void unreadCountsThreadsNotLoaded();
    void searchFiltersAsYouType();
    void refreshMovesWithoutReset();
    void avatarSaysInitialsOrDigits();

private:
    static constexpr int kThreads = 230;
    std::unique_ptr<ConversationFixture> m_fx;
    PhoneNumbers m_numbers { QStringLiteral("DE") };
    std::unique_ptr<ThreadListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestThreadListModel::init()
{
    m_fx = std::make_unique<ConversationFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    for (int i = 0; i < kThreads; ++i) {
        m_fx->clock().advanceMs(60'000);
        QVERIFY(!m_fx->send(ConversationFixture::number(i), QStringLiteral("Hello %1").arg(i)).id.isNull());
    }
    m_model = std::make_unique<ThreadListModel>(m_fx->reader(), m_numbers);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reload();
}

void TestThreadListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fx.reset();
}

void TestThreadListModel::loadsOnePageAtATime()
{
    QCOMPARE(m_model->rowCount(), ThreadListModel::kPageSize);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * ThreadListModel::kPageSize);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), kThreads);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestThreadListModel::newestActivityFirst()
{
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(ThreadListModel::NumberRole).toString(), ConversationFixture::number(kThreads - 1));
    QCOMPARE(first.data(ThreadListModel::LastTextRole).toString(),
             QStringLiteral("Hello %1").arg(kThreads - 1));
    QVERIFY(first.data(ThreadListModel::LastOutgoingRole).toBool());
    QCOMPARE(first.data(Qt::DisplayRole).toString(),
             m_numbers.displayFormat(ConversationFixture::number(kThreads - 1)));
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1).data(ThreadListModel::LastAtRole).toLongLong()
                >= m_model->index(row).data(ThreadListModel::LastAtRole).toLongLong());
    }
}

void TestThreadListModel::unreadAndMarkRead()
{
    const QString number = ConversationFixture::number(7);
    m_fx->clock().advanceMs(60'000);
    QVERIFY(m_fx->receive(number, QStringLiteral("Is my order ready?")));
    QVERIFY(m_fx->receive(number, QStringLiteral("Hello?")));
    QSignalSpy unread(m_model.get(), &ThreadListModel::unreadThreadsChanged);
    m_model->refresh();
    QCOMPARE(m_model->rowOf(number), 0);
    QCOMPARE(m_model->index(0).data(ThreadListModel::UnreadRole).toInt(), 2);
    QCOMPARE(m_model->index(0).data(ThreadListModel::LastOutgoingRole).toBool(), false);
    QCOMPARE(m_model->unreadThreads(), 1);
    QCOMPARE(unread.size(), 1);

    QVERIFY(await(m_fx->store().markThreadRead(number)).ok());
    m_model->markReadLocally(number);
    QCOMPARE(m_model->index(0).data(ThreadListModel::UnreadRole).toInt(), 0);
    m_model->refresh(); // the store agrees
    QCOMPARE(m_model->index(0).data(ThreadListModel::UnreadRole).toInt(), 0);
    QCOMPARE(m_model->unreadThreads(), 0);
}

void TestThreadListModel::unreadCountsThreadsNotLoaded()
{
    // Three replies, then a page's worth of newer outgoing traffic: the unread threads are
    // beyond the loaded page, and still counted (the sidebar badge and the tray).
    for (int i = 0; i < 3; ++i) {
        m_fx->clock().advanceMs(1'000);
        QVERIFY(m_fx->receive(ConversationFixture::number(i), QStringLiteral("Reply %1").arg(i)));
    }
    for (int i = 0; i < ThreadListModel::kPageSize + 10; ++i) {
        m_fx->clock().advanceMs(1'000);
        QVERIFY(!m_fx->send(ConversationFixture::number(kThreads + i), QStringLiteral("Later")).id.isNull());
    }
    m_model->reload();
    QCOMPARE(m_model->rowCount(), ThreadListModel::kPageSize);
    QCOMPARE(m_model->rowOf(ConversationFixture::number(0)), -1);
    QCOMPARE(m_model->unreadThreads(), 3);
    m_model->setSearch(QStringLiteral("Later")); // a filter does not hide them from the count
    QCOMPARE(m_model->unreadThreads(), 3);
}

void TestThreadListModel::searchFiltersAsYouType()
{
    m_model->setSearch(QStringLiteral("Hello 12"));
    // "Hello 12", "Hello 120".."Hello 129": 11 threads.
    QCOMPARE(m_model->rowCount(), 11);
    m_model->setSearch(QStringLiteral("Hello 123"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data(ThreadListModel::NumberRole).toString(),
             ConversationFixture::number(123));
    m_model->setSearch(QStringLiteral("no such text"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setSearch({});
    QCOMPARE(m_model->rowCount(), ThreadListModel::kPageSize);
}

void TestThreadListModel::refreshMovesWithoutReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // A thread on the second row gets a reply: it moves to the top.
    const QString second = m_model->index(1).data(ThreadListModel::NumberRole).toString();
    m_fx->clock().advanceMs(60'000);
    QVERIFY(m_fx->receive(second, QStringLiteral("Thanks!")));
    m_model->refresh();
    QCOMPARE(m_model->index(0).data(ThreadListModel::NumberRole).toString(), second);
    QCOMPARE(m_model->index(0).data(ThreadListModel::LastTextRole).toString(), QStringLiteral("Thanks!"));
    QCOMPARE(moved.size(), 1);
    // A brand-new number appears at the top as an insertion.
    m_fx->clock().advanceMs(60'000);
    QVERIFY(!m_fx->send(QStringLiteral("+4917612345678"), QStringLiteral("New customer")).id.isNull());
    m_model->refresh();
    QCOMPARE(m_model->index(0).data(ThreadListModel::NumberRole).toString(),
             QStringLiteral("+4917612345678"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), ThreadListModel::kPageSize + 1);
}

// A known customer's initials in the round avatar, else the number's last two digits.
void TestThreadListModel::avatarSaysInitialsOrDigits()
{
    QCOMPARE(ThreadDelegate::avatarText(QStringLiteral("Anna Miller"), QStringLiteral("+14155550101")), QStringLiteral("AM"));
    QCOMPARE(ThreadDelegate::avatarText(QStringLiteral("zoë de la cruz"), QStringLiteral("+1")), QStringLiteral("ZD"));
    QCOMPARE(ThreadDelegate::avatarText(QStringLiteral("Jürgen"), QStringLiteral("+49221123456")), QStringLiteral("J"));
    QCOMPARE(ThreadDelegate::avatarText(QStringLiteral("  "), QStringLiteral("+49221123456")), QStringLiteral("56"));
    QCOMPARE(ThreadDelegate::avatarText(QStringLiteral("+49 221 123456"), QStringLiteral("+49221123456")), QStringLiteral("56"));
    QCOMPARE(ThreadDelegate::avatarText(QString(), QStringLiteral("+14155550101")), QStringLiteral("01"));
}

QTEST_GUILESS_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"
