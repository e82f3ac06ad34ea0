// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxtypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Fax {

/// One fax job in a server's queue (FaxJob): a send to one recipient, or a receive.
struct Job
{
    JobId id = 0;
    JobId groupId = 0; ///< shared by the jobs of one multi-recipient submission
    JobType type = JobType::Send;
    QString owner;
    QueueStatus queueStatus = QueueStatus::Pending;
    DeviceStatus deviceStatus = DeviceStatus::None;
    QString port;      ///< port that runs or ran the job; empty while queued
    int pagesSent = 0; ///< pages confirmed by the far end
    int pagesTotal = 0;
    qint64 size = 0; ///< bytes of the spooled documents
    QString recipientNumber;
    QString recipientName;
    QString recipientCompany;
    QString senderName;
    QString senderCompany;
    QString senderDepartment;
    QString tsid;
    QString billingCode;
    QString subject;
    ScheduleType schedule = ScheduleType::Now;
    QDateTime scheduleTime; ///< for SpecificTime
    Priority priority = Priority::Normal;
    int tries = 0; ///< dial attempts so far
    QDateTime submitted;
    QDateTime started; ///< start of the latest attempt
    QDateTime finished;
    QDateTime nextAttempt; ///< when a retrying job is due again
    QString lastError;     ///< why the latest attempt failed, or why the job waits

    bool operator==(const Job &) const = default;
};

} // namespace Fax

Q_DECLARE_METATYPE(Fax::Job)
