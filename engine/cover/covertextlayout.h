// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverobject.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace Fax {

/// The text of a text box laid out in points, the same on every device (design metrics, no
/// hinting): wrapped at the box's width, shrunk when the object asks for it, lines that do not
/// fit left out and the last line shown ended with an ellipsis, so text never leaves its box.
class CoverTextLayout
{
public:
    /// Lays text out in box (page coordinates); alignment is horizontal and vertical.
    CoverTextLayout(const QString &text, const CoverFont &font, const QRectF &box,
                    Qt::Alignment alignment, bool shrinkToFit, double minimumSize);
    ~CoverTextLayout();
    CoverTextLayout(const CoverTextLayout &) = delete;
    CoverTextLayout &operator=(const CoverTextLayout &) = delete;

    /// The font size used, in points (smaller than asked when the text was shrunk).
    double fontSize() const { return m_size; }
    /// Lines drawn, and whether lines were left out because they did not fit.
    int lineCount() const { return m_visible; }
    bool truncated() const { return m_truncated; }
    /// Where the drawn lines are, in page coordinates.
    QRectF textRect() const;
    /// Draws the text with the painter's pen (page coordinates).
    void draw(QPainter &painter) const;

    /// The Qt font for a cover page font at size points, laid out in points (72 dpi).
    static QFont qfont(const CoverFont &font, double size);

private:
    std::unique_ptr<QTextLayout> layoutAt(double size, double *height) const;

    QString m_text;
    CoverFont m_font;
    QRectF m_box;
    Qt::Alignment m_alignment;
    double m_size = 0;
    int m_visible = 0;
    bool m_truncated = false;
    double m_top = 0;
    double m_height = 0;
    std::unique_ptr<QTextLayout> m_layout;
    std::unique_ptr<QTextLayout> m_tail; ///< the last shown line, ellipsised, when truncated
};

} // namespace Fax
