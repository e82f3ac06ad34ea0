// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace Fax {

/// Gives a list view of the console its common look: whole-row selection, sortable, no grid.
void setUpListView(QTableView *view);
/// A width for a column of dates and times as the locale writes them, with room for an icon.
int dateColumnWidth(const QTableView *view, bool withIcon = false);

} // namespace Fax
