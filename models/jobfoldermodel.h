// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listfilter.h"

#include "core/job.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Fax {

/// One folder of the fax console over a JobQueueModel: Incoming, Outbox or Sent Items.
/// Jobs move between folders by themselves as their status changes. Within the folder the
/// rows can be narrowed by a quick filter (ListFilter) and a search.
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

    /// Shows only the jobs that pass filter (date filters count from now).
    void setListFilter(ListFilter filter, const QDateTime &now = QDateTime::currentDateTime());
    ListFilter listFilter() const { return m_filter; }
    /// Shows only the jobs in which every word of text is found (id, status, recipient, company,
    /// subject, sender, port, last error; case-insensitive); empty: all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    /// True when a job of type and status belongs in folder.
    static bool belongsTo(Folder folder, JobType type, QueueStatus status);
    /// True when job passes filter as of now.
    static bool passes(ListFilter filter, const Job &job, const QDateTime &now);
    /// True when every word is found in job's searchable fields.
    static bool matches(const Job &job, const QStringList &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the jobs' own fields for the usual source (no text or QVariant per comparison):
    /// sorting 100,000 jobs stays quick.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Folder m_folder = Folder::All;
    ListFilter m_filter = ListFilter::All;
    QDateTime m_now;
    QString m_search;
    QStringList m_words;
};

} // namespace Fax
