// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's read seam (issue 12): a model given a ReadModel that is not the store shows what it
// reads and says why when a read fails, a failure no real database gives on demand.
#include "phonenumbers.h"
#include "readmodel.h"
#include "threadlistmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace smsdesk;

namespace {

// Answers thread lists from `threads` (or `failure` when set); everything else is empty.
class FakeReadModel final : public ReadModel
{
public:
    QList<ThreadSummary> threadList;
    int unread = 0;
    QString failure;
    QStringList searches; // what the model asked for, in order

    Status open() override { return {}; }
    Result<QList<MessageEvent>> events(const QUuid &) override { return QList<MessageEvent> {}; }
    Result<StatusCounts> counts() override { return StatusCounts {}; }
    Result<QList<ThreadSummary>> threads(const QString &search, int limit, int offset) override
    {
        searches.append(search);
        if (!failure.isEmpty())
            return Result<QList<ThreadSummary>>::failure(ErrorCode::Io, failure);
        return threadList.mid(offset, limit);
    }
    Result<int> unreadThreadCount() override { return unread; }
    Result<QList<ChatItem>> threadItems(const QString &, const ThreadCursor &, int) override
    {
        return QList<ChatItem> {};
    }
    Result<qint64> stickyDevice(const QString &) override { return qint64(0); }
    Result<QList<Message>> deadLetters(const DeadLetterFilter &) override { return QList<Message> {}; }
    Result<int> deadLetterCount(const DeadLetterFilter &) override { return 0; }
    Result<QList<Device>> devices() override { return QList<Device> {}; }
    Result<Device> device(qint64) override
    {
        return Result<Device>::failure(ErrorCode::NotFound, QStringLiteral("no such phone"));
    }
    Result<int> segmentsSentSince(qint64, qint64) override { return 0; }
    Result<QList<ApiToken>> tokens() override { return QList<ApiToken> {}; }
    Result<QList<Contact>> contacts(const ContactFilter &) override { return QList<Contact> {}; }
    Result<int> contactCount(const ContactFilter &) override { return 0; }
    Result<QList<QPair<QString, int>>> contactGroups() override { return QList<QPair<QString, int>> {}; }
    Result<QList<SavedTemplate>> templates() override { return QList<SavedTemplate> {}; }
    Result<Contact> contactByNumber(const QString &) override
    {
        return Result<Contact>::failure(ErrorCode::NotFound, QStringLiteral("no contact"));
    }
    Result<QList<Message>> scheduledMessages(qint64, int) override { return QList<Message> {}; }
    Result<QHash<QString, QString>> contactNames(const QStringList &) override
    {
        return QHash<QString, QString> {};
    }
    Result<QList<Campaign>> campaigns(int) override { return QList<Campaign> {}; }
    Result<Campaign> campaign(qint64) override
    {
        return Result<Campaign>::failure(ErrorCode::NotFound, QStringLiteral("no campaigns in the fake"));
    }
    Result<QList<CampaignMessage>> campaignMessages(qint64, qint64, int) override
    {
        return QList<CampaignMessage> {};
    }
    Result<QList<OptOut>> optOuts(const OptOutFilter &) override { return QList<OptOut> {}; }
    Result<OptOut> optOut(const QString &) override
    {
        return Result<OptOut>::failure(ErrorCode::NotFound, QStringLiteral("not on the list"));
    }
    Result<int> optOutCount() override { return 0; }
    Result<QList<WebhookEndpoint>> webhookEndpoints() override { return QList<WebhookEndpoint> {}; }
    Result<QList<WebhookDelivery>> webhookDeliveries(const QString &, qint64, int) override
    {
        return QList<WebhookDelivery> {};
    }
    Result<QList<WebhookAttempt>> webhookAttempts(qint64) override { return QList<WebhookAttempt> {}; }
    Result<IntakeRaw> intakeRaw(const QUuid &) override
    {
        return Result<IntakeRaw>::failure(ErrorCode::NotFound, QStringLiteral("none"));
    }
    Result<Throughput> throughputSince(qint64) override { return Throughput {}; }
    Result<QList<QPair<qint64, qint64>>> perMinute(qint64, qint64) override
    {
        return QList<QPair<qint64, qint64>> {};
    }
    // The threads' last texts in which every word of the query starts a word (no paging).
    Result<SearchPage> searchMessages(const SearchQuery &query) override
    {
        if (!failure.isEmpty())
            return Result<SearchPage>::failure(ErrorCode::Io, failure);
        SearchPage page;
        page.words = search::wordsOf(query.text, &page.cut);
        for (const ThreadSummary &t : std::as_const(threadList)) {
            bool all = !page.words.isEmpty();
            for (const QString &w : std::as_const(page.words))
                all = all && search::wordsOf(t.lastText, nullptr).filter(QRegularExpression(
                                 QLatin1Char('^') + QRegularExpression::escape(w),
                                 QRegularExpression::CaseInsensitiveOption)).size() > 0;
            if (all && page.hits.size() < query.limit)
                page.hits.append({ t.number, t.contactName, t.lastOutgoing, {}, 0, 0, t.lastAtMs, t.lastText });
        }
        return page;
    }
    // The threads' last messages in the filter's range, one page.
    Result<HistoryPage> historyPage(const HistoryFilter &filter) override
    {
        if (!failure.isEmpty())
            return Result<HistoryPage>::failure(ErrorCode::Io, failure);
        HistoryPage page;
        for (const ThreadSummary &t : std::as_const(threadList)) {
            if ((filter.number.isEmpty() || filter.number == t.number) && t.lastAtMs >= filter.fromMs
                && t.lastAtMs < filter.toMs)
                page.rows.append({ t.lastAtMs, t.lastOutgoing, t.number, t.contactName, t.lastText,
                                   t.lastOutgoing ? QStringLiteral("sent") : QStringLiteral("received"), {}, 0 });
        }
        return page;
    }
};

ThreadSummary threadOf(const QString &number, const QString &text, int unread)
{
    ThreadSummary summary;
    summary.number = number;
    summary.lastText = text;
    summary.unread = unread;
    summary.messageCount = 1;
    return summary;
}

} // namespace

class TestFakeReadModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatItReads();
    void saysWhyAReadFailed();
};

void TestFakeReadModel::showsWhatItReads()
{
    FakeReadModel reader;
    reader.threadList = { threadOf(QStringLiteral("+4915112345678"), QStringLiteral("See you at 5"), 2),
                          threadOf(QStringLiteral("+4930123456"), QStringLiteral("Thanks!"), 0) };
    reader.unread = 1;
    PhoneNumbers numbers(QStringLiteral("DE"));
    ThreadListModel model(reader, numbers);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&model, &ThreadListModel::unreadThreadsChanged);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ThreadListModel::NumberRole).toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(model.index(0).data(ThreadListModel::LastTextRole).toString(), QStringLiteral("See you at 5"));
    QCOMPARE(model.index(0).data(ThreadListModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.index(1).data(ThreadListModel::NumberRole).toString(), QStringLiteral("+4930123456"));
    QCOMPARE(model.unreadThreads(), 1);
    QCOMPARE(unread.size(), 1);
    model.setSearch(QStringLiteral("  4930 "));
    QCOMPARE(reader.searches.constLast(), QStringLiteral("4930")); // trimmed before it is asked
}

void TestFakeReadModel::saysWhyAReadFailed()
{
    FakeReadModel reader;
    reader.failure = QStringLiteral("cannot read threads: disk I/O error");
    PhoneNumbers numbers(QStringLiteral("DE"));
    ThreadListModel model(reader, numbers);
    QSignalSpy failed(&model, &ThreadListModel::loadFailed);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // no retry loop behind the user's back
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("cannot read threads: disk I/O error"));
}

QTEST_MAIN(TestFakeReadModel)
#include "tst_fakereadmodel.moc"
