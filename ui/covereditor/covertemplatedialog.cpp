// SPDX-License-Identifier: GPL-3.0-or-later
#include "covertemplatedialog.h"

#include "cover/coverfile.h"
#include "cover/coverrenderer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fax {

namespace {

constexpr int kThumbWidth = 150;

QIcon thumbnail(const CoverPage &page)
{
    // Drawn at twice the size and scaled down smoothly: small text stays a grey texture.
    const double dpi = 2.0 * kThumbWidth / page.size.width() * 72;
    const CoverFields fields = CoverFields::sample();
    QImage image = CoverRenderer::renderImage(page, &fields, dpi);
    image = image.scaledToWidth(kThumbWidth, Qt::SmoothTransformation);
    QPainter p(&image);
    p.setPen(QColor(150, 150, 150));
    p.drawRect(image.rect().adjusted(0, 0, -1, -1));
    p.end();
    return QIcon(QPixmap::fromImage(image));
}

} // namespace

CoverTemplateDialog::CoverTemplateDialog(const CoverLibrary &library, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("coverTemplates"));
    setWindowTitle(tr("New Cover Page from Template"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbWidth, int(kThumbWidth * 1.42)));
    m_list->setGridSize(QSize(kThumbWidth + 40, int(kThumbWidth * 1.42) + 48));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);

    CoverPage a4, letter;
    letter.size = CoverPage::letterSize();
    a4.title = tr("Blank A4");
    letter.title = tr("Blank Letter");
    a4.description = tr("An empty A4 page.");
    letter.description = tr("An empty US Letter page.");
    m_pages << a4 << letter;
    for (const CoverEntry &entry : library.entries()) {
        const Expected<CoverPage> page = CoverFile::read(entry.path);
        if (!page)
            continue; // a broken file has no place among the templates
        CoverPage p = *page;
        if (p.title.isEmpty())
            p.title = entry.name;
        if (entry.folder == CoverFolder::Personal)
            p.description = tr("Personal: %1").arg(p.description);
        m_pages << p;
        m_names.insert(int(m_pages.size()) - 1, entry.name);
    }
    for (const CoverPage &p : std::as_const(m_pages))
        new QListWidgetItem(thumbnail(p), p.title, m_list);
    // The general-purpose template first, if there is one.
    int preferred = m_pages.size() > 2 ? 2 : 0;
    for (int i = 2; i < m_pages.size(); ++i)
        if (m_names.value(i) == QLatin1String("general"))
            preferred = i;
    m_list->setCurrentRow(preferred);
    m_description->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &CoverTemplateDialog::updateDescription);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from a template, or from an empty page:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(4 * (kThumbWidth + 40) + 60, 2 * (int(kThumbWidth * 1.42) + 48) + 150);
    updateDescription();
}

CoverPage CoverTemplateDialog::page() const
{
    const int row = m_list->currentRow();
    CoverPage page = row >= 0 && row < m_pages.size() ? m_pages.at(row) : CoverPage();
    if (row < 2) {
        // "Blank A4" names the choice, not the new page.
        page.title.clear();
        page.description.clear();
    }
    return page;
}

void CoverTemplateDialog::updateDescription()
{
    const int row = m_list->currentRow();
    m_description->setText(row >= 0 && row < m_pages.size() ? m_pages.at(row).description
                                                            : QString());
}

} // namespace Fax
