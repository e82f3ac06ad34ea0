// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspages.h"

#include "settingeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Fax {

SettingsPages::SettingsPages(const QList<const SettingDescription *> &settings,
                             const QList<SettingsPage> &pages, DialogRunner *dialogs,
                             QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("settingsPages"));
    for (const SettingsPage &page : pages) {
        const int index = count();
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        auto *note = new QLabel(content);
        note->setObjectName(QStringLiteral("pageNote"));
        note->setWordWrap(true);
        note->setFrameShape(QFrame::StyledPanel);
        note->setMargin(6);
        note->hide();
        layout->addWidget(note);
        m_notes << note;
        bool first = true;
        for (SettingGroup group : page.groups) {
            QList<const SettingDescription *> inGroup;
            for (const SettingDescription *d : settings) {
                if (d->group == group && d->access != SettingAccess::LiveState)
                    inGroup << d;
            }
            if (inGroup.isEmpty())
                continue;
            QFormLayout *form = nullptr;
            if (first) {
                form = new QFormLayout;
                layout->addLayout(form);
            } else {
                auto *box = new QGroupBox(SettingsSchema::groupTitle(group), content);
                form = new QFormLayout(box);
                layout->addWidget(box);
            }
            first = false;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const int section = int(m_sectionNotes.size());
            auto *sectionNote = new QLabel(content);
            sectionNote->setObjectName(QStringLiteral("sectionNote"));
            sectionNote->setWordWrap(true);
            sectionNote->setForegroundRole(QPalette::PlaceholderText);
            sectionNote->hide();
            form->addRow(sectionNote);
            m_sectionNotes << sectionNote;
            for (const SettingDescription *d : std::as_const(inGroup)) {
                auto *editor = new SettingEditor(*d, dialogs, content);
                editor->setObjectName(QStringLiteral("setting:") + d->key);
                m_editors.insert(d->key, editor);
                m_order << editor;
                m_pageOf.insert(d->key, index);
                m_sectionOf.insert(d->key, section);
                if (d->isReadOnly())
                    editor->setChangeable(false);
                connect(editor, &SettingEditor::edited, this,
                        [this, key = d->key] { Q_EMIT edited(key); });
                // The description under the editor: the page explains itself.
                auto *field = new QWidget(content);
                auto *fieldLayout = new QVBoxLayout(field);
                fieldLayout->setContentsMargins(0, 0, 0, 4);
                fieldLayout->setSpacing(1);
                fieldLayout->addWidget(editor);
                auto *hint = new QLabel(d->description(), field);
                hint->setWordWrap(true);
                hint->setForegroundRole(QPalette::PlaceholderText);
                QFont small = hint->font();
                small.setPointSizeF(small.pointSizeF() * 0.9);
                hint->setFont(small);
                fieldLayout->addWidget(hint);
                if (editor->hasOwnLabel()) {
                    form->addRow(field);
                } else {
                    auto *label = new QLabel(d->label() + u':', content);
                    label->setBuddy(editor->input());
                    form->addRow(label, field);
                }
            }
        }
        layout->addStretch();
        auto *scroll = new QScrollArea;
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        addTab(scroll, page.title());
    }
}

void SettingsPages::setPageNote(int page, const QString &note)
{
    if (page < 0 || page >= m_notes.size())
        return;
    m_notes.at(page)->setText(note);
    m_notes.at(page)->setVisible(!note.isEmpty());
}

void SettingsPages::setSectionNote(int section, const QString &note)
{
    if (section < 0 || section >= m_sectionNotes.size())
        return;
    m_sectionNotes.at(section)->setText(note);
    m_sectionNotes.at(section)->setVisible(!note.isEmpty());
}

QString SettingsPages::sectionNote(int section) const
{
    return section >= 0 && section < m_sectionNotes.size() ? m_sectionNotes.at(section)->text()
                                                           : QString();
}

QString SettingsPages::pageNote(int page) const
{
    return page >= 0 && page < m_notes.size() ? m_notes.at(page)->text() : QString();
}

} // namespace Fax
