// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"
#include "jobfoldermodel.h"

#include "core/job.h"

class QAction;
class QTableView;

namespace Fax {

class ConsoleSession;
class FaxItemActions;
class JobQueueModel;
class MessageSink;

/// The job list of one folder (Incoming, Outbox or Sent Items) and the target of the job
/// actions: Pause, Resume, Cancel, Restart and Delete, enabled by the selected jobs' status and
/// by what the connection can do (a command goes to the server at once; a failure is shown when
/// it arrives), and Resend, View, Save as PDF, Print and Transmission Report for one job.
class JobListPanel final : public FolderView
{
    Q_OBJECT
public:
    JobListPanel(ConsoleSession *session, FaxItemActions *items, JobFolderModel::Folder folder,
                 QWidget *parent = nullptr);

    void setFolder(JobFolderModel::Folder folder);
    JobFolderModel::Folder folder() const;

    QTableView *view() const { return m_view; }
    JobFolderModel *folderModel() const { return m_proxy; }
    /// The jobs selected in the view, in view order.
    QList<Job> selectedJobs() const;
    /// Selects the job with id (and makes it current); false if it is not in this folder.
    bool selectJob(JobId id);

    QAction *pauseAction() const;
    QAction *resumeAction() const;
    QAction *cancelAction() const;
    QAction *restartAction() const;
    QAction *deleteAction() const;
    QList<QAction *> jobActions() const;

    // FolderView
    ConsoleFolder consoleFolder() const override;
    QAbstractItemView *itemView() const override;
    QStringList contextActionIds() const override;
    QList<ListFilter> filters() const override;
    ListFilter filter() const override { return m_proxy->listFilter(); }
    void setFilter(ListFilter filter) override;
    bool isSearchable() const override { return true; }
    QString searchText() const override { return m_proxy->searchText(); }
    void setSearchText(const QString &text) override;
    QString detailsTitle() const override;
    QList<DetailField> details() const override;
    void activateCurrent() override;
    int totalCount() const override;
    bool canTrigger(const QString &id) const override;
    void trigger(const QString &id) override;

private:
    void runCommand(JobCommand command);
    void removeSelected();
    QAction *registered(const QString &id) const;

    ConsoleSession *m_session;
    FaxItemActions *m_items;
    JobQueueModel *m_jobs;
    MessageSink *m_messages;
    JobFolderModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
