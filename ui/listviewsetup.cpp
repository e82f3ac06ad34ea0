// SPDX-License-Identifier: GPL-3.0-or-later
#include "listviewsetup.h"

#include "actionids.h"
#include "actionregistry.h"
#include "folderview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

namespace Fax::ListViewSetup {

void connect(FolderView *panel, QAbstractItemView *view, ActionRegistry *actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, panel,
                     [panel, view, actions](const QPoint &pos) {
                         QMenu menu(panel);
                         actions->fill(&menu, panel->contextActionIds());
                         menu.exec(view->viewport()->mapToGlobal(pos));
                     });
    QObject::connect(view, &QAbstractItemView::activated, panel,
                     [panel] { panel->activateCurrent(); });
    // Delete works while the list has focus, not while the search field has.
    if (actions->contains(ActionId::Delete))
        view->addAction(actions->action(ActionId::Delete));
    const auto changed = [panel] { Q_EMIT panel->currentChanged(); };
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, panel,
                     changed);
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, panel, changed);
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::dataChanged, panel, changed);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, panel, changed);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, panel, changed);
    QObject::connect(model, &QAbstractItemModel::modelReset, panel, changed);
}

bool selectSourceIndex(QAbstractItemView *view, const QAbstractProxyModel *proxy,
                       const QModelIndex &source)
{
    const QModelIndex index = proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

} // namespace Fax::ListViewSetup
