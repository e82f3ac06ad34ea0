// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverpagepage.h"

#include "cover/coverfile.h"
#include "cover/coverrenderer.h"
#include "wizardstyle.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Fax {

namespace {

/// Thumbnail resolution: an A4 page is about 170 x 240 pixels.
constexpr double kThumbnailDpi = 20.0;

} // namespace

CoverPagePage::CoverPagePage(const CoverLibrary &library, bool commonOnly, QWidget *parent)
    : QWizardPage(parent), m_library(library), m_commonOnly(commonOnly), m_template(new QComboBox),
      m_thumbnail(new QLabel), m_subject(new QLineEdit), m_note(new QPlainTextEdit),
      m_problem(WizardStyle::problemLabel())
{
    setTitle(tr("Cover Page"));
    setSubTitle(commonOnly ? tr("A cover page goes first, filled in for each recipient. This "
                                "server allows only its common cover pages.")
                           : tr("A cover page goes first, filled in for each recipient."));
    m_template->setObjectName(QStringLiteral("coverTemplate"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_thumbnail->setObjectName(QStringLiteral("coverThumbnail"));
    m_thumbnail->setFixedSize(176, 248);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(tr("Cover page preview"));

    m_template->addItem(tr("No cover page"), QString());
    for (const CoverEntry &entry : m_library.entries()) {
        if (commonOnly && entry.folder != CoverFolder::Common)
            continue;
        m_template->addItem(entry.folder == CoverFolder::Common
                                ? tr("%1 (common)").arg(entry.name)
                                : tr("%1 (personal)").arg(entry.name),
                            entry.path);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Cover page:"), m_template);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Note:"), m_note);
    auto *left = new QVBoxLayout;
    left->addLayout(form, 1);
    left->addWidget(m_problem);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);

    connect(m_template, &QComboBox::currentIndexChanged, this, &CoverPagePage::templateChanged);
    templateChanged();
}

QString CoverPagePage::coverPage() const
{
    return m_template->currentData().toString();
}

void CoverPagePage::setCoverPage(const QString &nameOrFile)
{
    if (nameOrFile.isEmpty()) {
        m_template->setCurrentIndex(0);
        return;
    }
    const Expected<CoverEntry> entry = m_library.resolve(nameOrFile, m_commonOnly);
    const QString path = entry ? entry->path : nameOrFile;
    int index = m_template->findData(path);
    if (index < 0) {
        // A file of its own (Resend of a fax with one): shown by its name.
        m_template->addItem(QFileInfo(path).completeBaseName(), path);
        index = m_template->count() - 1;
    }
    m_template->setCurrentIndex(index);
    if (!entry) {
        m_usable = false;
        m_problem->setText(entry.error().message);
        m_problem->setVisible(true);
        Q_EMIT completeChanged();
    }
}

QString CoverPagePage::subject() const
{
    return m_subject->text();
}

void CoverPagePage::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

QString CoverPagePage::note() const
{
    return m_note->toPlainText();
}

void CoverPagePage::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString CoverPagePage::problemText() const
{
    return m_problem->text();
}

void CoverPagePage::templateChanged()
{
    const QString path = coverPage();
    m_usable = true;
    m_problem->clear();
    m_problem->setVisible(false);
    m_thumbnail->clear();
    if (path.isEmpty()) {
        m_thumbnail->setText(tr("No cover page"));
    } else {
        // The file is read again here: it is what the send reads, and it may be broken.
        const Expected<CoverPage> cover = CoverFile::read(path);
        if (!cover) {
            m_usable = false;
            m_problem->setText(tr("The cover page %1 cannot be used: %2")
                                   .arg(QFileInfo(path).completeBaseName(), cover.error().message));
            m_problem->setVisible(true);
            m_thumbnail->setText(tr("Cannot be shown"));
        } else {
            const QImage image = CoverRenderer::renderImage(*cover, nullptr, kThumbnailDpi);
            m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(
                m_thumbnail->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    }
    Q_EMIT completeChanged();
}

bool CoverPagePage::isComplete() const
{
    return m_usable;
}

} // namespace Fax
