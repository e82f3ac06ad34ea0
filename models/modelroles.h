// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// Columns and roles of the console's item models, in one place so views, proxies and tests
/// agree on them.
namespace Fax {

/// Columns of JobQueueModel.
enum class JobColumn {
    Id,
    Status,       ///< queue status
    DeviceStatus, ///< what the line does for the job
    Recipient,    ///< name and number
    Company,
    Pages, ///< "sent/total"
    Size,
    Schedule,
    Priority,
    Tries,
    Submitted,
    Sender,
    LastError,
    Finished, ///< when the job ended
    Count
};

/// Columns of PortListModel.
enum class PortColumn {
    Name,
    Status, ///< live state of the line, next to the name where it is seen first
    Device,
    Model,
    Send,
    ReceiveMode,
    Rings,
    Csid,
    Tsid,
    Priority,
    Count
};

/// Columns of ReceivedFaxModel (the Inbox).
enum class ReceivedFaxColumn {
    ReceiveTime,
    Tsid, ///< the caller's station id
    CallerId,
    Pages,
    Port,
    Routing,
    Count
};

/// Columns of ContactListModel (the address book).
enum class ContactColumn { Name, FaxNumber, Company, Email, Count };

/// Custom data roles shared by the models; each model answers those that fit its objects.
enum ModelRole {
    SortRole = Qt::UserRole + 1, ///< a comparable value (number, date) for the column
    JobRole,                     ///< the whole Fax::Job
    JobIdRole,                   ///< Fax::JobId (qint64)
    QueueStatusRole,             ///< Fax::QueueStatus
    DeviceStatusRole,            ///< Fax::DeviceStatus
    JobTypeRole,                 ///< Fax::JobType
    PortRole,                    ///< the whole Fax::Port
    PortNameRole,                ///< QString
    PortStateRole,               ///< Fax::PortState
    ReceivedFaxRole,             ///< the whole Fax::ReceivedFax
    ReceivedFaxIdRole,           ///< qint64
    ReceivedFaxFileRole,         ///< path of the fax TIFF
    UnreadRole,                  ///< bool: a received fax nobody has opened here yet
    ActivityKindRole,            ///< Fax::ActivityKind of an activity log entry
    ActivityTargetRole,          ///< Fax::ActivityTarget: what an activity log entry is about
    DateTimeRole,                ///< QDateTime the row's date filters look at
    ContactRole,                 ///< the whole Fax::Contact
    ContactIdRole,               ///< qint64
    ContactSearchRole            ///< QString: contactSearchText() of the contact
};

} // namespace Fax
