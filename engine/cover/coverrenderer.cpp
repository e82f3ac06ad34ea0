// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverrenderer.h"

#include "covertextlayout.h"
#include "imaging/pageraster.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace Fax::CoverRenderer {

namespace {

constexpr double kTextPadding = 2.0; // points between a text box's frame and its text

QColor inkColor(CoverInk ink)
{
    return ink == CoverInk::White ? Qt::white : Qt::black;
}

/// A light shading for the fax: two black pixels in sixteen, aligned to the device's pixels so
/// that it survives binarisation as it is (a solid grey would turn white or black).
QBrush faxGrayBrush(const QPainter &painter)
{
    static const QImage tile = [] {
        QImage t(4, 4, QImage::Format_RGB32);
        t.fill(Qt::white);
        t.setPixel(0, 0, qRgb(0, 0, 0));
        t.setPixel(2, 2, qRgb(0, 0, 0));
        return t;
    }();
    QBrush brush(tile);
    brush.setTransform(painter.worldTransform().inverted());
    return brush;
}

QBrush fillBrush(const QPainter &painter, CoverFill fill, CoverTarget target)
{
    switch (fill) {
    case CoverFill::None:
        return Qt::NoBrush;
    case CoverFill::White:
        return QBrush(Qt::white);
    case CoverFill::Black:
        return QBrush(Qt::black);
    case CoverFill::Gray:
        return target == CoverTarget::Fax ? faxGrayBrush(painter) : QBrush(QColor(217, 217, 217));
    }
    return Qt::NoBrush;
}

/// The outline pen; on the fax at least one pixel wide across and down, so that no line
/// vanishes at normal resolution.
QPen outlinePen(const QPainter &painter, const CoverObject &o, CoverTarget target)
{
    if (o.lineWidth <= 0)
        return Qt::NoPen;
    double width = o.lineWidth;
    if (target == CoverTarget::Fax) {
        const QTransform t = painter.worldTransform();
        const double scale = std::min(std::hypot(t.m11(), t.m12()), std::hypot(t.m21(), t.m22()));
        if (scale > 0)
            width = std::max(width, 1.0 / scale);
    }
    QPen pen(inkColor(o.lineColor), width);
    pen.setCapStyle(o.shape == CoverShape::Line ? Qt::FlatCap : Qt::SquareCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

/// The box an image takes inside its object's box.
QRectF imageRect(const CoverObject &o)
{
    if (!o.keepAspectRatio || o.image.isNull())
        return o.rect;
    QSizeF size = QSizeF(o.image.size()).scaled(o.rect.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(o.rect.center());
    return r;
}

void paintImage(QPainter &painter, const CoverObject &o, CoverTarget target)
{
    if (o.image.isNull())
        return;
    const QRectF target_ = imageRect(o);
    if (target != CoverTarget::Fax) {
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target_, o.image);
        painter.restore();
        return;
    }
    // The fax gets the picture scaled to its pixels and made black and white here: photos
    // dithered, line art thresholded, and never smeared again by the final threshold.
    const QRect device = painter.worldTransform().mapRect(target_).toAlignedRect();
    if (device.isEmpty() || qint64(device.width()) * device.height() > 64 * 1024 * 1024)
        return;
    const QImage scaled = PageRaster::toGray(o.image).scaled(device.size(), Qt::IgnoreAspectRatio,
                                                             Qt::SmoothTransformation);
    const QImage bits = PageRaster::binarize(scaled, Halftone::Auto);
    painter.save();
    painter.resetTransform();
    painter.drawImage(device.topLeft(), bits);
    painter.restore();
}

} // namespace

QList<CoverObject> resolve(const CoverPage &page, const CoverFields *fields)
{
    QList<CoverObject> out;
    out.reserve(page.objects.size());
    if (!fields) {
        for (CoverObject o : page.objects) {
            if (o.shape == CoverShape::Text)
                o.text = CoverText::design(o.text);
            out << o;
        }
        return out;
    }
    // A block's fields are those of all its texts: its label hides with its value.
    QHash<QString, QStringList> blockFields;
    for (const CoverObject &o : page.objects)
        if (!o.block.isEmpty() && o.shape == CoverShape::Text)
            blockFields[o.block] += CoverText::fieldKeys(o.text);
    for (CoverObject o : page.objects) {
        if (o.hideWhenEmpty) {
            const QStringList keys =
                o.block.isEmpty() ? CoverText::fieldKeys(o.text) : blockFields.value(o.block);
            const bool allEmpty = std::all_of(keys.begin(), keys.end(), [&](const QString &k) {
                return fields->value(k).value_or(QString()).isEmpty();
            });
            if (!keys.isEmpty() && allEmpty)
                continue;
        }
        if (o.shape == CoverShape::Text)
            o.text = CoverText::fill(o.text, *fields, o.hideWhenEmpty);
        out << o;
    }
    return out;
}

void paintObject(QPainter &painter, const CoverObject &o, CoverTarget target)
{
    painter.save();
    // Fax pixels are black or white: shapes are drawn aliased (each pixel in or out), text
    // anti-aliased and then thresholded, which keeps its strokes even.
    painter.setRenderHint(QPainter::Antialiasing, target != CoverTarget::Fax);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(outlinePen(painter, o, target));
    painter.setBrush(fillBrush(painter, o.fill, target));
    switch (o.shape) {
    case CoverShape::Line:
        if (o.points.size() >= 2)
            painter.drawLine(o.points.at(0), o.points.at(1));
        break;
    case CoverShape::Rectangle:
        if (o.cornerRadius > 0)
            painter.drawRoundedRect(o.rect, o.cornerRadius, o.cornerRadius);
        else
            painter.drawRect(o.rect);
        break;
    case CoverShape::Ellipse:
        painter.drawEllipse(o.rect);
        break;
    case CoverShape::Polygon:
        painter.drawPolygon(QPolygonF(o.points));
        break;
    case CoverShape::Image:
        paintImage(painter, o, target);
        if (o.lineWidth > 0) {
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(o.rect);
        }
        break;
    case CoverShape::Text: {
        const bool framed = o.lineWidth > 0 || o.fill != CoverFill::None;
        if (framed)
            painter.drawRect(o.rect);
        const double inset = framed ? o.lineWidth + kTextPadding : 0;
        const QRectF box = o.rect.adjusted(inset, inset, -inset, -inset);
        if (box.width() > 0 && box.height() > 0 && !o.text.isEmpty()) {
            const CoverTextLayout layout(o.text, o.font, box, o.alignment, o.shrinkToFit,
                                         o.minimumSize);
            painter.setPen(inkColor(o.textColor));
            layout.draw(painter);
        }
        break;
    }
    }
    painter.restore();
}

void paint(QPainter &painter, const CoverPage &page, const CoverFields *fields, CoverTarget target)
{
    for (const CoverObject &o : resolve(page, fields))
        paintObject(painter, o, target);
}

Expected<FaxPage> renderFax(const CoverPage &page, const CoverFields &fields,
                            FaxResolution resolution, int widthPixels)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("Fax", "cover page: drawing text needs a QGuiApplication"));
    const int lpi = linesPerInch(resolution);
    const double pageWidthPx = page.size.width() / 72.0 * kFaxXDpi;
    // Narrower pages are centred on the scan line; wider ones (Letter is 1734 pixels) shrink.
    const double fit = std::min(1.0, widthPixels / pageWidthPx);
    const double sx = kFaxXDpi / 72.0 * fit;
    const double sy = lpi / 72.0 * fit;
    const int lines = int(std::lround(page.size.height() * sy));
    if (widthPixels < 8 || widthPixels > 8192 || lines < 1 || lines > 16384)
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate(
                               "Fax", "cover page: a %1 × %2 point page does not fit a fax page")
                               .arg(page.size.width())
                               .arg(page.size.height()));
    // Eight-bit grey: a quarter of the memory of RGB32 to fill and to binarise.
    QImage canvas(widthPixels, lines, QImage::Format_Grayscale8);
    if (canvas.isNull())
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "cover page: out of memory"));
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.translate((widthPixels - page.size.width() * sx) / 2, 0);
        painter.scale(sx, sy);
        painter.setClipRect(page.pageRect());
        paint(painter, page, &fields, CoverTarget::Fax);
    }
    FaxPage out;
    out.xDpi = kFaxXDpi;
    out.yDpi = lpi;
    out.image = PageRaster::binarize(canvas, Halftone::Threshold);
    if (out.image.isNull())
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "cover page: out of memory"));
    return out;
}

QImage renderImage(const CoverPage &page, const CoverFields *fields, double dpi)
{
    const QSize size(std::max(1, int(std::lround(page.size.width() * dpi / 72))),
                     std::max(1, int(std::lround(page.size.height() * dpi / 72))));
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(dpi / 72, dpi / 72);
    paint(painter, page, fields, CoverTarget::Screen);
    return image;
}

QImage faxPreviewImage(const FaxPage &page)
{
    QImage gray = page.image.convertToFormat(QImage::Format_Grayscale8);
    if (page.yDpi > 0 && page.yDpi != page.xDpi)
        gray = gray.scaled(gray.width(),
                           int(std::lround(double(gray.height()) * page.xDpi / page.yDpi)),
                           Qt::IgnoreAspectRatio, Qt::FastTransformation);
    return gray;
}

} // namespace Fax::CoverRenderer
