// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QList>

namespace Fax {

class ActionRegistry;
class FolderView;

/// The wiring every folder view's list shares.
namespace ListViewSetup {

/// Context menu from panel's action ids, Enter and double-click for its default action, the
/// Delete key while the list has focus, and currentChanged() whenever the selection or what it
/// shows changes.
void connect(FolderView *panel, QAbstractItemView *view, ActionRegistry *actions);

/// Makes the row of source (an index of proxy's source model) the view's only selection and
/// scrolls to it; false when the proxy does not show it.
bool selectSourceIndex(QAbstractItemView *view, const QAbstractProxyModel *proxy,
                       const QModelIndex &source);

/// What role holds in each selected row of view, as T.
template <typename T> QList<T> selectedValues(const QAbstractItemView *view, int role)
{
    QList<T> values;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        values << index.data(role).template value<T>();
    return values;
}

} // namespace ListViewSetup
} // namespace Fax
