// SPDX-License-Identifier: GPL-3.0-or-later
// thenIfAlive: the continuation runs in the main thread while its receiver exists, and is
// skipped (its future cancelled) when the receiver was destroyed first, whichever thread the
// future resolves in. Built with Q_ASSERT on: Qt 6.4's then(context, ...) would abort here.
#include "thenifalive.h"

#include <QPromise>
#include <QTest>
#include <QThread>

#include <memory>

using namespace smsdesk;

class TestThenIfAlive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInMainThreadWithTheResult();
    void skippedWhenReceiverDiedFirst();
    void skippedWhenReceiverDiedBeforeAnotherThreadResolves();
    void cancelledFutureCancelsTheResult();
    void voidFuturesAndChains();
};

void TestThenIfAlive::runsInMainThreadWithTheResult()
{
    QObject receiver;
    QPromise<int> promise;
    promise.start();
    QThread *ranIn = nullptr;
    QFuture<int> doubled = thenIfAlive(promise.future(), &receiver, [&ranIn](int value) {
        ranIn = QThread::currentThread();
        return value * 2;
    });
    // Resolved in another thread: the continuation still runs in the main thread.
    std::unique_ptr<QThread> worker(QThread::create([&promise] {
        promise.addResult(21);
        promise.finish();
    }));
    worker->start();
    QVERIFY(worker->wait(5'000));
    QTRY_VERIFY(doubled.isFinished());
    QVERIFY(!doubled.isCanceled());
    QCOMPARE(doubled.result(), 42);
    QCOMPARE(ranIn, QThread::currentThread());
}

void TestThenIfAlive::skippedWhenReceiverDiedFirst()
{
    auto receiver = std::make_unique<QObject>();
    QPromise<int> promise;
    promise.start();
    int calls = 0;
    QFuture<void> done = thenIfAlive(promise.future(), receiver.get(), [&calls](int) { ++calls; });
    receiver.reset(); // a dialog closed before the keychain answered
    promise.addResult(1);
    promise.finish();
    QTRY_VERIFY(done.isFinished());
    QVERIFY(done.isCanceled());
    QCOMPARE(calls, 0);
}

void TestThenIfAlive::skippedWhenReceiverDiedBeforeAnotherThreadResolves()
{
    // As with the store: the answer comes from its writer thread after the widget is gone.
    auto receiver = std::make_unique<QObject>();
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    int calls = 0;
    QFuture<int> done
        = thenIfAlive(promise->future(), receiver.get(), [&calls](int v) { return calls += v; });
    receiver.reset();
    std::unique_ptr<QThread> worker(QThread::create([promise] {
        promise->addResult(1);
        promise->finish();
    }));
    worker->start();
    QVERIFY(worker->wait(5'000));
    QTRY_VERIFY(done.isFinished());
    QVERIFY(done.isCanceled());
    QCOMPARE(calls, 0);
}

void TestThenIfAlive::cancelledFutureCancelsTheResult()
{
    QObject receiver;
    int calls = 0;
    QFuture<int> done;
    {
        QPromise<int> promise; // dies unfinished, as when the keychain store goes away
        promise.start();
        done = thenIfAlive(promise.future(), &receiver, [&calls](int v) { return calls += v; });
    }
    QTRY_VERIFY(done.isFinished());
    QVERIFY(done.isCanceled());
    QCOMPARE(calls, 0);
}

void TestThenIfAlive::voidFuturesAndChains()
{
    QObject receiver;
    QPromise<void> promise;
    promise.start();
    // A continuation returning a future, unwrapped: the shape of the facade's save chains.
    QFuture<QString> chained = thenIfAlive(promise.future(), &receiver, [&receiver] {
                                   return thenIfAlive(QtFuture::makeReadyFuture(7), &receiver,
                                                      [](int v) { return QString::number(v); });
                               }).unwrap();
    promise.finish();
    QTRY_VERIFY(chained.isFinished());
    QVERIFY(!chained.isCanceled());
    QCOMPARE(chained.result(), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestThenIfAlive)
#include "tst_thenifalive.moc"
