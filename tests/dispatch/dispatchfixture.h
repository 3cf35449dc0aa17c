// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real store on a TestDatabase (an SQLite file in a temporary folder, or a PostgreSQL
// database of its own in the tst_*_postgres run), a manual clock shared by the store, the
// dispatcher and (when a test wants it) the simulator, and a dispatcher sending over real
// loopback HTTP. Retry timing moves only when a test advances the clock and calls wake().

#include "dispatchstack.h"
#include "gatewaysimulator.h"
#include "queuestore.h"
#include "storereader.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace smsdesk::test {

class DispatchFixture final
{
public:
    DispatchFixture()
    {
        QueueStore::Options options;
        options.config = m_db.config();
        options.retryPolicy = testPolicy(); // the store decides retry delays
        m_store = std::make_unique<QueueStore>(m_clock, std::move(options));
        const Status opened = m_store->open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        m_reader = std::make_unique<StoreReader>(m_store->config());
        QVERIFY(m_reader->open().ok());
    }
    ~DispatchFixture()
    {
        if (m_stack) {
            m_stack->stop(0);
            m_stack->waitForStopped(10'000);
        }
        m_stack.reset();
    }

    ManualClock &clock() { return m_clock; }
    QueueStore &store() { return *m_store; }
    // SQLite only: the database file.
    QString dbPath() const { return m_db.dbPath(); }
    StoreReader &reader() { return *m_reader; }
    Dispatcher &dispatcher() { return m_stack->dispatcher(); }
    DispatchStack &stack() { return *m_stack; }

    // Backoff that is always the ceiling (base 1 s, factor 2, cap 8 s): tests advance
    // the clock by known amounts.
    static RetryPolicy testPolicy(int maxAttempts = 8)
    {
        RetryPolicy::Settings s;
        s.baseMs = 1'000;
        s.capMs = 8'000;
        s.maxAttempts = maxAttempts;
        return RetryPolicy(s, [] { return 0.999999; });
    }

    Device addDevice(const QString &name, const QUrl &baseUrl,
                     const QString &adapter = QStringLiteral("mysmsgate"), int perMinute = 0, int perDay = 0,
                     const QString &remoteId = {})
    {
        Device d;
        d.name = name;
        d.adapter = adapter;
        d.baseUrl = baseUrl.toString();
        d.remoteId = remoteId;
        d.ratePerMinute = perMinute;
        d.ratePerDay = perDay;
        const Result<Device> added = await(m_store->addDevice(d));
        if (!added)
            qWarning("addDevice: %s", qPrintable(added.errorString()));
        return added ? added.value() : Device {};
    }

    QList<Message> enqueue(int count, const QString &text = QStringLiteral("hello"), qint64 deviceId = 0,
                           int maxAttempts = 8, int segments = 1)
    {
        EnqueueRequest request;
        for (int i = 0; i < count; ++i) {
            NewMessage m;
            m.to = QStringLiteral("+4917000%1").arg(m_nextNumber++, 5, 10, QLatin1Char('0'));
            m.text = text;
            m.deviceId = deviceId;
            m.maxAttempts = maxAttempts;
            m.segments = segments;
            request.messages.append(m);
        }
        const Result<EnqueueResult> r = await(m_store->enqueue(request));
        if (!r)
            qWarning("enqueue: %s", qPrintable(r.errorString()));
        return r ? r->messages : QList<Message> {};
    }

    // Starts a dispatcher with test defaults, changed by `tweak`.
    bool start(const std::function<void(DispatchStack::Options &)> &tweak = {})
    {
        DispatchStack::Options o;
        o.timeZone = QTimeZone::utc();
        o.owner = QStringLiteral("test-dispatcher");
        o.httpTimeoutMs = 5'000;
        o.healthIntervalMs = 0;
        o.statusPollIntervalMs = 0;
        o.inboxPollIntervalMs = 0;
        m_lastTweak = tweak;
        if (tweak)
            tweak(o);
        m_stack = std::make_unique<DispatchStack>(*m_store, m_clock, std::move(o));
        const Status s = m_stack->start();
        if (!s)
            qWarning("start: %s", qPrintable(s.errorString()));
        return s.ok();
    }

    // Stops the dispatcher (graceful) and starts a new one on the same store, as after a
    // restart of the program; with the same options unless `tweak` says otherwise.
    bool restart(const std::function<void(DispatchStack::Options &)> &tweak = {})
    {
        m_stack->stop(5'000);
        if (!m_stack->waitForStopped(10'000))
            return false;
        m_stack.reset();
        return start(tweak ? tweak : m_lastTweak);
    }

    StatusCounts counts()
    {
        const Result<StatusCounts> c = m_reader->counts();
        return c ? c.value() : StatusCounts {};
    }
    Message message(const QUuid &id)
    {
        const Result<Message> m = m_reader->message(id);
        return m ? m.value() : Message {};
    }
    // Nothing queued-and-due and nothing on the wire: the dispatcher is waiting for time.
    bool settled() { return dispatcher().isQuiescent() && counts().sending == 0; }
    // Advances the clock in steps, waking the dispatcher each time, until `done` holds.
    bool advanceUntil(const std::function<bool()> &done, qint64 stepMs, int maxSteps)
    {
        for (int i = 0; i < maxSteps; ++i) {
            if (!QTest::qWaitFor([this] { return settled(); }, 10'000))
                return false;
            if (done())
                return true;
            m_clock.advanceMs(stepMs);
            dispatcher().wake();
            QTest::qWait(5);
        }
        return done();
    }

    // Lets `steps` × `stepMs` of clock time pass, waking the dispatcher at each step.
    bool advance(qint64 stepMs, int steps)
    {
        advanceUntil([] { return false; }, stepMs, steps);
        return QTest::qWaitFor([this] { return settled(); }, 10'000);
    }

private:
    TestDatabase m_db;
    ManualClock m_clock;
    std::unique_ptr<QueueStore> m_store;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<DispatchStack> m_stack;
    std::function<void(DispatchStack::Options &)> m_lastTweak;
    int m_nextNumber = 1;
};

} // namespace smsdesk::test
