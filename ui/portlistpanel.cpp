// SPDX-License-Identifier: GPL-3.0-or-later
#include "portlistpanel.h"

#include "actionids.h"
#include "consoleactions.h"
#include "dialogrunner.h"
#include "listviewsetup.h"
#include "messagesink.h"
#include "modelroles.h"
#include "operationfeedback.h"
#include "portlistmodel.h"
#include "portpropertiesdialog.h"
#include "tablesetup.h"

#include "core/settingsschema.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

PortListPanel::PortListPanel(PortListModel *ports, MessageSink *messages, QWidget *parent)
    : PortListPanel(ports, messages, nullptr, nullptr, parent)
{
}

PortListPanel::PortListPanel(PortListModel *ports, MessageSink *messages, DialogRunner *dialogs,
                             ActionRegistry *actions, QWidget *parent)
    : FolderView(parent), m_ports(ports),
      m_messages(messages ? messages : DialogMessageSink::instance()),
      m_dialogs(dialogs ? dialogs : DialogRunner::standard()),
      m_actions(actions ? actions : new ActionRegistry(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    if (!actions)
        ConsoleActions::registerAll(m_actions);
    m_proxy->setSourceModel(ports);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("portView"));
    m_view->setAccessibleName(FolderPanel::folderName(ConsoleFolder::Ports));
    m_view->setModel(m_proxy);
    setUpListView(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(int(PortColumn::Priority), Qt::AscendingOrder);
    const QList<QPair<PortColumn, int>> widths = {
        {PortColumn::Name, 130},   {PortColumn::Status, 260}, {PortColumn::Device, 150},
        {PortColumn::Model, 150},  {PortColumn::Send, 50},    {PortColumn::ReceiveMode, 90},
        {PortColumn::Rings, 50},   {PortColumn::Csid, 110},   {PortColumn::Tsid, 110},
        {PortColumn::Priority, 60}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    ListViewSetup::connect(this, m_view, m_actions);
    connect(m_ports, &ServerTableModel::capabilitiesChanged, this,
            [this] { Q_EMIT currentChanged(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    if (!actions) {
        // On its own the panel is the target of its actions.
        m_actions->setTarget(this, this);
        connect(this, &FolderView::currentChanged, m_actions, &ActionRegistry::updateRouted);
    }
}

QAction *PortListPanel::answerAction() const
{
    return m_actions->action(ActionId::AnswerNow);
}

QAction *PortListPanel::propertiesAction() const
{
    return m_actions->action(ActionId::PortProperties);
}

QAbstractItemView *PortListPanel::itemView() const
{
    return m_view;
}

QStringList PortListPanel::contextActionIds() const
{
    return {ActionId::AnswerNow, ActionId::Separator, ActionId::PortProperties};
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

QString PortListPanel::detailsTitle() const
{
    const std::optional<Port> port = selectedPort();
    return port ? tr("Port %1").arg(port->name) : QString();
}

QList<DetailField> PortListPanel::details() const
{
    const std::optional<Port> port = selectedPort();
    if (!port)
        return {};
    const int row = m_ports->rowOf(port->name);
    QList<DetailField> fields;
    fields << DetailField{tr("Status"),
                          m_ports->index(row, int(PortColumn::Status)).data().toString()};
    // Every stored setting as the schema describes it, with its display value; what the server
    // does not report (HylaFAX: serial speed, rings, ...) is not shown as if it were known.
    const ServerCapabilities caps = m_ports->server() ? m_ports->server()->capabilities()
                                                      : ServerCapabilities();
    QStringList unreported;
    for (const SettingSpec<Port> &spec : SettingsSchema::portSettings()) {
        if (spec.access == SettingAccess::LiveState)
            continue;
        if (!caps.reportsPortSetting(spec.key)) {
            unreported << spec.label();
            continue;
        }
        const QVariant value = spec.get(*port);
        QString text;
        switch (spec.kind) {
        case SettingKind::Boolean:
            text = value.toBool() ? tr("Yes") : tr("No");
            break;
        case SettingKind::Choice:
            for (const SettingChoice &choice : spec.choices) {
                if (choice.value == value.toString())
                    text = choice.displayName();
            }
            break;
        case SettingKind::Integer:
            text = spec.unitText().isEmpty() ? QString::number(value.toInt())
                                             : tr("%1 %2").arg(value.toInt()).arg(spec.unitText());
            break;
        default:
            text = spec.text(value);
            break;
        }
        if (!text.isEmpty())
            fields << DetailField{spec.label(), text};
    }
    if (!unreported.isEmpty())
        fields << DetailField{tr("Not reported"),
                              tr("%1: %2").arg(QLocale().createSeparatedList(unreported),
                                               caps.unreportedPortSettingsReason())};
    return fields;
}

void PortListPanel::activateCurrent()
{
    if (canTrigger(ActionId::PortProperties))
        showProperties();
}

bool PortListPanel::canTrigger(const QString &id) const
{
    const FaxServer *server = m_ports->server();
    const std::optional<Port> port = selectedPort();
    if (!server || server->state() != ConnectionState::Connected || !port)
        return false;
    if (id == ActionId::AnswerNow)
        return server->capabilities().can(ServerCapabilities::Feature::AnswerCall) &&
               answerAllowed(*port);
    // Properties open also where they cannot be changed: they show why.
    return id == ActionId::PortProperties;
}

void PortListPanel::trigger(const QString &id)
{
    if (id == ActionId::AnswerNow)
        answerSelected();
    else if (id == ActionId::PortProperties)
        showProperties();
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

void PortListPanel::showProperties()
{
    FaxServer *server = m_ports->server();
    const std::optional<Port> port = selectedPort();
    if (!server || !port)
        return;
    PortPropertiesDialog dialog(server, port->name, m_messages, m_dialogs, this);
    m_dialogs->exec(&dialog);
}

} // namespace Fax
