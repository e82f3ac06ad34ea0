// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendfaxlauncher.h"

#include "actionids.h"
#include "actionregistry.h"
#include "consolesession.h"
#include "messagesink.h"

#include <QAction>
#include <QWidget>

namespace Fax {

SendFaxLauncher::SendFaxLauncher(ConsoleSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    ActionRegistry *actions = session->actions();
    if (!actions->contains(ActionId::NewFax)) {
        QAction *newFax =
            actions->add(ActionId::NewFax, tr("&New Fax…"), QStringLiteral("fax-send"),
                         QKeySequence::New, tr("Send a fax with the Send Fax Wizard"));
        connect(newFax, &QAction::triggered, this, [this] { open(FaxDocument(), m_window); });
    }
    session->setSendFlow(
        [this](const FaxDocument &document, QWidget *parent) { open(document, parent); });
    connect(session, &ConsoleSession::connectionChanged, this, [this] {
        if (!m_session || !m_session->isConnected())
            return;
        for (const FaxDocument &document : std::exchange(m_pending, {}))
            open(document, m_window);
    });
}

void SendFaxLauncher::openWhenConnected(const FaxDocument &document)
{
    if (m_session && m_session->isConnected())
        open(document, m_window);
    else
        m_pending << document;
}

SendFaxLauncher::~SendFaxLauncher()
{
    if (m_session)
        m_session->setSendFlow({});
}

void SendFaxLauncher::setAddressBookPicker(SendFaxWizard::AddressBookPicker picker)
{
    m_picker = std::move(picker);
}

SendFaxWizard *SendFaxLauncher::open(const FaxDocument &document, QWidget *parent)
{
    QWidget *over = parent ? parent : m_window;
    if (!m_session || !m_session->isConnected()) {
        if (!m_session)
            return nullptr;
        m_session->messages()->showError(over, tr("Cannot send a fax"),
                                         tr("The console is not connected to a fax server."));
        return nullptr;
    }
    auto *wizard = new SendFaxWizard(m_session->server(), m_session->messages(),
                                     m_session->dialogs(), m_session->settings(), m_window);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_picker)
        wizard->setAddressBookPicker(m_picker);
    wizard->setDocument(document);
    connect(wizard, &SendFaxWizard::submitted, this, [this](const QList<JobId> &jobs, JobId group) {
        m_session->activityModel()->add(
            ActivityKind::Info, tr("Fax queued as group %1: %2 job(s)").arg(group).arg(jobs.size()),
            jobs.isEmpty() ? ActivityTarget() : ActivityTarget::job(jobs.first()));
    });
    m_wizard = wizard;
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    Q_EMIT opened(wizard);
    return wizard;
}

} // namespace Fax
