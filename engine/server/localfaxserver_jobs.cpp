// Submissions and job commands of the local engine.
#include "localfaxserver_p.h"

#include "core/dialingrules.h"
#include "core/jobrules.h"
#include "queue/scheduler.h"
#include "queue/spool.h"

#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <pwd.h>
#include <unistd.h>
#endif

namespace Fax {

using namespace LocalServerDetail;

namespace {

// A job's owner is the account that submitted it. $USER is often unset (services, cron,
// containers, CTest), so the password entry of the effective user comes first.
QString submittingUser()
{
#ifdef Q_OS_UNIX
    const long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(hint > 0 ? size_t(hint) : size_t(16384));
    passwd entry{};
    passwd *found = nullptr;
    int rc = 0;
    while ((rc = getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found)) == ERANGE &&
           buffer.size() < (size_t(1) << 20))
        buffer.resize(buffer.size() * 2);
    if (rc == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
}

} // namespace

Expected<QList<JobId>> LocalFaxServer::submit(const FaxDocument &document)
{
    if (Result r = d->checkConnected(); !r)
        return r.error();
    auto invalid = [](const QString &message) {
        return Error::make(Error::Kind::InvalidArgument, message);
    };
    if (document.recipients.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has no recipient")));
    for (int i = 0; i < document.recipients.size(); ++i) {
        const Party &r = document.recipients.at(i);
        const QString who = !r.name.trimmed().isEmpty()
                                ? r.name.trimmed()
                                : trFax(QT_TRANSLATE_NOOP("Fax", "number %1")).arg(i + 1);
        const QString number = r.faxNumber.trimmed();
        if (number.isEmpty())
            return invalid(
                trFax(QT_TRANSLATE_NOOP("Fax", "Recipient %1 has no fax number")).arg(who));
        // Digits, separators and the modem's dial modifiers (, W * #); the dialing rules
        // themselves are applied when the job is dispatched.
        if (const Expected<QString> dial = dialString(number, DialingRules()); !dial)
            return invalid(
                trFax(QT_TRANSLATE_NOOP("Fax", "Recipient %1: %2")).arg(who, dial.error().message));
    }
    if (document.files.isEmpty() && document.coverPage.isEmpty())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax has neither a document nor a "
                                                      "cover page")));
    ScheduleType schedule = document.schedule;
    if (document.discountSend)
        schedule = ScheduleType::DiscountPeriod;
    if (schedule == ScheduleType::SpecificTime && !document.scheduleTime.isValid())
        return invalid(trFax(QT_TRANSLATE_NOOP("Fax", "The fax is scheduled for a specific time "
                                                      "but the time is not valid")));

    // The documents are durable on disk before the jobs that reference them are committed.
    Expected<SubmissionGroup> group = Spool::copyIn(d->store->spoolDirectory(), document.files);
    if (!group)
        return group.error();
    group.value().coverPage = document.coverPage;
    group.value().note = document.note;
    group.value().notify = document.notifyOnCompletion;
    group.value().notifyAddress = document.notifyAddress;
    qint64 size = 0;
    for (const SpooledDocument &doc : std::as_const(group->documents))
        size += doc.size;

    const QString owner = submittingUser();
    const QDateTime t = d->now();
    QList<Job> jobs;
    for (const Party &r : document.recipients) {
        Job job;
        job.type = JobType::Send;
        job.owner = owner;
        job.queueStatus = QueueStatus::Pending;
        job.size = size;
        job.recipientNumber = r.faxNumber.trimmed();
        job.recipientName = r.name;
        job.recipientCompany = r.company;
        job.senderName = document.sender.name;
        job.senderCompany = document.sender.company;
        job.senderDepartment = document.sender.department;
        job.tsid = document.tsid;
        job.billingCode = document.sender.billingCode;
        job.subject = document.subject;
        job.schedule = schedule;
        if (schedule == ScheduleType::SpecificTime)
            job.scheduleTime = document.scheduleTime;
        job.priority = document.priority;
        job.submitted = t;
        jobs << job;
    }
    const Expected<QList<Job>> stored = d->store->insertSubmission(*group, jobs);
    if (!stored) {
        Spool::removeFolder(group->spoolDir);
        return stored.error();
    }
    QList<JobId> ids;
    for (const Job &job : *stored) {
        ids << job.id;
        d->applyJob(job);
    }
    d->schedulePass();
    return ids;
}

Result LocalFaxServer::jobCommand(JobId id, JobCommand command)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    const QDateTime t = d->now();
    bool abortHere = false;
    const auto changed = d->store->modifyJobs(
        {id},
        [&](Job &job, bool &cancel) -> Result {
            const Expected<JobRules::Effect> effect = JobRules::apply(command, &job, t);
            if (!effect)
                return effect.error();
            if (*effect == JobRules::Effect::HangUp) {
                // The dispatcher hangs up and then marks the job canceled.
                cancel = true;
                abortHere = d->calls.contains(id);
            } else {
                cancel = false; // a restart clears an earlier cancel request
            }
            return {};
        },
        true);
    if (!changed)
        return changed.error();
    d->applyJobs(changed);
    if (abortHere) {
        auto it = d->calls.find(id);
        if (it != d->calls.end() && !it->aborting) {
            it->aborting = true;
            if (it->call)
                it->call->abort();
        }
    }
    d->schedulePass();
    return {};
}

Result LocalFaxServer::removeJob(JobId id)
{
    if (Result r = d->checkConnected(); !r)
        return r;
    if (!d->jobs.contains(id))
        d->pollChanges(true); // it may have just been added by another process
    QList<JobId> removed;
    const Expected<QStringList> folders = d->store->removeJobs({id}, true, &removed);
    if (!folders)
        return folders.error();
    if (removed.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id));
    for (const QString &folder : *folders)
        Spool::removeFolder(folder);
    d->applyJobRemoved(id);
    return {};
}

} // namespace Fax
