// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletray.h"

#include "actionids.h"
#include "actionregistry.h"
#include "receivedfaxmodel.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace Fax {

ConsoleTray::ConsoleTray(ConsoleSession *session, QObject *parent)
    : QObject(parent), m_session(session),
      m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/faxconsole.svg")), this)),
      m_menu(new QMenu)
{
    ActionRegistry *actions = session->actions();
    if (!actions->contains(ActionId::ShowConsole)) {
        QAction *show = actions->add(ActionId::ShowConsole, tr("Show &Fax Console"),
                                     QStringLiteral("faxconsole"));
        connect(show, &QAction::triggered, this, &ConsoleTray::showConsoleRequested);
    }
    // Whatever of these the console registered: the tray picks them by id.
    QStringList ids = {ActionId::ShowConsole, ActionId::Separator};
    for (const QString &id : {ActionId::FolderInbox, ActionId::FolderOutbox,
                              ActionId::FolderSentItems, ActionId::OpenFaxFile})
        if (actions->contains(id))
            ids << id;
    ids << ActionId::Separator;
    if (actions->contains(ActionId::OpenServerSettings))
        ids << ActionId::OpenServerSettings << ActionId::Separator;
    if (actions->contains(ActionId::Quit))
        ids << ActionId::Quit;
    actions->fill(m_menu, ids);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showConsoleRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ConsoleTray::activateLastNotification);
    connect(session, &ConsoleSession::notification, this, &ConsoleTray::notify);
    connect(session->faxModel(), &ReceivedFaxModel::unreadChanged, this,
            &ConsoleTray::updateToolTip);
    connect(session, &ConsoleSession::connectionChanged, this, &ConsoleTray::updateToolTip);
    updateToolTip();
}

ConsoleTray::~ConsoleTray()
{
    delete m_menu;
}

void ConsoleTray::show()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

bool ConsoleTray::isVisible() const
{
    return m_icon->isVisible();
}

void ConsoleTray::notify(const ConsoleNotification &notification)
{
    m_shown << notification;
    if (m_shown.size() > 50)
        m_shown.removeFirst();
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.kind == ActivityKind::Error)
        icon = QSystemTrayIcon::Critical;
    else if (notification.kind == ActivityKind::Warning)
        icon = QSystemTrayIcon::Warning;
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(notification.title, notification.text, icon, 10000);
}

void ConsoleTray::activateLastNotification()
{
    if (m_shown.isEmpty())
        return;
    Q_EMIT openRequested(m_shown.last().target);
}

void ConsoleTray::updateToolTip()
{
    const int unread = m_session->faxModel()->unreadCount();
    QString tip = tr("Fax Console");
    if (m_session->server())
        tip = tr("Fax Console — %1").arg(m_session->serverName());
    if (unread > 0)
        tip += u'\n' + tr("%n unread fax(es)", nullptr, unread);
    m_icon->setToolTip(tip);
}

} // namespace Fax
