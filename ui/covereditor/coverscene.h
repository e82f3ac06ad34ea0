// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "covercommands.h"
#include "covericons.h"

#include <QGraphicsScene>
#include <QHash>

class QUndoStack;

namespace Fax {

class CoverItem;

/// The Cover Page Editor's canvas: one CoverItem per object of the document, kept in step
/// with it through the document's signals; the tools that draw new objects; selecting (click,
/// Ctrl+click, rubber band), dragging, resizing by handles and nudging with the arrow keys, each
/// gesture one undo command; snapping to a grid. Coordinates are page points.
class CoverScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverScene)
public:
    CoverScene(CoverDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CoverScene() override;

    CoverDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undo; }

    CoverTool tool() const { return m_tool; }
    /// Picks a tool; a polygon being drawn is dropped.
    void setTool(CoverTool tool);

    /// The selected objects, bottom first.
    QList<quint32> selectedIds() const;
    void selectIds(const QList<quint32> &ids);
    CoverItem *itemFor(quint32 id) const { return m_items.value(id); }

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    bool showGrid() const { return m_showGrid; }
    void setShowGrid(bool on);
    double gridSize() const { return m_grid; }
    /// p on the nearest grid point when snapping is on, else p.
    QPointF snap(const QPointF &p) const;

    /// Adds object on top as one undo step and selects it; returns its id.
    quint32 addObject(const CoverObject &object, const QString &commandText);
    /// Moves the selection by delta as one undo step.
    void moveSelection(const QPointF &delta);
    void deleteSelection();
    /// Runs an operation of the document as one undo step.
    void edit(const QString &text, const CoverEditCommand::Operation &operation);

    /// A new object of a kind as the tools make it, in rect (page points).
    static CoverObject defaultObject(CoverShape shape, const QRectF &rect);

Q_SIGNALS:
    void toolChanged(Fax::CoverTool tool);
    /// The image tool marked where an image goes: the window asks for the file.
    void imageRequested(const QRectF &rect);
    /// A new text box was drawn, or a text box double-clicked: its text wants editing.
    void textEditRequested(quint32 id);
    void cursorMoved(const QPointF &pagePosition);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Pending, Move, Resize, Band, Create };

    void rebuild();
    /// Ends a drag, resize or band without a change: items back to what the document says.
    void cancelGesture();
    void addItem(quint32 id);
    void removeItem(quint32 id);
    void refreshItem(quint32 id);
    void restack();
    CoverObject designCopy(const CoverObject &object) const;
    /// Screen pixels per page point in the first view (1 without a view).
    double zoom() const;
    QList<QPointF> handles() const;
    int handleAt(const QPointF &p) const;
    QRectF resizedRect(const QPointF &to) const;
    CoverObject resizedObject(const QPointF &to) const;
    QPointF constrained(const QPointF &from, const QPointF &to, bool constrain) const;
    void pressSelect(QGraphicsSceneMouseEvent *event);
    void finishCreate(const QPointF &end, bool constrain);
    void addPolygonPoint(const QPointF &p);
    void finishPolygon();
    void cancelPolygon();
    void setPreview(const CoverObject &object);
    void clearPreview();

    CoverDocument *m_document;
    QUndoStack *m_undo;
    QHash<quint32, CoverItem *> m_items;
    CoverTool m_tool = CoverTool::Select;
    bool m_snap = true;
    bool m_showGrid = true;
    double m_grid = 5.0;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_delta;
    QRectF m_startBounds;
    int m_handle = -1;
    CoverObject m_resizing;
    QRectF m_band;
    bool m_bandAdds = false;   ///< Ctrl/Shift: the band adds to the selection
    QList<quint32> m_bandBase; ///< the selection when the band started
    QList<QPointF> m_polygon;
    CoverItem *m_preview = nullptr;
};

} // namespace Fax
