// SPDX-License-Identifier: GPL-3.0-or-later
// Submissions and job commands of the local engine.
#include "localfaxserver_p.h"

#include "core/jobrules.h"
#include "cover/coverlibrary.h"
#include "queue/scheduler.h"
#include "queue/spool.h"
#include "submissionrules.h"

#include <QLocale>

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

void LocalFaxServer::startSubmit(SubmitOperation *op, const FaxDocument &document)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (Result r = SubmissionRules::check(document); !r)
        return fail(op, r.error());
    // The cover page by name (a common or personal one) or as a file; with ServerCoverpage only
    // a common one. Its file is spooled with the documents.
    QString cover;
    if (!document.coverPage.isEmpty()) {
        const Expected<CoverEntry> entry =
            CoverLibrary(d->dataDir)
                .resolve(document.coverPage, d->cache().settings().serverCoverpage);
        if (!entry)
            return fail(op, entry.error());
        cover = entry->path;
    }
    // The documents are durable on disk before the jobs that reference them are committed; the
    // copy runs on a worker so that a large document does not hold up the caller.
    const quint64 id = d->nextUpload++;
    auto task = std::make_shared<Private::UploadTask>();
    d->uploads.insert(id, Private::Upload{op, task, document});
    setCancelHandler(op, [task] { task->cancel = true; });
    const QString root = d->store->spoolDirectory();
    const QStringList files = document.files;
    // The worker reaches the engine only through queued calls; stopUploads() waits for it
    // before the engine goes.
    d->uploadPool.start([this, id, task, root, files, cover] {
        Expected<SubmissionGroup> group = Spool::copyIn(
            root, files,
            [this, id, task](qint64 done, qint64 total) {
                if (task->cancel)
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, id, done, total] { d->uploadProgress(id, done, total); },
                    Qt::QueuedConnection);
                return true;
            },
            cover);
        {
            const QMutexLocker lock(&task->mutex);
            task->result = std::move(group);
        }
        QMetaObject::invokeMethod(
            this, [this, id] { d->finishUpload(id); }, Qt::QueuedConnection);
    });
}

void LocalFaxServer::Private::uploadProgress(quint64 id, qint64 done, qint64 total)
{
    const auto it = uploads.constFind(id);
    if (it == uploads.constEnd() || !it->op)
        return;
    const QLocale locale;
    reportProgress(it->op, done, total,
                   trFax(QT_TRANSLATE_NOOP("Fax", "Copying the documents into the queue: %1 of "
                                                  "%2"))
                       .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void LocalFaxServer::Private::finishUpload(quint64 id)
{
    const auto it = uploads.find(id);
    if (it == uploads.end())
        return; // stopUploads() has dealt with it
    const Upload upload = *it;
    uploads.erase(it);
    std::optional<Expected<SubmissionGroup>> copied;
    {
        const QMutexLocker lock(&upload.task->mutex);
        copied = std::move(upload.task->result);
    }
    if (!copied)
        return;
    Expected<SubmissionGroup> &group = *copied;
    if (!group) {
        if (upload.op)
            fail(upload.op, group.error());
        return;
    }
    // Canceled (or nobody waits any more) while the last bytes were written: nothing is kept.
    if (upload.task->cancel || !upload.op) {
        Spool::removeFolder(group->spoolDir);
        return;
    }
    if (Result r = checkConnected(); !r) {
        Spool::removeFolder(group->spoolDir);
        fail(upload.op, r.error());
        return;
    }
    const FaxDocument &document = upload.document;
    group.value().note = document.note;
    group.value().resolution = document.resolution;
    group.value().sender = document.sender;
    group.value().notify = document.notifyOnCompletion;
    group.value().notifyAddress = document.notifyAddress;
    qint64 size = 0;
    for (const SpooledDocument &doc : std::as_const(group->documents))
        size += doc.size;
    const ScheduleType schedule =
        document.discountSend ? ScheduleType::DiscountPeriod : document.schedule;

    const QString owner = submittingUser();
    const QDateTime t = now();
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
    const Expected<QList<Job>> stored = store->insertSubmission(*group, jobs, document.recipients);
    if (!stored) {
        Spool::removeFolder(group->spoolDir);
        fail(upload.op, stored.error());
        return;
    }
    QList<JobId> ids;
    for (const Job &job : *stored) {
        ids << job.id;
        applyJob(job);
    }
    schedulePass();
    succeed(upload.op, ids, stored->isEmpty() ? 0 : stored->constFirst().groupId);
}

void LocalFaxServer::Private::stopUploads(const Error &why)
{
    if (uploads.isEmpty())
        return;
    for (const Upload &upload : std::as_const(uploads))
        upload.task->cancel = true;
    uploadPool.waitForDone();
    const QHash<quint64, Upload> stopped = std::exchange(uploads, {});
    for (const Upload &upload : stopped) {
        {
            const QMutexLocker lock(&upload.task->mutex);
            if (upload.task->result && upload.task->result->ok())
                Spool::removeFolder(upload.task->result->value().spoolDir);
        }
        if (upload.op)
            fail(upload.op, why);
    }
}

void LocalFaxServer::startJobCommand(FaxOperation *op, JobId id, JobCommand command)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
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
        return fail(op, changed.error());
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
    succeed(op);
}

void LocalFaxServer::startRemoveJob(FaxOperation *op, JobId id)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (!d->jobs().contains(id))
        d->pollChanges(true); // it may have just been added by another process
    QList<JobId> removed;
    const Expected<QStringList> folders = d->store->removeJobs({id}, true, &removed);
    if (!folders)
        return fail(op, folders.error());
    if (removed.isEmpty())
        return fail(op, Error::make(Error::Kind::NotFound,
                                    trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id)));
    for (const QString &folder : *folders)
        Spool::removeFolder(folder);
    d->applyJobRemoved(id);
    succeed(op);
}

} // namespace Fax
