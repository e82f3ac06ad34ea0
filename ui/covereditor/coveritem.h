// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cover/coverobject.h"

#include <QGraphicsItem>

namespace Fax {

/// The scene's view of one object of a cover page: drawn by the cover renderer (the design view,
/// fields shown by name), so the canvas shows what the fax page will. The item holds a copy of
/// the object; the scene refreshes it when the document changes. Its position is an offset from
/// where the object is, used only while the object is dragged.
class CoverItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x436f };

    explicit CoverItem(const CoverObject &object);

    int type() const override { return Type; }
    quint32 id() const { return m_object.id; }
    const CoverObject &object() const { return m_object; }
    /// Shows object (a design copy, placeholders as field names) from now on.
    void setObject(const CoverObject &object);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CoverObject m_object;
};

} // namespace Fax
