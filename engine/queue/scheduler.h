// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"
#include "core/serversettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Fax {

/// What the scheduler needs to know about one port.
struct SchedulerPort
{
    QString name;
    bool sendEnabled = true;
    int priority = 1;
    bool lineWorking = false; ///< a line driver runs the port and is usable
    bool busy = false;        ///< a call runs on it
    QString why;              ///< why the line is not working
};

/// One job handed to a port.
struct SchedulerAssignment
{
    JobId job = 0;
    QString port;

    bool operator==(const SchedulerAssignment &) const = default;
};

/// One job that waits for a line.
struct SchedulerNoLine
{
    JobId job = 0;
    QString reason;

    bool operator==(const SchedulerNoLine &) const = default;
};

/// The outcome of one scheduling pass.
struct SchedulerDecision
{
    QList<SchedulerAssignment> dispatch; ///< start these jobs on these ports now
    QList<SchedulerNoLine> noLine;       ///< these due jobs have no line to run on
    QList<JobId> release;                ///< these NoLine jobs have a line again: back to Pending
    QList<JobId> remove;                 ///< finished failures older than DirtyDays
    QDateTime nextWake;                  ///< next time a pass has work; invalid: only on change
};

/// Pure job scheduler: decides from the time, the settings, the jobs and the ports which job
/// runs where, which jobs wait for a line, what is cleaned up and when to look again.
class Scheduler
{
public:
    static SchedulerDecision plan(const QDateTime &now, const ServerSettings &settings,
                                  const QList<Job> &jobs, const QList<SchedulerPort> &ports);

    /// The earliest time at or after now when the job may be dialed (retry delay, specific
    /// time, discount window).
    static QDateTime dueTime(const Job &job, const QDateTime &now, const ServerSettings &settings);
    /// True when t lies in the discount window (which may cross midnight).
    static bool inDiscountWindow(const QDateTime &t, const ServerSettings &settings);
    /// t itself when it lies in the discount window, else the window's next start.
    static QDateTime nextDiscountStart(const QDateTime &t, const ServerSettings &settings);
    /// True for the statuses the scheduler may dial.
    static bool isWaiting(QueueStatus status);
};

} // namespace Fax
