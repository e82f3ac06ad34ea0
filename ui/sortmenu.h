// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

#include <functional>

class QTableView;

namespace Fax {

/// View > Sort By: the columns of the list shown and the order, so a list sorts from the
/// keyboard too (a table's header takes no focus). Rebuilt each time it opens, from the list
/// the function returns (nullptr or a list that does not sort: the menu is empty and disabled).
class SortMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortMenu)
public:
    using ListFunction = std::function<QTableView *()>;

    SortMenu(ListFunction list, QWidget *parent = nullptr);

    /// Fills the menu from the list shown now (also when it opens).
    void rebuild();
    /// Whether the list shown can be sorted; the menu's own action follows it.
    void updateEnabled();

private:
    ListFunction m_list;
};

} // namespace Fax
