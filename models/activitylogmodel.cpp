// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylogmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace Fax {

ActivityLogModel::ActivityLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void ActivityLogModel::add(const ActivityEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    m_entries.first().serial = ++m_serial;
    endInsertRows();
    if (m_entries.size() > m_limit) {
        const int first = m_limit;
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows(QModelIndex(), first, last);
        m_entries.resize(m_limit);
        endRemoveRows();
    }
}

void ActivityLogModel::add(ActivityKind kind, const QString &text, const ActivityTarget &target,
                           const QDateTime &time)
{
    add(ActivityEntry{time, kind, text, target});
}

const ActivityEntry *ActivityLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void ActivityLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ActivityLogModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    if (m_entries.size() > m_limit) {
        beginRemoveRows(QModelIndex(), m_limit, int(m_entries.size()) - 1);
        m_entries.resize(m_limit);
        endRemoveRows();
    }
}

QIcon ActivityLogModel::icon(ActivityKind kind) const
{
    auto it = m_icons.find(int(kind));
    if (it != m_icons.end())
        return *it;
    QString path;
    switch (kind) {
    case ActivityKind::Info:
        path = QStringLiteral(":/icons/activity-info.svg");
        break;
    case ActivityKind::Success:
        path = QStringLiteral(":/icons/activity-ok.svg");
        break;
    case ActivityKind::Warning:
        path = QStringLiteral(":/icons/activity-warning.svg");
        break;
    case ActivityKind::Error:
        path = QStringLiteral(":/icons/activity-error.svg");
        break;
    }
    return *m_icons.insert(int(kind), QIcon(path));
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column == Column::Time ? ModelFormat::dateTime(entry.time) : entry.text;
    case Qt::ToolTipRole:
        return entry.text;
    case Qt::DecorationRole:
        return column == Column::Time ? QVariant(icon(entry.kind)) : QVariant();
    case Qt::AccessibleTextRole:
        if (column == Column::Time) {
            switch (entry.kind) {
            case ActivityKind::Error:
                return tr("Error, %1").arg(ModelFormat::dateTime(entry.time));
            case ActivityKind::Warning:
                return tr("Warning, %1").arg(ModelFormat::dateTime(entry.time));
            default:
                return ModelFormat::dateTime(entry.time);
            }
        }
        return {};
    case SortRole:
        // By arrival: two entries of the same millisecond keep their order.
        return column == Column::Time ? QVariant(entry.serial) : QVariant(entry.text);
    case DateTimeRole:
        return entry.time;
    case ActivityKindRole:
        return QVariant::fromValue(entry.kind);
    case ActivityTargetRole:
        return QVariant::fromValue(entry.target);
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Event:
        return tr("Event");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Fax
