// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolesession.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Fax {

/// The console's icon in the system tray: it says when a fax arrives and when a send completes
/// or fails (clicking the message opens that fax or job), shows the number of unread faxes, and
/// has a menu of the console's actions by id.
class ConsoleTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTray)
public:
    explicit ConsoleTray(ConsoleSession *session, QObject *parent = nullptr);
    ~ConsoleTray() override;

    /// Shows the icon where the desktop has a tray.
    void show();
    bool isVisible() const;
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    /// The notifications shown so far (the last is what a click opens).
    QList<ConsoleNotification> notifications() const { return m_shown; }
    /// What a click on the last message does: opens its target.
    void activateLastNotification();

Q_SIGNALS:
    /// The user asked to open target (the window opens it).
    void openRequested(const Fax::ActivityTarget &target);
    /// The user asked for the console (a click on the icon).
    void showConsoleRequested();

private:
    void notify(const ConsoleNotification &notification);
    void updateToolTip();

    ConsoleSession *m_session;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QList<ConsoleNotification> m_shown;
};

} // namespace Fax
