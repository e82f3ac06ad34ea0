// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace Fax {

class ConsoleSession;
class PrintInbox;
class SendFaxLauncher;

/// Print-to-fax in the console: each document this user printed to the "Fax" printer (the
/// PrintInbox) is opened in the session's send flow (the Send Fax Wizard), one at a time, with
/// the print job's title as the subject. A document stays in the inbox until settle(): the
/// send flow calls it once the fax was submitted or the user discarded the document, so what
/// was printed is offered again at the next start rather than lost.
class PrintToFax final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintToFax)
public:
    /// window: the parent of the send flow's windows. folder: the inbox (empty: the user's).
    PrintToFax(ConsoleSession *session, QWidget *window, const QString &folder = QString(),
               QObject *parent = nullptr);
    ~PrintToFax() override;

    /// Starts watching the inbox; a refused inbox (not the user's own, open to others) is
    /// reported in the activity log.
    bool start();
    PrintInbox *inbox() const { return m_inbox; }
    /// The printed documents waiting to be offered (the one being offered not included).
    QStringList queued() const { return m_queue; }
    /// Whether path is a printed document (from this inbox) the send flow has open.
    bool isPrinted(const QString &path) const;
    /// path was submitted or discarded: it leaves the inbox.
    bool settle(const QString &path);
    /// Settles the printed documents of each wizard the launcher opens: when its fax is queued,
    /// or when the user closes it without sending (the document is discarded, as a cancelled
    /// print is).
    void followWizards(SendFaxLauncher *launcher);

private:
    void arrived(const QString &path, const QString &title);
    void offerNext();

    ConsoleSession *m_session;
    QPointer<QWidget> m_window;
    PrintInbox *m_inbox;
    QStringList m_queue;
    QHash<QString, QString> m_titles;
    bool m_offering = false;
};

} // namespace Fax
