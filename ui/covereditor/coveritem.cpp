// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveritem.h"

#include "cover/coverrenderer.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Fax {

namespace {

constexpr double kMargin = 3.0; // points around an object for its selection frame

} // namespace

CoverItem::CoverItem(const CoverObject &object) : m_object(object)
{
    setFlag(ItemIsSelectable);
}

void CoverItem::setObject(const CoverObject &object)
{
    prepareGeometryChange();
    m_object = object;
    update();
}

QRectF CoverItem::boundingRect() const
{
    const double m = m_object.lineWidth / 2 + kMargin;
    return m_object.bounds().adjusted(-m, -m, m, m);
}

QPainterPath CoverItem::shape() const
{
    QPainterPath path = m_object.outline();
    if (m_object.shape == CoverShape::Text || m_object.shape == CoverShape::Image ||
        m_object.fill != CoverFill::None)
        return path;
    QPainterPathStroker stroker;
    stroker.setWidth(m_object.lineWidth + 2 * kMargin);
    return stroker.createStroke(path);
}

void CoverItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    CoverRenderer::paintObject(*painter, m_object, CoverTarget::Screen);
    const bool invisible = m_object.lineWidth <= 0 && m_object.fill == CoverFill::None;
    if (m_object.shape == CoverShape::Text || (invisible && m_object.isClosedShape())) {
        // Where a frameless text box or an invisible shape is: only on screen, never on the fax.
        QPen guide(QColor(160, 160, 160), 0, Qt::DotLine);
        guide.setCosmetic(true);
        painter->setPen(guide);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_object.bounds());
    }
    if (option->state & QStyle::State_Selected) {
        QPen pen(QColor(42, 111, 176), 0, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRectF b = m_object.bounds();
        painter->drawRect(b.adjusted(-1, -1, 1, 1));
    }
}

} // namespace Fax
