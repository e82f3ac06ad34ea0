// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fax {

namespace {
QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

void earliest(QDateTime &current, const QDateTime &candidate)
{
    if (candidate.isValid() && (!current.isValid() || candidate < current))
        current = candidate;
}
} // namespace

bool Scheduler::isWaiting(QueueStatus status)
{
    return status == QueueStatus::Pending || status == QueueStatus::Retrying ||
           status == QueueStatus::NoLine;
}

bool Scheduler::inDiscountWindow(const QDateTime &t, const ServerSettings &settings)
{
    const QTime start = settings.discountRateStart;
    const QTime end = settings.discountRateEnd;
    if (!start.isValid() || !end.isValid() || start == end)
        return true; // no window configured: always cheap
    const QTime time = t.time();
    if (start < end)
        return time >= start && time < end;
    return time >= start || time < end; // crosses midnight
}

QDateTime Scheduler::nextDiscountStart(const QDateTime &t, const ServerSettings &settings)
{
    if (inDiscountWindow(t, settings))
        return t;
    QDateTime next = t;
    next.setTime(settings.discountRateStart);
    if (next <= t)
        next = next.addDays(1);
    return next;
}

QDateTime Scheduler::dueTime(const Job &job, const QDateTime &now, const ServerSettings &settings)
{
    QDateTime due = now;
    if (job.nextAttempt.isValid() && job.nextAttempt > due)
        due = job.nextAttempt;
    if (job.schedule == ScheduleType::SpecificTime && job.scheduleTime.isValid() &&
        job.scheduleTime > due)
        due = job.scheduleTime;
    if (job.schedule == ScheduleType::DiscountPeriod)
        due = nextDiscountStart(due, settings);
    return due;
}

SchedulerDecision Scheduler::plan(const QDateTime &now, const ServerSettings &settings,
                                  const QList<Job> &jobs, const QList<SchedulerPort> &ports)
{
    SchedulerDecision decision;

    // DirtyDays: failures are kept for that many days, then cleaned up (0 keeps them forever).
    // One cutoff instead of date arithmetic per job: the queue may hold 100,000 jobs.
    if (settings.dirtyDays > 0) {
        const QDateTime cutoff = now.addDays(-settings.dirtyDays);
        QDateTime oldestKept;
        for (const Job &job : jobs) {
            if ((job.queueStatus != QueueStatus::Failed &&
                 job.queueStatus != QueueStatus::RetriesExceeded) ||
                !job.finished.isValid())
                continue;
            if (job.finished <= cutoff)
                decision.remove << job.id;
            else
                earliest(oldestKept, job.finished);
        }
        if (oldestKept.isValid())
            earliest(decision.nextWake, oldestKept.addDays(settings.dirtyDays));
    }

    if (settings.pauseServerQueue)
        return decision; // running calls finish; nothing new is dialed

    QList<const Job *> due;
    for (const Job &job : jobs) {
        if (job.type != JobType::Send || !isWaiting(job.queueStatus))
            continue;
        const QDateTime when = dueTime(job, now, settings);
        if (when <= now)
            due << &job;
        else
            earliest(decision.nextWake, when);
    }

    QList<const SchedulerPort *> usable;
    for (const SchedulerPort &port : ports) {
        if (port.sendEnabled && port.lineWorking)
            usable << &port;
    }

    if (usable.isEmpty()) {
        QString reason;
        if (ports.isEmpty()) {
            reason = trFax(QT_TRANSLATE_NOOP("Fax", "No fax port is configured."));
        } else {
            QStringList details;
            for (const SchedulerPort &port : ports) {
                if (!port.sendEnabled)
                    details << trFax(QT_TRANSLATE_NOOP("Fax", "port %1 is not enabled for sending"))
                                   .arg(port.name);
                else
                    details << trFax(QT_TRANSLATE_NOOP("Fax", "port %1 has no working line: %2"))
                                   .arg(port.name, port.why);
            }
            reason = trFax(QT_TRANSLATE_NOOP("Fax", "No line can send: %1."))
                         .arg(details.join(QStringLiteral("; ")));
        }
        for (const Job *job : std::as_const(due)) {
            if (job->queueStatus != QueueStatus::NoLine || job->lastError != reason)
                decision.noLine << SchedulerNoLine{job->id, reason};
        }
        return decision;
    }

    std::stable_sort(due.begin(), due.end(), [](const Job *a, const Job *b) {
        if (a->priority != b->priority)
            return static_cast<int>(a->priority) > static_cast<int>(b->priority);
        if (a->submitted != b->submitted)
            return a->submitted < b->submitted;
        return a->id < b->id;
    });

    QList<const SchedulerPort *> free;
    for (const SchedulerPort *port : std::as_const(usable)) {
        if (!port->busy)
            free << port;
    }
    std::stable_sort(free.begin(), free.end(), [](const SchedulerPort *a, const SchedulerPort *b) {
        if (a->priority != b->priority)
            return a->priority < b->priority;
        return a->name < b->name;
    });

    int next = 0;
    for (const Job *job : std::as_const(due)) {
        if (next < free.size())
            decision.dispatch << SchedulerAssignment{job->id, free.at(next++)->name};
        else if (job->queueStatus == QueueStatus::NoLine)
            decision.release << job->id; // a line exists again; it waits for a free one
    }
    // NoLine jobs that are not due yet (a retry delay) also have a line again.
    for (const Job &job : jobs) {
        if (job.queueStatus == QueueStatus::NoLine && dueTime(job, now, settings) > now)
            decision.release << job.id;
    }
    return decision;
}

} // namespace Fax
