// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverobject.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Fax {

/// A cover page: its paper size in points and its objects, bottom first (the list order is the
/// z-order). What the file format stores and what the renderer draws.
struct CoverPage
{
    static QSizeF a4Size() { return {595.276, 841.89}; }
    static QSizeF letterSize() { return {612.0, 792.0}; }

    QSizeF size = a4Size();
    QString title;       ///< shown in template lists; may be empty
    QString description; ///< one sentence for template lists
    QList<CoverObject> objects;

    QRectF pageRect() const { return QRectF(QPointF(0, 0), size); }
    /// Index of the object with this id, or -1.
    int indexOf(quint32 id) const;
    const CoverObject *object(quint32 id) const;
    CoverObject *object(quint32 id);
    /// An id that no object has yet.
    quint32 unusedId() const;
    /// Gives every object without an id (or with a duplicate one) a fresh id.
    void assignIds();
    /// The topmost object at p (page coordinates, tolerance in points), if any.
    std::optional<quint32> objectAt(const QPointF &p, double tolerance = 2.0) const;
    /// Objects whose bounds lie wholly inside r, bottom first.
    QList<quint32> objectsInside(const QRectF &r) const;
    /// Equal in what is saved (ids aside).
    bool sameContent(const CoverPage &other) const;
};

} // namespace Fax
