// SPDX-License-Identifier: GPL-3.0-or-later
#include "hylafaxmapping.h"

namespace Fax::HylafaxMapping {

namespace {

bool mentions(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

QDateTime fromEpoch(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
}

} // namespace

QueueStatus queueStatus(const HylafaxJobRecord &r)
{
    switch (r.state) {
    case 'T':
        return QueueStatus::Paused;
    case 'S':
        return r.dials > 0 || r.tries > 0 ? QueueStatus::Retrying : QueueStatus::Pending;
    case 'R':
        return QueueStatus::InProgress;
    case 'D':
        return QueueStatus::Completed;
    case 'F':
        // faxq's words: "Job aborted by request" (JKILL), "REJECT: Too many attempts to dial",
        // "too many attempts to send", "Kill time expired", "REJECT: ...".
        if (mentions(r.status, "aborted by request"))
            return QueueStatus::Canceled;
        if (mentions(r.status, "too many attempts") || (r.maxDials > 0 && r.dials >= r.maxDials) ||
            (r.maxTries > 0 && r.tries >= r.maxTries))
            return QueueStatus::RetriesExceeded;
        return QueueStatus::Failed;
    default: // P, B, W and the undefined '?': waiting to be dialled
        return QueueStatus::Pending;
    }
}

DeviceStatus deviceStatus(const HylafaxJobRecord &r)
{
    switch (r.state) {
    case 'R':
        return r.pagesDone > 0 ? DeviceStatus::Sending : DeviceStatus::Dialing;
    case 'D':
        return DeviceStatus::Completed;
    case 'S':
    case 'F':
        if (r.state == 'F' && mentions(r.status, "aborted by request"))
            return DeviceStatus::None;
        if (mentions(r.status, "busy"))
            return DeviceStatus::Busy;
        if (mentions(r.status, "no answer") || mentions(r.status, "no carrier"))
            return DeviceStatus::NoAnswer;
        if (mentions(r.status, "dial tone") || mentions(r.status, "dialtone"))
            return DeviceStatus::NoDialTone;
        if (mentions(r.status, "not a fax") || mentions(r.status, "voice"))
            return DeviceStatus::NotFaxCall;
        if (mentions(r.status, "canonical format") || mentions(r.status, "invalid"))
            return DeviceStatus::BadAddress;
        return DeviceStatus::None;
    default:
        return DeviceStatus::None;
    }
}

Priority priority(int user)
{
    if (user < 127)
        return Priority::High;
    if (user > 127)
        return Priority::Low;
    return Priority::Normal;
}

int userPriority(Priority p)
{
    switch (p) {
    case Priority::High:
        return 63;
    case Priority::Low:
        return 191;
    case Priority::Normal:
        break;
    }
    return 127;
}

Job toJob(const HylafaxJobRecord &r)
{
    Job job;
    job.id = r.id;
    job.groupId = r.group > 0 ? r.group : r.id;
    job.type = JobType::Send;
    job.owner = r.owner;
    job.queueStatus = queueStatus(r);
    job.deviceStatus = deviceStatus(r);
    const bool assigned =
        !r.modem.isEmpty() && r.modem.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0;
    if (assigned && (r.state == 'R' || r.state == 'D' || r.state == 'F'))
        job.port = r.modem;
    job.pagesSent = r.pagesDone;
    job.pagesTotal = r.pagesTotal;
    job.recipientNumber = !r.number.isEmpty() ? r.number : r.dialString;
    job.recipientName = r.receiver;
    job.recipientCompany = r.company;
    job.senderName = r.sender;
    job.subject = r.tag;
    job.priority = priority(r.userPriority);
    job.tries = r.dials;
    const QDateTime tts = fromEpoch(r.timeToSend);
    // A job that waits for its time (P) was given one; the others go as soon as they can.
    if (r.state == 'P') {
        job.schedule = ScheduleType::SpecificTime;
        job.scheduleTime = tts;
    }
    if (r.dials > 0 || r.state == 'R')
        job.started = tts;
    if (r.state == 'D' || r.state == 'F')
        job.finished = tts;
    if (r.state == 'S')
        job.nextAttempt = tts;
    if (r.state != 'D')
        job.lastError = r.status.trimmed();
    return job;
}

PortState portState(const QString &status, bool faxgetty)
{
    const QString s = status.trimmed();
    if (s.isEmpty())
        return faxgetty ? PortState::Idle : PortState::Offline;
    if (s.startsWith(QLatin1String("Running and idle"), Qt::CaseInsensitive))
        return PortState::Idle;
    if (s.startsWith(QLatin1String("Sending"), Qt::CaseInsensitive))
        return PortState::Sending;
    if (s.startsWith(QLatin1String("Receiving"), Qt::CaseInsensitive))
        return PortState::Receiving;
    if (mentions(s, "answering"))
        return PortState::Answered;
    if (mentions(s, "ring"))
        return PortState::Ringing;
    if (mentions(s, "dialing") || mentions(s, "calling"))
        return PortState::Dialing;
    if (mentions(s, "initializ") || mentions(s, "waiting for modem"))
        return PortState::Initializing;
    if (mentions(s, "wedged") || mentions(s, "error") || mentions(s, "problem"))
        return PortState::Error;
    if (mentions(s, "stopped") || mentions(s, "down") || mentions(s, "locked"))
        return PortState::Offline;
    return faxgetty ? PortState::Idle : PortState::Offline;
}

Port toPort(const HylafaxModemRecord &r)
{
    Port port;
    port.name = r.name;
    // The canonical name turns the device's '/' into '_' (faxgetty(8)).
    port.devicePath =
        QStringLiteral("/dev/") + QString(r.name).replace(QLatin1Char('_'), QLatin1Char('/'));
    port.csid = r.localId.trimmed();
    port.tsid = r.localId.trimmed();
    port.receiveMode = r.faxgetty ? ReceiveMode::Auto : ReceiveMode::Off;
    port.state = portState(r.status, r.faxgetty);
    port.stateText = r.status.trimmed();
    return port;
}

ReceivedFax toReceivedFax(const HylafaxReceivedRecord &r)
{
    ReceivedFax fax;
    fax.id = HylafaxListing::receivedFaxId(r.file);
    fax.tsid = r.sender.trimmed();
    fax.receiveTime = fromEpoch(r.time);
    QString caller = r.callerNumber.trimmed();
    if (!r.callerName.trimmed().isEmpty())
        caller = caller.isEmpty()
                     ? r.callerName.trimmed()
                     : caller + QStringLiteral(" (") + r.callerName.trimmed() + QLatin1Char(')');
    fax.callerId = caller;
    fax.pages = r.pages;
    fax.xResolution = 204;
    fax.yResolution = r.verticalResolution > 0 ? r.verticalResolution : 196;
    fax.partial = !r.error.isEmpty();
    return fax;
}

} // namespace Fax::HylafaxMapping
