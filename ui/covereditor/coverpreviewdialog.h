// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"
#include "cover/coverfields.h"
#include "cover/coverpage.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QScrollArea;

namespace Fax {

/// The cover page as the recipient will see it: filled with fields (sample ones unless told
/// otherwise) and drawn by the engine's renderer as a black and white fax page at a fax
/// resolution.
class CoverPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverPreviewDialog)
public:
    explicit CoverPreviewDialog(const CoverPage &page, QWidget *parent = nullptr);

    /// Fills the page with these fields instead of the sample ones (a recipient's preview).
    void setFields(const CoverFields &fields);
    FaxResolution resolution() const;
    void setResolution(FaxResolution resolution);
    /// The fax page shown (square pixels), or a null image when it could not be drawn.
    const QImage &previewImage() const { return m_image; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void showScaled();

    CoverPage m_page;
    CoverFields m_fields = CoverFields::sample();
    bool m_sample = true;
    QComboBox *m_resolution;
    QComboBox *m_zoom;
    QLabel *m_info;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QImage m_image;
};

} // namespace Fax
