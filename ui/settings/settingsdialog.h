// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/settingsschema.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Fax {

class DialogRunner;
class FaxOperation;
class FaxServer;
class MessageSink;
class SettingEditor;
class SettingsPages;

/// Property pages of settings that a fax server keeps, with Apply, OK and Cancel. Opening reads
/// the current values; a value another client changes meanwhile shows up unless the user has
/// changed it here; what the connection may not change is disabled with the reason, and so is
/// what an unticked setting does not use (SettingDescription::enabledBy). Apply checks every
/// changed value in use (the engine's own checks, and on this computer whether a folder can be
/// written and a printer exists), then stores only what changed; a refusal is shown and nothing
/// typed is lost.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ~SettingsDialog() override;

    SettingsPages *pages() const { return m_pages; }
    SettingEditor *editor(const QString &key) const;
    QPushButton *okButton() const;
    QPushButton *applyButton() const;
    QPushButton *cancelButton() const;
    /// Keys changed here and not stored yet.
    QStringList modifiedKeys() const;
    bool isModified() const { return !m_dirty.isEmpty(); }
    bool isApplying() const { return m_pending != nullptr; }
    /// What is wrong, as the dialog says it under the pages (empty: nothing).
    QString problemText() const;

public Q_SLOTS:
    /// Checks and stores the changed settings. False when a check fails at once (shown); else
    /// the outcome follows as applied() or applyFailed().
    bool apply();
    void accept() override;

Q_SIGNALS:
    void applied();
    void applyFailed(const Fax::Error &error);

protected:
    SettingsDialog(FaxServer *server, MessageSink *messages, DialogRunner *dialogs,
                   QWidget *parent);
    /// Builds the pages; a subclass calls it from its constructor.
    void build(const QList<const SettingDescription *> &settings, const QList<SettingsPage> &pages);
    /// The value the server holds now.
    virtual QVariant storedValue(const QString &key) const = 0;
    /// Whether the connection may change key, and why not.
    virtual bool canChange(const QString &key, QString *reason) const = 0;
    /// Stores changes (key to typed value) on the server; nullptr and *error when the whole is
    /// refused before it is sent.
    virtual FaxOperation *store(const QHash<QString, QVariant> &changes, Error *error) = 0;
    /// What a page says at its top besides why it cannot be changed (settings left out, ...).
    virtual QString pageRemark(int page) const
    {
        Q_UNUSED(page);
        return {};
    }
    /// The editors follow the server: values nobody changed here, and what may be changed.
    void followServer();
    FaxServer *server() const { return m_server; }
    MessageSink *messages() const { return m_messages; }

private:
    void edited(const QString &key);
    /// Enables what the connection lets change and what the settings it depends on use (an
    /// archive folder only while archiving is on, as ticked here), with the reason when not.
    void updateDependents();
    /// Whether the on/off setting e depends on is off as ticked here.
    bool isUnused(const SettingEditor *e) const;
    void updateButtons();
    void showProblem(const QString &text, SettingEditor *editor = nullptr);
    /// What is wrong with editor's value on this computer (a folder that cannot be written, a
    /// printer that does not exist), for the local engine that works with them here.
    QString localFault(const SettingEditor *editor) const;
    void storeFinished(bool ok, const Error &error);

    QPointer<FaxServer> m_server;
    MessageSink *m_messages;
    DialogRunner *m_dialogs;
    SettingsPages *m_pages = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QSet<QString> m_dirty;
    QSet<QString> m_allowed; ///< keys the connection lets change now
    QPointer<FaxOperation> m_pending;
    bool m_closeAfterApply = false;
};

} // namespace Fax
