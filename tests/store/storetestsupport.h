// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestore.h"
#include "storereader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace smsdesk::test {

// A store on a real SQLite file in a fresh temporary folder, with a manual clock.
class StoreFixture final
{
public:
    StoreFixture() { QVERIFY2(m_dir.isValid(), "cannot create a temporary folder"); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("smsdesk.db")); }
    StoreConfig config() const { return StoreConfig::sqliteAt(dbPath()); }
    ManualClock &clock() { return m_clock; }
    QueueStore &store() { return *m_store; }

    Status open(StoreConfig config)
    {
        QueueStore::Options options;
        options.config = std::move(config);
        options.clock = &m_clock;
        // Deterministic backoff: always the ceiling.
        options.retryPolicy = RetryPolicy(RetryPolicy::Settings {}, [] { return 0.999999; });
        m_store = std::make_unique<QueueStore>(std::move(options));
        return m_store->open();
    }
    Status open() { return open(config()); }
    void close() { m_store.reset(); }

    // A reader on the same file, opened; fails the test when it cannot open.
    std::unique_ptr<StoreReader> reader() const
    {
        auto reader = std::make_unique<StoreReader>(config());
        const Status s = reader->open();
        if (!s)
            qWarning("reader: %s", qPrintable(s.errorString()));
        return reader;
    }

    static NewMessage message(const QString &to, const QString &text, int priority = 0, qint64 sendAtMs = 0)
    {
        NewMessage m;
        m.to = to;
        m.text = text;
        m.priority = priority;
        m.sendAtMs = sendAtMs;
        return m;
    }

    // Enqueues one message and returns it as stored.
    Message enqueue(const NewMessage &m)
    {
        EnqueueRequest request;
        request.messages = { m };
        const Result<EnqueueResult> r = await(m_store->enqueue(request));
        if (!r.ok() || r->messages.size() != 1) {
            qWarning("enqueue failed: %s", qPrintable(r.errorString()));
            return {};
        }
        return r->messages.first();
    }
    Message enqueue(const QString &to, const QString &text, int priority = 0, qint64 sendAtMs = 0)
    {
        return enqueue(message(to, text, priority, sendAtMs));
    }

    QList<Message> claim(int limit = 10, qint64 leaseMs = 30'000, const QString &owner = QStringLiteral("w1"))
    {
        const Result<QList<Message>> r = await(m_store->claimDue(owner, limit, leaseMs));
        if (!r.ok())
            qWarning("claim failed: %s", qPrintable(r.errorString()));
        return r.ok() ? r.value() : QList<Message>();
    }

    Status completeOne(SendOutcome outcome)
    {
        const Result<QList<Status>> r = await(m_store->complete({ outcome }));
        if (!r.ok())
            return r.error();
        return r->first();
    }

    static SendOutcome outcome(const Message &claimed, SendOutcome::Kind kind)
    {
        SendOutcome o;
        o.kind = kind;
        o.id = claimed.id;
        o.leaseId = claimed.leaseId;
        o.deviceId = 7;
        return o;
    }

    MessageStatus statusOf(const QUuid &id) const
    {
        const Result<Message> m = reader()->message(id);
        return m.ok() ? m->status : MessageStatus::Cancelled;
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<QueueStore> m_store;
};

} // namespace smsdesk::test
