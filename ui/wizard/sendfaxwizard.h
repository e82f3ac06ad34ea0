// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxdocument.h"
#include "core/faxtypes.h"

#include <QList>
#include <QPointer>
#include <QWizard>

#include <functional>

class QSettings;

namespace Fax {

class CoverPagePage;
class DialogRunner;
class DocumentsPage;
class FaxServer;
class MessageSink;
class OptionsPage;
class PreviewPage;
class RecipientsPage;
class SenderPage;
class SubmitOperation;

/// The Send Fax Wizard: recipients, documents, cover page, sender, options and a preview of the
/// pages as they go on the line; Finish queues one job per recipient in one group.
class SendFaxWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendFaxWizard)
public:
    /// Picks parties from an address book (empty: nothing picked).
    using AddressBookPicker = std::function<QList<Party>(QWidget *parent)>;

    enum PageId { Recipients, Documents, Cover, Sender, Options, Preview };

    /// server: where the fax goes (its dialing rules, cover page and branding settings too);
    /// messages, dialogs: the console's seams (nullptr: real ones); settings: where the sender
    /// is remembered (nullptr: the application's settings).
    SendFaxWizard(FaxServer *server, MessageSink *messages = nullptr,
                  DialogRunner *dialogs = nullptr, QSettings *settings = nullptr,
                  QWidget *parent = nullptr);
    ~SendFaxWizard() override;

    /// Fills the pages in from document (Resend, --send, print-to-fax); the sender stays the
    /// remembered one when document has none.
    void setDocument(const FaxDocument &document);
    /// The fax as the pages describe it now.
    FaxDocument document() const;
    /// Shows the Recipients page's "Address Book..." button, which calls picker.
    void setAddressBookPicker(AddressBookPicker picker);

    RecipientsPage *recipientsPage() const { return m_recipients; }
    DocumentsPage *documentsPage() const { return m_documents; }
    CoverPagePage *coverPage() const { return m_cover; }
    SenderPage *senderPage() const { return m_sender; }
    OptionsPage *optionsPage() const { return m_options; }
    PreviewPage *previewPage() const { return m_preview; }
    /// True while Finish waits for the server to take the fax.
    bool isSubmitting() const { return bool(m_submit); }

    /// Submits the fax; the wizard closes once the server has queued it, and stays open with
    /// the reason when it refuses.
    void accept() override;
    /// Closing (Esc, Cancel, the window's close button) while the fax is being submitted asks
    /// first. The submission is never broken off (no half-submitted group): the user waits for
    /// it, or lets it finish in the background: the wizard goes out of sight, closes once the
    /// fax is queued (submitted() reports it), and comes back with the reason if it was refused.
    void reject() override;
    /// True while a submission finishes with the wizard out of sight.
    bool isSubmittingInBackground() const { return m_background; }

Q_SIGNALS:
    /// The server queued the fax as these jobs of one group.
    void submitted(const QList<Fax::JobId> &jobs, Fax::JobId group);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void submitFailed(const QString &message);

    FaxServer *m_server;
    MessageSink *m_messages;
    RecipientsPage *m_recipients;
    DocumentsPage *m_documents;
    CoverPagePage *m_cover;
    SenderPage *m_sender;
    OptionsPage *m_options;
    PreviewPage *m_preview;
    QPointer<SubmitOperation> m_submit;
    FaxDocument m_given; ///< what setDocument() gave: the fields no page shows (TSID)
    bool m_background = false;
};

} // namespace Fax
