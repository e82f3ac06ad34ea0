// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedfaxmodel.h"

#include "modelformat.h"

#include <QFont>

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
    m_senderNames.clear();
    // What was unread before stays so only while its fax is still there.
    QSet<qint64> present;
    for (const ReceivedFax &fax : std::as_const(m_faxes))
        present.insert(fax.id);
    const qsizetype before = m_unread.size();
    m_unread.intersect(present);
    endResetModel();
    if (m_unread.size() != before)
        Q_EMIT unreadChanged(unreadCount());
}

void ReceivedFaxModel::addFax(const ReceivedFax &fax)
{
    if (rowOf(fax.id) >= 0)
        return;
    const int row = int(m_faxes.size());
    beginInsertRows(QModelIndex(), row, row);
    m_faxes.append(fax);
    m_unread.insert(fax.id);
    endInsertRows();
    Q_EMIT unreadChanged(unreadCount());
}

void ReceivedFaxModel::removeFax(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_faxes.removeAt(row);
    const bool wasUnread = m_unread.remove(id);
    endRemoveRows();
    if (wasUnread)
        Q_EMIT unreadChanged(unreadCount());
}

int ReceivedFaxModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_faxes.cbegin(), m_faxes.cend(),
                                 [id](const ReceivedFax &fax) { return fax.id == id; });
    return it == m_faxes.cend() ? -1 : int(it - m_faxes.cbegin());
}

void ReceivedFaxModel::emitRowChanged(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, kColumns - 1), roles);
}

void ReceivedFaxModel::setUnread(qint64 id, bool unread)
{
    const int row = rowOf(id);
    if (row < 0 || isUnread(id) == unread)
        return;
    if (unread)
        m_unread.insert(id);
    else
        m_unread.remove(id);
    emitRowChanged(row,
                   {Qt::FontRole, Qt::DecorationRole, Qt::AccessibleDescriptionRole, UnreadRole});
    Q_EMIT unreadChanged(unreadCount());
}

void ReceivedFaxModel::setUnreadIds(const QSet<qint64> &ids)
{
    QSet<qint64> wanted;
    for (const ReceivedFax &fax : std::as_const(m_faxes)) {
        if (ids.contains(fax.id))
            wanted.insert(fax.id);
    }
    if (wanted == m_unread)
        return;
    m_unread = wanted;
    if (!m_faxes.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_faxes.size()) - 1, kColumns - 1),
            {Qt::FontRole, Qt::DecorationRole, Qt::AccessibleDescriptionRole, UnreadRole});
    Q_EMIT unreadChanged(unreadCount());
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
        if (column == ReceivedFaxColumn::Tsid && m_senderLookup) {
            const QString name = senderName(fax);
            if (!name.isEmpty())
                return fax.tsid.isEmpty() ? name : tr("%1 (%2)").arg(name, fax.tsid);
        }
        return displayData(fax, column);
    case Qt::DecorationRole:
        if (column == ReceivedFaxColumn::ReceiveTime)
            return icon(isUnread(fax.id) ? QStringLiteral(":/icons/fax-unread.svg")
                                         : QStringLiteral(":/icons/fax-receive.svg"));
        return {};
    case Qt::FontRole:
        if (isUnread(fax.id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        // A screen reader cannot see the bold face.
        return isUnread(fax.id) ? tr("Unread") : QString();
    case Qt::ToolTipRole:
        return fax.partial ? tr("%1\nThe call ended before the fax was complete.").arg(fax.file)
                           : fax.file;
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
    case UnreadRole:
        return isUnread(fax.id);
    case DateTimeRole:
        return fax.receiveTime;
    default:
        return {};
    }
}

void ReceivedFaxModel::setSenderNameLookup(SenderNameLookup lookup)
{
    m_senderLookup = std::move(lookup);
    refreshSenderNames();
}

void ReceivedFaxModel::refreshSenderNames()
{
    m_senderNames.clear();
    if (!m_faxes.isEmpty()) {
        const int column = int(ReceivedFaxColumn::Tsid);
        emit dataChanged(index(0, column), index(int(m_faxes.size()) - 1, column),
                         {Qt::DisplayRole});
    }
    Q_EMIT senderNamesChanged();
}

QString ReceivedFaxModel::senderName(const ReceivedFax &fax) const
{
    if (!m_senderLookup)
        return {};
    const auto cached = m_senderNames.constFind(fax.id);
    if (cached != m_senderNames.constEnd())
        return cached.value();
    QString name = fax.tsid.trimmed().isEmpty() ? QString() : m_senderLookup(fax.tsid);
    if (name.isEmpty() && !fax.callerId.trimmed().isEmpty())
        name = m_senderLookup(fax.callerId);
    m_senderNames.insert(fax.id, name);
    return name;
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
