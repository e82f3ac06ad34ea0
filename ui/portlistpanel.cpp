#include "portlistpanel.h"

#include "modelroles.h"
#include "portlistmodel.h"
#include "tablesetup.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

PortListPanel::PortListPanel(PortListModel *ports, QWidget *parent)
    : QWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(ports);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("portView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(PortColumn::Priority), Qt::AscendingOrder);
    const QList<QPair<PortColumn, int>> widths = {
        {PortColumn::Name, 120},   {PortColumn::Status, 220}, {PortColumn::Device, 150},
        {PortColumn::Model, 150},  {PortColumn::Send, 50},    {PortColumn::ReceiveMode, 80},
        {PortColumn::Rings, 50},   {PortColumn::Csid, 110},   {PortColumn::Tsid, 110},
        {PortColumn::Priority, 60}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace Fax
