// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Fax::ModelFormat {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}

QString recipient(const Job &job)
{
    if (job.recipientName.isEmpty())
        return job.recipientNumber;
    if (job.recipientNumber.isEmpty())
        return job.recipientName;
    return QCoreApplication::translate("Fax", "%1 (%2)")
        .arg(job.recipientName, job.recipientNumber);
}

QString schedule(const Job &job)
{
    if (job.schedule == ScheduleType::SpecificTime && job.scheduleTime.isValid())
        return dateTime(job.scheduleTime);
    return displayName(job.schedule);
}

} // namespace Fax::ModelFormat
