// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverview.h"

#include "coverscene.h"

#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Fax {

namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kSteps[] = {0.1,  0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0,
                             1.25, 1.5,  2.0,  3.0, 4.0,  6.0,  8.0};

} // namespace

CoverView::CoverView(CoverScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("coverView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setZoom(1.0);
}

double CoverView::pixelsPerPoint() const
{
    return logicalDpiX() / 72.0;
}

void CoverView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const double scale = m_zoom * pixelsPerPoint();
    setTransform(QTransform::fromScale(scale, scale));
    Q_EMIT zoomChanged(m_zoom);
}

void CoverView::zoomIn()
{
    for (double step : kSteps)
        if (step > m_zoom + 1e-6) {
            setZoom(step);
            return;
        }
}

void CoverView::zoomOut()
{
    for (auto it = std::rbegin(kSteps); it != std::rend(kSteps); ++it)
        if (*it < m_zoom - 1e-6) {
            setZoom(*it);
            return;
        }
}

void CoverView::actualSize()
{
    setZoom(1.0);
}

void CoverView::fitPage()
{
    const QRectF page = static_cast<CoverScene *>(scene())->document()->page().pageRect();
    const QSize room = viewport()->size() - QSize(24, 24);
    if (page.isEmpty() || room.isEmpty())
        return;
    setZoom(std::min(room.width() / page.width(), room.height() / page.height()) /
            pixelsPerPoint());
    centerOn(page.center());
}

void CoverView::fitWidth()
{
    // The page with the desk around it, so that no horizontal scroll bar is needed.
    const QRectF area = sceneRect();
    const int room =
        viewport()->width() - 4 -
        (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width());
    if (area.isEmpty() || room <= 0)
        return;
    setZoom(room / area.width() / pixelsPerPoint());
    centerOn(area.center().x(), area.top() + viewport()->height() / 2.0 / transform().m11());
}

void CoverView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double factor = std::pow(1.0015, event->angleDelta().y());
    setZoom(m_zoom * factor);
    event->accept();
}

} // namespace Fax
