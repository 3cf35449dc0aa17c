// SPDX-License-Identifier: GPL-3.0-or-later
// Broker intake benchmark (issue 16, point 7): a real broker started for the run, on loopback
// (tests/intake: RabbitBroker, RedisServer, ElasticMq), a producer on the same machine writing N entries
// while the intake reads them into a durable SQLite queue through the real IntakeSink. Prints
// entries per second (first write → last entry on disk and acknowledged) and the intake's lag
// p99 (written → on disk).
//
//   intake_bench --broker redis|rabbitmq|sqs [--count 100000] [--prefetch 500] [--batch 1000]
//
// RabbitMQ: persistent messages (delivery_mode 2) with publisher confirms per batch, the
// header timestamp_in_ms set at publish. Redis: `XADD stream * message <json>` pipelined per
// batch, the server's append-only file fsynced every second (appendfsync everysec, the
// default for `appendonly yes`); the stream id carries the time of the XADD. SQS: ElasticMQ
// 0.7.1 (in memory), SendMessageBatch of 10, one request after the other; SentTimestamp is
// the time of the send.

#include "clock.h"
#include "elasticmq.h"
#include "intakeharness.h"
#include "rabbitmqbroker.h"
#include "rabbitmqintake.h"
#include "redisintake.h"
#include "redisserver.h"
#include "sqsintake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

QByteArray benchMessage(int n)
{
    return "{\"to\":\"+49151" + QByteArray::number(10'000'000 + n) + "\",\"text\":\"bench "
        + QByteArray::number(n) + "\"}";
}

// One broker for the run: its intake's config, and a producer writing [from, to).
struct Broker
{
    IntakeConfig config;
    std::function<IntakeSource *(IntakeSink &)> makeIntake;
    std::function<bool(int from, int to)> produce; // called on the producer's thread only
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<IntakeState>();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("broker"), QStringLiteral("redis, rabbitmq or sqs."), QStringLiteral("name"),
                       QStringLiteral("redis") });
    parser.addOption({ QStringLiteral("count"), QStringLiteral("Entries to write."), QStringLiteral("n"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("prefetch"), QStringLiteral("The intake's read ahead."),
                       QStringLiteral("n"), QStringLiteral("500") });
    parser.addOption({ QStringLiteral("batch"), QStringLiteral("Entries per producer round trip."),
                       QStringLiteral("n"), QStringLiteral("1000") });
    parser.process(app);
    const QString brokerName = parser.value(QStringLiteral("broker"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int prefetch = parser.value(QStringLiteral("prefetch")).toInt();
    const int batch = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    if (brokerName != QLatin1String("redis") && brokerName != QLatin1String("rabbitmq")
        && brokerName != QLatin1String("sqs")) {
        std::fprintf(stderr, "--broker is redis, rabbitmq or sqs\n");
        return 1;
    }

    IntakeHarness h;
    if (!h.open()) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }

    std::unique_ptr<RabbitBroker> rabbit;
    std::unique_ptr<RedisServer> redis;
    std::unique_ptr<ElasticMq> elasticMq;
    Broker broker;
    broker.config.id = 1;
    broker.config.prefetch = prefetch;
    if (brokerName == QLatin1String("rabbitmq")) {
        rabbit = std::make_unique<RabbitBroker>();
        if (const Status st = rabbit->start(); !st.ok()) {
            std::fprintf(stderr, "broker: %s\n", qPrintable(st.errorString()));
            return 1;
        }
        const QString queue = QStringLiteral("sms_bench");
        RabbitPublisher declarer;
        if (!declarer.connect(rabbit->url()).ok() || !declarer.declareDurable(queue).ok()) {
            std::fprintf(stderr, "cannot declare the queue\n");
            return 1;
        }
        broker.config.kind = IntakeConfig::Kind::RabbitMq;
        broker.config.url = rabbit->url();
        broker.config.queue = queue;
        broker.makeIntake = [&](IntakeSink &sink) { return new RabbitMqIntake(broker.config, sink); };
        auto publisher = std::make_shared<RabbitPublisher>();
        broker.produce = [&rabbit, publisher, queue](int from, int to) {
            if (from == 0 && !publisher->connect(rabbit->url()).ok())
                return false;
            QList<RabbitPublisher::Message> messages;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int n = from; n < to; ++n)
                messages.append({ benchMessage(n), "bench-" + QByteArray::number(n), now });
            return publisher->publish(queue, messages).ok();
        };
    } else if (brokerName == QLatin1String("sqs")) {
        elasticMq = std::make_unique<ElasticMq>();
        if (const Status st = elasticMq->start(); !st.ok()) {
            std::fprintf(stderr, "ElasticMQ: %s\n", qPrintable(st.errorString()));
            return 1;
        }
        const Result<QUrl> queue = SqsTestClient().createQueue(elasticMq->endpoint(), QStringLiteral("sms_bench"), 60);
        if (!queue.ok()) {
            std::fprintf(stderr, "cannot create the queue: %s\n", qPrintable(queue.errorString()));
            return 1;
        }
        broker.config.kind = IntakeConfig::Kind::Sqs;
        broker.config.url = elasticMq->endpoint();
        broker.config.queue = QStringLiteral("sms_bench");
        broker.makeIntake = [&](IntakeSink &sink) { return new SqsIntake(broker.config, sink); };
        // Made on the producer's thread at its first batch and ended there after its last or a
        // failure: a QNetworkAccessManager lives in the thread it was made in.
        auto producer = std::make_shared<std::unique_ptr<SqsTestClient>>();
        broker.produce = [producer, count, url = queue.value()](int from, int to) {
            if (!*producer)
                *producer = std::make_unique<SqsTestClient>();
            QList<QByteArray> messages;
            for (int n = from; n < to; ++n)
                messages.append(benchMessage(n));
            const bool sent = (*producer)->send(url, messages).ok();
            if (!sent || to >= count)
                producer->reset();
            return sent;
        };
    } else {
        RedisServer::Options options;
        options.fsyncEveryWrite = false; // everysec, the default with appendonly yes
        redis = std::make_unique<RedisServer>(options);
        if (const Status st = redis->start(); !st.ok()) {
            std::fprintf(stderr, "redis-server: %s\n", qPrintable(st.errorString()));
            return 1;
        }
        broker.config.kind = IntakeConfig::Kind::Redis;
        broker.config.url = redis->url();
        broker.makeIntake = [&](IntakeSink &sink) { return new RedisIntake(broker.config, sink); };
        auto producer = std::make_shared<RedisClient>();
        broker.produce = [&redis, producer](int from, int to) {
            if (from == 0 && !producer->connect(redis->port(), redis->password()).ok())
                return false;
            QList<QList<QByteArray>> commands;
            for (int n = from; n < to; ++n)
                commands.append({ "XADD", "sms_queue", "*", "message", benchMessage(n) });
            return producer->pipeline(commands).ok();
        };
    }

    h.startIntake(broker.makeIntake(*h.sink));
    // Redis: the intake makes its group at the stream's end; produce once it reads.
    QElapsedTimer waited;
    waited.start();
    while (h.last.phase != IntakeState::Phase::Running && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (h.last.phase != IntakeState::Phase::Running) {
        std::fprintf(stderr, "the intake did not start: %s\n", qPrintable(h.last.statusLine));
        return 1;
    }

    std::atomic<bool> producerFailed { false };
    QElapsedTimer elapsed;
    elapsed.start();
    std::thread producer([&] {
        for (int from = 0; from < count && !producerFailed; from += batch)
            producerFailed = !broker.produce(from, std::min(count, from + batch));
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (producerFailed || h.last.enqueued + h.last.duplicates + h.last.rejected >= count)
            app.quit();
    });
    poll.start();
    app.exec();
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    producer.join();
    const IntakeState last = h.last;
    h.stopIntake();
    if (producerFailed) {
        std::fprintf(stderr, "the producer failed\n");
        return 1;
    }
    const qint64 stored = h.queued();
    std::printf("RESULT broker=%s entries=%d stored=%lld seconds=%.2f entries_per_s=%.0f lag_p99_ms=%lld "
                "prefetch=%d rejected=%lld duplicates=%lld\n",
                qPrintable(brokerName), count, static_cast<long long>(stored), seconds,
                double(count) / seconds, static_cast<long long>(last.lagMs), prefetch,
                static_cast<long long>(last.rejected), static_cast<long long>(last.duplicates));
    return stored == count ? 0 : 2;
}
