#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Fax {

/// The places of the console, as the folder tree shows them.
enum class ConsoleFolder { Incoming, Inbox, Outbox, SentItems, Ports };

/// The folder tree on the left: Fax (Incoming, Inbox, Outbox, Sent Items) and Ports.
class FolderPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FolderPanel(QWidget *parent = nullptr);

    ConsoleFolder currentFolder() const { return m_current; }
    void setCurrentFolder(ConsoleFolder folder);
    /// Shows a count after the folder's name ("Outbox (3)"); 0 shows the name alone.
    void setCount(ConsoleFolder folder, int count);
    static QString folderName(ConsoleFolder folder);

Q_SIGNALS:
    void currentFolderChanged(Fax::ConsoleFolder folder);

private:
    QTreeWidgetItem *itemFor(ConsoleFolder folder) const;

    QTreeWidget *m_tree;
    ConsoleFolder m_current = ConsoleFolder::Outbox;
};

} // namespace Fax
