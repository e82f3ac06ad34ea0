// SPDX-License-Identifier: GPL-3.0-or-later
#include "covericons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace Fax::CoverIcons {

namespace {

const QColor kInk(48, 48, 48);
const QColor kAccent(42, 111, 176);
const QColor kShade(42, 111, 176, 60);

/// An icon drawn on a 24 x 24 grid, at 24 and 48 pixels.
QIcon drawn(const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        p.setPen(QPen(kInk, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        draw(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void letter(QPainter &p, const QString &text, bool bold, bool italic, int pixelSize = 17)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setItalic(italic);
    p.setFont(font);
    p.drawText(QRectF(0, 0, 24, 24), Qt::AlignCenter, text);
}

/// Three bars of different lengths lined up as an alignment lines them up.
void bars(QPainter &p, CoverAlignment a)
{
    const bool across =
        a == CoverAlignment::Left || a == CoverAlignment::HCenter || a == CoverAlignment::Right;
    const double lengths[] = {14, 8, 11};
    p.setPen(Qt::NoPen);
    p.setBrush(kAccent);
    for (int i = 0; i < 3; ++i) {
        const double l = lengths[i];
        const double pos = 4 + i * 6;
        double start = 3;
        if (a == CoverAlignment::HCenter || a == CoverAlignment::VCenter)
            start = 12 - l / 2;
        else if (a == CoverAlignment::Right || a == CoverAlignment::Bottom)
            start = 21 - l;
        p.drawRect(across ? QRectF(start, pos, l, 4) : QRectF(pos, start, 4, l));
    }
    p.setPen(QPen(kInk, 1.6));
    double edge = 2;
    if (a == CoverAlignment::HCenter || a == CoverAlignment::VCenter)
        edge = 12;
    else if (a == CoverAlignment::Right || a == CoverAlignment::Bottom)
        edge = 22;
    if (across)
        p.drawLine(QPointF(edge, 1), QPointF(edge, 23));
    else
        p.drawLine(QPointF(1, edge), QPointF(23, edge));
}

} // namespace

QIcon tool(CoverTool t)
{
    return drawn([t](QPainter &p) {
        switch (t) {
        case CoverTool::Select: {
            QPainterPath arrow;
            arrow.moveTo(6, 3);
            arrow.lineTo(6, 19);
            arrow.lineTo(10, 15);
            arrow.lineTo(13, 21);
            arrow.lineTo(15.5, 20);
            arrow.lineTo(12.5, 14);
            arrow.lineTo(18, 14);
            arrow.closeSubpath();
            p.setBrush(Qt::white);
            p.drawPath(arrow);
            break;
        }
        case CoverTool::Text:
            p.setPen(kInk);
            letter(p, QStringLiteral("T"), true, false, 20);
            break;
        case CoverTool::Line:
            p.setPen(QPen(kInk, 2.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(4, 20), QPointF(20, 4));
            break;
        case CoverTool::Rectangle:
            p.setBrush(kShade);
            p.drawRect(QRectF(3.5, 6.5, 17, 11));
            break;
        case CoverTool::RoundedRectangle:
            p.setBrush(kShade);
            p.drawRoundedRect(QRectF(3.5, 6.5, 17, 11), 4, 4);
            break;
        case CoverTool::Ellipse:
            p.setBrush(kShade);
            p.drawEllipse(QRectF(3.5, 5.5, 17, 13));
            break;
        case CoverTool::Polygon: {
            p.setBrush(kShade);
            const QPointF points[] = {QPointF(12, 3), QPointF(21, 10), QPointF(17, 20),
                                      QPointF(7, 20), QPointF(3, 10)};
            p.drawPolygon(points, 5);
            break;
        }
        case CoverTool::Image: {
            p.setBrush(Qt::white);
            p.drawRect(QRectF(3.5, 5.5, 17, 13));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            const QPointF hills[] = {QPointF(5, 17), QPointF(10, 11), QPointF(13, 14),
                                     QPointF(15.5, 12), QPointF(19, 17)};
            p.drawPolygon(hills, 5);
            p.drawEllipse(QPointF(16, 9), 1.8, 1.8);
            break;
        }
        }
    });
}

QIcon align(CoverAlignment a)
{
    return drawn([a](QPainter &p) { bars(p, a); });
}

QIcon distribute(Qt::Orientation orientation)
{
    return drawn([orientation](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        for (int i = 0; i < 3; ++i) {
            const double pos = 3 + i * 7;
            p.drawRect(orientation == Qt::Horizontal ? QRectF(pos, 6, 4, 12)
                                                     : QRectF(6, pos, 12, 4));
        }
        p.setPen(QPen(kInk, 1.2, Qt::DotLine));
        for (double pos : {8.5, 15.5})
            if (orientation == Qt::Horizontal)
                p.drawLine(QPointF(pos, 3), QPointF(pos, 21));
            else
                p.drawLine(QPointF(3, pos), QPointF(21, pos));
    });
}

QIcon centreOnPage(Qt::Orientation orientation)
{
    return drawn([orientation](QPainter &p) {
        p.setBrush(Qt::white);
        p.drawRect(QRectF(2.5, 2.5, 19, 19));
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawRect(orientation == Qt::Horizontal ? QRectF(8, 5, 8, 6) : QRectF(5, 8, 6, 8));
        p.setPen(QPen(kInk, 1.2, Qt::DashLine));
        if (orientation == Qt::Horizontal)
            p.drawLine(QPointF(12, 3), QPointF(12, 21));
        else
            p.drawLine(QPointF(3, 12), QPointF(21, 12));
    });
}

QIcon order(bool toFront)
{
    return drawn([toFront](QPainter &p) {
        const QRectF back(3.5, 3.5, 11, 11), front(9.5, 9.5, 11, 11);
        p.setBrush(toFront ? Qt::white : kAccent);
        p.drawRect(toFront ? back : front);
        p.setBrush(toFront ? kAccent : Qt::white);
        p.drawRect(toFront ? front : back);
    });
}

QIcon textAlign(Qt::Alignment alignment)
{
    return drawn([alignment](QPainter &p) {
        const double lengths[] = {18, 12, 18, 10};
        for (int i = 0; i < 4; ++i) {
            const double l = lengths[i];
            double x = 3;
            if (alignment & Qt::AlignHCenter)
                x = 12 - l / 2;
            else if (alignment & Qt::AlignRight)
                x = 21 - l;
            const double y = 5 + i * 4.5;
            p.drawLine(QPointF(x, y), QPointF(x + l, y));
        }
    });
}

QIcon bold()
{
    return drawn([](QPainter &p) { letter(p, QStringLiteral("B"), true, false); });
}

QIcon italic()
{
    return drawn([](QPainter &p) { letter(p, QStringLiteral("I"), false, true); });
}

QIcon preview()
{
    return drawn([](QPainter &p) {
        p.setBrush(Qt::white);
        p.drawRect(QRectF(3.5, 2.5, 12, 16));
        for (double y : {6.5, 9.5, 12.5})
            p.drawLine(QPointF(6, y), QPointF(13, y));
        p.setPen(QPen(kAccent, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(15, 15), 4, 4);
        p.drawLine(QPointF(18, 18), QPointF(21.5, 21.5));
    });
}

QIcon undo(bool redo)
{
    return drawn([redo](QPainter &p) {
        if (redo) {
            // The mirror image of undo.
            p.translate(24, 0);
            p.scale(-1, 1);
        }
        p.setPen(QPen(kAccent, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath arc;
        arc.moveTo(6, 10);
        arc.cubicTo(10, 5, 20, 6, 20, 13);
        arc.cubicTo(20, 17, 17, 19, 13, 19);
        p.drawPath(arc);
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        const QPointF head[] = {QPointF(3, 10), QPointF(10, 5.5), QPointF(9.5, 13.5)};
        p.drawPolygon(head, 3);
    });
}

} // namespace Fax::CoverIcons
