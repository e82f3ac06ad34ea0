#include "jobfoldermodel.h"

#include "jobqueuemodel.h"
#include "modelroles.h"

namespace Fax {

JobFolderModel::JobFolderModel(QObject *parent) : JobFolderModel(Folder::All, parent) {}

JobFolderModel::JobFolderModel(Folder folder, QObject *parent)
    : QSortFilterProxyModel(parent), m_folder(folder)
{
    // Membership depends on type and status; JobRole is named by every change of a job, so
    // each change re-checks the row (a cheap check, see filterAcceptsRow()).
    setFilterRole(JobRole);
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void JobFolderModel::setFolder(Folder folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    invalidateRowsFilter();
}

bool JobFolderModel::belongsTo(Folder folder, JobType type, QueueStatus status)
{
    switch (folder) {
    case Folder::All:
        return true;
    case Folder::Incoming:
        return type == JobType::Receive && status != QueueStatus::Completed;
    case Folder::Outbox:
        return type == JobType::Send && status != QueueStatus::Completed;
    case Folder::SentItems:
        return type == JobType::Send && status == QueueStatus::Completed;
    }
    return false;
}

bool JobFolderModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folder == Folder::All)
        return true;
    // Fast path for the usual source: no QVariant round trip per row.
    if (const auto *jobs = qobject_cast<const JobQueueModel *>(sourceModel())) {
        if (const Job *job = jobs->jobAt(sourceRow))
            return belongsTo(m_folder, job->type, job->queueStatus);
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto type = index.data(JobTypeRole).value<JobType>();
    const auto status = index.data(QueueStatusRole).value<QueueStatus>();
    return belongsTo(m_folder, type, status);
}

} // namespace Fax
