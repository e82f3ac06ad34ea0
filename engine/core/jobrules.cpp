// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrules.h"

#include <QCoreApplication>

namespace Fax::JobRules {

namespace {

bool waiting(QueueStatus s)
{
    return s == QueueStatus::Pending || s == QueueStatus::Retrying || s == QueueStatus::NoLine;
}

} // namespace

bool allows(JobCommand command, const Job &job)
{
    const QueueStatus s = job.queueStatus;
    switch (command) {
    case JobCommand::Pause:
        return job.type == JobType::Send && waiting(s);
    case JobCommand::Resume:
        return s == QueueStatus::Paused;
    case JobCommand::Cancel:
        return waiting(s) || s == QueueStatus::Paused || s == QueueStatus::InProgress;
    case JobCommand::Restart:
        return job.type == JobType::Send &&
               (s == QueueStatus::Failed || s == QueueStatus::RetriesExceeded ||
                s == QueueStatus::Canceled);
    }
    return false;
}

bool canRemove(const Job &job)
{
    return canRemove(job.queueStatus);
}

bool canRemove(QueueStatus status)
{
    return isFinal(status) && status != QueueStatus::Deleting;
}

Expected<Effect> apply(JobCommand command, Job *job, const QDateTime &now)
{
    if (!allows(command, *job))
        return Error::make(Error::Kind::NotPermitted,
                           QCoreApplication::translate("Fax", "Cannot %1 job %2: it is %3")
                               .arg(enumKey(command))
                               .arg(job->id)
                               .arg(displayName(job->queueStatus)));
    switch (command) {
    case JobCommand::Pause:
        job->queueStatus = QueueStatus::Paused;
        break;
    case JobCommand::Resume:
        job->queueStatus = QueueStatus::Pending;
        job->lastError.clear();
        break;
    case JobCommand::Cancel:
        if (job->queueStatus == QueueStatus::InProgress) {
            job->deviceStatus = DeviceStatus::Aborting;
            return Effect::HangUp;
        }
        job->queueStatus = QueueStatus::Canceled;
        job->deviceStatus = DeviceStatus::None;
        job->finished = now;
        break;
    case JobCommand::Restart:
        job->queueStatus = QueueStatus::Pending;
        job->deviceStatus = DeviceStatus::None;
        job->tries = 0;
        job->pagesSent = 0;
        job->port.clear();
        job->started = QDateTime();
        job->finished = QDateTime();
        job->nextAttempt = QDateTime();
        job->lastError.clear();
        break;
    }
    return Effect::None;
}

} // namespace Fax::JobRules
