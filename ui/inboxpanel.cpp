#include "inboxpanel.h"

#include "modelroles.h"
#include "receivedfaxmodel.h"
#include "tablesetup.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

InboxPanel::InboxPanel(ReceivedFaxModel *faxes, QWidget *parent)
    : QWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(faxes);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(ReceivedFaxColumn::ReceiveTime), Qt::DescendingOrder);
    const QList<QPair<ReceivedFaxColumn, int>> widths = {{ReceivedFaxColumn::ReceiveTime, 140},
                                                         {ReceivedFaxColumn::Tsid, 160},
                                                         {ReceivedFaxColumn::CallerId, 130},
                                                         {ReceivedFaxColumn::Pages, 60},
                                                         {ReceivedFaxColumn::Port, 100}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace Fax
