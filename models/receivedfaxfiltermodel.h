// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listfilter.h"

#include "core/receivedfax.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Fax {

/// The Inbox as its view shows it: sorted, narrowed by a quick filter (unread, by date) and a
/// search over the senders' names (as the address book knows them), ids, caller ids, ports and
/// routing.
class ReceivedFaxFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReceivedFaxFilterModel(QObject *parent = nullptr);

    void setListFilter(ListFilter filter, const QDateTime &now = QDateTime::currentDateTime());
    ListFilter listFilter() const { return m_filter; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    /// True when every word is found in the fax's searchable fields or the sender's name.
    static bool matches(const ReceivedFax &fax, const QStringList &words,
                        const QString &senderName = QString());
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ListFilter m_filter = ListFilter::All;
    QDateTime m_now;
    QString m_search;
    QStringList m_words;
};

} // namespace Fax
