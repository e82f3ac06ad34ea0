// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingeditor.h"

#include "dialogrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fax {

namespace {

/// The printer list's entry for "no printer named": the default printer.
constexpr int kDefaultPrinterRole = Qt::UserRole + 7;

} // namespace

SettingEditor::SettingEditor(const SettingDescription &description, DialogRunner *dialogs,
                             QWidget *parent)
    : QWidget(parent), m_description(description), m_dialogs(dialogs), m_reason(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(row);
    const auto changed = [this] {
        if (!m_setting)
            Q_EMIT edited();
    };
    switch (description.kind) {
    case SettingKind::Integer: {
        m_spin = new QSpinBox(this);
        m_spin->setRange(description.minimum, description.maximum);
        if (!description.unitText().isEmpty())
            m_spin->setSuffix(u' ' + description.unitText());
        m_spin->setMinimumWidth(120);
        m_input = m_spin;
        connect(m_spin, &QSpinBox::valueChanged, this, changed);
        row->addWidget(m_spin);
        row->addStretch();
        break;
    }
    case SettingKind::Boolean:
        m_check = new QCheckBox(description.label(), this);
        m_input = m_check;
        connect(m_check, &QCheckBox::toggled, this, changed);
        row->addWidget(m_check);
        break;
    case SettingKind::TimeOfDay:
        m_time = new QTimeEdit(this);
        m_time->setDisplayFormat(QStringLiteral("HH:mm"));
        m_input = m_time;
        connect(m_time, &QTimeEdit::timeChanged, this, changed);
        row->addWidget(m_time);
        row->addStretch();
        break;
    case SettingKind::Choice:
        m_combo = new QComboBox(this);
        for (const SettingChoice &choice : description.choices)
            m_combo->addItem(choice.displayName(), choice.value);
        m_input = m_combo;
        connect(m_combo, &QComboBox::currentIndexChanged, this, changed);
        row->addWidget(m_combo);
        row->addStretch();
        break;
    case SettingKind::Printer: {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItem(tr("Default printer"));
        m_combo->setItemData(0, true, kDefaultPrinterRole);
        m_combo->addItems(printerNames());
        m_combo->setMinimumWidth(220);
        m_input = m_combo;
        connect(m_combo, &QComboBox::currentTextChanged, this, changed);
        row->addWidget(m_combo, 1);
        break;
    }
    default:
        m_line = new QLineEdit(this);
        m_input = m_line;
        connect(m_line, &QLineEdit::textChanged, this, changed);
        // A field as wide as what it takes: prefixes and station ids are short.
        if (description.kind == SettingKind::StationId || description.kind == SettingKind::Digits) {
            const bool id = description.kind == SettingKind::StationId;
            m_line->setMaxLength(id ? 20 : 10);
            m_line->setFixedWidth(m_line->fontMetrics().horizontalAdvance(u'0') * (id ? 24 : 12) +
                                  12);
            row->addWidget(m_line);
            row->addStretch();
        } else {
            m_line->setMinimumWidth(220);
            row->addWidget(m_line, 1);
        }
        if (description.kind == SettingKind::FolderPath) {
            m_browse = new QToolButton(this);
            m_browse->setText(tr("Browse…"));
            m_browse->setToolTip(tr("Choose the folder"));
            m_browse->setAccessibleName(tr("Choose %1").arg(description.label()));
            connect(m_browse, &QToolButton::clicked, this, &SettingEditor::browse);
            row->addWidget(m_browse);
        }
        break;
    }
    m_input->setToolTip(description.description());
    m_input->setWhatsThis(description.description());
    m_input->setAccessibleName(description.label());
    m_input->setAccessibleDescription(description.description());
    setFocusProxy(m_input);

    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_reason->hide();
    outer->addWidget(m_reason);
    setValue(QVariant(description.valueType()));
}

QStringList SettingEditor::printerNames()
{
    return QPrinterInfo::availablePrinterNames();
}

bool SettingEditor::printerExists(const QString &name)
{
    return printerNames().contains(name);
}

QVariant SettingEditor::value() const
{
    switch (m_description.kind) {
    case SettingKind::Integer:
        return m_spin->value();
    case SettingKind::Boolean:
        return m_check->isChecked();
    case SettingKind::TimeOfDay:
        return m_time->time();
    case SettingKind::Choice:
        return m_combo->currentData().toString();
    case SettingKind::Printer: {
        const int index = m_combo->findText(m_combo->currentText());
        if (index >= 0 && m_combo->itemData(index, kDefaultPrinterRole).toBool())
            return QString();
        return m_combo->currentText().trimmed();
    }
    case SettingKind::FolderPath:
    case SettingKind::DevicePath: {
        const QString text = m_line->text().trimmed();
        return text.isEmpty() ? text : QDir::cleanPath(text);
    }
    default:
        return m_line->text().trimmed();
    }
}

void SettingEditor::setValue(const QVariant &value)
{
    m_setting = true;
    switch (m_description.kind) {
    case SettingKind::Integer:
        m_spin->setValue(value.toInt());
        break;
    case SettingKind::Boolean:
        m_check->setChecked(value.toBool());
        break;
    case SettingKind::TimeOfDay:
        m_time->setTime(value.toTime());
        break;
    case SettingKind::Choice:
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(value.toString())));
        break;
    case SettingKind::Printer:
        if (value.toString().isEmpty()) {
            m_combo->setCurrentIndex(0);
        } else {
            // A printer this computer does not know is still shown as it is stored.
            if (m_combo->findText(value.toString()) < 0)
                m_combo->addItem(value.toString());
            m_combo->setCurrentText(value.toString());
        }
        break;
    default:
        m_line->setText(value.toString());
        break;
    }
    m_setting = false;
}

QString SettingEditor::fault() const
{
    return m_description.fault(value());
}

void SettingEditor::setChangeable(bool changeable, const QString &reason, bool showReason)
{
    m_changeable = changeable;
    m_changeReason = changeable ? QString() : reason;
    m_input->setEnabled(changeable);
    if (m_browse)
        m_browse->setEnabled(changeable);
    m_reason->setText(changeable ? QString() : reason);
    m_reason->setVisible(!changeable && showReason && !reason.isEmpty());
    const QString described = changeable || reason.isEmpty()
                                  ? m_description.description()
                                  : tr("%1 (%2)").arg(m_description.description(), reason);
    m_input->setAccessibleDescription(described);
    m_input->setToolTip(described);
    if (m_browse)
        m_browse->setToolTip(changeable ? tr("Choose the folder") : reason);
}

void SettingEditor::setFaulty(bool faulty)
{
    // The style's own frame in red: visible in any theme, and no layout change.
    m_input->setStyleSheet(faulty ? QStringLiteral("border: 1px solid #c62f2f;") : QString());
}

void SettingEditor::browse()
{
    const QString start = m_line->text().isEmpty() ? QDir::homePath() : m_line->text();
    const QString folder =
        m_dialogs->existingFolder(this, tr("Choose %1").arg(m_description.label()), start);
    if (folder.isEmpty())
        return;
    m_line->setText(QDir::toNativeSeparators(folder));
}

} // namespace Fax
