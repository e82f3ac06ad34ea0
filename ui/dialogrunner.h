// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QPrinter;
class QWidget;

namespace Fax {

/// Where the console's dialogs run: its own modal dialogs and the standard ones for files,
/// folders and printers. The application shows them; tests inject a runner that fills them in
/// and answers, as MessageSink does for message boxes.
class DialogRunner
{
public:
    virtual ~DialogRunner() = default;

    /// Runs a modal dialog to its end; returns its result (QDialog::Accepted or Rejected).
    virtual int exec(QDialog *dialog);
    /// A file to read; empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
    /// A file to write (suggested: a path or a name); empty when the user cancels. The dialog asks
    /// before a file is replaced.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter);
    /// An existing folder; empty when the user cancels.
    virtual QString existingFolder(QWidget *parent, const QString &title, const QString &folder);
    /// Lets the user choose the printer and its options for pages pages; false when canceled.
    virtual bool choosePrinter(QPrinter *printer, QWidget *parent, int pages);

    /// The process-wide runner used when none is injected: real dialogs.
    static DialogRunner *standard();
};

} // namespace Fax
