// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sendfaxwizard.h"

#include <QObject>
#include <QPointer>

namespace Fax {

class ConsoleSession;

/// Puts the Send Fax Wizard into a console session: the New Fax action (Ctrl+N) and the
/// session's send flow (Resend, faxconsole --send, print-to-fax open the wizard filled in).
class SendFaxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendFaxLauncher)
public:
    /// window: what the wizards open over (and are owned by).
    SendFaxLauncher(ConsoleSession *session, QWidget *window);
    ~SendFaxLauncher() override;

    /// Opens a wizard on document (not modal); nullptr when there is no server to send with
    /// (the reason is shown).
    SendFaxWizard *open(const FaxDocument &document, QWidget *parent = nullptr);
    /// Opens a wizard on document as soon as the session is connected (at once when it is):
    /// `faxconsole --send` at start-up, before the engine is there. While the console cannot
    /// connect the user is told which server and why, the documents are kept, and the user may
    /// try again at once; any later connection opens the wizard with them.
    void openWhenConnected(const FaxDocument &document);
    /// The documents waiting for the connection.
    QList<FaxDocument> pending() const { return m_pending; }
    /// The address book the wizards' Recipients page picks from.
    void setAddressBookPicker(SendFaxWizard::AddressBookPicker picker);
    /// The wizard opened last while it is open.
    SendFaxWizard *wizard() const { return m_wizard; }

Q_SIGNALS:
    void opened(Fax::SendFaxWizard *wizard);

private:
    /// Tells the user why the waiting documents cannot be sent yet; true when told.
    bool tellWaiting(const QString &why);

    QPointer<ConsoleSession> m_session; ///< may go before the launcher (a window's own)
    QWidget *m_window;
    SendFaxWizard::AddressBookPicker m_picker;
    QPointer<SendFaxWizard> m_wizard;
    QList<FaxDocument> m_pending; ///< waiting for the connection
};

} // namespace Fax
