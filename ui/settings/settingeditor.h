// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settingspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace Fax {

class DialogRunner;

/// The editor of one setting, made from its description alone: a spin box with the unit for a
/// number, a check box for yes or no, a time field, a list of the choices, a line with a folder
/// picker, a list of this computer's printers, a line for text, ids, addresses and prefixes.
/// Its value is typed as the description says; fault() says what is wrong with it.
class SettingEditor final : public QWidget
{
    Q_OBJECT
public:
    SettingEditor(const SettingDescription &description, DialogRunner *dialogs,
                  QWidget *parent = nullptr);

    const SettingDescription &description() const { return m_description; }
    QString key() const { return m_description.key; }
    /// The value as typed now (see SettingKind).
    QVariant value() const;
    /// Shows value without reporting an edit.
    void setValue(const QVariant &value);
    /// What is wrong with the value as typed, translated; empty when it is allowed.
    QString fault() const;
    /// Whether the user may change it; reason says why not (under it when showReason, else only
    /// to screen readers: the page says it once for all).
    void setChangeable(bool changeable, const QString &reason = QString(), bool showReason = true);
    bool isChangeable() const { return m_changeable; }
    /// Why it may not be changed, as last given to setChangeable().
    QString changeReason() const { return m_changeReason; }
    /// Marks the editor as holding a wrong value (a red frame) or not.
    void setFaulty(bool faulty);
    /// The widget that takes the keyboard (for a label's buddy).
    QWidget *input() const { return m_input; }
    /// A check box carries its own label; other editors need one beside them.
    bool hasOwnLabel() const { return m_check != nullptr; }
    /// Whether a printer by that name is set up on this computer.
    static bool printerExists(const QString &name);
    static QStringList printerNames();

Q_SIGNALS:
    /// The user changed the value.
    void edited();

private:
    void browse();

    SettingDescription m_description;
    DialogRunner *m_dialogs;
    QWidget *m_input = nullptr;
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_check = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QToolButton *m_browse = nullptr;
    QLabel *m_reason;
    bool m_changeable = true;
    QString m_changeReason;
    bool m_setting = false;
};

} // namespace Fax
