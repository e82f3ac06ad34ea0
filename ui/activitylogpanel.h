// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitylogmodel.h"
#include "folderview.h"

class QSortFilterProxyModel;
class QTableView;

namespace Fax {

/// The activity log: what the console saw happen (faxes received, sends done or failed, ports in
/// trouble, connections), newest first; activating an entry opens what it is about.
class ActivityLogPanel final : public FolderView
{
    Q_OBJECT
public:
    ActivityLogPanel(ActivityLogModel *log, ActionRegistry *actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

    ConsoleFolder consoleFolder() const override { return ConsoleFolder::Activity; }
    QAbstractItemView *itemView() const override;
    QStringList contextActionIds() const override;
    bool isSearchable() const override { return true; }
    QString searchText() const override;
    void setSearchText(const QString &text) override;
    QString detailsTitle() const override;
    QList<DetailField> details() const override;
    void activateCurrent() override;
    int totalCount() const override;
    bool canTrigger(const QString &id) const override;
    void trigger(const QString &id) override;

Q_SIGNALS:
    /// The user asked to open what an entry is about.
    void openTarget(const Fax::ActivityTarget &target);

private:
    const ActivityEntry *currentEntry() const;

    ActivityLogModel *m_log;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
