// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbookdialog.h"

#include "addressbook/addressbook.h"
#include "addressbook/contactimport.h"
#include "contactdialog.h"
#include "contactfiltermodel.h"
#include "contactlistmodel.h"
#include "csvimportdialog.h"
#include "dialogrunner.h"
#include "groupsdialog.h"
#include "messagesink.h"
#include "modelroles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Fax {

AddressBookDialog::AddressBookDialog(AddressBook *book, DialogRunner *dialogs,
                                     MessageSink *messages, Mode mode, QWidget *parent)
    : QDialog(parent), m_book(book), m_dialogs(dialogs ? dialogs : DialogRunner::standard()),
      m_messages(messages ? messages : DialogMessageSink::instance()), m_mode(mode),
      m_model(new ContactListModel(this)), m_filter(new ContactFilterModel(this)),
      m_search(new QLineEdit(this)), m_group(new QComboBox(this)), m_view(new QTableView(this))
{
    setWindowTitle(mode == Mode::Pick ? tr("Choose Recipients") : tr("Address Book"));
    m_model->setAddressBook(book);
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, company, fax number or e-mail"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ContactFilterModel::setSearchText);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setGroup(m_group->currentData().toString());
        updateButtons();
    });
    connect(book, &AddressBook::groupsChanged, this, &AddressBookDialog::reloadGroups);
    reloadGroups();
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);

    m_view->setObjectName(QStringLiteral("contacts"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ContactColumn::Name), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnWidth(int(ContactColumn::Name), 190);
    m_view->setColumnWidth(int(ContactColumn::FaxNumber), 150);
    m_view->setColumnWidth(int(ContactColumn::Company), 190);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddressBookDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AddressBookDialog::updateButtons);
    // Down from the search field goes into the list, so the keyboard alone picks a contact.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this]() {
        m_view->setFocus();
        if (m_filter->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
    });

    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(QStringLiteral("new"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    auto *groups = new QPushButton(tr("G&roups…"), this);
    groups->setObjectName(QStringLiteral("groups"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("import"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    connect(add, &QPushButton::clicked, this, &AddressBookDialog::newContact);
    connect(m_edit, &QPushButton::clicked, this, &AddressBookDialog::editContact);
    connect(m_delete, &QPushButton::clicked, this, &AddressBookDialog::deleteContacts);
    connect(groups, &QPushButton::clicked, this, &AddressBookDialog::editGroups);
    connect(import, &QPushButton::clicked, this, &AddressBookDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &AddressBookDialog::exportFile);
    for (QPushButton *b : {add, m_edit, m_delete, groups, import, exportButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
        if (b == m_delete || b == groups)
            buttons->addSpacing(12);
    }
    buttons->addStretch();
    auto *delKey = new QShortcut(QKeySequence::Delete, m_view);
    delKey->setContext(Qt::WidgetShortcut);
    connect(delKey, &QShortcut::activated, this, &AddressBookDialog::deleteContacts);

    auto *box = new QDialogButtonBox(this);
    if (mode == Mode::Pick) {
        box->addButton(QDialogButtonBox::Cancel);
        m_pick = box->addButton(tr("&Add Recipients"), QDialogButtonBox::AcceptRole);
        m_pick->setObjectName(QStringLiteral("pick"));
        m_pick->setDefault(true);
        connect(m_view, &QAbstractItemView::activated, this, &QDialog::accept);
    } else {
        box->addButton(QDialogButtonBox::Close);
        connect(m_view, &QAbstractItemView::activated, this, &AddressBookDialog::editContact);
    }
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(middle, 1);
    layout->addWidget(box);
    resize(820, 480);
    m_search->setFocus();
    updateButtons();
}

AddressBookDialog::~AddressBookDialog() = default;

QList<Party> AddressBookDialog::pickRecipients(AddressBook *book, QWidget *parent,
                                               DialogRunner *dialogs, MessageSink *messages)
{
    DialogRunner *runner = dialogs ? dialogs : DialogRunner::standard();
    AddressBookDialog dialog(book, runner, messages, Mode::Pick, parent);
    if (runner->exec(&dialog) != QDialog::Accepted)
        return {};
    return dialog.chosenRecipients();
}

QList<Party> AddressBookDialog::chosenRecipients() const
{
    QList<Party> parties;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        // A group and no contact: the whole group as shown.
        if (m_group->currentData().toString().isEmpty())
            return parties;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            parties.append(m_filter->index(row, 0).data(ContactRole).value<Contact>().party);
        return parties;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (ids.contains(index.data(ContactIdRole).toLongLong()))
            parties.append(index.data(ContactRole).value<Contact>().party);
    }
    return parties;
}

QList<qint64> AddressBookDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(ContactIdRole).toLongLong());
    return ids;
}

void AddressBookDialog::reloadGroups()
{
    const QString current = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All contacts"), QString());
    for (const ContactGroup &g : m_book->groups())
        m_group->addItem(g.name, g.name);
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setGroup(m_group->currentData().toString());
}

void AddressBookDialog::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0);
    if (m_pick)
        m_pick->setEnabled(selected > 0 || (!m_group->currentData().toString().isEmpty() &&
                                            m_filter->rowCount() > 0));
}

void AddressBookDialog::newContact()
{
    Contact fresh;
    // A new contact made while a group is shown goes into that group.
    if (const QString group = m_group->currentData().toString(); !group.isEmpty())
        fresh.groups = {group};
    QStringList groupNames;
    for (const ContactGroup &g : m_book->groups())
        groupNames.append(g.name);
    ContactDialog dialog(fresh, groupNames, this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    const Expected<qint64> id = m_book->addContact(dialog.contact());
    if (!id) {
        m_messages->showError(this, tr("New Contact"), id.error().message);
        return;
    }
    m_search->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(ContactIdRole).toLongLong() == *id)
            m_view->selectRow(row);
    }
}

void AddressBookDialog::editContact()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const std::optional<Contact> contact = m_book->contact(ids.first());
    if (!contact)
        return;
    QStringList groupNames;
    for (const ContactGroup &g : m_book->groups())
        groupNames.append(g.name);
    ContactDialog dialog(*contact, groupNames, this);
    if (m_dialogs->exec(&dialog) != QDialog::Accepted)
        return;
    if (const Result r = m_book->updateContact(dialog.contact()); !r)
        m_messages->showError(this, tr("Edit Contact"), r.error().message);
}

void AddressBookDialog::deleteContacts()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1)
        question = tr("Delete %1 from the address book?")
                       .arg(contactDisplayName(m_book->contact(ids.first())->party));
    else
        question = tr("Delete the %1 selected contacts from the address book?").arg(ids.size());
    if (!m_messages->confirm(this, tr("Delete Contacts"), question))
        return;
    if (const Result r = m_book->removeContacts(ids); !r)
        m_messages->showError(this, tr("Delete Contacts"), r.error().message);
}

void AddressBookDialog::editGroups()
{
    GroupsDialog dialog(m_book, m_dialogs, m_messages, this);
    m_dialogs->exec(&dialog);
}

void AddressBookDialog::importFile()
{
    const QString title = tr("Import Contacts");
    const QString path = m_dialogs->openFileName(
        this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    const Expected<ContactFile> file = readContactFile(path);
    if (!file) {
        m_messages->showError(this, title, file.error().message);
        return;
    }
    QList<Contact> contacts;
    if (file->format == ContactFile::Format::Csv) {
        CsvImportDialog mapping(*file, this);
        if (m_dialogs->exec(&mapping) != QDialog::Accepted)
            return;
        contacts = mapping.contacts();
    } else {
        contacts = file->contacts();
        if (!m_messages->confirm(this, title,
                                 tr("Import %1 into the address book? Contacts found: %2.")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(contacts.size())))
            return;
    }
    if (const Expected<QList<qint64>> ids = m_book->addContacts(contacts); !ids)
        m_messages->showError(this, title,
                              tr("Nothing was imported from %1: %2")
                                  .arg(QFileInfo(path).fileName(), ids.error().message));
}

void AddressBookDialog::exportFile()
{
    const QString title = tr("Export Contacts");
    QString path = m_dialogs->saveFileName(
        this, title, tr("Contacts.vcf"),
        tr("vCard (*.vcf);;CSV, for spreadsheets and other programs (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ContactFile::Format format =
        suffix == QLatin1String("csv") ? ContactFile::Format::Csv : ContactFile::Format::VCard;
    if (suffix.isEmpty())
        path += QStringLiteral(".vcf");
    // What the list shows: every contact, or the group chosen and the search typed.
    QList<Contact> contacts;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        contacts.append(m_filter->index(row, 0).data(ContactRole).value<Contact>());
    if (const Result r = writeContactFile(path, format, contacts); !r)
        m_messages->showError(this, title, r.error().message);
}

} // namespace Fax
