// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "messagesink.h"
#include "settingeditor.h"
#include "settingspages.h"

#include "server/faxserver.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace Fax {

namespace {

/// Why the local engine could not write into folder, or empty when it can: the folder is made
/// if it is missing (the engine would make it too) and a file is written and removed.
QString folderFault(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return SettingsDialog::tr("%1 is a file, not a folder").arg(folder);
    if (!QDir().mkpath(folder))
        return SettingsDialog::tr("the folder %1 cannot be created").arg(folder);
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".faxconsole-write-test-XXXXXX")));
    if (!probe.open())
        return SettingsDialog::tr("the folder %1 cannot be written: %2")
            .arg(folder, probe.errorString());
    return QString();
}

} // namespace

SettingsDialog::SettingsDialog(FaxServer *server, MessageSink *messages, DialogRunner *dialogs,
                               QWidget *parent)
    : QDialog(parent), m_server(server),
      m_messages(messages ? messages : DialogMessageSink::instance()), m_dialogs(dialogs),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x2f, 0x2f));
    m_problem->setPalette(red);
    m_problem->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // Every button by keyboard: Enter is OK, Escape Cancel, Alt+A Apply.
    applyButton()->setText(tr("&Apply"));
    connect(applyButton(), &QPushButton::clicked, this, &SettingsDialog::apply);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::build(const QList<const SettingDescription *> &settings,
                           const QList<SettingsPage> &pages)
{
    m_pages = new SettingsPages(settings, pages, m_dialogs, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_pages, &SettingsPages::edited, this, &SettingsDialog::edited);
    if (m_server) {
        connect(m_server, &FaxServer::capabilitiesChanged, this, &SettingsDialog::followServer);
        connect(m_server, &FaxServer::stateChanged, this, &SettingsDialog::followServer);
    }
    followServer();
}

SettingEditor *SettingsDialog::editor(const QString &key) const
{
    return m_pages ? m_pages->editor(key) : nullptr;
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *SettingsDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QPushButton *SettingsDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QStringList SettingsDialog::modifiedKeys() const
{
    QStringList keys;
    for (SettingEditor *e : m_pages->editors()) {
        if (m_dirty.contains(e->key()))
            keys << e->key();
    }
    return keys;
}

QString SettingsDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SettingsDialog::followServer()
{
    const bool connected = m_server && m_server->state() == ConnectionState::Connected;
    // What may be changed on each page and in each section of one, and why not.
    struct Area
    {
        int editable = 0;
        int settings = 0;
        QStringList reasons;
        QList<SettingEditor *> editors;
    };
    QHash<int, Area> pages;
    QHash<int, Area> sections;
    m_allowed.clear();
    for (SettingEditor *e : m_pages->editors()) {
        const QString key = e->key();
        if (connected && !m_dirty.contains(key))
            e->setValue(storedValue(key));
        else if (connected && e->value() == storedValue(key))
            m_dirty.remove(key); // another client stored what was typed here
        if (e->description().isReadOnly())
            continue;
        QString reason;
        const bool changeable = connected && canChange(key, &reason);
        if (!connected)
            reason = tr("The console is not connected to the fax server.");
        e->setChangeable(changeable, reason);
        if (changeable)
            m_allowed.insert(key);
        for (Area *area : {&pages[m_pages->pageOf(key)], &sections[m_pages->sectionOf(key)]}) {
            area->settings++;
            area->editors << e;
            if (changeable)
                area->editable++;
            else if (!reason.isEmpty() && !area->reasons.contains(reason))
                area->reasons << reason;
        }
    }
    // A page, or a section of several settings, nothing on which may be changed says why once,
    // at its top, instead of under every field.
    const auto locked = [](const Area &area) {
        return area.editable == 0 && !area.reasons.isEmpty();
    };
    const auto lockedText = [this](const Area &area) {
        return tr("These settings cannot be changed here: %1")
            .arg(area.reasons.join(QStringLiteral("; ")));
    };
    const auto sayOnce = [](const Area &area) {
        for (SettingEditor *e : area.editors)
            e->setChangeable(false, e->changeReason(), false);
    };
    for (int page = 0; page < m_pages->count(); ++page) {
        const Area area = pages.value(page);
        QStringList note;
        if (locked(area))
            note << lockedText(area);
        if (const QString remark = pageRemark(page); !remark.isEmpty())
            note << remark;
        m_pages->setPageNote(page, note.join(QStringLiteral("\n\n")));
        if (locked(area))
            sayOnce(area);
    }
    for (int section = 0; section < m_pages->sectionCount(); ++section) {
        const Area area = sections.value(section);
        const bool pageSaysIt = !area.editors.isEmpty() &&
                                locked(pages.value(m_pages->pageOf(area.editors.first()->key())));
        const bool says = locked(area) && area.settings > 1 && !pageSaysIt;
        m_pages->setSectionNote(section, says ? lockedText(area) : QString());
        if (says)
            sayOnce(area);
    }
    updateDependents();
    updateButtons();
}

bool SettingsDialog::isUnused(const SettingEditor *e) const
{
    const SettingEditor *controller = editor(e->description().enabledBy);
    return controller && !controller->value().toBool();
}

void SettingsDialog::updateDependents()
{
    for (SettingEditor *e : m_pages->editors()) {
        const SettingEditor *controller = editor(e->description().enabledBy);
        if (!controller || !m_allowed.contains(e->key()))
            continue;
        const bool used = !isUnused(e);
        e->setChangeable(used, SettingDescription::unusedReason(controller->description()));
        // A wrong value that is not used is not pointed out; it is again once it is.
        e->setFaulty(used && m_dirty.contains(e->key()) && !e->fault().isEmpty());
    }
}

void SettingsDialog::edited(const QString &key)
{
    SettingEditor *e = editor(key);
    if (!e)
        return;
    if (m_server && e->value() == storedValue(key))
        m_dirty.remove(key);
    else
        m_dirty.insert(key);
    // A fault is pointed out as it is typed, but said only on Apply.
    const bool faulty = !e->fault().isEmpty();
    e->setFaulty(faulty);
    if (!faulty && m_problem->isVisible())
        showProblem(QString());
    if (e->description().kind == SettingKind::Boolean)
        updateDependents();
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const bool idle = !m_pending;
    applyButton()->setEnabled(idle && isModified());
    okButton()->setEnabled(idle);
}

void SettingsDialog::showProblem(const QString &text, SettingEditor *editor)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (editor) {
        m_pages->setCurrentIndex(m_pages->pageOf(editor->key()));
        editor->setFocus(Qt::OtherFocusReason);
    }
}

QString SettingsDialog::localFault(const SettingEditor *editor) const
{
    if (!m_server || m_server->connectionSettings().kind != ServerKind::Local)
        return QString();
    const QString value = editor->value().toString();
    if (value.isEmpty())
        return QString();
    switch (editor->description().kind) {
    case SettingKind::FolderPath:
        return folderFault(value);
    case SettingKind::Printer:
        if (!SettingEditor::printerExists(value)) {
            const QStringList printers = SettingEditor::printerNames();
            return printers.isEmpty()
                       ? tr("there is no printer named '%1' on this computer (no printer is set "
                            "up)")
                             .arg(value)
                       : tr("there is no printer named '%1' on this computer (printers: %2)")
                             .arg(value, printers.join(QStringLiteral(", ")));
        }
        return QString();
    default:
        return QString();
    }
}

bool SettingsDialog::apply()
{
    if (m_pending || !m_server)
        return false;
    if (!isModified()) {
        showProblem(QString());
        return true;
    }
    QHash<QString, QVariant> changes;
    for (SettingEditor *e : m_pages->editors()) {
        if (!m_dirty.contains(e->key()))
            continue;
        // A value not in use (its on/off setting is off) is stored as typed, unchecked: the
        // engine checks it too only once it is used.
        if (isUnused(e)) {
            changes.insert(e->key(), e->value());
            continue;
        }
        QString fault = e->fault();
        if (fault.isEmpty())
            fault = localFault(e);
        if (!fault.isEmpty()) {
            e->setFaulty(true);
            showProblem(tr("%1: %2 (allowed: %3)")
                            .arg(e->description().label(), fault, e->description().allowedText()),
                        e);
            m_closeAfterApply = false;
            return false;
        }
        changes.insert(e->key(), e->value());
    }
    Error error;
    FaxOperation *op = store(changes, &error);
    if (!op) {
        showProblem(error.message);
        m_closeAfterApply = false;
        return false;
    }
    showProblem(QString());
    m_pending = op;
    connect(op, &FaxOperation::succeeded, this, [this] { storeFinished(true, Error()); });
    connect(op, &FaxOperation::failed, this, [this](const Error &e) { storeFinished(false, e); });
    updateButtons();
    return true;
}

void SettingsDialog::storeFinished(bool ok, const Error &error)
{
    m_pending = nullptr;
    if (ok) {
        m_dirty.clear();
        for (SettingEditor *e : m_pages->editors())
            e->setFaulty(false);
        followServer();
        Q_EMIT applied();
        if (m_closeAfterApply)
            QDialog::accept();
    } else {
        // Nothing typed is lost: the values stay for the user to correct.
        m_closeAfterApply = false;
        showProblem(error.message);
        if (error.kind != Error::Kind::Canceled)
            m_messages->showError(this, tr("The settings were not saved"), error.message);
        Q_EMIT applyFailed(error);
    }
    updateButtons();
}

void SettingsDialog::accept()
{
    if (!isModified()) {
        QDialog::accept();
        return;
    }
    m_closeAfterApply = true;
    apply();
}

} // namespace Fax
