// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/party.h"

#include <QList>
#include <QWizardPage>

class QLineEdit;
class QSettings;

namespace Fax {

/// The Send Fax Wizard's Sender information page: every sender field of a Party, remembered
/// for the user between faxes.
class SenderPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderPage)
public:
    /// settings: where the sender is remembered (nullptr: nowhere).
    explicit SenderPage(QSettings *settings, QWidget *parent = nullptr);

    Party sender() const;
    void setSender(const Party &sender);
    /// Stores the fields as the user's sender for the next fax.
    void remember() const;
    /// The line edit of a field by its object name ("senderName", "senderFaxNumber", ...).
    QLineEdit *field(const QString &objectName) const;

private:
    struct Field
    {
        QString Party::*member;
        QLineEdit *edit;
    };

    QSettings *m_settings;
    QList<Field> m_fields;
};

} // namespace Fax
