// SPDX-License-Identifier: GPL-3.0-or-later
// JobRules: which command applies in which job state and what it does, and the local engine
// refusing and allowing exactly what the rules say (the console enables its actions by them).
#include "core/jobrules.h"
#include "localserverfixture.h"
#include "queue/jobstore.h"

#include <QMetaEnum>
#include <QTest>

using namespace Fax;
using namespace Fax::Test;

namespace {

QList<QueueStatus> allStatuses()
{
    QList<QueueStatus> list;
    const QMetaEnum me = QMetaEnum::fromType<QueueStatus>();
    for (int i = 0; i < me.keyCount(); ++i)
        list << QueueStatus(me.value(i));
    return list;
}

const QList<JobCommand> kCommands = {JobCommand::Pause, JobCommand::Resume, JobCommand::Cancel,
                                     JobCommand::Restart};

} // namespace

class TestJobRules : public QObject, private LocalServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void table_data()
    {
        QTest::addColumn<QueueStatus>("status");
        QTest::addColumn<JobType>("type");
        // P pause, R resume, C cancel, T restart, D remove
        QTest::addColumn<QString>("allowed");
        QTest::newRow("pending") << QueueStatus::Pending << JobType::Send << "P.C..";
        QTest::newRow("retrying") << QueueStatus::Retrying << JobType::Send << "P.C..";
        QTest::newRow("no line") << QueueStatus::NoLine << JobType::Send << "P.C..";
        QTest::newRow("in progress") << QueueStatus::InProgress << JobType::Send << "..C..";
        QTest::newRow("paused") << QueueStatus::Paused << JobType::Send << ".RC..";
        QTest::newRow("failed") << QueueStatus::Failed << JobType::Send << "...TD";
        QTest::newRow("retries exceeded")
            << QueueStatus::RetriesExceeded << JobType::Send << "...TD";
        QTest::newRow("canceled") << QueueStatus::Canceled << JobType::Send << "...TD";
        QTest::newRow("completed") << QueueStatus::Completed << JobType::Send << "....D";
        QTest::newRow("deleting") << QueueStatus::Deleting << JobType::Send << ".....";
        // A receive (a HylaFAX server lists them) is never paused or restarted.
        QTest::newRow("receive in progress")
            << QueueStatus::InProgress << JobType::Receive << "..C..";
        QTest::newRow("receive failed") << QueueStatus::Failed << JobType::Receive << "....D";
    }

    void table()
    {
        QFETCH(QueueStatus, status);
        QFETCH(JobType, type);
        QFETCH(QString, allowed);
        Job job;
        job.id = 7;
        job.type = type;
        job.queueStatus = status;
        QString got;
        for (const JobCommand command : kCommands)
            got += JobRules::allows(command, job) ? QLatin1Char("PRCT"[int(command)])
                                                  : QLatin1Char('.');
        got += JobRules::canRemove(job) ? QLatin1Char('D') : QLatin1Char('.');
        QCOMPARE(got, allowed);
    }

    void applyChangesTheJob()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(10, 0));
        Job job;
        job.id = 3;
        job.queueStatus = QueueStatus::Retrying;
        job.lastError = QStringLiteral("busy");

        auto effect = JobRules::apply(JobCommand::Pause, &job, now);
        QVERIFY(effect);
        QCOMPARE(*effect, JobRules::Effect::None);
        QCOMPARE(job.queueStatus, QueueStatus::Paused);

        QVERIFY(JobRules::apply(JobCommand::Resume, &job, now));
        QCOMPARE(job.queueStatus, QueueStatus::Pending);
        QVERIFY(job.lastError.isEmpty());

        QVERIFY(JobRules::apply(JobCommand::Cancel, &job, now));
        QCOMPARE(job.queueStatus, QueueStatus::Canceled);
        QCOMPARE(job.finished, now);

        job.tries = 4;
        job.pagesSent = 1;
        job.port = QStringLiteral("modem1");
        QVERIFY(JobRules::apply(JobCommand::Restart, &job, now));
        QCOMPARE(job.queueStatus, QueueStatus::Pending);
        QCOMPARE(job.tries, 0);
        QCOMPARE(job.pagesSent, 0);
        QVERIFY(job.port.isEmpty());
        QVERIFY(!job.finished.isValid());

        // A job in a call is not canceled at once: the backend hangs up first.
        job.queueStatus = QueueStatus::InProgress;
        effect = JobRules::apply(JobCommand::Cancel, &job, now);
        QVERIFY(effect);
        QCOMPARE(*effect, JobRules::Effect::HangUp);
        QCOMPARE(job.queueStatus, QueueStatus::InProgress);
        QCOMPARE(job.deviceStatus, DeviceStatus::Aborting);
    }

    void refusalNamesJobAndStatus()
    {
        Job job;
        job.id = 42;
        job.queueStatus = QueueStatus::Completed;
        const Job before = job;
        const auto effect = JobRules::apply(JobCommand::Pause, &job, QDateTime::currentDateTime());
        QVERIFY(!effect);
        QCOMPARE(effect.error().kind, Error::Kind::NotPermitted);
        QCOMPARE(effect.error().message, QStringLiteral("Cannot pause job 42: it is Completed"));
        QCOMPARE(job, before);
    }

    // The local engine allows exactly what the rules allow, in every status a job can have.
    void engineFollowsTheRules()
    {
        auto server = open(false);
        JobStore store(m_dataDir);
        QVERIFY(store.open());
        for (const QueueStatus status : allStatuses()) {
            for (const JobCommand command : kCommands) {
                const JobId id = submitOne(*server, doc());
                const auto set = store.modifyJobs(
                    {id},
                    [status](Job &job, bool &) {
                        job.queueStatus = status;
                        return Result();
                    },
                    true);
                QVERIFY(set);
                server->poll();
                const Job job = *server->job(id);
                QCOMPARE(job.queueStatus, status);
                const Result r = waitFor(server->jobCommand(id, command));
                QVERIFY2(bool(r) == JobRules::allows(command, job),
                         qPrintable(QStringLiteral("%1 on a %2 job: the engine said %3")
                                        .arg(enumKey(command), enumKey(status),
                                             r ? QStringLiteral("yes") : r.error().message)));
                if (!r)
                    QCOMPARE(r.error().kind, Error::Kind::NotPermitted);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJobRules)
#include "tst_jobrules.moc"
