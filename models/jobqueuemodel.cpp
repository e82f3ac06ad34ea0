// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobqueuemodel.h"

#include "modelformat.h"

#include <algorithm>

namespace Fax {

namespace {

constexpr int kColumns = int(JobColumn::Count);

// Bit mask of the columns whose shown value differs between two versions of a job.
quint32 changedColumns(const Job &a, const Job &b)
{
    quint32 mask = 0;
    auto mark = [&mask](JobColumn c, bool changed) {
        if (changed)
            mask |= 1u << int(c);
    };
    mark(JobColumn::Id, a.id != b.id || a.type != b.type || a.queueStatus != b.queueStatus);
    mark(JobColumn::Status, a.queueStatus != b.queueStatus || a.nextAttempt != b.nextAttempt);
    mark(JobColumn::DeviceStatus, a.deviceStatus != b.deviceStatus || a.port != b.port);
    mark(JobColumn::Recipient,
         a.recipientName != b.recipientName || a.recipientNumber != b.recipientNumber);
    mark(JobColumn::Company, a.recipientCompany != b.recipientCompany);
    mark(JobColumn::Pages, a.pagesSent != b.pagesSent || a.pagesTotal != b.pagesTotal);
    mark(JobColumn::Size, a.size != b.size);
    mark(JobColumn::Schedule, a.schedule != b.schedule || a.scheduleTime != b.scheduleTime);
    mark(JobColumn::Priority, a.priority != b.priority);
    mark(JobColumn::Tries, a.tries != b.tries);
    mark(JobColumn::Submitted, a.submitted != b.submitted);
    mark(JobColumn::Sender, a.senderName != b.senderName || a.senderCompany != b.senderCompany);
    mark(JobColumn::LastError, a.lastError != b.lastError);
    mark(JobColumn::Finished, a.finished != b.finished);
    return mask;
}

QString statusIcon(const Job &job)
{
    if (job.type == JobType::Receive)
        return QStringLiteral(":/icons/fax-receive.svg");
    switch (job.queueStatus) {
    case QueueStatus::Paused:
        return QStringLiteral(":/icons/job-paused.svg");
    case QueueStatus::Failed:
    case QueueStatus::RetriesExceeded:
        return QStringLiteral(":/icons/job-error.svg");
    case QueueStatus::NoLine:
    case QueueStatus::Retrying:
        return QStringLiteral(":/icons/job-waiting.svg");
    case QueueStatus::Completed:
        return QStringLiteral(":/icons/job-done.svg");
    case QueueStatus::Canceled:
    case QueueStatus::Deleting:
        return QStringLiteral(":/icons/job-canceled.svg");
    default:
        return QStringLiteral(":/icons/fax-send.svg");
    }
}

QVariant displayData(const Job &job, JobColumn column)
{
    switch (column) {
    case JobColumn::Id:
        return QString::number(job.id);
    case JobColumn::Status:
        return displayName(job.queueStatus);
    case JobColumn::DeviceStatus:
        return displayName(job.deviceStatus);
    case JobColumn::Recipient:
        return ModelFormat::recipient(job);
    case JobColumn::Company:
        return job.recipientCompany;
    case JobColumn::Pages:
        // A page count is known only once the document is converted.
        if (job.pagesTotal <= 0 && job.pagesSent <= 0)
            return QString();
        return QStringLiteral("%1/%2").arg(job.pagesSent).arg(job.pagesTotal);
    case JobColumn::Size:
        return ModelFormat::size(job.size);
    case JobColumn::Schedule:
        return ModelFormat::schedule(job);
    case JobColumn::Priority:
        return displayName(job.priority);
    case JobColumn::Tries:
        return job.tries;
    case JobColumn::Submitted:
        return ModelFormat::dateTime(job.submitted);
    case JobColumn::Sender:
        return job.senderName;
    case JobColumn::LastError:
        return job.lastError;
    case JobColumn::Finished:
        return ModelFormat::dateTime(job.finished);
    case JobColumn::Count:
        break;
    }
    return {};
}

QVariant sortData(const Job &job, JobColumn column)
{
    switch (column) {
    case JobColumn::Id:
        return job.id;
    case JobColumn::Status:
        return int(job.queueStatus);
    case JobColumn::DeviceStatus:
        return int(job.deviceStatus);
    case JobColumn::Pages:
        return job.pagesTotal;
    case JobColumn::Size:
        return job.size;
    case JobColumn::Schedule:
        return job.schedule == ScheduleType::SpecificTime ? job.scheduleTime : job.submitted;
    case JobColumn::Priority:
        return int(job.priority);
    case JobColumn::Tries:
        return job.tries;
    case JobColumn::Submitted:
        return job.submitted;
    case JobColumn::Finished:
        return job.finished;
    default:
        return displayData(job, column);
    }
}

QString toolTip(const Job &job)
{
    QString tip = JobQueueModel::tr("Job %1: %2").arg(job.id).arg(displayName(job.queueStatus));
    if (!job.port.isEmpty())
        tip += u'\n' + JobQueueModel::tr("Port: %1").arg(job.port);
    if (job.queueStatus == QueueStatus::Retrying && job.nextAttempt.isValid())
        tip += u'\n' +
               JobQueueModel::tr("Next attempt: %1").arg(ModelFormat::dateTime(job.nextAttempt));
    if (!job.lastError.isEmpty())
        tip += u'\n' + job.lastError;
    return tip;
}

} // namespace

JobQueueModel::JobQueueModel(QObject *parent) : ServerTableModel(parent) {}

JobQueueModel::~JobQueueModel() = default;

void JobQueueModel::connectServer(FaxServer *server)
{
    connect(server, &FaxServer::jobAdded, this, &JobQueueModel::addJob);
    connect(server, &FaxServer::jobChanged, this, &JobQueueModel::changeJob);
    connect(server, &FaxServer::jobRemoved, this, &JobQueueModel::removeJob);
}

void JobQueueModel::reload()
{
    beginResetModel();
    const FaxServer *server = connectedServer();
    m_jobs.reset(server ? server->jobs() : QList<Job>());
    const int active = int(
        std::count_if(m_jobs.values().cbegin(), m_jobs.values().cend(), &JobQueueModel::isActive));
    endResetModel();
    setActiveCount(active);
}

bool JobQueueModel::isActive(const Job &job)
{
    return job.type == JobType::Send && !isFinal(job.queueStatus);
}

void JobQueueModel::setActiveCount(int count)
{
    if (count == m_activeCount)
        return;
    m_activeCount = count;
    Q_EMIT activeJobCountChanged(count);
}

void JobQueueModel::addJob(const Job &job)
{
    if (m_jobs.rowOf(job.id) >= 0) {
        changeJob(job);
        return;
    }
    const int row = m_jobs.size();
    beginInsertRows(QModelIndex(), row, row);
    m_jobs.append(job);
    endInsertRows();
    if (isActive(job))
        setActiveCount(m_activeCount + 1);
}

void JobQueueModel::changeJob(const Job &job)
{
    const int row = m_jobs.rowOf(job.id);
    if (row < 0) {
        addJob(job);
        return;
    }
    Job &old = m_jobs[row];
    if (old == job)
        return;
    const quint32 mask = changedColumns(old, job);
    const bool statusChanged = old.queueStatus != job.queueStatus;
    const bool deviceChanged = old.deviceStatus != job.deviceStatus;
    const bool typeChanged = old.type != job.type;
    const int activeDelta = int(isActive(job)) - int(isActive(old));
    old = job;

    QList<int> roles;
    auto [first, last] = columnSpan(mask);
    if (mask) {
        roles = {Qt::DisplayRole, Qt::ToolTipRole, SortRole};
        if (mask & (1u << int(JobColumn::Id)))
            roles << Qt::DecorationRole;
    }
    roles << JobRole;
    if (statusChanged)
        roles << QueueStatusRole;
    if (deviceChanged)
        roles << DeviceStatusRole;
    if (typeChanged)
        roles << JobTypeRole;
    // Whole-job roles are answered on every column: a status change must reach column 0,
    // where proxies and selection models look.
    if (statusChanged || typeChanged)
        first = 0;
    Q_EMIT dataChanged(index(row, first), index(row, last), roles);
    if (activeDelta)
        setActiveCount(m_activeCount + activeDelta);
}

void JobQueueModel::removeJob(JobId id)
{
    const int row = m_jobs.rowOf(id);
    if (row < 0)
        return;
    const bool wasActive = isActive(m_jobs.at(row));
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    endRemoveRows();
    if (wasActive)
        setActiveCount(m_activeCount - 1);
}

int JobQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_jobs.size();
}

int JobQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

const Job *JobQueueModel::jobAt(int row) const
{
    return m_jobs.value(row);
}

int JobQueueModel::rowOf(JobId id) const
{
    return m_jobs.rowOf(id);
}

QVariant JobQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    const auto column = JobColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, column);
    case Qt::ToolTipRole:
        return toolTip(job);
    case Qt::DecorationRole:
        if (column == JobColumn::Id)
            return icon(statusIcon(job));
        return {};
    case Qt::TextAlignmentRole:
        if (column == JobColumn::Id || column == JobColumn::Pages || column == JobColumn::Size ||
            column == JobColumn::Tries)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(job, column);
    case JobRole:
        return QVariant::fromValue(job);
    case JobIdRole:
        return job.id;
    case QueueStatusRole:
        return QVariant::fromValue(job.queueStatus);
    case DeviceStatusRole:
        return QVariant::fromValue(job.deviceStatus);
    case JobTypeRole:
        return QVariant::fromValue(job.type);
    case DateTimeRole:
        return job.finished.isValid() ? job.finished : job.submitted;
    case Qt::AccessibleTextRole:
        // A screen reader reads the status with the job's number, not "1234" alone.
        if (column == JobColumn::Id)
            return tr("Job %1, %2").arg(job.id).arg(displayName(job.queueStatus));
        return {};
    default:
        return {};
    }
}

QVariant JobQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (JobColumn(section)) {
    case JobColumn::Id:
        return tr("Job");
    case JobColumn::Status:
        return tr("Status");
    case JobColumn::DeviceStatus:
        return tr("Extended status");
    case JobColumn::Recipient:
        return tr("Recipient");
    case JobColumn::Company:
        return tr("Company");
    case JobColumn::Pages:
        return tr("Pages");
    case JobColumn::Size:
        return tr("Size");
    case JobColumn::Schedule:
        return tr("Scheduled");
    case JobColumn::Priority:
        return tr("Priority");
    case JobColumn::Tries:
        return tr("Tries");
    case JobColumn::Submitted:
        return tr("Submitted");
    case JobColumn::Sender:
        return tr("Sender");
    case JobColumn::LastError:
        return tr("Last error");
    case JobColumn::Finished:
        return tr("Finished");
    case JobColumn::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> JobQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(JobRole, "job");
    names.insert(JobIdRole, "jobId");
    names.insert(QueueStatusRole, "queueStatus");
    names.insert(DeviceStatusRole, "deviceStatus");
    names.insert(JobTypeRole, "jobType");
    return names;
}

} // namespace Fax
