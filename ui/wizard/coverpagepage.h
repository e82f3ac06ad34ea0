// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverlibrary.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Fax {

/// The Send Fax Wizard's Cover page page: no cover page or a common or personal template (only
/// common ones when the server says so), with a thumbnail of it, the subject and the note.
class CoverPagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverPagePage)
public:
    /// library: where the templates are; commonOnly: the server's ServerCoverpage setting.
    CoverPagePage(const CoverLibrary &library, bool commonOnly, QWidget *parent = nullptr);

    /// The chosen cover page file; empty: none.
    QString coverPage() const;
    /// Chooses the cover page nameOrFile names (a name from the library or a file); a cover
    /// page that is not there is shown with the reason.
    void setCoverPage(const QString &nameOrFile);
    QString subject() const;
    void setSubject(const QString &subject);
    QString note() const;
    void setNote(const QString &note);
    /// The message shown on the page (empty: none).
    QString problemText() const;

    QComboBox *templateBox() const { return m_template; }
    QLabel *thumbnail() const { return m_thumbnail; }

    bool isComplete() const override;

private:
    void templateChanged();

    CoverLibrary m_library;
    bool m_commonOnly;
    QComboBox *m_template;
    QLabel *m_thumbnail;
    QLineEdit *m_subject;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    bool m_usable = true;
};

} // namespace Fax
