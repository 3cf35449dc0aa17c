// SPDX-License-Identifier: GPL-3.0-or-later
// Whether and what to notify for received SMS (issue 15, point 3), on a real store: the
// name or the number, the first line, one notification for a burst, none for the
// conversation being read, the sound as this machine's setting says.
#include "messagenotifier.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QDateTime>
#include <QtTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestMessageNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneMessageNamesTheNumberAndItsFirstLine();
    void aContactIsNamed();
    void aBurstFromOnePersonIsOneNotification();
    void aBurstFromSeveralPeopleOpensTheList();
    void theConversationBeingReadIsNotNotified();
    void soundFollowsTheSetting();
    void firstLineSkipsBlankLinesAndShortensWhole();

private:
    void receive(const QString &from, const QString &text);
    std::unique_ptr<MessageNotifier> notifier();

    std::unique_ptr<UiEngineFixture> m_fx;
    QString m_focused;
    bool m_sound = true;
    QList<IncomingNotification> m_shown;
    int m_inbound = 0;
};

void TestMessageNotifier::init()
{
    m_fx = std::make_unique<UiEngineFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->startError()));
    m_focused.clear();
    m_sound = true;
    m_shown.clear();
}

void TestMessageNotifier::cleanup()
{
    m_fx.reset();
}

void TestMessageNotifier::receive(const QString &from, const QString &text)
{
    InboundMessage in;
    in.from = from;
    in.text = text;
    in.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    in.gatewayId = QStringLiteral("in-%1").arg(++m_inbound);
    QVERIFY(await(m_fx->store().addInbound(in)).ok());
}

std::unique_ptr<MessageNotifier> TestMessageNotifier::notifier()
{
    MessageNotifier::Hooks hooks;
    hooks.focusedThread = [this] { return m_focused; };
    hooks.displayNumber = [](const QString &number) { return QStringLiteral("tel %1").arg(number); };
    hooks.soundOn = [this] { return m_sound; };
    auto n = std::make_unique<MessageNotifier>(m_fx->facade().readModel(), hooks);
    connect(n.get(), &MessageNotifier::notificationReady, this,
            [this](const IncomingNotification &shown) { m_shown.append(shown); });
    return n;
}

void TestMessageNotifier::oneMessageNamesTheNumberAndItsFirstLine()
{
    auto n = notifier();
    receive(QStringLiteral("+4930555000"), QStringLiteral("Are you open today?\nWe are four."));
    n->messageArrived(QStringLiteral("+4930555000"));
    QCOMPARE(n->pendingMessages(), 1);
    QVERIFY(m_shown.isEmpty()); // told after the grouping window, with what else arrives
    QTRY_COMPARE(m_shown.size(), 1); // the timer flushes on its own
    const IncomingNotification &shown = m_shown.constFirst();
    QCOMPARE(shown.title, QStringLiteral("tel +4930555000"));
    QCOMPARE(shown.body, QStringLiteral("Are you open today?"));
    QCOMPARE(shown.number, QStringLiteral("+4930555000"));
    QCOMPARE(shown.messages, 1);
    QVERIFY(shown.sound);
    QCOMPARE(n->pendingMessages(), 0);
}

void TestMessageNotifier::aContactIsNamed()
{
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Miller");
    anna.numbers = { QStringLiteral("+14155550101") };
    QVERIFY(await(m_fx->facade().saveContact(anna)).ok());
    receive(QStringLiteral("+14155550101"), QStringLiteral("Table for two at 8?"));
    auto n = notifier();
    n->messageArrived(QStringLiteral("+14155550101"));
    n->flush();
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.constFirst().title, QStringLiteral("Anna Miller"));
    QCOMPARE(m_shown.constFirst().body, QStringLiteral("Table for two at 8?"));
}

void TestMessageNotifier::aBurstFromOnePersonIsOneNotification()
{
    auto n = notifier();
    const QString from = QStringLiteral("+4930555001");
    for (const QString &text : { QStringLiteral("Hello"), QStringLiteral("Are you there?"), QStringLiteral("Call me") }) {
        receive(from, text);
        n->messageArrived(from);
    }
    n->flush();
    QCOMPARE(m_shown.size(), 1);
    const IncomingNotification &shown = m_shown.constFirst();
    QCOMPARE(shown.title, QStringLiteral("3 new messages from tel +4930555001"));
    QCOMPARE(shown.body, QStringLiteral("Call me")); // the newest
    QCOMPARE(shown.number, from); // clicking opens that one conversation
    QCOMPARE(shown.messages, 3);
    n->flush(); // nothing new: nothing told
    QCOMPARE(m_shown.size(), 1);
}

void TestMessageNotifier::aBurstFromSeveralPeopleOpensTheList()
{
    auto n = notifier();
    const QStringList from { QStringLiteral("+4930555001"), QStringLiteral("+4930555002"), QStringLiteral("+4930555001"),
                             QStringLiteral("+4930555003"), QStringLiteral("+4930555002") };
    for (const QString &number : from) {
        receive(number, QStringLiteral("Hi"));
        n->messageArrived(number);
    }
    n->flush();
    QCOMPARE(m_shown.size(), 1);
    const IncomingNotification &shown = m_shown.constFirst();
    QCOMPARE(shown.title, QStringLiteral("5 new messages from 3 people"));
    QCOMPARE(shown.body, QStringLiteral("tel +4930555001, tel +4930555002, tel +4930555003"));
    QVERIFY(shown.number.isEmpty()); // the conversations list
    QCOMPARE(shown.messages, 5);
}

void TestMessageNotifier::theConversationBeingReadIsNotNotified()
{
    auto n = notifier();
    m_focused = QStringLiteral("+4930555001");
    receive(m_focused, QStringLiteral("I see you are reading"));
    n->messageArrived(m_focused);
    QCOMPARE(n->pendingMessages(), 0);
    n->flush();
    QVERIFY(m_shown.isEmpty());

    // A message from someone else is told; and one that arrived before the user opened its
    // conversation is dropped when the notification is made.
    m_focused.clear();
    receive(QStringLiteral("+4930555002"), QStringLiteral("Other"));
    n->messageArrived(QStringLiteral("+4930555002"));
    receive(QStringLiteral("+4930555003"), QStringLiteral("Opened meanwhile"));
    n->messageArrived(QStringLiteral("+4930555003"));
    m_focused = QStringLiteral("+4930555003");
    n->flush();
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.constFirst().number, QStringLiteral("+4930555002"));
    QCOMPARE(m_shown.constFirst().messages, 1);
}

void TestMessageNotifier::soundFollowsTheSetting()
{
    auto n = notifier();
    receive(QStringLiteral("+4930555004"), QStringLiteral("Quiet please"));
    m_sound = false;
    n->messageArrived(QStringLiteral("+4930555004"));
    n->flush();
    QCOMPARE(m_shown.size(), 1);
    QVERIFY(!m_shown.constFirst().sound);

    // The setting itself is this machine's (settings.ini), on by default.
    AppSettings &settings = m_fx->facade().settings();
    QVERIFY(settings.notificationSound());
    settings.setNotificationSound(false);
    QVERIFY(!settings.notificationSound());
}

void TestMessageNotifier::firstLineSkipsBlankLinesAndShortensWhole()
{
    QCOMPARE(MessageNotifier::firstLine(QStringLiteral("\n  \n  Pickup at   5\nthanks")), QStringLiteral("Pickup at 5"));
    QCOMPARE(MessageNotifier::firstLine(QString()), QString());
    const QString longText = QString(20, QLatin1Char('a')) + QStringLiteral("😊😊");
    const QString cut = MessageNotifier::firstLine(longText, 22);
    // 21 characters and an ellipsis, but the emoji is never split in half.
    QVERIFY2(!cut.at(cut.size() - 2).isHighSurrogate(), qPrintable(cut));
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QVERIFY(cut.size() <= 22);
    QCOMPARE(MessageNotifier::firstLine(QStringLiteral("short"), 22), QStringLiteral("short"));
}

QTEST_MAIN(TestMessageNotifier)
#include "tst_messagenotifier.moc"
