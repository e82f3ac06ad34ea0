// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsdialog.h"

#include "addressbook/addressbook.h"
#include "dialogrunner.h"
#include "messagesink.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fax {

GroupsDialog::GroupsDialog(AddressBook *book, DialogRunner *dialogs, MessageSink *messages,
                           QWidget *parent)
    : QDialog(parent), m_book(book), m_dialogs(dialogs), m_messages(messages),
      m_list(new QListWidget(this)), m_rename(new QPushButton(tr("&Rename…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_members(new QPushButton(tr("&Members…"), this))
{
    setWindowTitle(tr("Groups"));
    auto *add = new QPushButton(tr("&New…"), this);
    connect(add, &QPushButton::clicked, this, &GroupsDialog::newGroup);
    connect(m_rename, &QPushButton::clicked, this, &GroupsDialog::renameGroup);
    connect(m_delete, &QPushButton::clicked, this, &GroupsDialog::deleteGroup);
    connect(m_members, &QPushButton::clicked, this, &GroupsDialog::editMembers);
    connect(m_list, &QListWidget::itemActivated, this, &GroupsDialog::editMembers);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton *b : {m_rename, m_delete, m_members})
            b->setEnabled(row >= 0);
    });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_rename, m_delete, m_members})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A group sends one fax to each of its members."), this));
    layout->addLayout(row);
    layout->addWidget(close);
    resize(420, 300);
    reload();
}

GroupsDialog::~GroupsDialog() = default;

void GroupsDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    for (const ContactGroup &g : m_book->groups()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(g.name).arg(g.members), m_list);
        item->setData(Qt::UserRole, g.id);
        item->setData(Qt::UserRole + 1, g.name);
        if (g.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    for (QPushButton *b : {m_rename, m_delete, m_members})
        b->setEnabled(m_list->currentItem() != nullptr);
}

qint64 GroupsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString GroupsDialog::askName(const QString &title, const QString &current)
{
    QInputDialog input(this);
    input.setWindowTitle(title);
    input.setLabelText(tr("Group name:"));
    input.setTextValue(current);
    if (m_dialogs->exec(&input) != QDialog::Accepted)
        return {};
    return input.textValue().trimmed();
}

void GroupsDialog::newGroup()
{
    const QString name = askName(tr("New Group"), QString());
    if (name.isEmpty())
        return;
    const Expected<qint64> id = m_book->addGroup(name);
    if (!id) {
        m_messages->showError(this, tr("New Group"), id.error().message);
        return;
    }
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == *id)
            m_list->setCurrentRow(i);
    }
}

void GroupsDialog::renameGroup()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = askName(tr("Rename Group"), item->data(Qt::UserRole + 1).toString());
    if (name.isEmpty())
        return;
    if (const Result r = m_book->renameGroup(currentId(), name); !r)
        m_messages->showError(this, tr("Rename Group"), r.error().message);
    reload();
}

void GroupsDialog::deleteGroup()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole + 1).toString();
    if (!m_messages->confirm(
            this, tr("Delete Group"),
            tr("Delete the group %1? Its contacts stay in the address book.").arg(name)))
        return;
    if (const Result r = m_book->removeGroup(currentId()); !r)
        m_messages->showError(this, tr("Delete Group"), r.error().message);
    reload();
}

void GroupsDialog::editMembers()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = currentId();
    const QString name = item->data(Qt::UserRole + 1).toString();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Members of %1").arg(name));
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Search"));
    filter->setClearButtonEnabled(true);
    auto *contacts = new QListWidget(&dialog);
    contacts->setObjectName(QStringLiteral("members"));
    const QList<qint64> members = m_book->groupMembers(id);
    for (const Contact &c : m_book->contacts()) {
        QString text = contactDisplayName(c.party);
        if (!c.party.faxNumber.isEmpty() && text != c.party.faxNumber)
            text += QStringLiteral(" — ") + c.party.faxNumber;
        auto *entry = new QListWidgetItem(text, contacts);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        entry->setCheckState(members.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        entry->setData(Qt::UserRole, c.id);
        entry->setData(Qt::UserRole + 1, contactSearchText(c.party));
    }
    connect(filter, &QLineEdit::textChanged, contacts, [contacts](const QString &text) {
        for (int i = 0; i < contacts->count(); ++i) {
            QListWidgetItem *entry = contacts->item(i);
            entry->setHidden(!contactSearchMatches(entry->data(Qt::UserRole + 1).toString(), text));
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Tick the contacts that belong to %1:").arg(name), &dialog));
    layout->addWidget(filter);
    layout->addWidget(contacts);
    layout->addWidget(buttons);
    dialog.resize(380, 420);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    QList<qint64> chosen;
    for (int i = 0; i < contacts->count(); ++i) {
        if (contacts->item(i)->checkState() == Qt::Checked)
            chosen.append(contacts->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (const Result r = m_book->setGroupMembers(id, chosen); !r)
        m_messages->showError(this, dialog.windowTitle(), r.error().message);
    reload();
}

} // namespace Fax
