// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblistpanel.h"

#include "actionids.h"
#include "consolesession.h"
#include "core/jobrules.h"
#include "faxitemactions.h"
#include "jobqueuemodel.h"
#include "listviewsetup.h"
#include "messagesink.h"
#include "modelformat.h"
#include "modelroles.h"
#include "operationfeedback.h"
#include "tablesetup.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

namespace {

ConsoleFolder consoleFolderOf(JobFolderModel::Folder folder)
{
    switch (folder) {
    case JobFolderModel::Folder::Incoming:
        return ConsoleFolder::Incoming;
    case JobFolderModel::Folder::SentItems:
        return ConsoleFolder::SentItems;
    default:
        return ConsoleFolder::Outbox;
    }
}

} // namespace

JobListPanel::JobListPanel(ConsoleSession *session, FaxItemActions *items,
                           JobFolderModel::Folder folder, QWidget *parent)
    : FolderView(parent), m_session(session), m_items(items), m_jobs(session->jobModel()),
      m_messages(session->messages()), m_proxy(new JobFolderModel(folder, this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_jobs);

    m_view->setObjectName(QStringLiteral("jobView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(JobColumn::Id), folder == JobFolderModel::Folder::SentItems
                                                 ? Qt::DescendingOrder
                                                 : Qt::AscendingOrder);
    const QList<QPair<JobColumn, int>> widths = {
        {JobColumn::Id, 70},         {JobColumn::Status, 110},    {JobColumn::DeviceStatus, 110},
        {JobColumn::Recipient, 190}, {JobColumn::Company, 120},   {JobColumn::Pages, 55},
        {JobColumn::Size, 70},       {JobColumn::Schedule, 110},  {JobColumn::Priority, 70},
        {JobColumn::Tries, 45},      {JobColumn::Submitted, 130}, {JobColumn::Sender, 110},
        {JobColumn::LastError, 220}, {JobColumn::Finished, 130}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    for (JobColumn c : {JobColumn::Submitted, JobColumn::Finished})
        m_view->setColumnWidth(int(c), dateColumnWidth(m_view));
    // What a folder's jobs have to say: Sent Items shows when they went, not their schedule.
    if (folder == JobFolderModel::Folder::SentItems) {
        for (JobColumn c : {JobColumn::Status, JobColumn::DeviceStatus, JobColumn::Schedule,
                            JobColumn::Tries, JobColumn::LastError})
            m_view->setColumnHidden(int(c), true);
        m_view->horizontalHeader()->moveSection(int(JobColumn::Finished),
                                                int(JobColumn::Recipient));
    } else {
        m_view->setColumnHidden(int(JobColumn::Finished), true);
    }
    m_view->setAccessibleName(FolderPanel::folderName(consoleFolderOf(folder)));
    ListViewSetup::connect(this, m_view, session->actions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QAction *JobListPanel::registered(const QString &id) const
{
    return m_session->actions()->action(id);
}

QAction *JobListPanel::pauseAction() const
{
    return registered(ActionId::Pause);
}

QAction *JobListPanel::resumeAction() const
{
    return registered(ActionId::Resume);
}

QAction *JobListPanel::cancelAction() const
{
    return registered(ActionId::Cancel);
}

QAction *JobListPanel::restartAction() const
{
    return registered(ActionId::Restart);
}

QAction *JobListPanel::deleteAction() const
{
    return registered(ActionId::Delete);
}

QList<QAction *> JobListPanel::jobActions() const
{
    return {pauseAction(), resumeAction(), cancelAction(), restartAction(), deleteAction()};
}

void JobListPanel::setFolder(JobFolderModel::Folder folder)
{
    m_proxy->setFolder(folder);
    m_view->clearSelection();
    Q_EMIT currentChanged();
}

JobFolderModel::Folder JobListPanel::folder() const
{
    return m_proxy->folder();
}

ConsoleFolder JobListPanel::consoleFolder() const
{
    return consoleFolderOf(m_proxy->folder());
}

QAbstractItemView *JobListPanel::itemView() const
{
    return m_view;
}

QStringList JobListPanel::contextActionIds() const
{
    using namespace ActionId;
    if (m_proxy->folder() == JobFolderModel::Folder::Incoming)
        return {Cancel, Separator, Delete};
    if (m_proxy->folder() == JobFolderModel::Folder::SentItems)
        return {ViewFax, Resend, Separator, SaveAsPdf, Print, Report, Separator, Delete};
    return {ViewFax,   Separator, Pause, Resume, Cancel,    Restart, Resend,
            Separator, SaveAsPdf, Print, Report, Separator, Delete};
}

QList<ListFilter> JobListPanel::filters() const
{
    switch (m_proxy->folder()) {
    case JobFolderModel::Folder::Incoming:
        return ListFilters::incoming();
    case JobFolderModel::Folder::SentItems:
        return ListFilters::sentItems();
    default:
        return ListFilters::outbox();
    }
}

void JobListPanel::setFilter(ListFilter filter)
{
    m_proxy->setListFilter(filter);
    Q_EMIT currentChanged();
}

void JobListPanel::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    Q_EMIT currentChanged();
}

int JobListPanel::totalCount() const
{
    // The folder's jobs without the quick filter and the search.
    int count = 0;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const Job *job = m_jobs->jobAt(row);
        count += JobFolderModel::belongsTo(m_proxy->folder(), job->type, job->queueStatus);
    }
    return count;
}

QList<Job> JobListPanel::selectedJobs() const
{
    return ListViewSetup::selectedValues<Job>(m_view, JobRole);
}

bool JobListPanel::selectJob(JobId id)
{
    const int sourceRow = m_jobs->rowOf(id);
    return sourceRow >= 0 &&
           ListViewSetup::selectSourceIndex(m_view, m_proxy, m_jobs->index(sourceRow, 0));
}

QString JobListPanel::detailsTitle() const
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() != 1)
        return jobs.isEmpty() ? QString() : tr("%n jobs selected", nullptr, int(jobs.size()));
    return tr("Job %1 to %2").arg(jobs.first().id).arg(ModelFormat::recipient(jobs.first()));
}

QList<DetailField> JobListPanel::details() const
{
    const QList<Job> jobs = selectedJobs();
    if (jobs.size() != 1)
        return {};
    const Job &job = jobs.first();
    QList<DetailField> fields;
    const auto add = [&fields](const QString &label, const QString &value) {
        if (!value.isEmpty())
            fields << DetailField{label, value};
    };
    QString status = displayName(job.queueStatus);
    if (job.deviceStatus != DeviceStatus::None)
        status = tr("%1 (%2)").arg(status, displayName(job.deviceStatus));
    add(tr("Status"), status);
    // Why it did not go out comes first: it is what the user looks for.
    add(tr("Last error"), job.lastError);
    add(tr("Fax number"), job.recipientNumber);
    add(tr("Recipient"), job.recipientName);
    add(tr("Company"), job.recipientCompany);
    add(tr("Subject"), job.subject);
    add(tr("Sender"), job.senderCompany.isEmpty()
                          ? job.senderName
                          : tr("%1, %2").arg(job.senderName, job.senderCompany));
    if (job.pagesTotal > 0)
        add(tr("Pages"), tr("%1 of %2 sent").arg(job.pagesSent).arg(job.pagesTotal));
    add(tr("Size"), ModelFormat::size(job.size));
    add(tr("Priority"), displayName(job.priority));
    add(tr("Scheduled"), ModelFormat::schedule(job));
    add(tr("Submitted"), ModelFormat::dateTime(job.submitted));
    add(tr("Started"), ModelFormat::dateTime(job.started));
    add(tr("Finished"), ModelFormat::dateTime(job.finished));
    if (job.tries > 0)
        add(tr("Tries"), QString::number(job.tries));
    if (job.queueStatus == QueueStatus::Retrying)
        add(tr("Next attempt"), ModelFormat::dateTime(job.nextAttempt));
    add(tr("Port"), job.port);
    add(tr("TSID"), job.tsid);
    add(tr("Billing code"), job.billingCode);
    add(tr("Owner"), job.owner);
    return fields;
}

void JobListPanel::activateCurrent()
{
    if (canTrigger(ActionId::ViewFax))
        trigger(ActionId::ViewFax);
}

bool JobListPanel::canTrigger(const QString &id) const
{
    const FaxServer *server = m_jobs->server();
    if (!server || server->state() != ConnectionState::Connected)
        return false;
    const QList<Job> jobs = selectedJobs();
    if (jobs.isEmpty())
        return false;
    const ServerCapabilities caps = server->capabilities();
    auto allowAll = [&jobs](auto predicate) {
        return std::all_of(jobs.cbegin(), jobs.cend(), predicate);
    };
    const auto command = [&](JobCommand c) {
        return caps.can(ServerCapabilities::Feature::JobControl) &&
               allowAll([c](const Job &j) { return JobRules::allows(c, j); });
    };
    using namespace ActionId;
    if (id == Pause)
        return command(JobCommand::Pause);
    if (id == Resume)
        return command(JobCommand::Resume);
    if (id == Cancel)
        return command(JobCommand::Cancel);
    if (id == Restart)
        return command(JobCommand::Restart);
    if (id == Delete)
        return caps.can(ServerCapabilities::Feature::RemoveJobs) &&
               allowAll([](const Job &j) { return JobRules::canRemove(j); });
    // The rest works on one sent or queued fax.
    if (jobs.size() != 1 || jobs.first().type != JobType::Send)
        return false;
    const bool documents = caps.can(ServerCapabilities::Feature::FetchJobDocuments);
    if (id == Resend)
        return documents && caps.can(ServerCapabilities::Feature::Submit);
    if (id == ViewFax || id == SaveAsPdf || id == Print)
        return documents;
    if (id == Report)
        return true;
    return false;
}

void JobListPanel::trigger(const QString &id)
{
    using namespace ActionId;
    if (id == Pause)
        runCommand(JobCommand::Pause);
    else if (id == Resume)
        runCommand(JobCommand::Resume);
    else if (id == Cancel)
        runCommand(JobCommand::Cancel);
    else if (id == Restart)
        runCommand(JobCommand::Restart);
    else if (id == Delete)
        removeSelected();
    else if (const QList<Job> jobs = selectedJobs(); jobs.size() == 1) {
        const Job &job = jobs.first();
        if (id == Resend)
            m_items->resend(job, this);
        else if (id == ViewFax)
            m_items->view(FaxItem::of(job), this);
        else if (id == SaveAsPdf)
            m_items->saveAsPdf(FaxItem::of(job), this);
        else if (id == Print)
            m_items->print(FaxItem::of(job), this);
        else if (id == Report)
            m_items->report(FaxItem::of(job), this);
    }
}

void JobListPanel::runCommand(JobCommand command)
{
    FaxServer *server = m_jobs->server();
    if (!server)
        return;
    QString title;
    for (const Job &job : selectedJobs()) {
        if (!JobRules::allows(command, job))
            continue;
        switch (command) {
        case JobCommand::Pause:
            title = tr("Cannot pause job %1").arg(job.id);
            break;
        case JobCommand::Resume:
            title = tr("Cannot resume job %1").arg(job.id);
            break;
        case JobCommand::Cancel:
            title = tr("Cannot cancel job %1").arg(job.id);
            break;
        case JobCommand::Restart:
            title = tr("Cannot restart job %1").arg(job.id);
            break;
        }
        OperationFeedback::reportFailure(
            server->jobCommand(job.id, command), this, m_messages, title,
            [job](const Error &error) {
                return tr("Job %1 to %2: %3").arg(job.id).arg(job.recipientNumber, error.message);
            });
    }
    Q_EMIT currentChanged();
}

void JobListPanel::removeSelected()
{
    FaxServer *server = m_jobs->server();
    QList<Job> jobs = selectedJobs();
    jobs.removeIf([](const Job &j) { return !JobRules::canRemove(j); });
    if (!server || jobs.isEmpty())
        return;
    const QString question =
        jobs.size() == 1
            ? tr("Delete job %1 to %2?").arg(jobs.first().id).arg(jobs.first().recipientNumber)
            : tr("Delete %n jobs?", nullptr, int(jobs.size()));
    if (!m_messages->confirm(this, tr("Delete jobs"), question))
        return;
    for (const Job &job : std::as_const(jobs)) {
        OperationFeedback::reportFailure(
            server->removeJob(job.id), this, m_messages, tr("Cannot delete job %1").arg(job.id),
            [job](const Error &error) {
                return tr("Job %1 to %2: %3").arg(job.id).arg(job.recipientNumber, error.message);
            });
    }
    Q_EMIT currentChanged();
}

} // namespace Fax
