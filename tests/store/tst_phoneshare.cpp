// SPDX-License-Identifier: GPL-3.0-or-later
// Several dispatchers on one queue share its phones (issue 13, point 2): each phone is held
// by one dispatcher at a time (its budget counted in one place), and the live dispatchers
// split the phones between them instead of the first one to start taking every phone.
// sharePhones is the rule; QueueStore::holdPhones applies it in the database every
// dispatcher reads (table dispatchers), on both back ends.
#include "phoneshare.h"
#include "storetestsupport.h"

using namespace smsdesk;
using namespace smsdesk::test;

class tst_PhoneShare final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPhoneToOneThatCanSendThroughIt();
    void holdsWhatTheShareSays();
    void aStoppedOrSilentDispatchersPhonesGoToTheOthers();

private:
    static QList<qint64> addPhones(StoreFixture &f, int count);
};

QList<qint64> tst_PhoneShare::addPhones(StoreFixture &f, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Device d;
        d.name = QStringLiteral("phone %1").arg(i + 1);
        d.adapter = QStringLiteral("mysmsgate");
        d.baseUrl = QStringLiteral("http://127.0.0.1:9");
        const Result<Device> added = await(f.store().addDevice(d));
        if (!added)
            return {};
        ids.append(added->id);
    }
    return ids;
}

void tst_PhoneShare::everyPhoneToOneThatCanSendThroughIt()
{
    using Share = QHash<QString, QList<qint64>>;
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
    QCOMPARE(sharePhones({}), Share {});
    QCOMPARE(sharePhones({ { a, { 3, 1, 2 } } }), (Share { { a, { 1, 2, 3 } } }));
    // Evenly, whatever order the rows come in.
    QCOMPARE(sharePhones({ { b, { 1, 2, 3, 4 } }, { a, { 1, 2, 3, 4 } } }),
             (Share { { a, { 1, 3 } }, { b, { 2, 4 } } }));
    QCOMPARE(sharePhones({ { c, { 1, 2, 3, 4, 5 } }, { a, { 1, 2, 3, 4, 5 } }, { b, { 1, 2, 3, 4, 5 } } }),
             (Share { { a, { 1, 4 } }, { b, { 2, 5 } }, { c, { 3 } } }));
    // A desk with the key of one phone only gets that phone; the other desk the rest.
    QCOMPARE(sharePhones({ { a, { 1, 2 } }, { b, { 1 } } }), (Share { { a, { 2 } }, { b, { 1 } } }));
    // More dispatchers than phones: some hold none. A phone nobody can use is nobody's.
    QCOMPARE(sharePhones({ { a, { 7 } }, { b, { 7 } }, { c, {} } }), (Share { { a, { 7 } } }));
    // A repeated id counts once.
    QCOMPARE(sharePhones({ { a, { 1, 1 } }, { b, { 1, 2 } } }), (Share { { a, { 1 } }, { b, { 2 } } }));
}

void tst_PhoneShare::holdsWhatTheShareSays()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QList<qint64> phones = addPhones(f, 4);
    QCOMPARE(phones.size(), 4);
    const QString a = QStringLiteral("desk-a"), b = QStringLiteral("desk-b");
    // A desk that can send through none (no credentials here) holds none, and counts not.
    const Result<QList<qint64>> none = await(f.store().holdPhones(QStringLiteral("desk-c"), {}, 10'000));
    QVERIFY2(none.ok(), qPrintable(none.errorString()));
    QCOMPARE(none.value(), QList<qint64> {});
    // Alone, A holds every phone.
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), phones);
    // B arrives: its share is free only once A lets go at A's next round.
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), QList<qint64> {});
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), (QList<qint64> { phones[0], phones[2] }));
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), (QList<qint64> { phones[1], phones[3] }));
    // Renewals change nothing.
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), (QList<qint64> { phones[0], phones[2] }));
    // A loses the key of its phones 1 and 3: it lets go of them at once, and the two swap
    // (B takes 1 and 3, letting go of 2 and 4 in the same round; A takes those next).
    const QList<qint64> aCan { phones[1], phones[3] };
    QCOMPARE(await(f.store().holdPhones(a, aCan, 10'000)).value(), QList<qint64> {}); // B still has 2 and 4
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), (QList<qint64> { phones[0], phones[2] }));
    QCOMPARE(await(f.store().holdPhones(a, aCan, 10'000)).value(), aCan);
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), (QList<qint64> { phones[0], phones[2] }));
}

void tst_PhoneShare::aStoppedOrSilentDispatchersPhonesGoToTheOthers()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const QList<qint64> phones = addPhones(f, 2);
    QCOMPARE(phones.size(), 2);
    const QString a = QStringLiteral("desk-a"), b = QStringLiteral("desk-b");
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), phones);
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), QList<qint64> {});
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), QList<qint64> { phones[0] });
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), QList<qint64> { phones[1] });
    // A stops gracefully: its phone is free at once, and A is no longer counted.
    QVERIFY(await(f.store().releasePhones(a)).ok());
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), phones);
    // B goes silent (killed, paused): A, back, waits out B's hold, then takes both.
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), QList<qint64> {});
    f.clock().advanceMs(10'001);
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), phones);
    // B resumes: it is live again and gets its share back once A lets go.
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), QList<qint64> {});
    QCOMPARE(await(f.store().holdPhones(a, phones, 10'000)).value(), QList<qint64> { phones[0] });
    QCOMPARE(await(f.store().holdPhones(b, phones, 10'000)).value(), QList<qint64> { phones[1] });
}

QTEST_GUILESS_MAIN(tst_PhoneShare)
#include "tst_phoneshare.moc"
