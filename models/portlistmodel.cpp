// SPDX-License-Identifier: GPL-3.0-or-later
#include "portlistmodel.h"

#include <QRegularExpression>

#include <algorithm>

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

QVariant displayData(const Port &port, PortColumn column, const Job *call)
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
        return PortListModel::statusText(port, call);
    case PortColumn::Count:
        break;
    }
    return {};
}

QVariant sortData(const Port &port, PortColumn column, const Job *call)
{
    switch (column) {
    case PortColumn::Send:
        return port.sendEnabled;
    case PortColumn::ReceiveMode:
        return int(port.receiveMode);
    case PortColumn::Status:
        return int(port.state);
    default:
        return displayData(port, column, call);
    }
}

QString stateIcon(PortState state)
{
    switch (state) {
    case PortState::Offline:
        return QStringLiteral(":/icons/port-offline.svg");
    case PortState::Error:
        return QStringLiteral(":/icons/port-error.svg");
    case PortState::Idle:
        return QStringLiteral(":/icons/port.svg");
    case PortState::Ringing:
        return QStringLiteral(":/icons/port-ringing.svg");
    case PortState::Dialing:
        return QStringLiteral(":/icons/port-dialing.svg");
    case PortState::Sending:
        return QStringLiteral(":/icons/port-sending.svg");
    case PortState::Receiving:
        return QStringLiteral(":/icons/port-receiving.svg");
    case PortState::Initializing:
    case PortState::Answered:
        break;
    }
    return QStringLiteral(":/icons/port-busy.svg");
}

bool isCall(const Job &job)
{
    return job.type == JobType::Send && job.queueStatus == QueueStatus::InProgress &&
           !job.port.isEmpty();
}

} // namespace

PortListModel::PortListModel(QObject *parent) : ServerTableModel(parent) {}

PortListModel::~PortListModel() = default;

QString PortListModel::statusText(const Port &port, const Job *call)
{
    if (call && port.state == PortState::Sending && call->pagesTotal > 0)
        return tr("Sending page %1 of %2 to %3")
            .arg(std::min(call->pagesSent + 1, call->pagesTotal))
            .arg(call->pagesTotal)
            .arg(call->recipientNumber);
    if (call && port.state == PortState::Dialing)
        return tr("Dialing %1").arg(call->recipientNumber);
    const QString state = displayName(port.state);
    if (port.stateText.isEmpty())
        return state;
    // The engine's detail often says the state itself ("receiving page 2", HylaFAX's "Running
    // and idle"): then it alone, not "Idle: Running and idle".
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(state)),
                                  QRegularExpression::CaseInsensitiveOption);
    if (port.stateText.contains(word))
        return port.stateText.at(0).toUpper() + port.stateText.mid(1);
    return tr("%1: %2").arg(state, port.stateText);
}

void PortListModel::connectServer(FaxServer *server)
{
    connect(server, &FaxServer::portAdded, this, &PortListModel::addPort);
    connect(server, &FaxServer::portChanged, this, &PortListModel::changePort);
    connect(server, &FaxServer::portRemoved, this, &PortListModel::removePort);
    connect(server, &FaxServer::jobAdded, this, &PortListModel::followJob);
    connect(server, &FaxServer::jobChanged, this, &PortListModel::followJob);
    connect(server, &FaxServer::jobRemoved, this, &PortListModel::forgetJob);
}

void PortListModel::reload()
{
    beginResetModel();
    const FaxServer *server = connectedServer();
    m_ports.reset(server ? server->ports() : QList<Port>());
    m_calls.clear();
    if (server) {
        for (const Job &job : server->jobs()) {
            if (isCall(job))
                m_calls.insert(job.port, job);
        }
    }
    endResetModel();
}

const Job *PortListModel::callOn(const QString &portName) const
{
    const auto it = m_calls.constFind(portName);
    return it == m_calls.constEnd() ? nullptr : &*it;
}

void PortListModel::callChanged(const QString &portName)
{
    const int row = m_ports.rowOf(portName);
    if (row < 0)
        return;
    const QModelIndex status = index(row, int(PortColumn::Status));
    Q_EMIT dataChanged(status, status, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void PortListModel::followJob(const Job &job)
{
    if (isCall(job)) {
        const auto it = m_calls.constFind(job.port);
        if (it != m_calls.constEnd() && *it == job)
            return;
        // A job that moved to another port leaves its old one.
        if (it == m_calls.constEnd() || it->id != job.id)
            forgetJob(job.id);
        m_calls.insert(job.port, job);
        callChanged(job.port);
        return;
    }
    forgetJob(job.id);
}

void PortListModel::forgetJob(JobId id)
{
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        if (it->id == id) {
            const QString port = it.key();
            m_calls.erase(it);
            callChanged(port);
            return;
        }
    }
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

bool PortListModel::reported(PortColumn column) const
{
    const FaxServer *s = server();
    if (!s)
        return true;
    const ServerCapabilities caps = s->capabilities();
    switch (column) {
    case PortColumn::Rings:
        return caps.reportsPortSetting(QStringLiteral("rings"));
    case PortColumn::Priority:
        return caps.reportsPortSetting(QStringLiteral("priority"));
    case PortColumn::Model:
        return caps.reportsPortSetting(QStringLiteral("model"));
    default:
        return true;
    }
}

QVariant PortListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Port &port = m_ports.at(index.row());
    const auto column = PortColumn(index.column());
    const Job *call = callOn(port.name);
    switch (role) {
    case Qt::DisplayRole:
        if (!reported(column))
            return {}; // only a default: the server does not say (HylaFAX)
        return displayData(port, column, call);
    case Qt::ToolTipRole:
        return port.devicePath.isEmpty() ? statusText(port, call)
                                         : port.devicePath + u'\n' + statusText(port, call);
    case Qt::AccessibleTextRole:
        if (column == PortColumn::Name)
            return tr("Port %1, %2").arg(port.name, statusText(port, call));
        return {};
    case Qt::DecorationRole:
        if (column == PortColumn::Name)
            return icon(stateIcon(port.state));
        return {};
    case SortRole:
        return sortData(port, column, call);
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
