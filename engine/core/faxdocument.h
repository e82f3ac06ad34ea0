// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxformat.h"
#include "faxtypes.h"
#include "party.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Fax {

/// Everything needed to submit a fax (FaxDoc): files, cover page, recipients, sender, schedule.
struct FaxDocument
{
    QStringList files; ///< documents to send, in order
    QString coverPage; ///< cover page template name or path; empty: no cover page
    FaxResolution resolution = FaxResolution::Fine; ///< the pages' vertical resolution
    QString subject;
    QString note;
    QList<Party> recipients; ///< one job per recipient, all in one group
    Party sender;            ///< sender fields incl. fax number, e-mail, billing code
    QString tsid;            ///< transmitting station id; empty: the port's or sender's
    ScheduleType schedule = ScheduleType::Now;
    QDateTime scheduleTime;    ///< for ScheduleType::SpecificTime
    bool discountSend = false; ///< same as schedule == DiscountPeriod (FaxDoc.DiscountSend)
    Priority priority = Priority::Normal;
    bool notifyOnCompletion = false;
    QString notifyAddress; ///< e-mail for the notification; empty: the sender's e-mail

    bool operator==(const FaxDocument &) const = default;
};

} // namespace Fax
