// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendfaxwizard.h"

#include "coverpagepage.h"
#include "documentspage.h"
#include "messagesink.h"
#include "optionspage.h"
#include "previewpage.h"
#include "recipientspage.h"
#include "senderpage.h"

#include "cover/coverlibrary.h"
#include "imaging/branding.h"
#include "server/faxoperation.h"
#include "server/faxserver.h"

#include <QCloseEvent>
#include <QPushButton>
#include <QSettings>

namespace Fax {

namespace {

/// Where the server's cover pages are: the local engine's data folder holds the personal ones.
CoverLibrary coverLibrary(const FaxServer *server)
{
    if (server && server->connectionSettings().kind == ServerKind::Local)
        return CoverLibrary(server->displayLocation());
    return CoverLibrary();
}

} // namespace

SendFaxWizard::SendFaxWizard(FaxServer *server, MessageSink *messages, DialogRunner *dialogs,
                             QSettings *settings, QWidget *parent)
    : QWizard(parent), m_server(server),
      m_messages(messages ? messages : DialogMessageSink::instance())
{
    setWindowTitle(tr("Send Fax"));
    setObjectName(QStringLiteral("sendFaxWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setWizardStyle(QWizard::ClassicStyle);
    const ServerSettings serverSettings = server ? server->settings() : ServerSettings();
    // Without settings given: the application's, owned by the wizard.
    QSettings *remembered = settings ? settings : new QSettings(this);

    m_recipients = new RecipientsPage(
        [this] { return m_server ? m_server->settings().dialing : DialingRules(); });
    m_documents = new DocumentsPage(dialogs);
    m_cover = new CoverPagePage(coverLibrary(server), serverSettings.serverCoverpage);
    m_sender = new SenderPage(remembered);
    m_options = new OptionsPage(serverSettings.discountRateStart, serverSettings.discountRateEnd);
    m_preview = new PreviewPage(
        [this](int recipient) {
            SendDocument d;
            const FaxDocument fax = document();
            if (recipient < 0 || recipient >= fax.recipients.size())
                return d;
            d.files = fax.files;
            d.resolution = fax.resolution;
            d.coverPage = fax.coverPage;
            d.recipient = fax.recipients.at(recipient);
            d.sender = fax.sender;
            d.subject = fax.subject;
            d.note = fax.note;
            if (m_server && m_server->settings().branding)
                d.brandingFormat = Branding::defaultFormat();
            d.stationId = !fax.tsid.isEmpty() ? fax.tsid : fax.sender.faxNumber;
            return d;
        },
        [this] { return m_documents->pageCount(); });
    setPage(Recipients, m_recipients);
    setPage(Documents, m_documents);
    setPage(Cover, m_cover);
    setPage(Sender, m_sender);
    setPage(Options, m_options);
    setPage(Preview, m_preview);
    setStartId(Recipients);
    resize(760, 560);
}

SendFaxWizard::~SendFaxWizard() = default;

void SendFaxWizard::setDocument(const FaxDocument &document)
{
    m_given = document;
    m_recipients->setRecipients(document.recipients);
    m_documents->setFiles(document.files);
    m_cover->setCoverPage(document.coverPage);
    m_cover->setSubject(document.subject);
    m_cover->setNote(document.note);
    if (document.sender != Party())
        m_sender->setSender(document.sender);
    m_options->setResolution(document.resolution);
    m_options->setSchedule(document.discountSend ? ScheduleType::DiscountPeriod : document.schedule,
                           document.scheduleTime);
    m_options->setPriority(document.priority);
    m_options->setNotify(document.notifyOnCompletion, document.notifyAddress);
}

FaxDocument SendFaxWizard::document() const
{
    FaxDocument d;
    d.files = m_documents->files();
    d.coverPage = m_cover->coverPage();
    d.resolution = m_options->resolution();
    d.subject = m_cover->subject();
    d.note = m_cover->note();
    d.recipients = m_recipients->recipients();
    d.sender = m_sender->sender();
    d.tsid = m_given.tsid;
    d.schedule = m_options->schedule();
    d.scheduleTime = m_options->scheduleTime();
    d.discountSend = d.schedule == ScheduleType::DiscountPeriod;
    d.priority = m_options->priority();
    d.notifyOnCompletion = m_options->notify();
    d.notifyAddress = m_options->notifyAddress();
    return d;
}

void SendFaxWizard::setAddressBookPicker(AddressBookPicker picker)
{
    m_recipients->setAddressBookPicker(std::move(picker));
}

void SendFaxWizard::accept()
{
    if (m_submit)
        return;
    if (!m_server || m_server->state() != ConnectionState::Connected) {
        submitFailed(tr("The console is not connected to a fax server."));
        return;
    }
    m_preview->stop();
    const FaxDocument fax = document();
    m_submit = m_server->submit(fax);
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    // The submission is over when either signal comes (m_submit cleared: closing no longer asks).
    connect(m_submit, &FaxOperation::failed, this, [this](const Error &error) {
        m_submit = nullptr;
        if (error.kind != Error::Kind::Canceled || m_background) {
            submitFailed(error.message);
        } else {
            button(QWizard::FinishButton)->setEnabled(true);
            button(QWizard::BackButton)->setEnabled(true);
        }
    });
    SubmitOperation *op = m_submit;
    connect(op, &FaxOperation::succeeded, this, [this, op] {
        m_submit = nullptr;
        m_background = false;
        m_sender->remember();
        Q_EMIT submitted(op->jobIds(), op->groupId());
        QWizard::accept();
    });
}

void SendFaxWizard::reject()
{
    if (!m_submit) {
        QWizard::reject();
        return;
    }
    if (m_background)
        return;
    const int recipients = int(m_recipients->recipients().size());
    QPointer<SendFaxWizard> self(this);
    const bool close = m_messages->confirm(
        this, tr("The fax is being queued"),
        tr("The fax to %n recipient(s) is being handed to the server. Close the wizard anyway?\n\n"
           "The fax is still queued completely, for every recipient: the activity log says when "
           "it is, and the wizard comes back if the server refuses it.",
           nullptr, recipients));
    // The submission may have ended while the question was open.
    if (!self || !close)
        return;
    if (!m_submit) {
        if (isVisible() && result() != QDialog::Accepted)
            QWizard::reject();
        return;
    }
    m_background = true;
    hide();
}

void SendFaxWizard::closeEvent(QCloseEvent *event)
{
    if (m_submit) {
        // Not closed (which would delete the wizard and drop the submission's report): reject()
        // asks, and hides the wizard when the user lets the submission finish without it.
        event->ignore();
        reject();
        return;
    }
    QWizard::closeEvent(event);
}

void SendFaxWizard::submitFailed(const QString &message)
{
    if (std::exchange(m_background, false)) {
        // Closed while it was submitted: back with everything the user entered.
        show();
        raise();
        activateWindow();
    }
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    m_messages->showError(this, tr("Cannot send the fax"),
                          tr("The fax was not queued: %1").arg(message));
}

} // namespace Fax
