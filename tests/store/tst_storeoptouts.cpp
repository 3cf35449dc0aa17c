// SPDX-License-Identifier: GPL-3.0-or-later
// The suppression list in the store (issue 15, point 1), on SQLite and, as
// tst_storeoptouts_postgres, on PostgreSQL: an incoming STOP puts the number on the list in
// the same transaction that stores the message and cancels what was queued for it; what
// was on the wire and comes back is cancelled by the claim, never sent; an enqueue to it is
// refused (OptedOut); START lifts it; the business's confirmation is the one message let
// through. Keywords as the carriers read them: CTIA's Messaging Principles and Best
// Practices (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT; START, UNSTOP), and the
// Android SMS Gateway's own docs say nothing of opt-outs: the gateway forwards the text as
// it arrived (capcom6/android-sms-gateway, app/src/main/java/me/capcom/smsgateway/modules/
// receiver/ReceiverService.kt), so the keyword is ours to read.
#include "businesssettings.h"
#include "storereader.h"
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kAnna = QStringLiteral("+4915112345678");
const QString kBen = QStringLiteral("+4915187654321");

InboundMessage from(const QString &number, const QString &text)
{
    InboundMessage m;
    m.from = number;
    m.text = text;
    return m;
}

} // namespace

class tst_StoreOptOuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void aStopCancelsWhatIsQueuedAndRefusesWhatComesNext();
    void whatWasOnTheWireIsCancelledWhenItComesBack();
    void startLiftsItAndTheConfirmationsGoOut();
    void byHandWithANote();
    void theReaderPagesTheList();
    void anotherDeskHearsOfIt();
};

void tst_StoreOptOuts::keywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // OptOutKeyword
    const int none = int(OptOutKeyword::None), out = int(OptOutKeyword::OptOut), in = int(OptOutKeyword::OptIn);
    QTest::newRow("STOP") << QStringLiteral("STOP") << out;
    QTest::newRow("lower, spaces, bang") << QStringLiteral("  stop! ") << out;
    QTest::newRow("Stop.") << QStringLiteral("Stop.") << out;
    QTest::newRow("STOP ALL") << QStringLiteral("stop all") << out;
    QTest::newRow("STOPALL") << QStringLiteral("StopAll") << out;
    QTest::newRow("UNSUBSCRIBE") << QStringLiteral("Unsubscribe") << out;
    QTest::newRow("CANCEL") << QStringLiteral("cancel") << out;
    QTest::newRow("END") << QStringLiteral("END") << out;
    QTest::newRow("QUIT") << QStringLiteral("quit") << out;
    QTest::newRow("opt-out") << QStringLiteral("Opt-out") << out;
    QTest::newRow("STOPP (de)") << QStringLiteral("Stopp") << out;
    QTest::newRow("ABMELDEN (de)") << QStringLiteral("abmelden") << out;
    QTest::newRow("BAJA (es)") << QStringLiteral("¡Baja!") << out;
    QTest::newRow("dar de baja (es)") << QStringLiteral("Dar de baja") << out;
    QTest::newRow("ARRÊT (fr)") << QStringLiteral("Arrêt") << out;
    QTest::newRow("ARRET (fr)") << QStringLiteral("ARRET") << out;
    QTest::newRow("désabonner (fr)") << QStringLiteral("désabonner") << out;
    QTest::newRow("tab and newline") << QStringLiteral("\tSTOP\n") << out;
    QTest::newRow("START") << QStringLiteral("Start") << in;
    QTest::newRow("UNSTOP") << QStringLiteral("unstop") << in;
    QTest::newRow("inside a sentence") << QStringLiteral("please don't stop sending") << none;
    QTest::newRow("stop me") << QStringLiteral("stop me") << none;
    QTest::newRow("stop with a number") << QStringLiteral("STOP2") << none;
    QTest::newRow("stopping") << QStringLiteral("stopping by at 5") << none;
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("emoji") << QStringLiteral("👍") << none;
    QTest::newRow("long") << QStringLiteral("stop ").repeated(200) << none;
}

void tst_StoreOptOuts::keywords()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(int(optOutKeyword(text)), expected);
}

void tst_StoreOptOuts::aStopCancelsWhatIsQueuedAndRefusesWhatComesNext()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message waiting = f.enqueue(kAnna, QStringLiteral("Your table is ready"));
    const Message later = f.enqueue(kAnna, QStringLiteral("See you Friday"), 0, f.clock().nowMs() + 3'600'000);
    const Message other = f.enqueue(kBen, QStringLiteral("Your order is ready"));
    QSignalSpy listChanged(&f.store(), &QueueStore::optOutsChanged);

    // Inside a sentence it is an ordinary message.
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("please don't stop sending")))).ok());
    QCOMPARE(f.statusOf(waiting.id), MessageStatus::Queued);
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral(" Stop! ")))).ok());
    QTRY_COMPARE(listChanged.count(), 1);

    QCOMPARE(f.statusOf(waiting.id), MessageStatus::Cancelled);
    QCOMPARE(f.statusOf(later.id), MessageStatus::Cancelled);
    QCOMPARE(f.statusOf(other.id), MessageStatus::Queued);
    std::unique_ptr<StoreReader> reader = f.reader();
    const Result<Message> cancelled = reader->message(waiting.id);
    QVERIFY(cancelled.ok());
    QVERIFY2(cancelled->lastError.contains(QLatin1String("opted out")), qPrintable(cancelled->lastError));
    QVERIFY(cancelled->lastError.contains(QLatin1String("Stop!")));

    const Result<OptOut> listed = reader->optOut(kAnna);
    QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
    QCOMPARE(listed->source, OptOut::Source::Keyword);
    QCOMPARE(listed->detail, QStringLiteral("Stop!"));

    // Refused at enqueue, the whole request, with its own error.
    EnqueueRequest request;
    request.messages = { StoreFixture::message(kBen, QStringLiteral("hi")),
                         StoreFixture::message(kAnna, QStringLiteral("One more offer")) };
    const Result<EnqueueResult> refused = await(f.store().enqueue(request));
    QCOMPARE(refused.code(), ErrorCode::OptedOut);
    QVERIFY(refused.errorString().contains(kAnna));
    const Result<StatusCounts> counts = reader->counts();
    QCOMPARE(counts->queued, 1); // Ben's first only: nothing of the refused request

    // Only Ben's is claimed; a second STOP changes nothing and sends nothing.
    const QList<Message> claimed = f.claim(10);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().to, kBen);
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("STOP")))).ok());
    QCOMPARE(reader->optOutCount().value(), 1);
    QCOMPARE(reader->optOut(kAnna)->detail, QStringLiteral("Stop!")); // the first STOP stays
}

void tst_StoreOptOuts::whatWasOnTheWireIsCancelledWhenItComesBack()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message m = f.enqueue(kAnna, QStringLiteral("Reminder: dentist tomorrow"));
    const QList<Message> claimed = f.claim(10);
    QCOMPARE(claimed.size(), 1);
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("STOP")))).ok());
    QCOMPARE(f.statusOf(m.id), MessageStatus::Sending); // on the wire: it finishes
    SendOutcome retry = StoreFixture::outcome(claimed.first(), SendOutcome::Kind::Retry);
    retry.attempt = 1;
    retry.error = QStringLiteral("gateway busy");
    QVERIFY(f.completeOne(retry).ok());
    QCOMPARE(f.statusOf(m.id), MessageStatus::Queued);
    f.clock().advanceMs(24 * 3'600'000);
    QCOMPARE(f.claim(10).size(), 0); // the claim cancels it instead of handing it out
    QCOMPARE(f.statusOf(m.id), MessageStatus::Cancelled);
    std::unique_ptr<StoreReader> reader = f.reader();
    QVERIFY(reader->message(m.id)->lastError.contains(QLatin1String("opted out")));
    const Result<StatusCounts> counts = reader->counts();
    QCOMPARE(counts->sending, 0);
    QCOMPARE(counts->queued, 0);
    QCOMPARE(counts->cancelled, 1);

    // A campaign queued after the STOP (its preview was older): cancelled at the claim too.
    Campaign c;
    c.name = QStringLiteral("Closed Monday");
    c.text = QStringLiteral("We are closed on Monday");
    const Result<Campaign> created = await(
        f.store().createCampaign(c, { StoreFixture::message(kAnna, c.text), StoreFixture::message(kBen, c.text) }));
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    const QList<Message> campaign = f.claim(10);
    QCOMPARE(campaign.size(), 1);
    QCOMPARE(campaign.first().to, kBen);
}

void tst_StoreOptOuts::startLiftsItAndTheConfirmationsGoOut()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    BusinessSettings settings;
    settings.optOutReply = QStringLiteral("You will get no more messages from us. Reply START to resume.");
    settings.optInReply = QStringLiteral("Welcome back!");
    QVERIFY(await(f.store().writeSettings(settings.values())).ok());

    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("STOP")))).ok());
    // The confirmation is the one message that goes out to a number on the list.
    QList<Message> claimed = f.claim(10);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().to, kAnna);
    QCOMPARE(claimed.first().text, settings.optOutReply);
    // ...and only once: it was not a way around the list for anything else.
    EnqueueRequest offer;
    offer.messages = { StoreFixture::message(kAnna, QStringLiteral("offer")) };
    QCOMPARE(await(f.store().enqueue(offer)).code(), ErrorCode::OptedOut);

    // START from someone who never stopped is an ordinary message: no confirmation.
    QVERIFY(await(f.store().addInbound(from(kBen, QStringLiteral("start")))).ok());
    QCOMPARE(f.claim(10).size(), 0);

    QSignalSpy listChanged(&f.store(), &QueueStore::optOutsChanged);
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("Start")))).ok());
    QTRY_COMPARE(listChanged.count(), 1);
    std::unique_ptr<StoreReader> reader = f.reader();
    QCOMPARE(reader->optOut(kAnna).code(), ErrorCode::NotFound);
    claimed = f.claim(10);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().text, settings.optInReply);
    QVERIFY(f.enqueue(kAnna, QStringLiteral("Your table is ready")).seq > 0);
}

void tst_StoreOptOuts::byHandWithANote()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message waiting = f.enqueue(kBen, QStringLiteral("Your order is ready"));
    OptOut o;
    o.number = kBen;
    o.source = OptOut::Source::Staff;
    o.detail = QStringLiteral("asked on the phone");
    QVERIFY(await(f.store().addOptOut(o)).ok());
    QCOMPARE(f.statusOf(waiting.id), MessageStatus::Cancelled);
    std::unique_ptr<StoreReader> reader = f.reader();
    QVERIFY(reader->message(waiting.id)->lastError.contains(QLatin1String("asked on the phone")));
    const Result<OptOut> listed = reader->optOut(kBen);
    QCOMPARE(listed->source, OptOut::Source::Staff);
    QCOMPARE(listed->detail, o.detail);

    // Added again, by the API this time: the first time and source stay.
    o.source = OptOut::Source::Api;
    o.detail = QStringLiteral("from the CRM");
    QVERIFY(await(f.store().addOptOut(o)).ok());
    QCOMPARE(reader->optOut(kBen)->source, OptOut::Source::Staff);

    QCOMPARE(await(f.store().removeOptOut(kBen)).value(), true);
    QCOMPARE(await(f.store().removeOptOut(kBen)).value(), false);
    QCOMPARE(f.statusOf(waiting.id), MessageStatus::Cancelled); // lifting sends nothing by itself
    OptOut empty;
    QCOMPARE(await(f.store().addOptOut(empty)).code(), ErrorCode::Invalid);
}

void tst_StoreOptOuts::theReaderPagesTheList()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    Contact anna;
    anna.name = QStringLiteral("Anna Miller");
    anna.numbers = { kAnna };
    QVERIFY(await(f.store().saveContact(anna)).ok());
    for (int i = 0; i < 25; ++i) {
        OptOut o;
        o.number = QStringLiteral("+491511000%1").arg(i, 4, 10, QLatin1Char('0'));
        o.source = OptOut::Source::Api;
        o.atMs = 1'700'000'000'000 + (i / 5) * 1000; // five share each millisecond
        const Status added = await(f.store().addOptOut(o));
        QVERIFY2(added.ok(), qPrintable(QString::number(i) + added.errorString()));
    }
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("stop")))).ok());
    std::unique_ptr<StoreReader> reader = f.reader();
    QCOMPARE(reader->optOutCount().value(), 26);

    OptOutFilter filter;
    filter.limit = 4;
    QStringList seen;
    for (int pages = 0; pages < 20; ++pages) {
        const Result<QList<OptOut>> page = reader->optOuts(filter);
        QVERIFY(page.ok());
        for (const OptOut &o : page.value())
            seen.append(o.number);
        if (page->size() < filter.limit)
            break;
        filter.beforeAtMs = page->constLast().atMs;
        filter.beforeNumber = page->constLast().number;
    }
    QCOMPARE(seen.size(), 26);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 26); // each once
    QCOMPARE(seen.first(), kAnna); // newest first

    OptOutFilter byName;
    byName.search = QStringLiteral("miller");
    const Result<QList<OptOut>> found = reader->optOuts(byName);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().contactName, QStringLiteral("Anna Miller"));
    QCOMPARE(reader->allOptedOutNumbers().value().size(), 26);
    byName.search = QStringLiteral("100%_"); // LIKE characters are literal
    QCOMPARE(reader->optOuts(byName)->size(), 0);
}

void tst_StoreOptOuts::anotherDeskHearsOfIt()
{
    SMSDESK_POSTGRES_ONLY("desks share a PostgreSQL database");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    QSignalSpy heard(other.get(), &QueueStore::optOutsChanged);
    const Message queuedByOther = [&] {
        EnqueueRequest request;
        request.messages = { StoreFixture::message(kAnna, QStringLiteral("Your table is ready")) };
        return await(other->enqueue(request)).value().messages.first();
    }();
    QVERIFY(await(f.store().addInbound(from(kAnna, QStringLiteral("STOP")))).ok());
    QTRY_COMPARE(heard.count(), 1);
    QCOMPARE(f.statusOf(queuedByOther.id), MessageStatus::Cancelled);
    EnqueueRequest again;
    again.messages = { StoreFixture::message(kAnna, QStringLiteral("Offer")) };
    QCOMPARE(await(other->enqueue(again)).code(), ErrorCode::OptedOut);
}

QTEST_GUILESS_MAIN(tst_StoreOptOuts)
#include "tst_storeoptouts.moc"
