// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "queuestore.h"
#include "storereader.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

namespace smsdesk::test {

// Real conversations on a real SQLite file: a store with a manual clock (so "today" and
// day separators are deterministic) and a reader for the models under test.
class ConversationFixture final
{
public:
    ConversationFixture()
    {
        QueueStore::Options options;
        options.config = StoreConfig::sqliteAt(m_dir.filePath(QStringLiteral("smsdesk.db")));
        m_store = std::make_unique<QueueStore>(m_clock, std::move(options));
        m_opened = m_store->open();
        if (m_opened) {
            m_reader = std::make_unique<StoreReader>(m_store->config());
            m_opened = m_reader->open();
        }
    }

    bool ok() const { return m_opened.ok(); }
    QString error() const { return m_opened.errorString(); }
    ManualClock &clock() { return m_clock; }
    QueueStore &store() { return *m_store; }
    StoreReader &reader() { return *m_reader; }

    static QString number(int i) { return QStringLiteral("+4930123%1").arg(i, 4, 10, QLatin1Char('0')); }

    Message send(const QString &to, const QString &text)
    {
        NewMessage m;
        m.to = to;
        m.text = text;
        EnqueueRequest request;
        request.messages = { m };
        const Result<EnqueueResult> r = await(m_store->enqueue(request));
        return r && !r->messages.isEmpty() ? r->messages.first() : Message {};
    }

    bool receive(const QString &from, const QString &text)
    {
        static qint64 next = 0;
        InboundMessage in;
        in.from = from;
        in.text = text;
        in.receivedAtMs = m_clock.nowMs();
        in.gatewayId = QStringLiteral("gw-%1").arg(++next);
        return await(m_store->addInbound(in)).ok();
    }

    // Claims every due message and records each as sent (and then delivered when asked).
    int sendAllDue(bool delivered)
    {
        const auto claimed = await(m_store->claimDue(QStringLiteral("test"), 1000, 60'000));
        if (!claimed)
            return -1;
        QList<SendOutcome> outcomes;
        QList<StatusReport> reports;
        for (const Message &m : claimed.value()) {
            SendOutcome o;
            o.kind = SendOutcome::Kind::Sent;
            o.id = m.id;
            o.leaseId = m.leaseId;
            outcomes.append(o);
            StatusReport report;
            report.id = m.id;
            report.atMs = m_clock.nowMs();
            reports.append(report);
        }
        await(m_store->complete(outcomes));
        if (delivered)
            await(m_store->applyReports(reports));
        return int(claimed->size());
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() - 3 * 24 * 3600 * 1000LL };
    std::unique_ptr<QueueStore> m_store;
    std::unique_ptr<StoreReader> m_reader;
    Status m_opened;
};

} // namespace smsdesk::test
