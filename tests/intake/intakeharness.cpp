// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeharness.h"

#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace smsdesk::test {

QByteArray intakeMessage(int n, const QByteArray &ownId)
{
    QByteArray json = "{\"to\":\"+49151123" + QByteArray::number(40000 + n) + "\",\"text\":\"intake message "
        + QByteArray::number(n) + '"';
    if (!ownId.isEmpty())
        json += ",\"id\":\"" + ownId + '"';
    return json + '}';
}

IntakeHarness::IntakeHarness()
    : m_lockName(QStringLiteral("intake-test-lock-%1").arg(QRandomGenerator::global()->generate64()))
{
    store = std::make_unique<QueueStore>(clock, QueueStore::Options { config(), RetryPolicy() });
}

IntakeHarness::~IntakeHarness()
{
    stopIntake();
    unlock();
}

StoreConfig IntakeHarness::config() const
{
    return StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db")));
}

bool IntakeHarness::open()
{
    if (!dir.isValid() || !store->open().ok())
        return false;
    sinkReader = std::make_unique<StoreReader>(config());
    checkReader = std::make_unique<StoreReader>(config());
    if (!sinkReader->open().ok() || !checkReader->open().ok())
        return false;
    sink = std::make_unique<IntakeSink>(IntakeSink::Parts { *store, *sinkReader, numbers, clock });
    return true;
}

void IntakeHarness::startIntake(IntakeSource *source)
{
    intake = source;
    intake->moveToThread(&thread);
    QObject::connect(intake, &IntakeSource::stateChanged, &receiver, [this](const IntakeState &s) {
        states.append(s);
        last = s;
    });
    thread.start();
    QMetaObject::invokeMethod(intake, &IntakeSource::start, Qt::QueuedConnection);
}

void IntakeHarness::stopIntake()
{
    if (!intake)
        return;
    IntakeSource *i = intake;
    intake = nullptr;
    QMetaObject::invokeMethod(
        i,
        [i] {
            i->stop();
            delete i;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

qint64 IntakeHarness::queued() const
{
    const Result<StatusCounts> c = checkReader->counts();
    return c.ok() ? c.value().queued : -1;
}

int IntakeHarness::deadLetters() const
{
    const Result<int> dead = checkReader->deadLetterCount(DeadLetterFilter {});
    return dead.ok() ? dead.value() : -1;
}

bool IntakeHarness::sawStatus(IntakeState::Phase phase, const QString &words) const
{
    for (const IntakeState &s : states)
        if (s.phase == phase && s.statusLine.contains(words, Qt::CaseInsensitive))
            return true;
    return false;
}

bool IntakeHarness::lock()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_lockName);
    db.setDatabaseName(dir.filePath(QStringLiteral("smsdesk.db")));
    if (!db.open())
        return false;
    QSqlQuery q(db);
    m_locked = q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    return m_locked;
}

void IntakeHarness::unlock()
{
    if (!QSqlDatabase::contains(m_lockName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_lockName);
        if (m_locked)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    m_locked = false;
    QSqlDatabase::removeDatabase(m_lockName);
}

} // namespace smsdesk::test
