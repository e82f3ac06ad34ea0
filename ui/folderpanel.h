// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Fax {

/// The places of the console, as the folder tree shows them.
enum class ConsoleFolder { Incoming, Inbox, Outbox, SentItems, Ports, Activity };

/// The folder tree on the left: Fax (Incoming, Inbox, Outbox, Sent Items), Ports and the
/// activity log.
class FolderPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FolderPanel(QWidget *parent = nullptr);

    ConsoleFolder currentFolder() const { return m_current; }
    void setCurrentFolder(ConsoleFolder folder);
    /// Shows a count after the folder's name ("Outbox (3)"); 0 shows the name alone. emphasize:
    /// in bold (unread faxes).
    void setCount(ConsoleFolder folder, int count, bool emphasize = false);
    static QString folderName(ConsoleFolder folder);
    /// Every folder, in the tree's order.
    static QList<ConsoleFolder> folders();
    /// The stable key of a folder ("sent-items"), for settings and action ids.
    static QString folderKey(ConsoleFolder folder);
    static QString folderIcon(ConsoleFolder folder);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void currentFolderChanged(Fax::ConsoleFolder folder);

private:
    QTreeWidgetItem *itemFor(ConsoleFolder folder) const;

    QTreeWidget *m_tree;
    ConsoleFolder m_current = ConsoleFolder::Outbox;
};

} // namespace Fax
