#include "portlistpanel.h"

#include "messagesink.h"
#include "modelroles.h"
#include "operationfeedback.h"
#include "portlistmodel.h"
#include "tablesetup.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

PortListPanel::PortListPanel(PortListModel *ports, MessageSink *messages, QWidget *parent)
    : QWidget(parent), m_ports(ports),
      m_messages(messages ? messages : DialogMessageSink::instance()),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(ports);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("portView"));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->sortByColumn(int(PortColumn::Priority), Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<QPair<PortColumn, int>> widths = {
        {PortColumn::Name, 120},   {PortColumn::Status, 220}, {PortColumn::Device, 150},
        {PortColumn::Model, 150},  {PortColumn::Send, 50},    {PortColumn::ReceiveMode, 80},
        {PortColumn::Rings, 50},   {PortColumn::Csid, 110},   {PortColumn::Tsid, 110},
        {PortColumn::Priority, 60}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    m_answer =
        new QAction(QIcon(QStringLiteral(":/icons/fax-receive.svg")), tr("&Answer Now"), this);
    m_answer->setObjectName(QStringLiteral("answerCallAction"));
    m_answer->setToolTip(tr("Answer the call ringing on the selected port (receive mode Manual)"));
    connect(m_answer, &QAction::triggered, this, &PortListPanel::answerSelected);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_answer);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Enabled by the selected port's live state, which changes while it is selected.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortListPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PortListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PortListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PortListPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PortListPanel::updateActions);
    connect(m_ports, &ServerTableModel::capabilitiesChanged, this, &PortListPanel::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    updateActions();
}

std::optional<Port> PortListPanel::selectedPort() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.first().data(PortRole).value<Port>();
}

bool PortListPanel::selectPort(const QString &name)
{
    const int sourceRow = m_ports->rowOf(name);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_ports->index(sourceRow, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

bool PortListPanel::answerAllowed(const Port &port)
{
    return port.state == PortState::Ringing && port.receiveMode == ReceiveMode::Manual;
}

void PortListPanel::updateActions()
{
    const std::optional<Port> port = selectedPort();
    const FaxServer *server = m_ports->server();
    m_answer->setEnabled(server && server->state() == ConnectionState::Connected &&
                         server->capabilities().can(ServerCapabilities::Feature::AnswerCall) &&
                         port && answerAllowed(*port));
}

void PortListPanel::answerSelected()
{
    FaxServer *server = m_ports->server();
    const std::optional<Port> port = selectedPort();
    if (!server || !port || !answerAllowed(*port))
        return;
    OperationFeedback::reportFailure(server->answerCall(port->name), this, m_messages,
                                     tr("Cannot answer on port %1").arg(port->name));
}

} // namespace Fax
