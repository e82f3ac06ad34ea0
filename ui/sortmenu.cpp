// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortmenu.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QTableView>

namespace Fax {

SortMenu::SortMenu(ListFunction list, QWidget *parent)
    : QMenu(tr("S&ort By"), parent), m_list(std::move(list))
{
    connect(this, &QMenu::aboutToShow, this, &SortMenu::rebuild);
}

void SortMenu::updateEnabled()
{
    const QTableView *view = m_list ? m_list() : nullptr;
    menuAction()->setEnabled(view && view->isSortingEnabled());
}

void SortMenu::rebuild()
{
    clear();
    updateEnabled();
    QTableView *view = m_list ? m_list() : nullptr;
    if (!view || !view->isSortingEnabled() || !view->model())
        return;
    QHeaderView *header = view->horizontalHeader();
    const int sorted = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();

    auto *columns = new QActionGroup(this);
    // In the order the user sees the columns; hidden ones are not offered.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        const QString name =
            view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (name.isEmpty())
            continue;
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(column == sorted);
        action->setActionGroup(columns);
        connect(action, &QAction::triggered, view, [view, column] {
            // A new column sorts ascending; the order is the user's to change below.
            view->sortByColumn(column, Qt::AscendingOrder);
        });
    }
    addSeparator();
    auto *orders = new QActionGroup(this);
    const auto addOrder = [&](const QString &text, Qt::SortOrder value) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(sorted >= 0 && order == value);
        action->setEnabled(sorted >= 0);
        action->setActionGroup(orders);
        connect(action, &QAction::triggered, view, [view, value] {
            view->sortByColumn(view->horizontalHeader()->sortIndicatorSection(), value);
        });
    };
    addOrder(tr("&Ascending"), Qt::AscendingOrder);
    addOrder(tr("&Descending"), Qt::DescendingOrder);
}

} // namespace Fax
