// SPDX-License-Identifier: GPL-3.0-or-later
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

void JobFolderModel::setListFilter(ListFilter filter, const QDateTime &now)
{
    if (filter == m_filter && now == m_now)
        return;
    m_filter = filter;
    m_now = now;
    // A whole new set of rows: one layout change, not a removal per row.
    invalidate();
}

void JobFolderModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = ListFilters::searchWords(text);
    invalidate();
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

bool JobFolderModel::passes(ListFilter filter, const Job &job, const QDateTime &now)
{
    switch (filter) {
    case ListFilter::All:
    case ListFilter::Unread:
        return true;
    case ListFilter::Waiting:
        return job.queueStatus == QueueStatus::Pending ||
               job.queueStatus == QueueStatus::Retrying || job.queueStatus == QueueStatus::NoLine;
    case ListFilter::InProgress:
        return job.queueStatus == QueueStatus::InProgress;
    case ListFilter::Paused:
        return job.queueStatus == QueueStatus::Paused;
    case ListFilter::Failed:
        return job.queueStatus == QueueStatus::Failed ||
               job.queueStatus == QueueStatus::RetriesExceeded ||
               job.queueStatus == QueueStatus::Canceled;
    case ListFilter::Today:
    case ListFilter::Last7Days:
    case ListFilter::Last30Days:
        // A finished job counts from when it ended, a queued one from its submission.
        return ListFilters::passesDate(filter,
                                       job.finished.isValid() ? job.finished : job.submitted, now);
    }
    return true;
}

bool JobFolderModel::matches(const Job &job, const QStringList &words)
{
    for (const QString &word : words) {
        const auto has = [&word](const QString &field) {
            return field.contains(word, Qt::CaseInsensitive);
        };
        if (!(has(QString::number(job.id)) || has(job.recipientNumber) || has(job.recipientName) ||
              has(job.recipientCompany) || has(job.subject) || has(job.senderName) ||
              has(job.senderCompany) || has(job.port) || has(job.lastError) ||
              has(job.billingCode) || has(displayName(job.queueStatus)) ||
              has(displayName(job.deviceStatus))))
            return false;
    }
    return true;
}

bool JobFolderModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool narrowed = m_filter != ListFilter::All || !m_words.isEmpty();
    if (m_folder == Folder::All && !narrowed)
        return true;
    // Fast path for the usual source: no QVariant round trip per row.
    if (const auto *jobs = qobject_cast<const JobQueueModel *>(sourceModel())) {
        const Job *job = jobs->jobAt(sourceRow);
        if (!job || !belongsTo(m_folder, job->type, job->queueStatus))
            return false;
        return !narrowed || (passes(m_filter, *job, m_now) && matches(*job, m_words));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!narrowed) {
        const auto type = index.data(JobTypeRole).value<JobType>();
        const auto status = index.data(QueueStatusRole).value<QueueStatus>();
        return belongsTo(m_folder, type, status);
    }
    const Job job = index.data(JobRole).value<Job>();
    return belongsTo(m_folder, job.type, job.queueStatus) && passes(m_filter, job, m_now) &&
           matches(job, m_words);
}

namespace {

template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace

bool JobFolderModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *jobs = qobject_cast<const JobQueueModel *>(sourceModel());
    const Job *a = jobs ? jobs->jobAt(left.row()) : nullptr;
    const Job *b = jobs ? jobs->jobAt(right.row()) : nullptr;
    if (!a || !b || sortRole() != SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    int c = 0;
    switch (JobColumn(left.column())) {
    case JobColumn::Id:
        break;
    case JobColumn::Status:
        c = compare(int(a->queueStatus), int(b->queueStatus));
        break;
    case JobColumn::DeviceStatus:
        c = compare(int(a->deviceStatus), int(b->deviceStatus));
        break;
    case JobColumn::Recipient:
        // As shown: "Name (number)", or the number alone.
        c = compareText(a->recipientName.isEmpty() ? a->recipientNumber : a->recipientName,
                        b->recipientName.isEmpty() ? b->recipientNumber : b->recipientName);
        if (c == 0)
            c = compareText(a->recipientNumber, b->recipientNumber);
        break;
    case JobColumn::Company:
        c = compareText(a->recipientCompany, b->recipientCompany);
        break;
    case JobColumn::Pages:
        c = compare(a->pagesTotal, b->pagesTotal);
        break;
    case JobColumn::Size:
        c = compare(a->size, b->size);
        break;
    case JobColumn::Schedule:
        c = compare(a->schedule == ScheduleType::SpecificTime ? a->scheduleTime : a->submitted,
                    b->schedule == ScheduleType::SpecificTime ? b->scheduleTime : b->submitted);
        break;
    case JobColumn::Priority:
        c = compare(int(a->priority), int(b->priority));
        break;
    case JobColumn::Tries:
        c = compare(a->tries, b->tries);
        break;
    case JobColumn::Submitted:
        c = compare(a->submitted, b->submitted);
        break;
    case JobColumn::Sender:
        c = compareText(a->senderName, b->senderName);
        break;
    case JobColumn::LastError:
        c = compareText(a->lastError, b->lastError);
        break;
    case JobColumn::Finished:
        c = compare(a->finished, b->finished);
        break;
    case JobColumn::Count:
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Equal by the column: by job id, so the order is the same every time.
    return c != 0 ? c < 0 : a->id < b->id;
}

} // namespace Fax
