// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylogpanel.h"

#include "actionids.h"
#include "listviewsetup.h"
#include "modelformat.h"
#include "modelroles.h"
#include "tablesetup.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

ActivityLogPanel::ActivityLogPanel(ActivityLogModel *log, ActionRegistry *actions, QWidget *parent)
    : FolderView(parent), m_log(log), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(log);
    m_proxy->setFilterKeyColumn(int(ActivityLogModel::Column::Event));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(FolderPanel::folderName(ConsoleFolder::Activity));
    m_view->setModel(m_proxy);
    m_proxy->setSortRole(SortRole);
    setUpListView(m_view);
    m_view->sortByColumn(int(ActivityLogModel::Column::Time), Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setColumnWidth(int(ActivityLogModel::Column::Time), dateColumnWidth(m_view, true));
    ListViewSetup::connect(this, m_view, actions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QAbstractItemView *ActivityLogPanel::itemView() const
{
    return m_view;
}

QStringList ActivityLogPanel::contextActionIds() const
{
    return {ActionId::ClearLog};
}

QString ActivityLogPanel::searchText() const
{
    return m_proxy->filterRegularExpression().pattern();
}

void ActivityLogPanel::setSearchText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    Q_EMIT currentChanged();
}

int ActivityLogPanel::totalCount() const
{
    return m_log->rowCount();
}

const ActivityEntry *ActivityLogPanel::currentEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return m_log->entryAt(m_proxy->mapToSource(rows.first()).row());
}

QString ActivityLogPanel::detailsTitle() const
{
    const ActivityEntry *entry = currentEntry();
    return entry ? ModelFormat::dateTime(entry->time) : QString();
}

QList<DetailField> ActivityLogPanel::details() const
{
    const ActivityEntry *entry = currentEntry();
    if (!entry)
        return {};
    QString kind;
    switch (entry->kind) {
    case ActivityKind::Info:
        kind = tr("Information");
        break;
    case ActivityKind::Success:
        kind = tr("Done");
        break;
    case ActivityKind::Warning:
        kind = tr("Warning");
        break;
    case ActivityKind::Error:
        kind = tr("Error");
        break;
    }
    return {{tr("Kind"), kind}, {tr("Event"), entry->text}};
}

void ActivityLogPanel::activateCurrent()
{
    if (const ActivityEntry *entry = currentEntry();
        entry && entry->target.type != ActivityTarget::Type::None)
        Q_EMIT openTarget(entry->target);
}

bool ActivityLogPanel::canTrigger(const QString &id) const
{
    return id == ActionId::ClearLog && m_log->rowCount() > 0;
}

void ActivityLogPanel::trigger(const QString &id)
{
    if (id == ActionId::ClearLog)
        m_log->clear();
}

} // namespace Fax
