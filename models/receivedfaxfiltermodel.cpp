// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedfaxfiltermodel.h"

#include "modelroles.h"
#include "receivedfaxmodel.h"

namespace Fax {

ReceivedFaxFilterModel::ReceivedFaxFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // Marking a fax read names UnreadRole: the Unread filter then drops it by itself.
    setFilterRole(UnreadRole);
    setDynamicSortFilter(true);
}

void ReceivedFaxFilterModel::setListFilter(ListFilter filter, const QDateTime &now)
{
    if (filter == m_filter && now == m_now)
        return;
    m_filter = filter;
    m_now = now;
    invalidate();
}

void ReceivedFaxFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = ListFilters::searchWords(text);
    invalidate();
}

void ReceivedFaxFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (auto *old = qobject_cast<ReceivedFaxModel *>(sourceModel()))
        disconnect(old, &ReceivedFaxModel::senderNamesChanged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    // A name found (or lost) in the address book changes what a search by name finds.
    if (auto *faxes = qobject_cast<ReceivedFaxModel *>(model)) {
        connect(faxes, &ReceivedFaxModel::senderNamesChanged, this, [this] {
            if (!m_words.isEmpty())
                invalidateFilter();
        });
    }
}

bool ReceivedFaxFilterModel::matches(const ReceivedFax &fax, const QStringList &words,
                                     const QString &senderName)
{
    for (const QString &word : words) {
        const auto has = [&word](const QString &field) {
            return field.contains(word, Qt::CaseInsensitive);
        };
        if (!(has(senderName) || has(fax.tsid) || has(fax.callerId) || has(fax.csid) ||
              has(fax.port) || has(fax.routing) || has(QString::number(fax.id))))
            return false;
    }
    return true;
}

bool ReceivedFaxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == ListFilter::All && m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto *faxes = qobject_cast<const ReceivedFaxModel *>(sourceModel());
    const ReceivedFax fax = faxes && faxes->faxAt(sourceRow)
                                ? *faxes->faxAt(sourceRow)
                                : index.data(ReceivedFaxRole).value<ReceivedFax>();
    if (m_filter == ListFilter::Unread && !index.data(UnreadRole).toBool())
        return false;
    if (!ListFilters::passesDate(m_filter, fax.receiveTime, m_now))
        return false;
    return matches(fax, m_words, faxes && !m_words.isEmpty() ? faxes->senderName(fax) : QString());
}

} // namespace Fax
