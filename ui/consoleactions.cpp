// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleactions.h"

#include "actionids.h"
#include "actionregistry.h"

#include <QAction>

namespace Fax {
namespace ConsoleActions {

// Texts in the context of ActionRegistry, a class with Q_OBJECT that lupdate and
// ActionRegistry::tr() agree on.
void registerAll(ActionRegistry *actions)
{
    using namespace ActionId;
    const auto routed = [actions](const QString &id, const QString &text, const char *icon,
                                  const QKeySequence &shortcut, const QString &tip) {
        if (!actions->contains(id))
            actions->addRouted(id, text, QLatin1String(icon), shortcut, tip);
    };
    routed(ViewFax, ActionRegistry::tr("&View Fax"), "action-view",
           QKeySequence(ActionRegistry::tr("Ctrl+O")),
           ActionRegistry::tr("Open the selected fax in the Fax Viewer"));
    routed(Pause, ActionRegistry::tr("&Pause"), "action-pause", QKeySequence(),
           ActionRegistry::tr("Hold the selected jobs in the queue"));
    routed(Resume, ActionRegistry::tr("&Resume"), "action-resume", QKeySequence(),
           ActionRegistry::tr("Let the selected paused jobs be sent"));
    routed(Cancel, ActionRegistry::tr("&Cancel"), "action-cancel", QKeySequence(),
           ActionRegistry::tr("Stop the selected jobs"));
    routed(Restart, ActionRegistry::tr("Res&tart"), "action-restart", QKeySequence(),
           ActionRegistry::tr("Queue the selected failed or canceled jobs again"));
    routed(Delete, ActionRegistry::tr("&Delete"), "action-delete",
           QKeySequence(QKeySequence::Delete),
           ActionRegistry::tr("Remove the selected finished jobs"));
    // Delete acts on the list that has focus, not on a field being typed in.
    actions->action(Delete)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    routed(Resend, ActionRegistry::tr("Re&send…"), "action-resend",
           QKeySequence(ActionRegistry::tr("Ctrl+R")),
           ActionRegistry::tr("Send the selected fax again, to the same recipient"));
    routed(SaveAsPdf, ActionRegistry::tr("Save as P&DF…"), "action-pdf",
           QKeySequence(ActionRegistry::tr("Ctrl+Shift+S")),
           ActionRegistry::tr("Save the selected fax as a PDF file"));
    routed(Print, ActionRegistry::tr("&Print…"), "action-print", QKeySequence(QKeySequence::Print),
           ActionRegistry::tr("Print the selected fax"));
    routed(Report, ActionRegistry::tr("Transmission &Report…"), "action-report",
           QKeySequence(ActionRegistry::tr("Ctrl+T")),
           ActionRegistry::tr("Save a report of the selected fax's transmission as a PDF file"));
    routed(MarkRead, ActionRegistry::tr("Mark as R&ead"), "fax-receive",
           QKeySequence(ActionRegistry::tr("Ctrl+Shift+U")),
           ActionRegistry::tr("Mark the selected faxes as read"));
    routed(MarkUnread, ActionRegistry::tr("Mark as &Unread"), "fax-unread",
           QKeySequence(ActionRegistry::tr("Ctrl+U")),
           ActionRegistry::tr("Mark the selected faxes as unread"));
    routed(
        AnswerNow, ActionRegistry::tr("&Answer Now"), "fax-receive",
        QKeySequence(ActionRegistry::tr("Ctrl+Shift+A")),
        ActionRegistry::tr("Answer the call ringing on the selected port (receive mode Manual)"));
    routed(PortProperties, ActionRegistry::tr("Port P&roperties…"), "properties",
           QKeySequence(ActionRegistry::tr("Alt+Return")),
           ActionRegistry::tr("Show and change the selected port's settings"));
    // The names these actions had before they were registered by id.
    for (const auto &[id, name] :
         {std::pair{Pause, "pauseJobAction"}, std::pair{Resume, "resumeJobAction"},
          std::pair{Cancel, "cancelJobAction"}, std::pair{Restart, "restartJobAction"},
          std::pair{Delete, "deleteJobAction"}, std::pair{AnswerNow, "answerCallAction"}})
        actions->action(id)->setObjectName(QLatin1String(name));
    routed(ClearLog, ActionRegistry::tr("C&lear Log"), "action-delete", QKeySequence(),
           ActionRegistry::tr("Remove every entry from the activity log"));
}

} // namespace ConsoleActions
} // namespace Fax
