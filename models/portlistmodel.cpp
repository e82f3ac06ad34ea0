#include "portlistmodel.h"

namespace Fax {

namespace {

constexpr int kColumns = int(PortColumn::Count);

quint32 changedColumns(const Port &a, const Port &b)
{
    quint32 mask = 0;
    auto mark = [&mask](PortColumn c, bool changed) {
        if (changed)
            mask |= 1u << int(c);
    };
    mark(PortColumn::Name, a.name != b.name || a.state != b.state);
    mark(PortColumn::Device, a.devicePath != b.devicePath);
    mark(PortColumn::Model, a.manufacturer != b.manufacturer || a.model != b.model);
    mark(PortColumn::Send, a.sendEnabled != b.sendEnabled);
    mark(PortColumn::ReceiveMode, a.receiveMode != b.receiveMode);
    mark(PortColumn::Rings, a.rings != b.rings);
    mark(PortColumn::Csid, a.csid != b.csid);
    mark(PortColumn::Tsid, a.tsid != b.tsid);
    mark(PortColumn::Priority, a.priority != b.priority);
    mark(PortColumn::Status, a.state != b.state || a.stateText != b.stateText);
    return mask;
}

QString modelText(const Port &port)
{
    if (port.manufacturer.isEmpty())
        return port.model;
    if (port.model.isEmpty())
        return port.manufacturer;
    return port.manufacturer + u' ' + port.model;
}

QString statusText(const Port &port)
{
    if (port.stateText.isEmpty())
        return displayName(port.state);
    return PortListModel::tr("%1: %2").arg(displayName(port.state), port.stateText);
}

QVariant displayData(const Port &port, PortColumn column)
{
    switch (column) {
    case PortColumn::Name:
        return port.name;
    case PortColumn::Device:
        return port.devicePath;
    case PortColumn::Model:
        return modelText(port);
    case PortColumn::Send:
        return port.sendEnabled ? PortListModel::tr("Yes") : PortListModel::tr("No");
    case PortColumn::ReceiveMode:
        return displayName(port.receiveMode);
    case PortColumn::Rings:
        return port.rings;
    case PortColumn::Csid:
        return port.csid;
    case PortColumn::Tsid:
        return port.tsid;
    case PortColumn::Priority:
        return port.priority;
    case PortColumn::Status:
        return statusText(port);
    case PortColumn::Count:
        break;
    }
    return {};
}

QVariant sortData(const Port &port, PortColumn column)
{
    switch (column) {
    case PortColumn::Send:
        return port.sendEnabled;
    case PortColumn::ReceiveMode:
        return int(port.receiveMode);
    case PortColumn::Status:
        return int(port.state);
    default:
        return displayData(port, column);
    }
}

QString stateIcon(PortState state)
{
    switch (state) {
    case PortState::Offline:
    case PortState::Error:
        return QStringLiteral(":/icons/port-offline.svg");
    case PortState::Idle:
        return QStringLiteral(":/icons/port.svg");
    default:
        return QStringLiteral(":/icons/port-busy.svg");
    }
}

} // namespace

PortListModel::PortListModel(QObject *parent) : ServerTableModel(parent) {}

PortListModel::~PortListModel() = default;

void PortListModel::connectServer(FaxServer *server)
{
    connect(server, &FaxServer::portAdded, this, &PortListModel::addPort);
    connect(server, &FaxServer::portChanged, this, &PortListModel::changePort);
    connect(server, &FaxServer::portRemoved, this, &PortListModel::removePort);
}

void PortListModel::reload()
{
    beginResetModel();
    const FaxServer *server = connectedServer();
    m_ports.reset(server ? server->ports() : QList<Port>());
    endResetModel();
}

void PortListModel::addPort(const Port &port)
{
    if (m_ports.rowOf(port.name) >= 0) {
        changePort(port);
        return;
    }
    const int row = m_ports.size();
    beginInsertRows(QModelIndex(), row, row);
    m_ports.append(port);
    endInsertRows();
}

void PortListModel::changePort(const Port &port)
{
    const int row = m_ports.rowOf(port.name);
    if (row < 0) {
        addPort(port);
        return;
    }
    Port &old = m_ports[row];
    if (old == port)
        return;
    const quint32 mask = changedColumns(old, port);
    const bool stateChanged = old.state != port.state;
    old = port;
    QList<int> roles;
    if (mask) {
        roles = {Qt::DisplayRole, Qt::ToolTipRole, SortRole};
        if (stateChanged)
            roles << Qt::DecorationRole << PortStateRole;
    }
    roles << PortRole;
    const auto [first, last] = columnSpan(mask);
    Q_EMIT dataChanged(index(row, first), index(row, last), roles);
}

void PortListModel::removePort(const QString &name)
{
    const int row = m_ports.rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_ports.removeAt(row);
    endRemoveRows();
}

int PortListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ports.size();
}

int PortListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

const Port *PortListModel::portAt(int row) const
{
    return m_ports.value(row);
}

int PortListModel::rowOf(const QString &name) const
{
    return m_ports.rowOf(name);
}

QVariant PortListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Port &port = m_ports.at(index.row());
    const auto column = PortColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(port, column);
    case Qt::ToolTipRole:
        return port.devicePath.isEmpty() ? statusText(port)
                                         : port.devicePath + u'\n' + statusText(port);
    case Qt::DecorationRole:
        if (column == PortColumn::Name)
            return icon(stateIcon(port.state));
        return {};
    case SortRole:
        return sortData(port, column);
    case PortRole:
        return QVariant::fromValue(port);
    case PortNameRole:
        return port.name;
    case PortStateRole:
        return QVariant::fromValue(port.state);
    default:
        return {};
    }
}

QVariant PortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (PortColumn(section)) {
    case PortColumn::Name:
        return tr("Port");
    case PortColumn::Device:
        return tr("Device");
    case PortColumn::Model:
        return tr("Modem");
    case PortColumn::Send:
        return tr("Send");
    case PortColumn::ReceiveMode:
        return tr("Receive");
    case PortColumn::Rings:
        return tr("Rings");
    case PortColumn::Csid:
        return tr("CSID");
    case PortColumn::Tsid:
        return tr("TSID");
    case PortColumn::Priority:
        return tr("Priority");
    case PortColumn::Status:
        return tr("Status");
    case PortColumn::Count:
        break;
    }
    return {};
}

} // namespace Fax
