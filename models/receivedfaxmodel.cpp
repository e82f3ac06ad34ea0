#include "receivedfaxmodel.h"

#include "modelformat.h"

#include <algorithm>

namespace Fax {

namespace {

constexpr int kColumns = int(ReceivedFaxColumn::Count);

QVariant displayData(const ReceivedFax &fax, ReceivedFaxColumn column)
{
    switch (column) {
    case ReceivedFaxColumn::ReceiveTime:
        return ModelFormat::dateTime(fax.receiveTime);
    case ReceivedFaxColumn::Tsid:
        return fax.tsid;
    case ReceivedFaxColumn::CallerId:
        return fax.callerId;
    case ReceivedFaxColumn::Pages:
        return fax.partial ? ReceivedFaxModel::tr("%1 (partial)").arg(fax.pages)
                           : QString::number(fax.pages);
    case ReceivedFaxColumn::Port:
        return fax.port;
    case ReceivedFaxColumn::Routing:
        return fax.routing;
    case ReceivedFaxColumn::Count:
        break;
    }
    return {};
}

} // namespace

ReceivedFaxModel::ReceivedFaxModel(QObject *parent) : ServerTableModel(parent) {}

ReceivedFaxModel::~ReceivedFaxModel() = default;

void ReceivedFaxModel::connectServer(FaxServer *server)
{
    connect(server, &FaxServer::receivedFaxAdded, this, &ReceivedFaxModel::addFax);
    connect(server, &FaxServer::receivedFaxRemoved, this, &ReceivedFaxModel::removeFax);
}

void ReceivedFaxModel::reload()
{
    beginResetModel();
    const FaxServer *server = connectedServer();
    m_faxes = server ? server->receivedFaxes() : QList<ReceivedFax>();
    endResetModel();
}

void ReceivedFaxModel::addFax(const ReceivedFax &fax)
{
    const int row = int(m_faxes.size());
    beginInsertRows(QModelIndex(), row, row);
    m_faxes.append(fax);
    endInsertRows();
}

void ReceivedFaxModel::removeFax(qint64 id)
{
    const auto it = std::find_if(m_faxes.cbegin(), m_faxes.cend(),
                                 [id](const ReceivedFax &fax) { return fax.id == id; });
    if (it == m_faxes.cend())
        return;
    const int row = int(it - m_faxes.cbegin());
    beginRemoveRows(QModelIndex(), row, row);
    m_faxes.removeAt(row);
    endRemoveRows();
}

int ReceivedFaxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_faxes.size());
}

int ReceivedFaxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

const ReceivedFax *ReceivedFaxModel::faxAt(int row) const
{
    return row >= 0 && row < m_faxes.size() ? &m_faxes.at(row) : nullptr;
}

QVariant ReceivedFaxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedFax &fax = m_faxes.at(index.row());
    const auto column = ReceivedFaxColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(fax, column);
    case Qt::DecorationRole:
        if (column == ReceivedFaxColumn::ReceiveTime)
            return icon(QStringLiteral(":/icons/fax-receive.svg"));
        return {};
    case Qt::ToolTipRole:
        return fax.file;
    case SortRole:
        if (column == ReceivedFaxColumn::ReceiveTime)
            return fax.receiveTime;
        if (column == ReceivedFaxColumn::Pages)
            return fax.pages;
        return displayData(fax, column);
    case ReceivedFaxRole:
        return QVariant::fromValue(fax);
    case ReceivedFaxIdRole:
        return fax.id;
    case ReceivedFaxFileRole:
        return fax.file;
    default:
        return {};
    }
}

QVariant ReceivedFaxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (ReceivedFaxColumn(section)) {
    case ReceivedFaxColumn::ReceiveTime:
        return tr("Received");
    case ReceivedFaxColumn::Tsid:
        return tr("Sender (TSID)");
    case ReceivedFaxColumn::CallerId:
        return tr("Caller ID");
    case ReceivedFaxColumn::Pages:
        return tr("Pages");
    case ReceivedFaxColumn::Port:
        return tr("Port");
    case ReceivedFaxColumn::Routing:
        return tr("Routing");
    case ReceivedFaxColumn::Count:
        break;
    }
    return {};
}

} // namespace Fax
