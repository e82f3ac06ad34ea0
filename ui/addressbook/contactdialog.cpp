// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "core/dialingrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fax {

namespace {

/// The single-line fields, in the order the form shows them.
struct FieldSpec
{
    const char *key;
    QString Party::*member;
};

const FieldSpec kPersonFields[] = {
    {"name", &Party::name},
    {"faxNumber", &Party::faxNumber},
    {"company", &Party::company},
    {"department", &Party::department},
    {"title", &Party::title},
    {"officeLocation", &Party::officeLocation},
    {"officePhone", &Party::officePhone},
    {"homePhone", &Party::homePhone},
    {"email", &Party::email},
    {"billingCode", &Party::billingCode},
};
const FieldSpec kAddressFields[] = {
    {"city", &Party::city},
    {"state", &Party::state},
    {"zip", &Party::zip},
    {"country", &Party::country},
};

QString labelFor(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Name:")},
        {QStringLiteral("faxNumber"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Fax number:")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Company:")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Department:")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "Job &title:")},
        {QStringLiteral("officeLocation"),
         QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Office location:")},
        {QStringLiteral("officePhone"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "Office &phone:")},
        {QStringLiteral("homePhone"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Home phone:")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&E-mail:")},
        {QStringLiteral("billingCode"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Billing code:")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "C&ity:")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&State:")},
        {QStringLiteral("zip"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "&Postal code:")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Fax::ContactDialog", "Co&untry:")},
    };
    return ContactDialog::tr(labels.value(key));
}

} // namespace

ContactDialog::ContactDialog(const Contact &contact, const QStringList &groups, QWidget *parent)
    : QDialog(parent), m_contact(contact), m_street(new QPlainTextEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_groups(new QListWidget(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(contact.id == 0 ? tr("New Contact") : tr("Edit Contact"));
    auto addFields = [&](QFormLayout *form, const auto &specs) {
        for (const FieldSpec &spec : specs) {
            auto *edit = new QLineEdit(contact.party.*spec.member, this);
            edit->setMinimumWidth(220);
            edit->setObjectName(QLatin1String(spec.key));
            form->addRow(labelFor(QLatin1String(spec.key)), edit);
            m_fields.append({QLatin1String(spec.key), edit});
        }
    };
    auto *person = new QGroupBox(tr("Recipient"), this);
    auto *personForm = new QFormLayout(person);
    addFields(personForm, kPersonFields);
    field(QStringLiteral("faxNumber"))->setPlaceholderText(tr("+49 30 1234567"));

    auto *address = new QGroupBox(tr("Address"), this);
    auto *addressForm = new QFormLayout(address);
    m_street->setObjectName(QStringLiteral("streetAddress"));
    m_street->setPlainText(contact.party.streetAddress);
    m_street->setTabChangesFocus(true);
    m_street->setFixedHeight(m_street->fontMetrics().lineSpacing() * 3 + 12);
    addressForm->addRow(tr("St&reet:"), m_street);
    addFields(addressForm, kAddressFields);

    auto *more = new QGroupBox(tr("Notes and Groups"), this);
    auto *moreLayout = new QFormLayout(more);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlainText(contact.notes);
    m_notes->setTabChangesFocus(true);
    moreLayout->addRow(tr("No&tes:"), m_notes);
    m_groups->setObjectName(QStringLiteral("groups"));
    QStringList allGroups = groups;
    for (const QString &g : contact.groups) {
        if (!allGroups.contains(g))
            allGroups.append(g);
    }
    for (const QString &g : std::as_const(allGroups)) {
        auto *item = new QListWidgetItem(g, m_groups);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(contact.groups.contains(g) ? Qt::Checked : Qt::Unchecked);
    }
    m_groups->setFixedHeight(m_groups->fontMetrics().lineSpacing() * 4 + 12);
    moreLayout->addRow(tr("&Groups:"), m_groups);
    if (allGroups.isEmpty())
        m_groups->setToolTip(tr("No groups yet: create them with Groups… in the address book"));

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(person);
    auto *right = new QVBoxLayout;
    right->addWidget(address);
    right->addWidget(more);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Tab goes down the recipient fields, then the address, notes and groups.
    QList<QWidget *> order;
    for (const FieldSpec &spec : kPersonFields)
        order.append(field(QLatin1String(spec.key)));
    order.append(m_street);
    for (const FieldSpec &spec : kAddressFields)
        order.append(field(QLatin1String(spec.key)));
    order << m_notes << m_groups;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // A problem shown goes away as the user corrects it.
    for (const auto &[key, edit] : std::as_const(m_fields))
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    field(QStringLiteral("name"))->setFocus();
}

ContactDialog::~ContactDialog() = default;

QLineEdit *ContactDialog::field(const QString &key) const
{
    for (const auto &[name, edit] : m_fields) {
        if (name == key)
            return edit;
    }
    return nullptr;
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    for (const FieldSpec &spec : kPersonFields)
        c.party.*spec.member = field(QLatin1String(spec.key))->text().trimmed();
    for (const FieldSpec &spec : kAddressFields)
        c.party.*spec.member = field(QLatin1String(spec.key))->text().trimmed();
    c.party.streetAddress = m_street->toPlainText().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    c.groups.clear();
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            c.groups.append(m_groups->item(i)->text());
    }
    return c;
}

void ContactDialog::accept()
{
    const Contact c = contact();
    QString problem;
    if (c.party.name.isEmpty() && c.party.company.isEmpty() && c.party.faxNumber.isEmpty()) {
        problem = tr("Enter a name, a company or a fax number.");
        field(QStringLiteral("name"))->setFocus();
    } else if (!c.party.faxNumber.isEmpty()) {
        const Expected<QString> dial = dialString(c.party.faxNumber, DialingRules());
        if (!dial) {
            problem = dial.error().message;
            field(QStringLiteral("faxNumber"))->setFocus();
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace Fax
