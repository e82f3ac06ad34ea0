// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Fax {

/// The address book as its list shows it: sorted by any column (case-insensitive), narrowed by
/// what the user types (name, company, fax number, e-mail) and by a group.
class ContactFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFilterModel)

public:
    explicit ContactFilterModel(QObject *parent = nullptr);
    ~ContactFilterModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Only the members of the group named name; empty: every contact.
    void setGroup(const QString &name);
    QString group() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_group;
};

} // namespace Fax
