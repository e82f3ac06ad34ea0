// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesetup.h"

#include "modelformat.h"

#include <QHeaderView>
#include <QTableView>

namespace Fax {

void setUpListView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    // Tab leaves the list for the next control: the keyboard reaches everything.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
}

int dateColumnWidth(const QTableView *view, bool withIcon)
{
    // The longest day and month of the year, at a two-digit hour.
    const QString sample = ModelFormat::dateTime(QDateTime(QDate(2026, 9, 30), QTime(23, 59, 59)));
    return view->fontMetrics().horizontalAdvance(sample) + (withIcon ? 44 : 20);
}

} // namespace Fax
