// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendfaxlauncher.h"

#include "actionids.h"
#include "actionregistry.h"
#include "consolesession.h"
#include "messagesink.h"
#include "server/faxserver.h"

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
    connect(session, &ConsoleSession::connectionFailed, this,
            [this](const Error &error, bool *handled) {
                if (tellWaiting(error.message))
                    *handled = true;
            });
}

void SendFaxLauncher::openWhenConnected(const FaxDocument &document)
{
    if (m_session && m_session->isConnected()) {
        open(document, m_window);
        return;
    }
    m_pending << document;
    // The attempt failed already (or the connection was lost and is being made again), and its
    // message said nothing of these documents. A first attempt under way says it when it fails.
    const FaxServer *server = m_session ? m_session->server() : nullptr;
    const QString why = m_session ? m_session->lastConnectionError() : QString();
    if (server && (server->state() == ConnectionState::Disconnected || !why.isEmpty()))
        tellWaiting(why.isEmpty() ? tr("the console is not connected") : why);
}

bool SendFaxLauncher::tellWaiting(const QString &why)
{
    if (m_pending.isEmpty() || !m_session)
        return false;
    const QString server = m_session->server() ? m_session->serverName() : tr("the fax server");
    int files = 0;
    for (const FaxDocument &document : std::as_const(m_pending))
        files += int(document.files.size());
    m_session->activityModel()->add(
        ActivityKind::Warning,
        tr("%n document(s) to fax wait for the connection to %1", nullptr, files).arg(server));
    const QString title = tr("Cannot connect to %1").arg(server);
    if (m_session->server() && m_session->server()->state() == ConnectionState::Connecting) {
        // A lost connection the server makes again by itself: nothing to try by hand.
        m_session->messages()->showError(
            m_window, title,
            tr("The console cannot reach %1: %2.\n\nIt keeps trying. The %n document(s) to fax "
               "are kept: the Send Fax Wizard opens with them as soon as the console is "
               "connected.",
               nullptr, files)
                .arg(server, why));
        return true;
    }
    const bool retry = m_session->messages()->confirm(
        m_window, title,
        tr("The console cannot connect to %1: %2.\n\nThe %n document(s) to fax are kept: the "
           "Send Fax Wizard opens with them as soon as the console is connected.\n\nTry to "
           "connect again now?",
           nullptr, files)
            .arg(server, why));
    if (retry && m_session && m_session->server() &&
        m_session->server()->state() == ConnectionState::Disconnected) {
        // Queued: a connection that fails at once must not ask again inside this question.
        QPointer<FaxServer> target = m_session->server();
        QMetaObject::invokeMethod(
            this,
            [target] {
                if (target && target->state() == ConnectionState::Disconnected)
                    target->connectToServer();
            },
            Qt::QueuedConnection);
    }
    return true;
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
