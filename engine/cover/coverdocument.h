// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverpage.h"

#include <QObject>

namespace Fax {

/// How objects line up: with the leftmost, rightmost, ... edge of the selection.
enum class CoverAlignment { Left, HCenter, Right, Top, VCenter, Bottom };

/// A cover page being edited: the editing operations (add, remove, move, resize, restyle,
/// raise, lower, align, space evenly, centre on the page) and a signal for each change, so that
/// views (the editor's scene) follow the model. Undo commands call these operations.
class CoverDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverDocument)
public:
    explicit CoverDocument(QObject *parent = nullptr);
    ~CoverDocument() override;

    const CoverPage &page() const { return m_page; }
    /// Replaces the whole page (after loading a file or a template); ids are assigned afresh.
    void setPage(const CoverPage &page);
    const CoverObject *object(quint32 id) const { return m_page.object(id); }
    QList<quint32> ids() const;

    /// Adds object at index (z-order; -1: on top); gives it a fresh id unless it has an unused
    /// one. Returns the id.
    quint32 addObject(CoverObject object, int index = -1);
    void removeObjects(const QList<quint32> &ids);
    void moveObjects(const QList<quint32> &ids, const QPointF &delta);
    /// Resizes: the object's bounds become r (lines and polygons scale their points).
    void setBounds(quint32 id, const QRectF &r);
    /// Replaces everything about the object with the same id except its place in the z-order.
    void updateObject(const CoverObject &object);
    void bringToFront(const QList<quint32> &ids);
    void sendToBack(const QList<quint32> &ids);
    /// One step up or down the z-order, past the next object.
    void raise(const QList<quint32> &ids);
    void lower(const QList<quint32> &ids);
    /// Lines up two or more objects with the selection's edge or centre.
    void align(const QList<quint32> &ids, CoverAlignment how);
    /// Spaces three or more objects evenly between the outermost two (equal gaps).
    void distribute(const QList<quint32> &ids, Qt::Orientation orientation);
    /// Centres the objects, as one group, on the page.
    void centreOnPage(const QList<quint32> &ids, Qt::Orientations orientations);
    void setPageSize(const QSizeF &size);
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    /// Puts back a state of the objects (for undo): removed, added, changed and reordered
    /// objects each get their signal.
    void restoreObjects(const QList<CoverObject> &objects);

    /// The bounds of the objects together.
    QRectF boundsOf(const QList<quint32> &ids) const;

Q_SIGNALS:
    void objectAdded(quint32 id);
    void objectRemoved(quint32 id);
    void objectChanged(quint32 id);
    /// The z-order changed: page().objects has a new order.
    void orderChanged();
    /// Size, title or description changed, or the whole page was replaced (setPage).
    void pageChanged();
    /// Any change at all (for "modified" flags and previews).
    void changed();

private:
    void reorder(const QList<quint32> &ids, int direction, bool all);
    QList<quint32> existing(const QList<quint32> &ids) const;

    CoverPage m_page;
};

} // namespace Fax
