// SPDX-License-Identifier: GPL-3.0-or-later
#include "senderpage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>

namespace Fax {

namespace {

const QString kSenderKey = QStringLiteral("sendWizard/sender");

} // namespace

SenderPage::SenderPage(QSettings *settings, QWidget *parent)
    : QWizardPage(parent), m_settings(settings)
{
    setTitle(tr("Sender Information"));
    setSubTitle(tr("Who sends the fax, as the cover page and the recipient's records show it. "
                   "It is remembered for your next fax."));
    struct Spec
    {
        QString Party::*member;
        const char *name;
        QString label;
        bool left;
    };
    const QList<Spec> specs = {
        {&Party::name, "senderName", tr("&Name:"), true},
        {&Party::faxNumber, "senderFaxNumber", tr("&Fax number:"), true},
        {&Party::email, "senderEmail", tr("&E-mail:"), true},
        {&Party::company, "senderCompany", tr("&Company:"), true},
        {&Party::title, "senderTitle", tr("&Title:"), true},
        {&Party::department, "senderDepartment", tr("&Department:"), true},
        {&Party::officeLocation, "senderOfficeLocation", tr("&Office location:"), true},
        {&Party::billingCode, "senderBillingCode", tr("&Billing code:"), true},
        {&Party::streetAddress, "senderStreet", tr("&Street:"), false},
        {&Party::city, "senderCity", tr("C&ity:"), false},
        {&Party::state, "senderState", tr("State/&province:"), false},
        {&Party::zip, "senderZip", tr("&ZIP/postal code:"), false},
        {&Party::country, "senderCountry", tr("Co&untry:"), false},
        {&Party::officePhone, "senderOfficePhone", tr("Office &phone:"), false},
        {&Party::homePhone, "senderHomePhone", tr("&Home phone:"), false},
    };
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (const Spec &s : specs) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(s.name));
        (s.left ? left : right)->addRow(s.label, edit);
        m_fields << Field{s.member, edit};
    }
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right, 1);
    // Tab walks down the left column, then the right one.
    for (int i = 1; i < m_fields.size(); ++i)
        setTabOrder(m_fields.at(i - 1).edit, m_fields.at(i).edit);

    if (m_settings)
        setSender(partyFromJson(m_settings->value(kSenderKey).toByteArray()));
}

Party SenderPage::sender() const
{
    Party party;
    for (const Field &f : m_fields)
        party.*f.member = f.edit->text().trimmed();
    return party;
}

void SenderPage::setSender(const Party &sender)
{
    for (const Field &f : m_fields)
        f.edit->setText(sender.*f.member);
}

void SenderPage::remember() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kSenderKey, partyToJson(sender()));
    m_settings->sync();
}

QLineEdit *SenderPage::field(const QString &objectName) const
{
    for (const Field &f : m_fields)
        if (f.edit->objectName() == objectName)
            return f.edit;
    return nullptr;
}

} // namespace Fax
