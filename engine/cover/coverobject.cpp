// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverobject.h"

#include <QLineF>
#include <QPainterPathStroker>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Fax {

namespace {

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    if (length2 <= 0)
        return QLineF(p, a).length();
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    return QLineF(p, a + t * ab).length();
}

// Maps v from the range [from, from + fromSize] to [to, to + toSize]; a degenerate source range
// (a horizontal or vertical line) only moves.
double remap(double v, double from, double fromSize, double to, double toSize)
{
    if (fromSize <= 0)
        return v - from + to;
    return to + (v - from) * toSize / fromSize;
}

} // namespace

QRectF CoverObject::bounds() const
{
    if (shape != CoverShape::Line && shape != CoverShape::Polygon)
        return rect;
    if (points.isEmpty())
        return {};
    double left = points.first().x(), right = left;
    double top = points.first().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

void CoverObject::setBounds(const QRectF &r)
{
    if (shape != CoverShape::Line && shape != CoverShape::Polygon) {
        rect = r.normalized();
        return;
    }
    const QRectF old = bounds();
    for (QPointF &p : points) {
        p.setX(remap(p.x(), old.left(), old.width(), r.left(), r.width()));
        p.setY(remap(p.y(), old.top(), old.height(), r.top(), r.height()));
    }
}

void CoverObject::translate(const QPointF &delta)
{
    rect.translate(delta);
    for (QPointF &p : points)
        p += delta;
}

bool CoverObject::isClosedShape() const
{
    return shape == CoverShape::Rectangle || shape == CoverShape::Ellipse ||
           shape == CoverShape::Polygon;
}

QPainterPath CoverObject::outline() const
{
    QPainterPath path;
    switch (shape) {
    case CoverShape::Line:
        if (points.size() >= 2) {
            path.moveTo(points.at(0));
            path.lineTo(points.at(1));
        }
        break;
    case CoverShape::Polygon:
        path.addPolygon(QPolygonF(points));
        path.closeSubpath();
        break;
    case CoverShape::Ellipse:
        path.addEllipse(rect);
        break;
    case CoverShape::Rectangle:
        if (cornerRadius > 0)
            path.addRoundedRect(rect, cornerRadius, cornerRadius);
        else
            path.addRect(rect);
        break;
    case CoverShape::Text:
    case CoverShape::Image:
        path.addRect(rect);
        break;
    }
    return path;
}

bool CoverObject::hit(const QPointF &p, double tolerance) const
{
    const double reach = tolerance + lineWidth / 2;
    switch (shape) {
    case CoverShape::Line:
        return points.size() >= 2 && distanceToSegment(p, points.at(0), points.at(1)) <= reach;
    case CoverShape::Text:
    case CoverShape::Image:
        return rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p);
    case CoverShape::Rectangle:
    case CoverShape::Ellipse:
    case CoverShape::Polygon:
        break;
    }
    const QPainterPath path = outline();
    // An invisible frame (no outline, no fill) is picked by its inside, or it could not be
    // picked at all.
    if ((fill != CoverFill::None || lineWidth <= 0) && path.contains(p))
        return true;
    QPainterPathStroker stroker;
    stroker.setWidth(2 * reach);
    return stroker.createStroke(path).contains(p);
}

bool CoverObject::sameContent(const CoverObject &o) const
{
    return shape == o.shape && rect == o.rect && points == o.points && lineWidth == o.lineWidth &&
           lineColor == o.lineColor && fill == o.fill && cornerRadius == o.cornerRadius &&
           text == o.text && font == o.font && alignment == o.alignment &&
           textColor == o.textColor && shrinkToFit == o.shrinkToFit &&
           minimumSize == o.minimumSize && hideWhenEmpty == o.hideWhenEmpty && block == o.block &&
           imageData == o.imageData && keepAspectRatio == o.keepAspectRatio;
}

QString coverShapeKey(CoverShape shape)
{
    switch (shape) {
    case CoverShape::Text:
        return QStringLiteral("text");
    case CoverShape::Line:
        return QStringLiteral("line");
    case CoverShape::Rectangle:
        return QStringLiteral("rectangle");
    case CoverShape::Ellipse:
        return QStringLiteral("ellipse");
    case CoverShape::Polygon:
        return QStringLiteral("polygon");
    case CoverShape::Image:
        return QStringLiteral("image");
    }
    return {};
}

bool coverShapeFromKey(const QString &key, CoverShape *out)
{
    for (CoverShape s : {CoverShape::Text, CoverShape::Line, CoverShape::Rectangle,
                         CoverShape::Ellipse, CoverShape::Polygon, CoverShape::Image}) {
        if (coverShapeKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace Fax
