// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelroles.h"
#include "servertablemodel.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Fax {

/// The Inbox: a server's received faxes, appended as receivedFaxAdded reports them and dropped
/// as receivedFaxRemoved does. A fax that arrives while the model follows the server is unread
/// (bold, UnreadRole) until it is marked read; which faxes a reload finds unread is the caller's
/// to say (setUnreadIds()), since only the console remembers what its user opened.
class ReceivedFaxModel final : public ServerTableModel
{
    Q_OBJECT
public:
    explicit ReceivedFaxModel(QObject *parent = nullptr);
    ~ReceivedFaxModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ReceivedFax *faxAt(int row) const;
    /// The row of fax id, or -1.
    int rowOf(qint64 id) const;

    bool isUnread(qint64 id) const { return m_unread.contains(id); }
    /// Marks one fax read or unread (one dataChanged over its row).
    void setUnread(qint64 id, bool unread);
    /// Replaces the unread faxes (ids of faxes the model does not hold are dropped).
    void setUnreadIds(const QSet<qint64> &ids);
    QSet<qint64> unreadIds() const { return m_unread; }
    int unreadCount() const { return int(m_unread.size()); }

    /// Names the sender of a fax from a number (its TSID or caller ID); empty when unknown.
    using SenderNameLookup = std::function<QString(const QString &number)>;
    /// Shows senders by name where lookup knows them (the console looks in the address book):
    /// "Name (TSID)" in the sender column.
    void setSenderNameLookup(SenderNameLookup lookup);
    /// Asks the lookup again for every row (after the address book changed).
    void refreshSenderNames();
    /// The name the lookup gives for the fax's TSID or else its caller ID; empty when none.
    QString senderName(const ReceivedFax &fax) const;

Q_SIGNALS:
    /// After every change of the unread faxes.
    void unreadChanged(int unreadCount);
    /// The senders' names may have changed (a new lookup, or the address book changed).
    void senderNamesChanged();

private:
    void connectServer(FaxServer *server) override;
    void reload() override;
    void addFax(const ReceivedFax &fax);
    void removeFax(qint64 id);
    void emitRowChanged(int row, const QList<int> &roles);

    QList<ReceivedFax> m_faxes;
    QSet<qint64> m_unread;
    SenderNameLookup m_senderLookup;
    mutable QHash<qint64, QString> m_senderNames; ///< looked up, by fax id
};

} // namespace Fax
