// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderview.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace Fax {

int FolderView::shownCount() const
{
    const QAbstractItemView *view = itemView();
    return view && view->model() ? view->model()->rowCount() : 0;
}

int FolderView::totalCount() const
{
    return shownCount();
}

QByteArray FolderView::saveLayout() const
{
    if (const auto *table = qobject_cast<const QTableView *>(itemView()))
        return table->horizontalHeader()->saveState();
    return {};
}

bool FolderView::restoreLayout(const QByteArray &layout)
{
    if (auto *table = qobject_cast<QTableView *>(itemView()))
        return !layout.isEmpty() && table->horizontalHeader()->restoreState(layout);
    return false;
}

} // namespace Fax
