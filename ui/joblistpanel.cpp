#include "joblistpanel.h"

#include "core/jobrules.h"
#include "jobqueuemodel.h"
#include "messagesink.h"
#include "modelroles.h"
#include "operationfeedback.h"
#include "tablesetup.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

JobListPanel::JobListPanel(JobQueueModel *jobs, MessageSink *messages, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_messages(messages),
      m_proxy(new JobFolderModel(JobFolderModel::Folder::Outbox, this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(jobs);

    m_view->setObjectName(QStringLiteral("jobView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(JobColumn::Id), Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<QPair<JobColumn, int>> widths = {
        {JobColumn::Id, 70},         {JobColumn::Status, 110},    {JobColumn::DeviceStatus, 110},
        {JobColumn::Recipient, 190}, {JobColumn::Company, 120},   {JobColumn::Pages, 55},
        {JobColumn::Size, 70},       {JobColumn::Schedule, 110},  {JobColumn::Priority, 70},
        {JobColumn::Tries, 45},      {JobColumn::Submitted, 130}, {JobColumn::Sender, 110}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    m_pause = makeAction(tr("&Pause"), QStringLiteral("action-pause"), QKeySequence());
    m_resume = makeAction(tr("&Resume"), QStringLiteral("action-resume"), QKeySequence());
    m_cancel = makeAction(tr("&Cancel"), QStringLiteral("action-cancel"), QKeySequence());
    m_restart = makeAction(tr("Res&tart"), QStringLiteral("action-restart"), QKeySequence());
    m_delete = makeAction(tr("&Delete"), QStringLiteral("action-delete"),
                          QKeySequence(QKeySequence::Delete));
    m_pause->setObjectName(QStringLiteral("pauseJobAction"));
    m_resume->setObjectName(QStringLiteral("resumeJobAction"));
    m_cancel->setObjectName(QStringLiteral("cancelJobAction"));
    m_restart->setObjectName(QStringLiteral("restartJobAction"));
    m_delete->setObjectName(QStringLiteral("deleteJobAction"));
    m_pause->setToolTip(tr("Hold the selected jobs in the queue"));
    m_resume->setToolTip(tr("Let the selected paused jobs be sent"));
    m_cancel->setToolTip(tr("Stop the selected jobs"));
    m_restart->setToolTip(tr("Queue the selected failed or canceled jobs again"));
    m_delete->setToolTip(tr("Remove the selected finished jobs"));
    connect(m_pause, &QAction::triggered, this, [this] { runCommand(JobCommand::Pause); });
    connect(m_resume, &QAction::triggered, this, [this] { runCommand(JobCommand::Resume); });
    connect(m_cancel, &QAction::triggered, this, [this] { runCommand(JobCommand::Cancel); });
    connect(m_restart, &QAction::triggered, this, [this] { runCommand(JobCommand::Restart); });
    connect(m_delete, &QAction::triggered, this, &JobListPanel::removeSelected);
    // The Delete key works in the view; the other actions live in the window's menu and toolbar.
    m_view->addAction(m_delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_pause, m_resume, m_cancel, m_restart});
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    // Actions follow the selection and the selected jobs' status as it changes.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &JobListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobListPanel::updateActions);
    connect(m_jobs, &ServerTableModel::capabilitiesChanged, this, &JobListPanel::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    updateActions();
}

QAction *JobListPanel::makeAction(const QString &text, const QString &icon,
                                  const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QList<QAction *> JobListPanel::jobActions() const
{
    return {m_pause, m_resume, m_cancel, m_restart, m_delete};
}

void JobListPanel::setFolder(JobFolderModel::Folder folder)
{
    m_proxy->setFolder(folder);
    m_view->clearSelection();
    updateActions();
}

void JobListPanel::setCommandsAvailable(bool available)
{
    m_commandsAvailable = available;
    updateActions();
}

JobFolderModel::Folder JobListPanel::folder() const
{
    return m_proxy->folder();
}

QList<Job> JobListPanel::selectedJobs() const
{
    QList<Job> jobs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        jobs << index.data(JobRole).value<Job>();
    return jobs;
}

bool JobListPanel::selectJob(JobId id)
{
    const int sourceRow = m_jobs->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_jobs->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

void JobListPanel::updateActions()
{
    const QList<Job> jobs = m_commandsAvailable ? selectedJobs() : QList<Job>();
    // What the connection cannot do stays off whatever is selected.
    const FaxServer *server = m_jobs->server();
    const ServerCapabilities caps = server ? server->capabilities() : ServerCapabilities();
    const bool control = caps.can(ServerCapabilities::Feature::JobControl);
    const bool remove = caps.can(ServerCapabilities::Feature::RemoveJobs);
    auto allowAll = [&jobs](auto predicate) {
        return !jobs.isEmpty() && std::all_of(jobs.cbegin(), jobs.cend(), predicate);
    };
    m_pause->setEnabled(
        control && allowAll([](const Job &j) { return JobRules::allows(JobCommand::Pause, j); }));
    m_resume->setEnabled(
        control && allowAll([](const Job &j) { return JobRules::allows(JobCommand::Resume, j); }));
    m_cancel->setEnabled(
        control && allowAll([](const Job &j) { return JobRules::allows(JobCommand::Cancel, j); }));
    m_restart->setEnabled(
        control && allowAll([](const Job &j) { return JobRules::allows(JobCommand::Restart, j); }));
    m_delete->setEnabled(remove && allowAll([](const Job &j) { return JobRules::canRemove(j); }));
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
    updateActions();
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
    updateActions();
}

} // namespace Fax
