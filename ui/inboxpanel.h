// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderview.h"

#include "core/receivedfax.h"

class QTableView;

namespace Fax {

class ConsoleSession;
class FaxItemActions;
class ReceivedFaxFilterModel;
class ReceivedFaxModel;

/// The Inbox: faxes received by the server, newest first, unread ones in bold; the target of
/// View (Enter, double-click), Save as PDF, Print, the reception report and Mark as Read/Unread.
class InboxPanel final : public FolderView
{
    Q_OBJECT
public:
    InboxPanel(ConsoleSession *session, FaxItemActions *items, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReceivedFaxFilterModel *filterModel() const { return m_proxy; }
    /// The faxes selected in the view, in view order.
    QList<ReceivedFax> selectedFaxes() const;
    /// Selects the fax with id (and makes it current); false if it is not shown.
    bool selectFax(qint64 id);

    // FolderView
    ConsoleFolder consoleFolder() const override { return ConsoleFolder::Inbox; }
    QAbstractItemView *itemView() const override;
    QStringList contextActionIds() const override;
    QList<ListFilter> filters() const override;
    ListFilter filter() const override;
    void setFilter(ListFilter filter) override;
    bool isSearchable() const override { return true; }
    QString searchText() const override;
    void setSearchText(const QString &text) override;
    QString detailsTitle() const override;
    QList<DetailField> details() const override;
    void activateCurrent() override;
    int totalCount() const override;
    bool canTrigger(const QString &id) const override;
    void trigger(const QString &id) override;

private:
    ConsoleSession *m_session;
    FaxItemActions *m_items;
    ReceivedFaxModel *m_faxes;
    ReceivedFaxFilterModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
