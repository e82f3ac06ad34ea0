#pragma once

#include "modelroles.h"

#include "server/faxserver.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

#include <limits>

namespace Fax {

/// Table of a server's jobs, kept in step with the server's jobAdded/jobChanged/jobRemoved
/// signals by incremental updates; reset only when the server or its connection changes.
class JobQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit JobQueueModel(QObject *parent = nullptr);
    ~JobQueueModel() override;

    /// Follows server (not owned; nullptr: empty). Resets the model.
    void setServer(FaxServer *server);
    FaxServer *server() const { return m_server; }

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
    void reload();
    void addJob(const Job &job);
    void changeJob(const Job &job);
    void removeJob(JobId id);
    void rebuildIndex();
    void setActiveCount(int count);
    static bool isActive(const Job &job);
    QIcon icon(const QString &path) const;

    QPointer<FaxServer> m_server;
    QList<Job> m_jobs;
    // Row of each job id. Removals do not renumber it at once: entries at or after m_staleFrom
    // may be too high by up to m_removedSinceRebuild rows, and rowOf() corrects them on use.
    // The index is renumbered after every kRebuildAfter removals, so a removal costs O(n/64).
    mutable QHash<JobId, int> m_rows;
    int m_staleFrom = std::numeric_limits<int>::max();
    int m_removedSinceRebuild = 0;
    int m_activeCount = 0;
    // Icons are made once: a QIcon from an SVG file parses the file on each new instance.
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace Fax
