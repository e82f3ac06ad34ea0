// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedlist.h"
#include "modelroles.h"
#include "servertablemodel.h"

namespace Fax {

/// Table of a server's jobs, kept in step with the server's jobAdded/jobChanged/jobRemoved
/// signals by incremental updates; reset only when the server or its connection changes.
class JobQueueModel final : public ServerTableModel
{
    Q_OBJECT
public:
    explicit JobQueueModel(QObject *parent = nullptr);
    ~JobQueueModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The job in row, or nullptr when row is out of range.
    const Job *jobAt(int row) const;
    /// The row of a job id, or -1.
    int rowOf(JobId id) const;
    /// Number of jobs whose status is one of the waiting or running ones (not final).
    int activeJobCount() const { return m_activeCount; }

Q_SIGNALS:
    /// Emitted after every change that can change activeJobCount().
    void activeJobCountChanged(int count);

private:
    void connectServer(FaxServer *server) override;
    void reload() override;
    void addJob(const Job &job);
    void changeJob(const Job &job);
    void removeJob(JobId id);
    void setActiveCount(int count);
    static bool isActive(const Job &job);

    KeyedList<&Job::id> m_jobs;
    int m_activeCount = 0;
};

} // namespace Fax
