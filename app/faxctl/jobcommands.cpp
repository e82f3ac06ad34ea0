// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl submit, jobs and job.
#include "ctlcommand.h"
#include "ctlformat.h"
#include "documentoptions.h"

#include "core/dialingrules.h"

#include "server/faxserver.h"
#include "server/operationwait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

namespace Fax {

namespace {

/// How long a submission runs before faxctl shows its upload progress (on a terminal).
constexpr qint64 ProgressDelayMs = 2000;

/// Why file cannot be sent, or empty when it can be read. Reads a byte: on a root shell only
/// reading tells the truth.
QString checkDocument(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        // Name the real obstacle when a parent of the path is not a folder.
        QFileInfo parent(info.absolutePath());
        while (!parent.exists() && parent.absoluteFilePath() != QDir::rootPath())
            parent = QFileInfo(parent.absolutePath());
        if (parent.exists() && !parent.isDir()) {
            return QCoreApplication::translate("FaxCtl",
                                               "document '%1' cannot be read: '%2' is not a folder")
                .arg(file, parent.filePath());
        }
        return QCoreApplication::translate("FaxCtl", "document '%1' does not exist").arg(file);
    }
    if (info.isDir())
        return QCoreApplication::translate("FaxCtl", "document '%1' is a folder, not a file")
            .arg(file);
    if (!info.isFile())
        return QCoreApplication::translate("FaxCtl", "document '%1' is not a regular file")
            .arg(file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("FaxCtl", "document '%1' cannot be read: %2")
            .arg(file, f.errorString());
    char byte;
    const qint64 n = f.read(&byte, 1);
    if (n < 0)
        return QCoreApplication::translate("FaxCtl", "document '%1' cannot be read: %2")
            .arg(file, f.errorString());
    if (n == 0)
        return QCoreApplication::translate("FaxCtl", "document '%1' is empty").arg(file);
    return QString();
}

/// Parses --at: ISO date-time, or HH:MM today (tomorrow once passed); the time must be ahead.
std::optional<QDateTime> parseAt(const QString &text, QString *error)
{
    const QDateTime now = QDateTime::currentDateTime();
    static const QRegularExpression clock(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    QDateTime when;
    if (clock.match(text).hasMatch()) {
        const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
        if (t.isValid()) {
            when = QDateTime(now.date(), t);
            if (when <= now)
                when = when.addDays(1);
        }
    } else if (text.contains(QLatin1Char(':'))) {
        when = QDateTime::fromString(text, Qt::ISODate);
        if (!when.isValid())
            when = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (!when.isValid()) {
        *error = QCoreApplication::translate(
                     "FaxCtl", "--at: '%1' is not a time; use YYYY-MM-DDTHH:MM or HH:MM")
                     .arg(text);
        return std::nullopt;
    }
    if (when <= now) {
        *error = QCoreApplication::translate("FaxCtl", "--at: %1 is in the past").arg(text);
        return std::nullopt;
    }
    return when;
}

QString checkStationId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9+ ]{0,20}$"));
    if (valid.match(id).hasMatch())
        return QString();
    return QCoreApplication::translate(
               "FaxCtl", "--tsid: '%1' is not a station id (up to 20 digits, '+' and spaces)")
        .arg(id);
}

} // namespace

namespace {

QList<CtlOption> submitOptions()
{
    QList<CtlOption> options =
        DocumentOptions::recipientOptions() + DocumentOptions::coverOptions();
    options += {
        {"at", "TIME",
         QT_TRANSLATE_NOOP("FaxCtl", "Send at YYYY-MM-DDTHH:MM, or at HH:MM (today, or tomorrow if "
                                     "that time has passed)")},
        {"discount", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Send in the discount period")},
        {"priority", "low|normal|high", QT_TRANSLATE_NOOP("FaxCtl", "Job priority")},
        {"resolution", "normal|fine|superfine",
         QT_TRANSLATE_NOOP("FaxCtl", "Vertical resolution of the pages (default fine)")}};
    options += DocumentOptions::senderOptions();
    options += {{"tsid", "ID",
                 QT_TRANSLATE_NOOP("FaxCtl", "Station id to send (up to 20 digits, '+', spaces)")}};
    return options;
}

class SubmitCommand final : public CtlCommand
{
public:
    SubmitCommand()
        : CtlCommand(
              {"submit",
               "--to NUMBER [--to NUMBER ...] [OPTIONS] FILE...",
               QT_TRANSLATE_NOOP("FaxCtl", "Queue documents as a fax to one or more recipients"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Queues FILE... as one fax for each --to number; the jobs of one "
                             "submission share a group. Prints the new job ids, one per line "
                             "(--json: {\"jobs\":[ids],\"group\":id}). --name and --company given "
                             "once apply to every recipient, given once per --to they pair up in "
                             "order."),
               submitOptions(),
               {true, true, false},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
    /// Submits and waits; shows the upload's progress on stderr when it takes long.
    Expected<QList<JobId>> submitShowingProgress(FaxServer *server, const FaxDocument &document);
};

class JobsCommand final : public CtlCommand
{
public:
    JobsCommand()
        : CtlCommand(
              {"jobs",
               "[--all] [--status STATUS]",
               QT_TRANSLATE_NOOP("FaxCtl", "List the jobs in the queue"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Lists the jobs that are not finished yet; --all adds finished ones. "
                             "--status shows only jobs with that status, finished or not."),
               {{"all", nullptr, QT_TRANSLATE_NOOP("FaxCtl", "Include finished jobs")},
                {"status", "STATUS",
                 QT_TRANSLATE_NOOP("FaxCtl", "Only jobs with this status (pending, paused, ...)")}},
               {true, true, false},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
};

class JobControlCommand final : public CtlCommand
{
public:
    JobControlCommand()
        : CtlCommand(
              {"job",
               "ID [pause|resume|cancel|restart|remove]",
               QT_TRANSLATE_NOOP("FaxCtl",
                                 "Show one job, or pause, resume, cancel, restart, remove it"),
               QT_TRANSLATE_NOOP(
                   "FaxCtl", "Without an action, shows every field of job ID. 'remove' deletes a "
                             "finished job from the server."),
               {},
               {true, true, false},
               nullptr})
    {
    }

private:
    int run(const CtlArgs &args) override;
    std::optional<Job> findJob(const QString &idText, int *exitCode);
};

} // namespace

Expected<QList<JobId>> SubmitCommand::submitShowingProgress(FaxServer *server,
                                                            const FaxDocument &document)
{
    SubmitOperation *op = server->submit(document);
    // Only a person watching a long upload needs to see it move; scripts and tests see nothing.
    QObject context;
    QElapsedTimer clock;
    clock.start();
    bool shown = false;
    if (::isatty(STDERR_FILENO)) {
        QObject::connect(op, &FaxOperation::progress, &context,
                         [&](qint64, qint64, const QString &text) {
                             if (clock.elapsed() < ProgressDelayMs)
                                 return;
                             err() << "\rfaxctl: " << text << "\x1b[K";
                             err().flush();
                             shown = true;
                         });
    }
    const Expected<QList<JobId>> ids = waitFor(op);
    if (shown) {
        err() << '\n';
        err().flush();
    }
    return ids;
}

int SubmitCommand::run(const CtlArgs &args)
{
    FaxDocument doc;
    if (const QString e = DocumentOptions::readRecipients(args, "submit", true, &doc.recipients);
        !e.isEmpty())
        return usageError(e, "submit");
    if (args.positional().isEmpty() && !args.isSet(QStringLiteral("cover")))
        return usageError(QCoreApplication::translate(
                              "FaxCtl", "submit: give at least one document FILE, or a --cover"),
                          "submit");
    if (const QString e = DocumentOptions::checkCover(args, "submit"); !e.isEmpty())
        return usageError(e, "submit");
    if (args.isSet(QStringLiteral("at")) && args.isSet(QStringLiteral("discount")))
        return usageError(
            QCoreApplication::translate("FaxCtl", "submit: --at and --discount exclude each other"),
            "submit");
    if (args.isSet(QStringLiteral("resolution"))) {
        const QString value = args.value(QStringLiteral("resolution"));
        if (!resolutionFromKey(value.toLower(), &doc.resolution))
            return usageError(QCoreApplication::translate(
                                  "FaxCtl", "--resolution: '%1' is not a resolution (use %2)")
                                  .arg(value, resolutionKeys().join(QStringLiteral(", "))),
                              "submit");
    }

    if (args.isSet(QStringLiteral("priority"))) {
        bool ok = false;
        const QString text = args.value(QStringLiteral("priority"));
        doc.priority = enumFromKey<Priority>(text, &ok);
        if (!ok || text.isEmpty()) {
            return usageError(
                QCoreApplication::translate("FaxCtl", "--priority: '%1' is not a priority (use %2)")
                    .arg(text, enumKeys<Priority>().join(QStringLiteral(", "))),
                "submit");
        }
    }
    if (args.isSet(QStringLiteral("at"))) {
        QString error;
        const std::optional<QDateTime> when = parseAt(args.value(QStringLiteral("at")), &error);
        if (!when)
            return usageError(error, "submit");
        doc.schedule = ScheduleType::SpecificTime;
        doc.scheduleTime = *when;
    } else if (args.isSet(QStringLiteral("discount"))) {
        doc.schedule = ScheduleType::DiscountPeriod;
        doc.discountSend = true;
    }
    if (const QString e = DocumentOptions::readSender(args, &doc.sender); !e.isEmpty())
        return usageError(e, "submit");
    if (const QString e = checkStationId(args.value(QStringLiteral("tsid"))); !e.isEmpty())
        return usageError(e, "submit");

    for (const QString &file : args.positional()) {
        if (const QString e = checkDocument(file); !e.isEmpty())
            return fail(e);
        doc.files << QFileInfo(file).absoluteFilePath();
    }
    doc.coverPage = args.value(QStringLiteral("cover"));
    doc.subject = args.value(QStringLiteral("subject"));
    doc.note = args.value(QStringLiteral("note"));
    doc.tsid = args.value(QStringLiteral("tsid"));

    FaxServer *server = openServer(false);
    if (!server)
        return Failure;
    const Expected<QList<JobId>> ids = submitShowingProgress(server, doc);
    if (!ids)
        return fail(QCoreApplication::translate("FaxCtl", "cannot submit the fax: %1")
                        .arg(ids.error().message));
    const std::optional<Job> first = ids->isEmpty() ? std::nullopt : server->job(ids->constFirst());
    const JobId group = first ? first->groupId : 0;
    if (json()) {
        QJsonArray list;
        for (JobId id : *ids)
            list << id;
        printJson({{QStringLiteral("jobs"), list}, {QStringLiteral("group"), group}});
    } else {
        for (JobId id : *ids)
            printLine(QString::number(id));
    }
    return Success;
}

int JobsCommand::run(const CtlArgs &args)
{
    if (!args.positional().isEmpty()) {
        return usageError(QCoreApplication::translate("FaxCtl", "jobs: unexpected argument '%1'")
                              .arg(args.positional().constFirst()),
                          "jobs");
    }
    std::optional<QueueStatus> status;
    if (args.isSet(QStringLiteral("status"))) {
        bool ok = false;
        const QString text = args.value(QStringLiteral("status"));
        status = enumFromKey<QueueStatus>(text, &ok);
        if (!ok || text.isEmpty()) {
            return usageError(
                QCoreApplication::translate("FaxCtl", "--status: '%1' is not a job status (use %2)")
                    .arg(text, enumKeys<QueueStatus>().join(QStringLiteral(", "))),
                "jobs");
        }
    }
    FaxServer *server = openServer(false);
    if (!server)
        return Failure;
    QList<Job> jobs;
    for (const Job &job : server->jobs()) {
        if (status ? job.queueStatus == *status
                   : (args.isSet(QStringLiteral("all")) || !isFinal(job.queueStatus)))
            jobs << job;
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    if (json()) {
        QJsonArray list;
        for (const Job &job : jobs)
            list << CtlFormat::jobToJson(job);
        printJson({{QStringLiteral("jobs"), list}});
        return Success;
    }
    if (jobs.isEmpty()) {
        printLine(QCoreApplication::translate("FaxCtl", "No jobs."));
        return Success;
    }
    QList<QStringList> rows;
    for (const Job &job : jobs) {
        rows << QStringList{QString::number(job.id),
                            displayName(job.queueStatus),
                            displayName(job.deviceStatus),
                            CtlFormat::recipient(job),
                            QStringLiteral("%1/%2").arg(job.pagesSent).arg(job.pagesTotal),
                            QString::number(job.tries),
                            CtlFormat::humanTime(job.submitted),
                            job.lastError};
    }
    out() << CtlFormat::table({QCoreApplication::translate("FaxCtl", "ID"),
                               QCoreApplication::translate("FaxCtl", "STATUS"),
                               QCoreApplication::translate("FaxCtl", "DEVICE STATUS"),
                               QCoreApplication::translate("FaxCtl", "RECIPIENT"),
                               QCoreApplication::translate("FaxCtl", "PAGES"),
                               QCoreApplication::translate("FaxCtl", "TRIES"),
                               QCoreApplication::translate("FaxCtl", "SUBMITTED"),
                               QCoreApplication::translate("FaxCtl", "LAST ERROR")},
                              rows);
    out().flush();
    return Success;
}

std::optional<Job> JobControlCommand::findJob(const QString &idText, int *exitCode)
{
    bool ok = false;
    const JobId id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usageError(
            QCoreApplication::translate("FaxCtl", "'%1' is not a job id (a positive number)")
                .arg(idText),
            "job");
        return std::nullopt;
    }
    FaxServer *server = openServer(false);
    if (!server) {
        *exitCode = Failure;
        return std::nullopt;
    }
    std::optional<Job> job = server->job(id);
    if (!job)
        *exitCode =
            fail(QCoreApplication::translate("FaxCtl", "job %1: there is no such job").arg(id));
    return job;
}

int JobControlCommand::run(const CtlArgs &args)
{
    const QStringList &pos = args.positional();
    if (pos.isEmpty())
        return usageError(QCoreApplication::translate("FaxCtl", "job: give a job ID"), "job");
    if (pos.size() > 2)
        return usageError(
            QCoreApplication::translate("FaxCtl", "job: unexpected argument '%1'").arg(pos.at(2)),
            "job");

    struct Action
    {
        const char *name;
        std::optional<JobCommand> command; // nullopt: remove
        const char *done;
    };
    static const Action actions[] = {
        {"pause", JobCommand::Pause, QT_TRANSLATE_NOOP("FaxCtl", "paused")},
        {"resume", JobCommand::Resume, QT_TRANSLATE_NOOP("FaxCtl", "resumed")},
        {"cancel", JobCommand::Cancel, QT_TRANSLATE_NOOP("FaxCtl", "canceled")},
        {"restart", JobCommand::Restart, QT_TRANSLATE_NOOP("FaxCtl", "restarted")},
        {"remove", std::nullopt, QT_TRANSLATE_NOOP("FaxCtl", "removed")},
    };
    const Action *action = nullptr;
    if (pos.size() == 2) {
        for (const Action &a : actions) {
            if (pos.at(1) == QLatin1String(a.name))
                action = &a;
        }
        if (!action) {
            return usageError(QCoreApplication::translate(
                                  "FaxCtl",
                                  "job: unknown action '%1' (use pause, resume, cancel, restart or "
                                  "remove)")
                                  .arg(pos.at(1)),
                              "job");
        }
    }
    int exitCode = Success;
    const std::optional<Job> job = findJob(pos.constFirst(), &exitCode);
    if (!job)
        return exitCode;

    if (!action) {
        if (json()) {
            printJson(CtlFormat::jobToJson(*job));
        } else {
            QList<QStringList> rows;
            for (const auto &[label, value] : CtlFormat::jobFields(*job))
                rows << QStringList{label + QLatin1Char(':'), value};
            out() << CtlFormat::table({}, rows);
            out().flush();
        }
        return Success;
    }

    FaxServer *server = openServer(false);
    const Result result = waitFor(action->command ? server->jobCommand(job->id, *action->command)
                                                  : server->removeJob(job->id));
    if (!result) {
        return fail(QCoreApplication::translate("FaxCtl", "job %1: cannot %2: %3")
                        .arg(job->id)
                        .arg(QLatin1String(action->name), result.error().message));
    }
    const std::optional<Job> after = server->job(job->id);
    if (json()) {
        QJsonObject o{{QStringLiteral("id"), job->id},
                      {QStringLiteral("action"), QLatin1String(action->name)}};
        if (after)
            o[QStringLiteral("job")] = CtlFormat::jobToJson(*after);
        printJson(o);
    } else if (after) {
        printLine(QCoreApplication::translate("FaxCtl", "Job %1 %2; status: %3.")
                      .arg(job->id)
                      .arg(QCoreApplication::translate("FaxCtl", action->done),
                           displayName(after->queueStatus)));
    } else {
        printLine(QCoreApplication::translate("FaxCtl", "Job %1 %2.")
                      .arg(job->id)
                      .arg(QCoreApplication::translate("FaxCtl", action->done)));
    }
    return Success;
}

void addJobCommands(CtlCommandList &list)
{
    list.push_back(std::make_unique<SubmitCommand>());
    list.push_back(std::make_unique<JobsCommand>());
    list.push_back(std::make_unique<JobControlCommand>());
}

} // namespace Fax
