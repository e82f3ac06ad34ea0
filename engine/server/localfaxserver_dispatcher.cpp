// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling passes and calls: asks the Scheduler what to do, claims jobs, starts calls on the
// lines and records their progress and outcome.
#include "localfaxserver_p.h"

#include "core/dialingrules.h"
#include "imaging/branding.h"
#include "outboundarchive.h"
#include "queue/scheduler.h"
#include "queue/spool.h"

#include <algorithm>
#include <optional>

namespace Fax {

using namespace LocalServerDetail;

namespace {

/// What a retry says of the pages an earlier call got confirmed (confirmed > 0): "page 1 was
/// confirmed", "pages 1 to 3 were confirmed", never "pages 1 to 1".
QString confirmedPagesText(int confirmed)
{
    return confirmed == 1
               ? trFax(QT_TRANSLATE_NOOP("Fax", "page 1 was confirmed"))
               : trFax(QT_TRANSLATE_NOOP("Fax", "pages 1 to %1 were confirmed")).arg(confirmed);
}

PortState portStateFor(DeviceStatus status, PortState fallback)
{
    switch (status) {
    case DeviceStatus::Initializing:
        return PortState::Initializing;
    case DeviceStatus::Dialing:
        return PortState::Dialing;
    case DeviceStatus::Ringing:
        return PortState::Ringing;
    case DeviceStatus::Answered:
        return PortState::Answered;
    case DeviceStatus::Sending:
        return PortState::Sending;
    case DeviceStatus::Receiving:
        return PortState::Receiving;
    default:
        return fallback;
    }
}

bool lineWorks(PortState state)
{
    return state != PortState::Offline && state != PortState::Error;
}

// A call coming in holds the line as much as one going out.
bool lineTakenByIncomingCall(PortState state)
{
    return state == PortState::Ringing || state == PortState::Answered ||
           state == PortState::Receiving;
}

} // namespace

void LocalFaxServer::Private::schedulePass()
{
    if (dispatcher && !passTimer.isActive())
        passTimer.start(0);
}

void LocalFaxServer::Private::runPass()
{
    if (!dispatcher || state != ConnectionState::Connected)
        return;
    const QDateTime t = now();
    // Hand the scheduler only what can matter: waiting jobs, failures past DirtyDays and the
    // oldest failure kept (its expiry is the next wake-up). Copying 100,000 jobs per pass
    // would make every change slow.
    QList<Job> candidates;
    const ServerSettings &settings = this->settings();
    const QDateTime cutoff = settings.dirtyDays > 0 ? t.addDays(-settings.dirtyDays) : QDateTime();
    const Job *oldestKept = nullptr;
    for (const Job &job : jobs()) {
        if (job.type != JobType::Send)
            continue;
        if (Scheduler::isWaiting(job.queueStatus)) {
            candidates << job;
        } else if (cutoff.isValid() && job.finished.isValid() &&
                   (job.queueStatus == QueueStatus::Failed ||
                    job.queueStatus == QueueStatus::RetriesExceeded)) {
            if (job.finished <= cutoff)
                candidates << job;
            else if (!oldestKept || job.finished < oldestKept->finished)
                oldestKept = &job;
        }
    }
    if (oldestKept)
        candidates << *oldestKept;
    QList<SchedulerPort> sports;
    for (const Port &port : ports()) {
        SchedulerPort sp;
        sp.name = port.name;
        sp.sendEnabled = port.sendEnabled;
        sp.priority = port.priority;
        const auto line = lines.find(port.name);
        if (line == lines.end()) {
            sp.why = trFax(QT_TRANSLATE_NOOP("Fax", "not started"));
        } else if (!line->second.line) {
            sp.why = line->second.why;
        } else {
            const PortState ls = line->second.line->state();
            sp.lineWorking = lineWorks(ls);
            const QString detail = line->second.line->stateText();
            sp.why = ls == PortState::Error && !detail.isEmpty() ? detail : displayName(ls);
        }
        sp.busy = portBusy(port.name) || (line != lines.end() && line->second.line &&
                                          lineTakenByIncomingCall(line->second.line->state()));
        sports << sp;
    }
    const SchedulerDecision decision = Scheduler::plan(t, settings, candidates, sports);

    if (!decision.remove.isEmpty())
        removeJobsNow(decision.remove, true);
    if (!decision.noLine.isEmpty()) {
        QHash<JobId, QString> reasons;
        QList<JobId> ids;
        for (const SchedulerNoLine &n : decision.noLine) {
            reasons.insert(n.job, n.reason);
            ids << n.job;
        }
        const auto changed = store->modifyJobs(
            ids,
            [&](Job &job, bool &) -> Result {
                if (!Scheduler::isWaiting(job.queueStatus))
                    return Error::make(Error::Kind::NotPermitted, QString());
                job.queueStatus = QueueStatus::NoLine;
                job.lastError = reasons.value(job.id);
                return {};
            },
            false);
        if (!changed)
            report(changed.error());
        applyJobs(changed);
    }
    if (!decision.release.isEmpty()) {
        const auto changed = store->modifyJobs(
            decision.release,
            [](Job &job, bool &) -> Result {
                if (job.queueStatus != QueueStatus::NoLine)
                    return Error::make(Error::Kind::NotPermitted, QString());
                job.queueStatus = QueueStatus::Pending;
                job.lastError.clear();
                return {};
            },
            false);
        if (!changed)
            report(changed.error());
        applyJobs(changed);
    }
    for (const SchedulerAssignment &a : decision.dispatch)
        startJob(a.job, a.port);

    if (decision.nextWake.isValid()) {
        const qint64 ms = std::clamp<qint64>(t.msecsTo(decision.nextWake), 0, 3600 * 1000);
        wakeTimer.start(int(ms));
    } else {
        wakeTimer.stop();
    }
}

SendDocument LocalFaxServer::Private::sendDocument(const Job &job, const QString &tsid,
                                                   const QDateTime &time)
{
    SendDocument document;
    const Expected<SubmissionGroup> group = store->group(job.groupId);
    if (group) {
        for (const SpooledDocument &doc : group->documents)
            document.files << doc.file;
        document.coverPage = group->coverPage;
        document.resolution = group->resolution;
        document.sender = group->sender;
        document.note = group->note;
    }
    const Expected<Party> recipient = store->recipient(job.id);
    if (recipient)
        document.recipient = *recipient;
    document.subject = job.subject;
    if (settings().branding)
        document.brandingFormat = Branding::defaultFormat();
    document.stationId = !tsid.isEmpty() ? tsid : document.sender.faxNumber;
    document.sendTime = time;
    document.jobId = job.id;
    return document;
}

void LocalFaxServer::Private::startJob(JobId id, const QString &portName)
{
    const auto line = lines.find(portName);
    if (line == lines.end() || !line->second.line || portBusy(portName))
        return;
    const QDateTime t = now();
    std::optional<Expected<QString>> dial;
    const auto claimed = store->modifyJobs(
        {id},
        [&](Job &job, bool &cancel) -> Result {
            // Only a job still waiting is ours to start; anyone may have changed it.
            if (!Scheduler::isWaiting(job.queueStatus))
                return Error::make(Error::Kind::NotPermitted, QString());
            dial = dialString(job.recipientNumber, settings().dialing);
            job.queueStatus = QueueStatus::InProgress;
            job.deviceStatus = DeviceStatus::Initializing;
            job.tries += 1;
            job.started = t;
            job.finished = QDateTime();
            job.nextAttempt = QDateTime();
            job.port = portName;
            // pagesSent keeps what earlier calls got confirmed: this call sends the rest.
            job.pagesSent = qMax(0, job.pagesSent);
            // While the call runs the job's text says what is being dialled.
            job.lastError =
                !*dial ? QString()
                : job.pagesSent > 0
                    ? trFax(QT_TRANSLATE_NOOP("Fax", "Dialling %1 on port %2 to send from page %3 "
                                                     "on; %4 earlier"))
                          .arg(**dial, portName)
                          .arg(job.pagesSent + 1)
                          .arg(confirmedPagesText(job.pagesSent))
                    : trFax(QT_TRANSLATE_NOOP("Fax", "Dialling %1 on port %2"))
                          .arg(**dial, portName);
            cancel = false;
            return {};
        },
        false);
    if (!claimed) {
        report(claimed.error());
        return;
    }
    if (claimed->isEmpty())
        return;
    const Job job = claimed->constFirst();
    applyJob(job);

    CallInfo info;
    info.port = portName;
    info.portState = PortState::Initializing;
    info.firstPage = job.pagesSent;
    if (!dial || !*dial) {
        // A number no modem can dial fails now; retrying cannot make it dialable.
        calls.insert(id, info);
        CallOutcome outcome;
        outcome.deviceStatus = DeviceStatus::BadAddress;
        outcome.retryable = false;
        outcome.message =
            trFax(QT_TRANSLATE_NOOP("Fax", "Job %1 was not sent on port %2: %3"))
                .arg(id)
                .arg(portName, dial ? dial->error().message
                                    : trFax(QT_TRANSLATE_NOOP("Fax", "the number is unknown")));
        finishJob(id, outcome);
        return;
    }

    SendRequest request;
    request.job = job;
    // UseDeviceTsid: the port's TSID rather than the one the sender gave (each stands in for the
    // other when it is empty).
    const QString portTsid = ports().value(portName).tsid;
    request.tsid = settings().useDeviceTsid ? (!portTsid.isEmpty() ? portTsid : job.tsid)
                                            : (!job.tsid.isEmpty() ? job.tsid : portTsid);
    request.document = sendDocument(job, request.tsid, t);
    request.dialString = **dial;
    request.pulseDialing = settings().dialing.pulseDialing;
    request.firstPage = info.firstPage;

    info.portText = job.lastError;
    info.document = request.document;
    info.tsid = request.tsid;
    calls.insert(id, info);
    FaxCall *call = line->second.line->send(request);
    if (!call) {
        CallOutcome outcome;
        outcome.deviceStatus = DeviceStatus::FatalError;
        outcome.message =
            trFax(QT_TRANSLATE_NOOP("Fax", "The line on port %1 could not start the call"))
                .arg(portName);
        finishJob(id, outcome);
        return;
    }
    calls[id].call = call;
    QObject::connect(call, &FaxCall::progress, q,
                     [this, id](DeviceStatus s, int sent, int total, const QString &text) {
                         onProgress(id, s, sent, total, text);
                     });
    QObject::connect(call, &FaxCall::finished, q,
                     [this, id](const CallOutcome &outcome) { finishJob(id, outcome); });
    updatePortLiveState(portName);
}

void LocalFaxServer::Private::onProgress(JobId id, DeviceStatus s, int sent, int total,
                                         const QString &text)
{
    auto it = calls.find(id);
    if (it == calls.end())
        return;
    it->portState = portStateFor(s, it->portState);
    it->portText = text;
    const bool aborting = it->aborting;
    const QString portName = it->port;
    const int first = it->firstPage;
    const auto changed = store->modifyJobs(
        {id},
        [&](Job &job, bool &) -> Result {
            if (job.queueStatus != QueueStatus::InProgress)
                return Error::make(Error::Kind::NotPermitted, QString());
            if (!aborting)
                job.deviceStatus = s;
            job.pagesSent = first + sent;
            if (total > 0)
                job.pagesTotal = first + total;
            return {};
        },
        false);
    if (!changed)
        report(changed.error());
    applyJobs(changed);
    updatePortLiveState(portName);
}

void LocalFaxServer::Private::finishJob(JobId id, const CallOutcome &outcome)
{
    const CallInfo info = calls.take(id);
    if (info.call)
        QObject::disconnect(info.call, nullptr, q, nullptr);
    const QDateTime t = now();
    const ServerSettings s = settings();
    const auto changed = store->modifyJobs(
        {id},
        [&](Job &job, bool &cancel) -> Result {
            if (job.queueStatus != QueueStatus::InProgress)
                return Error::make(Error::Kind::NotPermitted, QString());
            job.deviceStatus = outcome.deviceStatus;
            job.pagesSent = info.firstPage + outcome.pagesConfirmed;
            job.lastError = outcome.message;
            if (outcome.success) {
                job.queueStatus = QueueStatus::Completed;
                job.finished = t;
                job.lastError.clear();
            } else {
                if (job.lastError.isEmpty())
                    job.lastError = trFax(QT_TRANSLATE_NOOP("Fax", "The call on port %1 "
                                                                   "failed: %2"))
                                        .arg(info.port, displayName(outcome.deviceStatus));
                if (info.aborting || cancel) {
                    job.queueStatus = QueueStatus::Canceled;
                    job.finished = t;
                    job.lastError = trFax(QT_TRANSLATE_NOOP("Fax", "Canceled while sending "
                                                                   "(%1)"))
                                        .arg(job.lastError);
                } else if (!outcome.retryable) {
                    job.queueStatus = QueueStatus::Failed;
                    job.finished = t;
                } else if (job.tries >= s.retries + 1) {
                    job.queueStatus = QueueStatus::RetriesExceeded;
                    job.finished = t;
                } else {
                    job.queueStatus = QueueStatus::Retrying;
                    job.nextAttempt = t.addSecs(qint64(s.retryDelay) * 60);
                    if (job.pagesSent > 0)
                        job.lastError +=
                            QLatin1Char(' ') +
                            trFax(QT_TRANSLATE_NOOP("Fax", "The retry starts at page %1: %2."))
                                .arg(job.pagesSent + 1)
                                .arg(confirmedPagesText(job.pagesSent));
                }
            }
            cancel = false;
            return {};
        },
        false);
    if (!changed)
        report(changed.error());
    applyJobs(changed);
    if (changed && s.archiveOutboundFaxes) {
        for (const Job &job : *changed) {
            if (job.id == id && job.queueStatus == QueueStatus::Completed)
                archiveSent(job, info);
        }
    }
    dropStaleLine(info.port);
    syncLines();
    updatePortLiveState(info.port);
    schedulePass();
}

// ArchiveOutboundFaxes: the copy is made off the engine's thread (documents may take seconds to
// convert); only a failure comes back, onto the job's text. The fax was delivered either way.
void LocalFaxServer::Private::archiveSent(const Job &job, const CallInfo &info)
{
    OutboundArchive::Request request;
    request.document = info.document;
    request.directory = settings().archiveDirectory.isEmpty()
                            ? OutboundArchive::defaultDirectory(dataDir)
                            : settings().archiveDirectory;
    request.job = job;
    request.tsid = info.tsid;
    request.time = job.finished.isValid() ? job.finished : now();
    const JobId id = job.id;
    // The pool is waited for before q is destroyed, and a queued call to a destroyed object is
    // dropped: the result never reaches a dead engine.
    archivePool.start([this, request, id] {
        const Expected<QString> written = OutboundArchive::write(request);
        if (written)
            return;
        const QString message = written.error().message;
        QMetaObject::invokeMethod(
            q, [this, id, message] { archiveFailed(id, message); }, Qt::QueuedConnection);
    });
}

void LocalFaxServer::Private::archiveFailed(JobId id, const QString &message)
{
    if (!store || !dispatcher)
        return;
    const QString text = trFax(QT_TRANSLATE_NOOP("Fax", "Sent, but not archived: %1")).arg(message);
    const auto changed = store->modifyJobs(
        {id},
        [&](Job &job, bool &) -> Result {
            // A job restarted meanwhile has a newer story to tell.
            if (job.queueStatus != QueueStatus::Completed)
                return Error::make(Error::Kind::NotPermitted, QString());
            job.lastError = text;
            return {};
        },
        false);
    if (!changed)
        report(changed.error());
    applyJobs(changed);
}

void LocalFaxServer::Private::abortCall(JobId id)
{
    auto it = calls.find(id);
    if (it == calls.end() || it->aborting)
        return;
    it->aborting = true;
    const auto changed = store->modifyJobs(
        {id},
        [](Job &job, bool &cancel) -> Result {
            job.deviceStatus = DeviceStatus::Aborting;
            cancel = true;
            return {};
        },
        false);
    applyJobs(changed);
    if (it->call)
        it->call->abort();
}

Result LocalFaxServer::Private::removeJobsNow(const QList<JobId> &ids, bool requireFinal)
{
    QList<JobId> removed;
    const Expected<QStringList> folders = store->removeJobs(ids, requireFinal, &removed);
    if (!folders)
        return folders.error();
    for (const QString &folder : *folders)
        Spool::removeFolder(folder);
    for (JobId id : std::as_const(removed))
        applyJobRemoved(id);
    return {};
}

} // namespace Fax
