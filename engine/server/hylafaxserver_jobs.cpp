// SPDX-License-Identifier: GPL-3.0-or-later
// HylafaxServer: submitting, job commands, removal, switching modems, fetching received faxes.
#include "hylafaxserver_p.h"

#include "core/jobrules.h"
#include "hylafaxsubmission.h"
#include "submissionrules.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace Fax {

using namespace HylafaxServerDetail;

namespace {

Error noJob(JobId id)
{
    return Error::make(Error::Kind::NotFound,
                       trFax(QT_TRANSLATE_NOOP("Fax", "There is no job %1")).arg(id));
}

} // namespace

void HylafaxServer::startSubmit(SubmitOperation *op, const FaxDocument &document)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    if (Result r = SubmissionRules::check(document); !r)
        return fail(op, r.error());
    HylafaxSubmission::Input input;
    input.document = document;
    input.settings = d->settings;
    input.account = d->account(false);
    input.dataDirectory =
        d->opt.dataDirectory.isEmpty() ? defaultDataDirectory() : d->opt.dataDirectory;
    input.submittingUser = d->conn.user;
    auto *submission = new HylafaxSubmission(input, this);
    const quint64 key = d->nextSubmission++;
    d->submissions.insert(key, submission);
    QPointer<SubmitOperation> operation(op);
    setCancelHandler(op, [submission] { submission->cancel(); });
    connect(submission, &HylafaxSubmission::progress, this,
            [operation](qint64 done, qint64 total, const QString &text) {
                if (operation)
                    reportProgress(operation, done, total, text);
            });
    connect(submission, &HylafaxSubmission::submitting, this, [operation] {
        if (operation)
            setCancelHandler(operation, {}); // the jobs go now: too late to take back
    });
    const auto done = [this, key, submission] {
        d->submissions.remove(key);
        submission->deleteLater();
    };
    connect(submission, &HylafaxSubmission::failed, this, [operation, done](const Error &e) {
        done();
        if (operation)
            fail(operation, e);
    });
    const QDateTime submitted = QDateTime::currentDateTime();
    connect(submission, &HylafaxSubmission::succeeded, this,
            [this, operation, done, document, submitted, submission](const QList<JobId> &ids,
                                                                     JobId group) {
                // What the listings will not say of the new jobs.
                for (int i = 0; i < ids.size(); ++i) {
                    Job extra;
                    extra.id = ids.at(i);
                    extra.size = submission->jobBytes(i);
                    extra.submitted = submitted;
                    extra.senderCompany = document.sender.company;
                    extra.senderDepartment = document.sender.department;
                    extra.billingCode = document.sender.billingCode;
                    extra.tsid = document.tsid;
                    extra.schedule =
                        document.discountSend ? ScheduleType::DiscountPeriod : document.schedule;
                    if (extra.schedule == ScheduleType::SpecificTime)
                        extra.scheduleTime = document.scheduleTime;
                    d->submittedExtras.insert(extra.id, extra);
                }
                done();
                ReadPlan plan;
                plan.lookups = ids;
                d->read(plan, [operation, ids, group](const Result &) {
                    // The jobs are submitted whatever the reading found: their ids are the
                    // outcome; the cache catches up with the next reading.
                    if (operation)
                        succeed(operation, ids, group);
                });
            });
    submission->start();
}

void HylafaxServer::startJobCommand(FaxOperation *op, JobId id, JobCommand command)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Job> job = cache().job(id);
    if (!job)
        return fail(op, noJob(id));
    Job after = *job;
    if (const Expected<JobRules::Effect> effect =
            JobRules::apply(command, &after, QDateTime::currentDateTime());
        !effect)
        return fail(op, effect.error());
    QByteArray line;
    switch (command) {
    case JobCommand::Pause:
        line = "JSUSP ";
        break;
    case JobCommand::Resume:
        line = "JSUBM ";
        break;
    case JobCommand::Cancel:
        line = "JKILL ";
        break;
    case JobCommand::Restart:
        return fail(op, unsupported(op, capabilities().jobCommandReason(command)));
    }
    line += QByteArray::number(id);
    QPointer<FaxOperation> operation(op);
    const QString what = op->description();
    const bool running = job->queueStatus == QueueStatus::InProgress;
    const auto finished = [this, operation, id](HylafaxSession *, const Expected<HylafaxReply> &) {
        ReadPlan plan;
        plan.lookups << id;
        d->read(plan, [operation](const Result &) {
            if (operation)
                succeed(operation);
        });
    };
    d->withCommandSession([this, operation, line, what, command, id, running,
                           finished](HylafaxSession *session, const Error &error) {
        if (!operation)
            return;
        if (!session)
            return fail(operation, error);
        session->connection()->command(line, [=, this](const Expected<HylafaxReply> &r) {
            if (!operation)
                return;
            if (!r)
                return fail(operation, r.error());
            if (r->isSuccess()) {
                if (command == JobCommand::Cancel && running)
                    d->aborting.insert(id);
                return finished(session, r);
            }
            // faxq does not suspend a job whose call has just started; interrupting it
            // (JINTR) ends the call and suspends the job, which is what Pause asks for.
            if (command == JobCommand::Pause &&
                !r->message().contains(QLatin1String("done"), Qt::CaseInsensitive)) {
                session->connection()->command(
                    "JINTR " + QByteArray::number(id), [=, this](const Expected<HylafaxReply> &i) {
                        if (!operation)
                            return;
                        if (i && i->isSuccess())
                            return finished(session, i);
                        fail(operation, i ? session->refusal(what, *r) : i.error());
                    });
                return;
            }
            fail(operation, session->refusal(what, *r));
        });
    });
}

void HylafaxServer::startRemoveJob(FaxOperation *op, JobId id)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Job> job = cache().job(id);
    if (!job)
        return fail(op, noJob(id));
    if (!JobRules::canRemove(*job))
        return fail(op, Error::make(Error::Kind::NotPermitted,
                                    trFax(QT_TRANSLATE_NOOP("Fax", "Job %1 cannot be removed: it "
                                                                   "is %2"))
                                        .arg(id)
                                        .arg(displayName(job->queueStatus))));
    QPointer<FaxOperation> operation(op);
    const QString what = op->description();
    d->withCommandSession([this, operation, id, what](HylafaxSession *session, const Error &e) {
        if (!operation)
            return;
        if (!session)
            return fail(operation, e);
        session->connection()->command(
            "JDELE " + QByteArray::number(id),
            [this, operation, id, what, session](const Expected<HylafaxReply> &r) {
                if (!operation)
                    return;
                if (!r)
                    return fail(operation, r.error());
                if (!r->isSuccess())
                    return fail(operation, session->refusal(what, *r));
                d->removedJobs.insert(id, d->readingsBegun);
                cache().removeJob(id);
                succeed(operation);
            });
    });
}

void HylafaxServer::startUpdatePort(FaxOperation *op, const Port &port)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<Port> known = cache().port(port.name);
    if (!known)
        return fail(
            op, Error::make(Error::Kind::NotFound,
                            trFax(QT_TRANSLATE_NOOP("Fax", "There is no port %1")).arg(port.name)));
    if (known->sendEnabled == port.sendEnabled)
        return succeed(op);
    QPointer<FaxOperation> operation(op);
    const QString what = op->description();
    const bool enable = port.sendEnabled;
    const QString name = port.name;
    d->withCommandSession([=, this](HylafaxSession *session, const Error &e) {
        if (!operation)
            return;
        if (!session)
            return fail(operation, e);
        const QByteArray line = (enable ? "ENABLE " : "DISABLE ") + name.toUtf8();
        session->connection()->command(line, [=, this](const Expected<HylafaxReply> &r) {
            if (!operation)
                return;
            if (!r)
                return fail(operation, r.error());
            if (!r->isSuccess())
                return fail(operation, session->refusal(what, *r));
            // The reading shows the port as it is now, once (portOf()): changing the cached
            // one here as well told the change twice, with the state text in the second.
            d->sendEnabled.insert(name, enable);
            ReadPlan plan;
            plan.status = true;
            d->read(plan, [operation](const Result &) {
                if (operation)
                    succeed(operation);
            });
        });
    });
}

void HylafaxServer::startFetchReceivedFax(FetchOperation *op, qint64 id)
{
    if (Result r = d->checkConnected(); !r)
        return fail(op, r.error());
    const std::optional<ReceivedFax> fax = cache().receivedFax(id);
    const QString remote = d->receivedFiles.value(id);
    if (!fax || remote.isEmpty())
        return fail(
            op,
            Error::make(Error::Kind::NotFound,
                        trFax(QT_TRANSLATE_NOOP("Fax", "There is no received fax %1")).arg(id)));
    if (!QDir().mkpath(d->opt.downloadDirectory))
        return fail(op, Error::make(Error::Kind::Io,
                                    trFax(QT_TRANSLATE_NOOP("Fax", "Cannot make the folder %1"))
                                        .arg(d->opt.downloadDirectory)));
    const QString local = QDir(d->opt.downloadDirectory).filePath(remote);
    auto file = std::make_shared<QSaveFile>(local);
    if (!file->open(QIODevice::WriteOnly))
        return fail(
            op, Error::make(Error::Kind::Io, trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write %1: %2"))
                                                 .arg(local, file->errorString())));
    QPointer<FetchOperation> operation(op);
    const QString what = op->description();
    d->withCommandSession([=, this](HylafaxSession *session, const Error &e) {
        if (!operation)
            return;
        if (!session)
            return fail(operation, e);
        HylafaxConnection::Transfer t;
        t.command = "RETR recvq/" + remote.toUtf8();
        t.sink = file.get();
        t.progress = [operation, remote](qint64 bytes) {
            if (operation)
                reportProgress(operation, bytes, 0,
                               trFax(QT_TRANSLATE_NOOP("Fax", "Downloading %1: %2"))
                                   .arg(remote, QLocale().formattedDataSize(bytes)));
        };
        session->connection()->transfer(
            t, [=, this](const Expected<HylafaxReply> &r, const QByteArray &) {
                if (!operation)
                    return;
                if (!r)
                    return fail(operation, r.error());
                if (!r->isSuccess())
                    return fail(operation, session->refusal(what, *r));
                if (!file->commit())
                    return fail(operation,
                                Error::make(Error::Kind::Io,
                                            trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write %1: %2"))
                                                .arg(local, file->errorString())));
                if (std::optional<ReceivedFax> known = cache().receivedFax(id)) {
                    known->file = local;
                    cache().storeReceivedFax(*known);
                }
                succeed(operation, local);
            });
    });
}

} // namespace Fax
