// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Fax {

/// Where the console's message boxes go: real dialogs in the application, a recorder in tests.
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    /// Tells the user that something failed; text names the object and the reason.
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Asks a yes/no question; true means go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;

    /// What to do with unsaved changes.
    enum class SaveChoice { Save, Discard, Cancel };
    /// Asks whether to save changes that would otherwise be lost. Without an answer (a sink
    /// that does not ask) nothing is lost: Cancel.
    virtual SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text);
};

/// The MessageSink of the application: modal QMessageBoxes.
class DialogMessageSink final : public MessageSink
{
public:
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text) override;

    /// The process-wide instance used when no sink is injected.
    static DialogMessageSink *instance();
};

} // namespace Fax
