#pragma once

class QTableView;

namespace Fax {

/// Gives a list view of the console its common look: whole-row selection, sortable, no grid.
void setUpListView(QTableView *view);

} // namespace Fax
