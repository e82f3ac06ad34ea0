// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientspage.h"

#include "core/dialingrules.h"
#include "wizardstyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fax {

RecipientsPage::RecipientsPage(std::function<DialingRules()> rules, QWidget *parent)
    : QWizardPage(parent), m_rules(std::move(rules)), m_name(new QLineEdit),
      m_number(new QLineEdit), m_add(new QPushButton(tr("&Add"))),
      m_change(new QPushButton(tr("C&hange"))), m_remove(new QPushButton(tr("&Remove"))),
      m_addressBook(new QPushButton(tr("Address &Book…"))), m_list(new QTreeWidget),
      m_problem(WizardStyle::problemLabel())
{
    setTitle(tr("Recipients"));
    setSubTitle(tr("Who receives the fax: type a name and fax number and add them, or pick "
                   "them from the address book. Each recipient gets a fax of their own."));
    m_name->setObjectName(QStringLiteral("recipientName"));
    m_number->setObjectName(QStringLiteral("recipientNumber"));
    m_number->setPlaceholderText(tr("e.g. +49 30 1234567"));
    m_list->setObjectName(QStringLiteral("recipientList"));
    m_list->setAccessibleName(tr("Recipients"));
    m_list->setHeaderLabels({tr("Name"), tr("Fax number")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addRecipient"));
    m_change->setObjectName(QStringLiteral("changeRecipient"));
    m_remove->setObjectName(QStringLiteral("removeRecipient"));
    m_addressBook->setObjectName(QStringLiteral("addressBook"));
    m_addressBook->setVisible(false);
    m_add->setDefault(false);
    m_add->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Fax number:"), m_number);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_addressBook);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(listRow, 1);

    // Return in the fields adds the recipient, not Next (eventFilter()).
    m_name->installEventFilter(this);
    m_number->installEventFilter(this);
    // Why the number cannot be dialled shows as it is typed: it is why Next is disabled.
    connect(m_number, &QLineEdit::textChanged, this, [this](const QString &text) {
        showProblem(text.trimmed().isEmpty() ? QString() : numberProblem(text.trimmed()));
        updateButtons();
        Q_EMIT completeChanged();
    });
    connect(m_add, &QPushButton::clicked, this, &RecipientsPage::addTyped);
    connect(m_change, &QPushButton::clicked, this, &RecipientsPage::changeSelected);
    connect(m_remove, &QPushButton::clicked, this, &RecipientsPage::removeSelected);
    connect(m_addressBook, &QPushButton::clicked, this, &RecipientsPage::pickFromAddressBook);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecipientsPage::selectionChanged);
    setTabOrder(m_name, m_number);
    setTabOrder(m_number, m_list);
    updateButtons();
}

bool RecipientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_name || watched == m_number) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !m_number->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void RecipientsPage::setRecipients(const QList<Party> &parties)
{
    m_parties.clear();
    m_list->clear();
    for (const Party &p : parties)
        addParty(p);
    Q_EMIT completeChanged();
}

void RecipientsPage::setAddressBookPicker(std::function<QList<Party>(QWidget *)> picker)
{
    m_picker = std::move(picker);
    m_addressBook->setVisible(bool(m_picker));
}

QString RecipientsPage::numberProblem(const QString &number) const
{
    const Expected<QString> dial = dialString(number, m_rules ? m_rules() : DialingRules());
    return dial ? QString() : dial.error().message;
}

QString RecipientsPage::problemText() const
{
    return m_problem->text();
}

bool RecipientsPage::addTyped()
{
    const QString number = m_number->text().trimmed();
    if (number.isEmpty()) {
        showProblem(tr("Type the recipient's fax number first."));
        m_number->setFocus();
        return false;
    }
    if (const QString why = numberProblem(number); !why.isEmpty()) {
        showProblem(why);
        m_number->setFocus();
        return false;
    }
    Party party;
    party.name = m_name->text().trimmed();
    party.faxNumber = number;
    addParty(party);
    m_name->clear();
    m_number->clear();
    m_name->setFocus();
    Q_EMIT completeChanged();
    return true;
}

void RecipientsPage::addParty(const Party &party)
{
    m_parties << party;
    auto *item = new QTreeWidgetItem(m_list, {party.name, party.faxNumber});
    if (!party.company.isEmpty())
        item->setToolTip(0, party.company);
    updateButtons();
}

void RecipientsPage::pickFromAddressBook()
{
    if (!m_picker)
        return;
    QStringList refused;
    for (const Party &p : m_picker(this)) {
        if (const QString why = numberProblem(p.faxNumber); !why.isEmpty()) {
            refused << (p.name.isEmpty() ? why : tr("%1: %2").arg(p.name, why));
            continue;
        }
        addParty(p);
    }
    showProblem(refused.isEmpty() ? QString()
                                  : tr("Not added: %1").arg(refused.join(QStringLiteral("; "))));
    Q_EMIT completeChanged();
}

void RecipientsPage::selectionChanged()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row >= 0 && m_list->currentItem()->isSelected()) {
        m_name->setText(m_parties.at(row).name);
        m_number->setText(m_parties.at(row).faxNumber);
    }
    updateButtons();
}

void RecipientsPage::changeSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const QString number = m_number->text().trimmed();
    if (const QString why = numberProblem(number); !why.isEmpty()) {
        showProblem(why);
        m_number->setFocus();
        return;
    }
    // The other fields (picked from the address book) stay.
    m_parties[row].name = m_name->text().trimmed();
    m_parties[row].faxNumber = number;
    m_list->currentItem()->setText(0, m_parties.at(row).name);
    m_list->currentItem()->setText(1, number);
    Q_EMIT completeChanged();
}

void RecipientsPage::removeSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    m_parties.removeAt(row);
    delete m_list->takeTopLevelItem(row);
    updateButtons();
    Q_EMIT completeChanged();
}

void RecipientsPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RecipientsPage::updateButtons()
{
    const bool selected = m_list->currentItem() && m_list->currentItem()->isSelected();
    m_change->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_add->setEnabled(!m_number->text().trimmed().isEmpty());
}

bool RecipientsPage::isComplete() const
{
    // A number still in the field counts when it can be dialled (Next adds it).
    const QString typed = m_number->text().trimmed();
    if (!typed.isEmpty())
        return numberProblem(typed).isEmpty();
    return !m_parties.isEmpty();
}

bool RecipientsPage::validatePage()
{
    if (m_number->text().trimmed().isEmpty())
        return !m_parties.isEmpty();
    // A selected recipient whose fields are shown is not added twice.
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row >= 0 && m_parties.at(row).faxNumber == m_number->text().trimmed()) {
        changeSelected();
        return true;
    }
    return addTyped();
}

} // namespace Fax
