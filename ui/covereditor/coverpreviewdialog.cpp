// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverpreviewdialog.h"

#include "cover/coverrenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Fax {

CoverPreviewDialog::CoverPreviewDialog(const CoverPage &page, QWidget *parent)
    : QDialog(parent), m_page(page), m_resolution(new QComboBox(this)), m_zoom(new QComboBox(this)),
      m_info(new QLabel(this)), m_scroll(new QScrollArea(this)), m_picture(new QLabel(this))
{
    setObjectName(QStringLiteral("coverPreview"));
    setWindowTitle(tr("Cover Page Preview"));
    m_resolution->addItem(tr("Normal (204 × 98 dpi)"), int(FaxResolution::Normal));
    m_resolution->addItem(tr("Fine (204 × 196 dpi)"), int(FaxResolution::Fine));
    m_resolution->addItem(tr("Superfine (204 × 391 dpi)"), int(FaxResolution::Superfine));
    m_resolution->setCurrentIndex(1);
    m_zoom->addItem(tr("Fit Page"));
    m_zoom->addItem(tr("Fit Width"));
    m_zoom->addItem(tr("Fax Pixels (100 %)"));

    auto *bar = new QHBoxLayout;
    auto *resolutionLabel = new QLabel(tr("&Resolution:"), this);
    resolutionLabel->setBuddy(m_resolution);
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    bar->addWidget(resolutionLabel);
    bar->addWidget(m_resolution);
    bar->addSpacing(12);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoom);
    bar->addStretch(1);

    m_info->setWordWrap(true);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_info);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    connect(m_resolution, &QComboBox::currentIndexChanged, this, &CoverPreviewDialog::render);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &CoverPreviewDialog::showScaled);
    resize(720, 860);
    render();
}

FaxResolution CoverPreviewDialog::resolution() const
{
    return FaxResolution(m_resolution->currentData().toInt());
}

void CoverPreviewDialog::setResolution(FaxResolution resolution)
{
    m_resolution->setCurrentIndex(m_resolution->findData(int(resolution)));
}

void CoverPreviewDialog::setFields(const CoverFields &fields)
{
    m_fields = fields;
    m_sample = false;
    render();
}

void CoverPreviewDialog::render()
{
    const Expected<FaxPage> fax = CoverRenderer::renderFax(m_page, m_fields, resolution());
    if (!fax) {
        m_image = QImage();
        m_info->setText(fax.error().message);
        m_picture->clear();
        return;
    }
    m_image = CoverRenderer::faxPreviewImage(*fax);
    m_info->setText((m_sample ? tr("As the recipient's fax machine prints it: %1 × %2 fax "
                                   "pixels, black and white, filled with sample fields.")
                              : tr("As the recipient's fax machine prints it: %1 × %2 fax "
                                   "pixels, black and white."))
                        .arg(fax->width())
                        .arg(fax->lines()));
    showScaled();
}

void CoverPreviewDialog::showScaled()
{
    if (m_image.isNull())
        return;
    const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
    QSize size = m_image.size();
    if (m_zoom->currentIndex() == 0)
        size = m_image.size().scaled(room, Qt::KeepAspectRatio);
    else if (m_zoom->currentIndex() == 1)
        size =
            m_image.size().scaled(room.width() - m_scroll->verticalScrollBar()->sizeHint().width(),
                                  1 << 20, Qt::KeepAspectRatio);
    // Smooth scaling averages the black and white pixels, so thin lines stay visible.
    m_picture->setPixmap(QPixmap::fromImage(
        size == m_image.size()
            ? m_image
            : m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CoverPreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showScaled();
}

} // namespace Fax
