// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/party.h"
#include "core/serversettings.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Fax {

/// The Send Fax Wizard's Recipients page: recipients typed (name and number, the number checked
/// through the server's dialing rules) or picked from the address book, kept in a list.
class RecipientsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientsPage)
public:
    /// rules: how the server dials, to check numbers.
    explicit RecipientsPage(std::function<DialingRules()> rules, QWidget *parent = nullptr);

    QList<Party> recipients() const { return m_parties; }
    void setRecipients(const QList<Party> &parties);
    void setAddressBookPicker(std::function<QList<Party>(QWidget *)> picker);

    /// Adds what the name and number fields hold; false (with the reason shown) when the number
    /// cannot be dialled.
    bool addTyped();
    /// Why number cannot be dialled; empty when it can.
    QString numberProblem(const QString &number) const;
    /// The message shown on the page (empty: none).
    QString problemText() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *numberField() const { return m_number; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *addressBookButton() const { return m_addressBook; }

    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pickFromAddressBook();
    void changeSelected();
    void removeSelected();
    void selectionChanged();
    void addParty(const Party &party);
    void showProblem(const QString &text);
    void updateButtons();

    std::function<DialingRules()> m_rules;
    std::function<QList<Party>(QWidget *)> m_picker;
    QList<Party> m_parties;
    QLineEdit *m_name;
    QLineEdit *m_number;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_addressBook;
    QTreeWidget *m_list;
    QLabel *m_problem;
};

} // namespace Fax
