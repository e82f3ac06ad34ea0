// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The ids under which the console's actions are registered (ActionRegistry). Menus, the
/// toolbar, context menus and the tray pick actions by these, never by position.
namespace Fax::ActionId {

// The connection and the application.
inline const QString Connect = QStringLiteral("file.connect");
inline const QString Disconnect = QStringLiteral("file.disconnect");
inline const QString Quit = QStringLiteral("file.quit");
inline const QString ShowConsole = QStringLiteral("app.show");
inline const QString Find = QStringLiteral("view.find");
inline const QString ToggleToolBar = QStringLiteral("view.toolbar");
inline const QString ToggleStatusBar = QStringLiteral("view.statusbar");
inline const QString ToggleDetails = QStringLiteral("view.details");
inline const QString OpenServerSettings = QStringLiteral("tools.server-settings");
inline const QString CoverEditor = QStringLiteral("tools.cover-editor");
inline const QString OpenFaxFile = QStringLiteral("file.open-fax");
inline const QString About = QStringLiteral("help.about");
inline const QString AboutQt = QStringLiteral("help.about-qt");

// Folders ("folder." followed by the folder's key).
inline const QString FolderIncoming = QStringLiteral("folder.incoming");
inline const QString FolderInbox = QStringLiteral("folder.inbox");
inline const QString FolderOutbox = QStringLiteral("folder.outbox");
inline const QString FolderSentItems = QStringLiteral("folder.sent-items");
inline const QString FolderPorts = QStringLiteral("folder.ports");
inline const QString FolderActivity = QStringLiteral("folder.activity");

// Routed to the folder view that is shown (ActionTarget).
inline const QString Pause = QStringLiteral("job.pause");
inline const QString Resume = QStringLiteral("job.resume");
inline const QString Cancel = QStringLiteral("job.cancel");
inline const QString Restart = QStringLiteral("job.restart");
inline const QString Delete = QStringLiteral("job.delete");
inline const QString Resend = QStringLiteral("job.resend");
inline const QString ViewFax = QStringLiteral("item.view");
inline const QString SaveAsPdf = QStringLiteral("item.save-pdf");
inline const QString Print = QStringLiteral("item.print");
inline const QString Report = QStringLiteral("item.report");
inline const QString MarkRead = QStringLiteral("item.mark-read");
inline const QString MarkUnread = QStringLiteral("item.mark-unread");
inline const QString AnswerNow = QStringLiteral("port.answer");
inline const QString PortProperties = QStringLiteral("port.properties");
inline const QString ClearLog = QStringLiteral("activity.clear");

/// Stands for a separator in a list of ids.
inline const QString Separator = QStringLiteral("-");

} // namespace Fax::ActionId
