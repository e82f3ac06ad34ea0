// SPDX-License-Identifier: GPL-3.0-or-later
// The pure scheduler: every transition decided from time, settings, jobs and ports.
#include "queue/scheduler.h"

#include <QTest>

using namespace Fax;

namespace {

const QDateTime Noon(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

Job job(JobId id, QueueStatus status = QueueStatus::Pending, Priority priority = Priority::Normal,
        qint64 submittedSecsAgo = 60)
{
    Job j;
    j.id = id;
    j.queueStatus = status;
    j.priority = priority;
    j.submitted = Noon.addSecs(-submittedSecsAgo);
    return j;
}

SchedulerPort port(const QString &name, int priority = 1, bool working = true, bool busy = false,
                   bool sendEnabled = true)
{
    SchedulerPort p;
    p.name = name;
    p.priority = priority;
    p.lineWorking = working;
    p.busy = busy;
    p.sendEnabled = sendEnabled;
    p.why = working ? QString() : QStringLiteral("modem does not answer");
    return p;
}

QList<SchedulerAssignment> assign(std::initializer_list<std::pair<JobId, const char *>> list)
{
    QList<SchedulerAssignment> out;
    for (const auto &[id, name] : list)
        out << SchedulerAssignment{id, QString::fromLatin1(name)};
    return out;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dispatchesPendingJobToFreePort()
    {
        const auto d = Scheduler::plan(Noon, {}, {job(1)}, {port(QStringLiteral("a"))});
        QCOMPARE(d.dispatch, assign({{1, "a"}}));
        QVERIFY(d.noLine.isEmpty());
        QVERIFY(!d.nextWake.isValid());
    }

    void priorityThenOldestFirst()
    {
        const QList<Job> jobs = {job(1, QueueStatus::Pending, Priority::Low, 500),
                                 job(2, QueueStatus::Pending, Priority::Normal, 400),
                                 job(3, QueueStatus::Pending, Priority::High, 100),
                                 job(4, QueueStatus::Retrying, Priority::High, 300),
                                 job(5, QueueStatus::Pending, Priority::Normal, 450)};
        const auto one = Scheduler::plan(Noon, {}, jobs, {port(QStringLiteral("a"))});
        QCOMPARE(one.dispatch, assign({{4, "a"}}));
        const auto all =
            Scheduler::plan(Noon, {}, jobs,
                            {port(QStringLiteral("a"), 1), port(QStringLiteral("b"), 2),
                             port(QStringLiteral("c"), 3), port(QStringLiteral("d"), 4),
                             port(QStringLiteral("e"), 5)});
        QCOMPARE(all.dispatch, assign({{4, "a"}, {3, "b"}, {5, "c"}, {2, "d"}, {1, "e"}}));
    }

    void portChoiceByPriorityAndSendEnabled()
    {
        const QList<SchedulerPort> ports = {
            port(QStringLiteral("slow"), 3), port(QStringLiteral("fast"), 2),
            port(QStringLiteral("receive-only"), 1, true, false, false)};
        const auto d = Scheduler::plan(Noon, {}, {job(7)}, ports);
        QCOMPARE(d.dispatch, assign({{7, "fast"}}));
    }

    void oneCallPerPort()
    {
        const QList<Job> jobs = {job(1), job(2), job(3)};
        const auto busy = Scheduler::plan(
            Noon, {}, jobs,
            {port(QStringLiteral("a"), 1, true, true), port(QStringLiteral("b"), 2)});
        QCOMPARE(busy.dispatch, assign({{1, "b"}}));
        const auto allBusy =
            Scheduler::plan(Noon, {}, jobs, {port(QStringLiteral("a"), 1, true, true)});
        QVERIFY(allBusy.dispatch.isEmpty());
        QVERIFY(allBusy.noLine.isEmpty()); // busy is not "no line": they just wait
    }

    void retryDelay()
    {
        Job j = job(1, QueueStatus::Retrying);
        j.tries = 1;
        j.nextAttempt = Noon.addSecs(600);
        auto d = Scheduler::plan(Noon, {}, {j}, {port(QStringLiteral("a"))});
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, Noon.addSecs(600));
        d = Scheduler::plan(Noon.addSecs(599), {}, {j}, {port(QStringLiteral("a"))});
        QVERIFY(d.dispatch.isEmpty());
        d = Scheduler::plan(Noon.addSecs(600), {}, {j}, {port(QStringLiteral("a"))});
        QCOMPARE(d.dispatch, assign({{1, "a"}}));
    }

    void finishedAndPausedJobsAreNotDialed()
    {
        const QList<Job> jobs = {
            job(1, QueueStatus::Paused),          job(2, QueueStatus::Completed),
            job(3, QueueStatus::Canceled),        job(4, QueueStatus::InProgress),
            job(5, QueueStatus::RetriesExceeded), job(6, QueueStatus::Failed)};
        const auto d = Scheduler::plan(Noon, {}, jobs, {port(QStringLiteral("a"))});
        QVERIFY(d.dispatch.isEmpty());
    }

    void discountWindowAcrossMidnight()
    {
        ServerSettings s;
        s.discountRateStart = QTime(20, 0);
        s.discountRateEnd = QTime(7, 0);
        Job j = job(1);
        j.schedule = ScheduleType::DiscountPeriod;
        const QList<SchedulerPort> ports = {port(QStringLiteral("a"))};

        auto d = Scheduler::plan(Noon, s, {j}, ports);
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, QDateTime(Noon.date(), QTime(20, 0), Qt::UTC));

        const QDateTime lateEvening(Noon.date(), QTime(23, 30), Qt::UTC);
        QCOMPARE(Scheduler::plan(lateEvening, s, {j}, ports).dispatch, assign({{1, "a"}}));
        const QDateTime earlyMorning(Noon.date().addDays(1), QTime(6, 59), Qt::UTC);
        QCOMPARE(Scheduler::plan(earlyMorning, s, {j}, ports).dispatch, assign({{1, "a"}}));

        const QDateTime endOfWindow(Noon.date().addDays(1), QTime(7, 0), Qt::UTC);
        d = Scheduler::plan(endOfWindow, s, {j}, ports);
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, QDateTime(endOfWindow.date(), QTime(20, 0), Qt::UTC));

        // A retry of a discount job also waits for the window.
        Job retry = j;
        retry.queueStatus = QueueStatus::Retrying;
        retry.nextAttempt = QDateTime(Noon.date().addDays(1), QTime(6, 55), Qt::UTC);
        d = Scheduler::plan(QDateTime(Noon.date().addDays(1), QTime(6, 50), Qt::UTC), s, {retry},
                            ports);
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, retry.nextAttempt);
        retry.nextAttempt = QDateTime(Noon.date().addDays(1), QTime(7, 5), Qt::UTC);
        d = Scheduler::plan(QDateTime(Noon.date().addDays(1), QTime(7, 10), Qt::UTC), s, {retry},
                            ports);
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, QDateTime(Noon.date().addDays(1), QTime(20, 0), Qt::UTC));
    }

    void discountWindowWithinDay()
    {
        ServerSettings s;
        s.discountRateStart = QTime(13, 0);
        s.discountRateEnd = QTime(14, 0);
        QVERIFY(!Scheduler::inDiscountWindow(Noon, s));
        QVERIFY(Scheduler::inDiscountWindow(Noon.addSecs(3600), s));
        QVERIFY(!Scheduler::inDiscountWindow(Noon.addSecs(7200), s));
        QCOMPARE(Scheduler::nextDiscountStart(Noon.addSecs(7200), s),
                 QDateTime(Noon.date().addDays(1), QTime(13, 0), Qt::UTC));
    }

    void specificTime()
    {
        Job j = job(1);
        j.schedule = ScheduleType::SpecificTime;
        j.scheduleTime = Noon.addSecs(3 * 3600);
        auto d = Scheduler::plan(Noon, {}, {j}, {port(QStringLiteral("a"))});
        QVERIFY(d.dispatch.isEmpty());
        QCOMPARE(d.nextWake, j.scheduleTime);
        d = Scheduler::plan(j.scheduleTime, {}, {j}, {port(QStringLiteral("a"))});
        QCOMPARE(d.dispatch, assign({{1, "a"}}));
    }

    void pausedQueueHoldsNewDials()
    {
        ServerSettings s;
        s.pauseServerQueue = true;
        s.dirtyDays = 1;
        Job failed = job(2, QueueStatus::Failed);
        failed.finished = Noon.addDays(-2);
        const auto d = Scheduler::plan(Noon, s, {job(1), failed}, {port(QStringLiteral("a"))});
        QVERIFY(d.dispatch.isEmpty());
        QVERIFY(d.noLine.isEmpty());
        QCOMPARE(d.remove, QList<JobId>{2}); // cleaning up goes on
    }

    void dirtyDays()
    {
        ServerSettings s;
        s.dirtyDays = 30;
        Job old = job(1, QueueStatus::Failed);
        old.finished = Noon.addDays(-31);
        Job exceeded = job(2, QueueStatus::RetriesExceeded);
        exceeded.finished = Noon.addDays(-30);
        Job recent = job(3, QueueStatus::Failed);
        recent.finished = Noon.addDays(-29);
        Job completed = job(4, QueueStatus::Completed);
        completed.finished = Noon.addDays(-300);
        Job canceled = job(5, QueueStatus::Canceled);
        canceled.finished = Noon.addDays(-300);
        const QList<Job> jobs = {old, exceeded, recent, completed, canceled};
        auto d = Scheduler::plan(Noon, s, jobs, {});
        QCOMPARE(d.remove, (QList<JobId>{1, 2}));
        QCOMPARE(d.nextWake, recent.finished.addDays(30));

        s.dirtyDays = 0; // never
        d = Scheduler::plan(Noon, s, jobs, {});
        QVERIFY(d.remove.isEmpty());
        QVERIFY(!d.nextWake.isValid());
    }

    void noLineAndBack()
    {
        Job j = job(1);
        auto d = Scheduler::plan(Noon, {}, {j}, {});
        QCOMPARE(d.noLine.size(), 1);
        QCOMPARE(d.noLine.at(0).job, JobId(1));
        QCOMPARE(d.noLine.at(0).reason, QStringLiteral("No fax port is configured."));

        const QList<SchedulerPort> broken = {port(QStringLiteral("modem1"), 1, false),
                                             port(QStringLiteral("modem2"), 2, true, false, false)};
        d = Scheduler::plan(Noon, {}, {j}, broken);
        QCOMPARE(d.noLine.size(), 1);
        const QString reason = d.noLine.at(0).reason;
        QVERIFY2(reason.contains(QStringLiteral("port modem1 has no working line: modem does not "
                                                "answer")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("port modem2 is not enabled for sending")),
                 qPrintable(reason));
        QVERIFY(d.dispatch.isEmpty());

        // Already waiting for that reason: nothing to write again.
        j.queueStatus = QueueStatus::NoLine;
        j.lastError = reason;
        d = Scheduler::plan(Noon, {}, {j}, broken);
        QVERIFY(d.noLine.isEmpty());

        // A line appears: dispatched straight away.
        d = Scheduler::plan(Noon, {}, {j}, {port(QStringLiteral("modem1"))});
        QCOMPARE(d.dispatch, assign({{1, "modem1"}}));
        QVERIFY(d.release.isEmpty());

        // A line appears but is busy: back to pending, waiting for it.
        Job k = j;
        k.id = 2;
        d = Scheduler::plan(Noon, {}, {j, k}, {port(QStringLiteral("modem1"))});
        QCOMPARE(d.dispatch, assign({{1, "modem1"}}));
        QCOMPARE(d.release, QList<JobId>{2});
    }

    void jobsNotDueDoNotBecomeNoLine()
    {
        Job j = job(1, QueueStatus::Retrying);
        j.nextAttempt = Noon.addSecs(60);
        const auto d = Scheduler::plan(Noon, {}, {j}, {});
        QVERIFY(d.noLine.isEmpty());
        QCOMPARE(d.nextWake, j.nextAttempt);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
