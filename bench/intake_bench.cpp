// SPDX-License-Identifier: GPL-3.0-or-later
// RabbitMQ intake benchmark (issue 16, point 7): a real rabbitmq-server started for the run
// (tests/intake/rabbitmqbroker.*: own node, folders and loopback ports), a producer on the same
// machine publishing persistent messages (delivery_mode 2, publisher confirms, the header
// timestamp_in_ms set at publish) while RabbitMqIntake reads them into a durable SQLite queue
// through the real IntakeSink. Prints entries per second (first publish → last entry on disk
// and acknowledged) and the intake's lag p99 (publish → on disk).
//
//   intake_bench_rabbitmq [--count 100000] [--prefetch 500] [--batch 1000]

#include "clock.h"
#include "intakesink.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "rabbitmqbroker.h"
#include "rabbitmqintake.h"
#include "retrypolicy.h"
#include "storeconfig.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace smsdesk;
using namespace smsdesk::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<IntakeState>();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("count"), QStringLiteral("Messages to publish."), QStringLiteral("n"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("prefetch"), QStringLiteral("The intake's read ahead."), QStringLiteral("n"),
                       QStringLiteral("500") });
    parser.addOption({ QStringLiteral("batch"), QStringLiteral("Messages per publisher-confirm wait."),
                       QStringLiteral("n"), QStringLiteral("1000") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int prefetch = parser.value(QStringLiteral("prefetch")).toInt();
    const int batch = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    const QString queue = QStringLiteral("sms_bench");

    RabbitBroker broker;
    if (const Status st = broker.start(); !st.ok()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(st.error().message));
        return 1;
    }
    QTemporaryDir dir;
    SystemClock clock;
    PhoneNumbers numbers(QStringLiteral("DE"));
    const StoreConfig storeConfig = StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db")));
    QueueStore store(clock, QueueStore::Options { storeConfig, RetryPolicy() });
    StoreReader reader(storeConfig);
    if (!store.open().ok() || !reader.open().ok()) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    IntakeSink sink(IntakeSink::Parts { store, reader, numbers, clock });

    {
        RabbitPublisher declarer;
        if (!declarer.connect(broker.url()).ok() || !declarer.declareDurable(queue).ok()) {
            std::fprintf(stderr, "cannot declare the queue\n");
            return 1;
        }
    }

    IntakeConfig config;
    config.id = 1;
    config.kind = IntakeConfig::Kind::RabbitMq;
    config.url = broker.url();
    config.queue = queue;
    config.prefetch = prefetch;
    QThread thread;
    auto *intake = new RabbitMqIntake(config, sink);
    intake->moveToThread(&thread);
    IntakeState last;
    QObject receiver;
    QObject::connect(intake, &IntakeSource::stateChanged, &receiver, [&](const IntakeState &s) { last = s; });
    thread.start();
    QMetaObject::invokeMethod(intake, &RabbitMqIntake::start, Qt::QueuedConnection);

    std::atomic<bool> producerFailed { false };
    QElapsedTimer elapsed;
    elapsed.start();
    std::thread producer([&] {
        RabbitPublisher publisher;
        if (!publisher.connect(broker.url()).ok()) {
            producerFailed = true;
            return;
        }
        for (int from = 0; from < count; from += batch) {
            QList<RabbitPublisher::Message> messages;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int n = from; n < std::min(count, from + batch); ++n)
                messages.append({ "{\"to\":\"+49151" + QByteArray::number(10'000'000 + n) + "\",\"text\":\"bench "
                                      + QByteArray::number(n) + "\"}",
                                  "bench-" + QByteArray::number(n), now });
            if (!publisher.publish(queue, messages).ok()) {
                producerFailed = true;
                return;
            }
        }
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (producerFailed || last.enqueued + last.duplicates + last.rejected >= count)
            app.quit();
    });
    poll.start();
    app.exec();
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    producer.join();
    QMetaObject::invokeMethod(
        intake,
        [intake] {
            intake->stop();
            delete intake;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    if (producerFailed) {
        std::fprintf(stderr, "the producer failed\n");
        return 1;
    }
    const qint64 stored = reader.counts().ok() ? reader.counts().value().queued : -1;
    std::printf("RESULT broker=rabbitmq entries=%d stored=%lld seconds=%.2f entries_per_s=%.0f lag_p99_ms=%lld "
                "prefetch=%d rejected=%lld duplicates=%lld\n",
                count, static_cast<long long>(stored), seconds, double(count) / seconds,
                static_cast<long long>(last.lagMs), prefetch, static_cast<long long>(last.rejected),
                static_cast<long long>(last.duplicates));
    return stored == count ? 0 : 2;
}
