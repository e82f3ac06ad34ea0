// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverlibrary.h"
#include "cover/coverpage.h"

#include <QDialog>
#include <QHash>

class QListWidget;
class QLabel;

namespace Fax {

/// "New from Template": a blank page (A4 or Letter) or one of the cover pages of the library,
/// each shown as a small picture with sample fields.
class CoverTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverTemplateDialog)
public:
    explicit CoverTemplateDialog(const CoverLibrary &library, QWidget *parent = nullptr);

    /// The page picked (a copy of the template; blank pages are empty).
    CoverPage page() const;
    QListWidget *list() const { return m_list; }

private:
    void updateDescription();

    QListWidget *m_list;
    QLabel *m_description;
    QList<CoverPage> m_pages;
    QHash<int, QString> m_names; ///< row: the template's name (file name without suffix)
};

} // namespace Fax
