// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign never starves the conversations (issue 14, point 3): while a campaign's
// messages wait for a phone's per-minute budget, a reply staff type goes out when the phone's
// minute next opens, ahead of every campaign message not yet claimed; and a paused
// campaign sends nothing more until it is resumed. Real dispatcher, real HTTP to the
// simulator, on a manual clock (and on PostgreSQL as tst_dispatchcampaign_postgres).
#include "dispatchfixture.h"

#include <algorithm>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
QList<NewMessage> recipients(int n)
{
    QList<NewMessage> list;
    for (int i = 0; i < n; ++i) {
        NewMessage m;
        m.to = QStringLiteral("+4917100%1").arg(i, 5, 10, QLatin1Char('0'));
        m.text = QStringLiteral("Closed on Monday");
        list.append(m);
    }
    return list;
}
} // namespace

class TestDispatchCampaign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReplyGoesAheadOfTheCampaign();
    void aPausedCampaignSendsNothingMore();
};

void TestDispatchCampaign::aReplyGoesAheadOfTheCampaign()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 6, 0); // 6 a minute
    QVERIFY(fx.start());
    Campaign campaign;
    campaign.name = QStringLiteral("Everyone");
    const Result<Campaign> created = await(fx.store().createCampaign(campaign, recipients(30)));
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent >= 6; }, 1'000, 30)); // the burst
    const QList<Message> reply = fx.enqueue(1, QStringLiteral("Yes, we open at 9 on Tuesday"));
    QVERIFY(fx.advanceUntil([&] { return fx.reader().message(reply.first().id)->status == MessageStatus::Sent; },
                            1'000, 120)); // the burst's six leave the minute at 60 s
    const qint64 replySentAt = fx.reader().message(reply.first().id)->sentAtMs;
    // The reply went out when the phone's minute next opened, with the few campaign
    // messages the dispatcher had claimed before it was written (waiting for that opening),
    // and ahead of every other campaign message.
    const Result<QList<CampaignMessage>> campaignMessages = fx.reader().campaignMessages(created->id, 0, 100);
    QVERIFY(campaignMessages.ok());
    QList<qint64> sentAt;
    for (const CampaignMessage &m : campaignMessages.value()) {
        if (m.status == MessageStatus::Sent)
            sentAt.append(m.sentAtMs);
    }
    std::sort(sentAt.begin(), sentAt.end());
    QVERIFY(sentAt.size() > 6);
    const qint64 burstEnd = sentAt.at(5);
    const qint64 firstOpening = sentAt.at(6);
    QVERIFY2(firstOpening - burstEnd >= 50'000, "the phone's minute held");
    QVERIFY2(replySentAt - firstOpening < 2'000,
             qPrintable(QStringLiteral("the reply waited %1 ms past the first opening").arg(replySentAt - firstOpening)));
    const auto before = std::count_if(sentAt.cbegin(), sentAt.cend(), [&](qint64 t) { return t <= replySentAt; });
    qInfo("campaign messages sent before or with the reply: %d of 30", int(before));
    QVERIFY(before <= 12); // the burst and what was already claimed; 18 or more still wait
    QCOMPARE(sim.stats().duplicates, 0);
}

void TestDispatchCampaign::aPausedCampaignSendsNothingMore()
{
    DispatchFixture fx;
    GatewaySimulator sim(GatewaySimulator::Settings {}, fx.clock());
    QVERIFY(sim.listen());
    fx.addDevice(QStringLiteral("phone"), sim.baseUrl(), QStringLiteral("mysmsgate"), 60, 0);
    QVERIFY(fx.start());
    Campaign campaign;
    campaign.name = QStringLiteral("Reminders");
    campaign.perMinute = 12; // one every 5 s
    const Result<Campaign> created = await(fx.store().createCampaign(campaign, recipients(10)));
    QVERIFY(created.ok());
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent >= 3; }, 1'000, 30));
    QVERIFY(await(fx.store().pauseCampaign(created->id)).ok());
    QVERIFY(fx.advance(1'000, 5)); // whatever was on the wire lands
    const qint64 sentAtPause = fx.counts().sent;
    QVERIFY(fx.advance(5'000, 24)); // two minutes
    QCOMPARE(fx.counts().sent, sentAtPause);
    QVERIFY(await(fx.store().resumeCampaign(created->id)).ok());
    QVERIFY(fx.advanceUntil([&] { return fx.counts().sent == 10; }, 1'000, 120));
    QCOMPARE(sim.acceptLog().size(), 10);
}

QTEST_GUILESS_MAIN(TestDispatchCampaign)
#include "tst_dispatchcampaign.moc"
