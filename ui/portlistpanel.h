#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace Fax {

class PortListModel;

/// The fax ports (modems) of the server with their configuration and live state.
class PortListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PortListPanel(PortListModel *ports, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Fax
