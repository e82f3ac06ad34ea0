// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Fax {

/// The kinds of object a cover page holds.
enum class CoverShape { Text, Line, Rectangle, Ellipse, Polygon, Image };

/// Ink of outlines and text. A fax is black and white: white is for text on a black bar.
enum class CoverInk { Black, White };

/// Fill of a closed shape or a text box. Gray is a light shading: a regular dot pattern on the
/// fax (never dithered), light grey on screen.
enum class CoverFill { None, White, Black, Gray };

/// A font as a cover page names it, sizes in points.
struct CoverFont
{
    QString family = QStringLiteral("DejaVu Sans");
    double size = 11.0;
    bool bold = false;
    bool italic = false;

    bool operator==(const CoverFont &) const = default;
};

/// One object of a cover page: a text box, line, rectangle (optionally rounded), ellipse,
/// polygon or embedded image, in page coordinates (points, origin top left).
struct CoverObject
{
    quint32 id = 0; ///< unique within its page while edited; not stored in the file
    CoverShape shape = CoverShape::Rectangle;
    QRectF rect;           ///< text, rectangle, ellipse, image: the box
    QList<QPointF> points; ///< line: its two ends; polygon: its corners (closed)

    double lineWidth = 1.0; ///< outline width in points; 0: no outline
    CoverInk lineColor = CoverInk::Black;
    CoverFill fill = CoverFill::None;
    double cornerRadius = 0.0; ///< rectangles: radius of the rounded corners

    QString text; ///< may hold field placeholders such as {recipient.name}
    CoverFont font;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    CoverInk textColor = CoverInk::Black;
    bool shrinkToFit = false; ///< shrink the font (down to minimumSize) until the text fits
    double minimumSize = 6.0;

    bool hideWhenEmpty = false; ///< hidden when every field of its block (or its own) is empty
    QString block;              ///< objects with the same block name hide together

    QByteArray imageData; ///< the embedded file (PNG or JPEG), saved as it came
    QImage image;         ///< imageData decoded
    bool keepAspectRatio = true;

    /// The box the object occupies (for lines and polygons: around their points).
    QRectF bounds() const;
    /// Moves and scales the object so that bounds() becomes r (points scale along).
    void setBounds(const QRectF &r);
    void translate(const QPointF &delta);
    /// The outline the object paints, in page coordinates (for selection and hit-testing).
    QPainterPath outline() const;
    /// True when point p (page coordinates) touches the object, within tolerance points of a
    /// stroke; filled shapes, text boxes and images count their inside.
    bool hit(const QPointF &p, double tolerance) const;
    bool isClosedShape() const;

    /// Equal in everything that is saved (ids and the decoded image aside).
    bool sameContent(const CoverObject &other) const;
};

/// A stable lower-case key for a shape ("text", "line", "rectangle", ...), as the file writes it.
QString coverShapeKey(CoverShape shape);
bool coverShapeFromKey(const QString &key, CoverShape *out);

} // namespace Fax
