// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderpanel.h"

#include <QHeaderView>
#include <QIcon>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fax {

namespace {
constexpr int kFolderRole = Qt::UserRole + 1;
} // namespace

QString FolderPanel::folderIcon(ConsoleFolder folder)
{
    switch (folder) {
    case ConsoleFolder::Incoming:
        return QStringLiteral(":/icons/folder-incoming.svg");
    case ConsoleFolder::Inbox:
        return QStringLiteral(":/icons/folder-inbox.svg");
    case ConsoleFolder::Outbox:
        return QStringLiteral(":/icons/folder-outbox.svg");
    case ConsoleFolder::SentItems:
        return QStringLiteral(":/icons/folder-sent.svg");
    case ConsoleFolder::Ports:
        return QStringLiteral(":/icons/port.svg");
    case ConsoleFolder::Activity:
        return QStringLiteral(":/icons/folder-activity.svg");
    }
    return {};
}

QList<ConsoleFolder> FolderPanel::folders()
{
    return {ConsoleFolder::Incoming,  ConsoleFolder::Inbox, ConsoleFolder::Outbox,
            ConsoleFolder::SentItems, ConsoleFolder::Ports, ConsoleFolder::Activity};
}

QString FolderPanel::folderKey(ConsoleFolder folder)
{
    switch (folder) {
    case ConsoleFolder::Incoming:
        return QStringLiteral("incoming");
    case ConsoleFolder::Inbox:
        return QStringLiteral("inbox");
    case ConsoleFolder::Outbox:
        return QStringLiteral("outbox");
    case ConsoleFolder::SentItems:
        return QStringLiteral("sent-items");
    case ConsoleFolder::Ports:
        return QStringLiteral("ports");
    case ConsoleFolder::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

FolderPanel::FolderPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setAccessibleName(tr("Folders"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);

    auto *fax = new QTreeWidgetItem(m_tree, {tr("Fax")});
    fax->setIcon(0, QIcon(QStringLiteral(":/icons/faxconsole.svg")));
    fax->setFlags(Qt::ItemIsEnabled);
    for (ConsoleFolder f : {ConsoleFolder::Incoming, ConsoleFolder::Inbox, ConsoleFolder::Outbox,
                            ConsoleFolder::SentItems}) {
        auto *item = new QTreeWidgetItem(fax, {folderName(f)});
        item->setIcon(0, QIcon(folderIcon(f)));
        item->setData(0, kFolderRole, int(f));
    }
    for (ConsoleFolder f : {ConsoleFolder::Ports, ConsoleFolder::Activity}) {
        auto *item = new QTreeWidgetItem(m_tree, {folderName(f)});
        item->setIcon(0, QIcon(folderIcon(f)));
        item->setData(0, kFolderRole, int(f));
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(itemFor(m_current));

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, kFolderRole).isValid())
            return;
        const auto folder = ConsoleFolder(item->data(0, kFolderRole).toInt());
        if (folder == m_current)
            return;
        m_current = folder;
        Q_EMIT currentFolderChanged(folder);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

QString FolderPanel::folderName(ConsoleFolder folder)
{
    switch (folder) {
    case ConsoleFolder::Incoming:
        return tr("Incoming");
    case ConsoleFolder::Inbox:
        return tr("Inbox");
    case ConsoleFolder::Outbox:
        return tr("Outbox");
    case ConsoleFolder::SentItems:
        return tr("Sent Items");
    case ConsoleFolder::Ports:
        return tr("Ports");
    case ConsoleFolder::Activity:
        return tr("Activity Log");
    }
    return {};
}

QTreeWidgetItem *FolderPanel::itemFor(ConsoleFolder folder) const
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        const QVariant v = (*it)->data(0, kFolderRole);
        if (v.isValid() && v.toInt() == int(folder))
            return *it;
    }
    return nullptr;
}

void FolderPanel::setCurrentFolder(ConsoleFolder folder)
{
    m_tree->setCurrentItem(itemFor(folder));
}

void FolderPanel::setCount(ConsoleFolder folder, int count, bool emphasize)
{
    QTreeWidgetItem *item = itemFor(folder);
    if (!item)
        return;
    const QString text =
        count > 0 ? tr("%1 (%2)").arg(folderName(folder)).arg(count) : folderName(folder);
    if (item->text(0) != text)
        item->setText(0, text);
    QFont font = m_tree->font();
    font.setBold(emphasize && count > 0);
    if (item->font(0) != font)
        item->setFont(0, font);
}

} // namespace Fax
