// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactfiltermodel.h"

#include "addressbook/contact.h"
#include "modelroles.h"

namespace Fax {

ContactFilterModel::ContactFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

ContactFilterModel::~ContactFilterModel() = default;

void ContactFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void ContactFilterModel::setGroup(const QString &name)
{
    if (name == m_group)
        return;
    m_group = name;
    invalidateRowsFilter();
}

bool ContactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() &&
        !index.data(ContactRole).value<Contact>().groups.contains(m_group, Qt::CaseInsensitive))
        return false;
    return m_search.isEmpty() ||
           contactSearchMatches(index.data(ContactSearchRole).toString(), m_search);
}

} // namespace Fax
