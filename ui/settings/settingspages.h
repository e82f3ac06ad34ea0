// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settingsschema.h"

#include <QHash>
#include <QTabWidget>

class QLabel;

namespace Fax {

class DialogRunner;
class SettingEditor;

/// Property pages built from the engine's description of settings: one tab per page, a section
/// per group (the first plain, the others framed and titled), a label, editor and one line of
/// description per setting. Settings the engine keeps to itself (live state) are left out;
/// read-only ones are shown but not editable.
class SettingsPages final : public QTabWidget
{
    Q_OBJECT
public:
    SettingsPages(const QList<const SettingDescription *> &settings,
                  const QList<SettingsPage> &pages, DialogRunner *dialogs,
                  QWidget *parent = nullptr);

    SettingEditor *editor(const QString &key) const { return m_editors.value(key); }
    /// Every editor, in page order.
    QList<SettingEditor *> editors() const { return m_order; }
    /// The page index an editor is on.
    int pageOf(const QString &key) const { return m_pageOf.value(key, -1); }
    /// Says at the top of a page why it cannot be changed (empty: nothing).
    void setPageNote(int page, const QString &note);
    QString pageNote(int page) const;
    /// The section (a group on a page) an editor is in, numbered across the pages; -1: none.
    int sectionOf(const QString &key) const { return m_sectionOf.value(key, -1); }
    int sectionCount() const { return int(m_sectionNotes.size()); }
    /// Says at the top of a section why none of it can be changed (empty: nothing).
    void setSectionNote(int section, const QString &note);
    QString sectionNote(int section) const;

Q_SIGNALS:
    void edited(const QString &key);

private:
    QHash<QString, SettingEditor *> m_editors;
    QList<SettingEditor *> m_order;
    QHash<QString, int> m_pageOf;
    QList<QLabel *> m_notes;
    QHash<QString, int> m_sectionOf;
    QList<QLabel *> m_sectionNotes;
};

} // namespace Fax
