// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/job.h"
#include "core/port.h"
#include "core/receivedfax.h"
#include "hylafaxlisting.h"

namespace Fax {

/// HylaFAX's jobs, modems and received faxes as the object model's Job, Port and ReceivedFax.
/// Pure functions of what the server said, so that the same listing always gives the same
/// objects (the cache then reports only real changes).
namespace HylafaxMapping {

/// The queue status of a HylaFAX job state: T paused; P, B, W pending; S retrying once it has
/// been tried, else pending; R in progress; D completed; F canceled (killed by request),
/// retries exceeded (too many dials or tries) or failed.
QueueStatus queueStatus(const HylafaxJobRecord &record);
/// What the line did, from the job's state and the server's words for its last failure (busy,
/// no answer, no dial tone, ...).
DeviceStatus deviceStatus(const HylafaxJobRecord &record);
/// The job as the object model has it. Fields HylaFAX does not list (size, submit time, the
/// sender's company, ...) stay empty; the server backend keeps what it knows of them.
Job toJob(const HylafaxJobRecord &record);

/// HylaFAX's scheduling priority (0 highest, 127 normal, 255 lowest) and back.
Priority priority(int userPriority);
int userPriority(Priority priority);

/// A modem of the status listing as a port (name, number, live state from its status text).
Port toPort(const HylafaxModemRecord &record);
/// The port state a modem status text describes ("Running and idle", "Sending job 12", ...).
PortState portState(const QString &status, bool faxgetty);
/// A received fax of recvq; its file is on the server (fetched on demand).
ReceivedFax toReceivedFax(const HylafaxReceivedRecord &record);

} // namespace HylafaxMapping
} // namespace Fax
