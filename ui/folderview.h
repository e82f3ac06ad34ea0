// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionregistry.h"
#include "folderpanel.h"
#include "listfilter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QWidget>

class QAbstractItemView;

namespace Fax {

/// One line of a details pane: a label and its value.
using DetailField = QPair<QString, QString>;

/// A panel the main window shows for one folder (Incoming, Inbox, Outbox, Sent Items, Ports,
/// the activity log), all behind this one interface: its list, the actions it takes by id (it is
/// their target while it is shown), its context menu by id, its quick filters and search, the
/// details of its current item, the default action (Enter, double-click) and its column layout.
class FolderView : public QWidget, public ActionTarget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual ConsoleFolder consoleFolder() const = 0;
    /// The list the user works in.
    virtual QAbstractItemView *itemView() const = 0;
    /// Ids of the context menu's actions, ActionId::Separator for a separator.
    virtual QStringList contextActionIds() const = 0;

    /// The quick filters the view offers (empty: none) and the one in use.
    virtual QList<ListFilter> filters() const { return {}; }
    virtual ListFilter filter() const { return ListFilter::All; }
    virtual void setFilter(ListFilter) {}
    /// Whether the view can be searched, and the search in use.
    virtual bool isSearchable() const { return false; }
    virtual QString searchText() const { return QString(); }
    virtual void setSearchText(const QString &) {}

    /// What the details pane shows for the current item: a title and fields (none: nothing is
    /// selected).
    virtual QString detailsTitle() const { return QString(); }
    virtual QList<DetailField> details() const { return {}; }

    /// The default action on the current item (Enter, double-click): view it, its properties.
    virtual void activateCurrent() {}

    /// Rows shown and rows in the folder, for the status bar.
    virtual int shownCount() const;
    virtual int totalCount() const;

    /// The column layout (order, widths, hidden columns, sorting), to remember.
    virtual QByteArray saveLayout() const;
    virtual bool restoreLayout(const QByteArray &layout);

Q_SIGNALS:
    /// The current item, the selection or what they show changed: the details and the enabled
    /// actions follow.
    void currentChanged();
};

} // namespace Fax
