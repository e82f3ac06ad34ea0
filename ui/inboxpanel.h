#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace Fax {

class ReceivedFaxModel;

/// The Inbox: faxes received by the server, newest first.
class InboxPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPanel(ReceivedFaxModel *faxes, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
