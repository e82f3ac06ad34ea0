#pragma once

#include "core/job.h"

#include <QSortFilterProxyModel>

namespace Fax {

/// One folder of the fax console over a JobQueueModel: Incoming, Outbox or Sent Items.
/// Jobs move between folders by themselves as their status changes.
class JobFolderModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Folder {
        All,      ///< every job
        Incoming, ///< receive jobs in progress
        Outbox,   ///< send jobs not completed (waiting, running, paused, failed, canceled)
        SentItems ///< send jobs completed
    };
    Q_ENUM(Folder)

    explicit JobFolderModel(QObject *parent = nullptr);
    explicit JobFolderModel(Folder folder, QObject *parent = nullptr);

    Folder folder() const { return m_folder; }
    void setFolder(Folder folder);

    /// True when a job of type and status belongs in folder.
    static bool belongsTo(Folder folder, JobType type, QueueStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Folder m_folder = Folder::All;
};

} // namespace Fax
