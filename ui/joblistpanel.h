#pragma once

#include "jobfoldermodel.h"

#include "core/job.h"

#include <QWidget>

class QAction;
class QTableView;

namespace Fax {

class JobQueueModel;
class MessageSink;

/// The job list of one folder (Incoming, Outbox, Sent Items) with the job commands Pause,
/// Resume, Cancel, Restart and Delete, enabled by the selected jobs' status and by what the
/// connection can do. A command goes to the server at once; a failure is shown when it arrives.
class JobListPanel final : public QWidget
{
    Q_OBJECT
public:
    JobListPanel(JobQueueModel *jobs, MessageSink *messages, QWidget *parent = nullptr);

    void setFolder(JobFolderModel::Folder folder);
    JobFolderModel::Folder folder() const;

    QTableView *view() const { return m_view; }
    JobFolderModel *folderModel() const { return m_proxy; }
    /// The jobs selected in the view, in view order.
    QList<Job> selectedJobs() const;
    /// Selects the job with id (and makes it current); false if it is not in this folder.
    bool selectJob(JobId id);

    /// Whether the job actions may be enabled at all (false while another panel is shown).
    void setCommandsAvailable(bool available);

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *restartAction() const { return m_restart; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> jobActions() const;

private:
    void updateActions();
    void runCommand(JobCommand command);
    void removeSelected();
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut);

    JobQueueModel *m_jobs;
    MessageSink *m_messages;
    JobFolderModel *m_proxy;
    QTableView *m_view;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
    QAction *m_restart;
    QAction *m_delete;
    bool m_commandsAvailable = true;
};

} // namespace Fax
