// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverscene.h"

#include "cover/coverfields.h"
#include "coveritem.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QUndoStack>

#include <cmath>

namespace Fax {

namespace {

constexpr double kDesk = 36.0;       // points of desk around the page
constexpr double kHandlePx = 7.0;    // handle size on screen
constexpr double kDragStartPx = 3.0; // a press becomes a drag after this far on screen

const QColor kSelection(42, 111, 176);

/// Corners and edge midpoints of r, clockwise from the top left (handle order).
QList<QPointF> boxHandles(const QRectF &r)
{
    return {r.topLeft(),     QPointF(r.center().x(), r.top()),
            r.topRight(),    QPointF(r.right(), r.center().y()),
            r.bottomRight(), QPointF(r.center().x(), r.bottom()),
            r.bottomLeft(),  QPointF(r.left(), r.center().y())};
}

} // namespace

CoverScene::CoverScene(CoverDocument *document, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_undo(undoStack)
{
    connect(document, &CoverDocument::objectAdded, this, [this](quint32 id) {
        addItem(id);
        restack();
    });
    connect(document, &CoverDocument::objectRemoved, this, &CoverScene::removeItem);
    connect(document, &CoverDocument::objectChanged, this, &CoverScene::refreshItem);
    connect(document, &CoverDocument::orderChanged, this, &CoverScene::restack);
    connect(document, &CoverDocument::pageChanged, this, &CoverScene::rebuild);
    // A change from elsewhere (an undo by shortcut) in the middle of a gesture ends the gesture:
    // what it was dragging may be gone.
    connect(document, &CoverDocument::changed, this, &CoverScene::cancelGesture);
    // Handles follow the selection.
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { update(); });
    rebuild();
}

CoverScene::~CoverScene()
{
    // Items are deleted by QGraphicsScene, whose destructor may report the selection changing:
    // nobody may hear that from a half-destroyed scene.
    blockSignals(true);
    m_items.clear();
}

void CoverScene::cancelGesture()
{
    if (m_drag == Drag::None)
        return;
    m_drag = Drag::None;
    for (CoverItem *item : std::as_const(m_items)) {
        item->setPos(0, 0);
        if (const CoverObject *object = m_document->object(item->id()))
            item->setObject(designCopy(*object));
    }
    clearPreview();
    m_band = QRectF();
    update();
}

void CoverScene::rebuild()
{
    const QList<quint32> selected = selectedIds();
    clearPreview();
    for (CoverItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    for (const CoverObject &o : m_document->page().objects)
        addItem(o.id);
    restack();
    setSceneRect(m_document->page().pageRect().adjusted(-kDesk, -kDesk, kDesk, kDesk));
    selectIds(selected);
    update();
}

CoverObject CoverScene::designCopy(const CoverObject &object) const
{
    CoverObject o = object;
    if (o.shape == CoverShape::Text)
        o.text = CoverText::design(o.text);
    return o;
}

void CoverScene::addItem(quint32 id)
{
    const CoverObject *object = m_document->object(id);
    if (!object || m_items.contains(id))
        return;
    auto *item = new CoverItem(designCopy(*object));
    m_items.insert(id, item);
    QGraphicsScene::addItem(item);
}

void CoverScene::removeItem(quint32 id)
{
    delete m_items.take(id);
}

void CoverScene::refreshItem(quint32 id)
{
    CoverItem *item = m_items.value(id);
    const CoverObject *object = m_document->object(id);
    if (item && object) {
        item->setPos(0, 0);
        item->setObject(designCopy(*object));
    }
    update();
}

void CoverScene::restack()
{
    const QList<CoverObject> &objects = m_document->page().objects;
    for (int i = 0; i < objects.size(); ++i)
        if (CoverItem *item = m_items.value(objects.at(i).id))
            item->setZValue(i);
}

void CoverScene::setTool(CoverTool tool)
{
    cancelPolygon();
    if (tool == m_tool)
        return;
    m_tool = tool;
    if (tool != CoverTool::Select)
        clearSelection();
    Q_EMIT toolChanged(tool);
}

QList<quint32> CoverScene::selectedIds() const
{
    QList<quint32> ids;
    for (const CoverObject &o : m_document->page().objects)
        if (CoverItem *item = m_items.value(o.id); item && item->isSelected())
            ids << o.id;
    return ids;
}

void CoverScene::selectIds(const QList<quint32> &ids)
{
    QSignalBlocker blocker(this);
    for (CoverItem *item : std::as_const(m_items))
        item->setSelected(ids.contains(item->id()));
    blocker.unblock();
    Q_EMIT selectionChanged();
}

void CoverScene::setShowGrid(bool on)
{
    m_showGrid = on;
    update();
}

QPointF CoverScene::snap(const QPointF &p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_grid) * m_grid, std::round(p.y() / m_grid) * m_grid);
}

double CoverScene::zoom() const
{
    const QList<QGraphicsView *> list = views();
    return list.isEmpty() ? 1.0 : std::max(0.01, list.first()->transform().m11());
}

quint32 CoverScene::addObject(const CoverObject &object, const QString &commandText)
{
    quint32 id = 0;
    m_undo->push(new CoverEditCommand(
        m_document, commandText, [&id, object](CoverDocument &d) { id = d.addObject(object); }));
    selectIds({id});
    return id;
}

void CoverScene::moveSelection(const QPointF &delta)
{
    const QList<quint32> ids = selectedIds();
    if (ids.isEmpty() || delta.isNull())
        return;
    m_undo->push(new CoverMoveCommand(m_document, ids, delta,
                                      ids.size() == 1 ? tr("Move Object") : tr("Move Objects")));
}

void CoverScene::deleteSelection()
{
    const QList<quint32> ids = selectedIds();
    if (ids.isEmpty())
        return;
    edit(ids.size() == 1 ? tr("Delete Object") : tr("Delete Objects"),
         [ids](CoverDocument &d) { d.removeObjects(ids); });
}

void CoverScene::edit(const QString &text, const CoverEditCommand::Operation &operation)
{
    m_undo->push(new CoverEditCommand(m_document, text, operation));
}

CoverObject CoverScene::defaultObject(CoverShape shape, const QRectF &rect)
{
    CoverObject o;
    o.shape = shape;
    o.rect = rect.normalized();
    switch (shape) {
    case CoverShape::Text:
        o.lineWidth = 0;
        o.text = tr("Text");
        break;
    case CoverShape::Line:
        o.points = {rect.topLeft(), rect.bottomRight()};
        o.rect = QRectF();
        break;
    case CoverShape::Polygon:
        break;
    case CoverShape::Image:
        o.lineWidth = 0;
        break;
    case CoverShape::Rectangle:
    case CoverShape::Ellipse:
        o.lineWidth = 1;
        break;
    }
    return o;
}

QList<QPointF> CoverScene::handles() const
{
    const QList<quint32> ids = selectedIds();
    if (ids.size() != 1 || m_drag == Drag::Move)
        return {};
    const CoverObject &o = m_drag == Drag::Resize ? m_resizing : *m_document->object(ids.first());
    if (o.shape == CoverShape::Line)
        return o.points;
    return boxHandles(o.bounds());
}

int CoverScene::handleAt(const QPointF &p) const
{
    const double reach = (kHandlePx / 2 + 2) / zoom();
    const QList<QPointF> list = handles();
    for (int i = 0; i < list.size(); ++i)
        if (std::abs(list.at(i).x() - p.x()) <= reach && std::abs(list.at(i).y() - p.y()) <= reach)
            return i;
    return -1;
}

QRectF CoverScene::resizedRect(const QPointF &to) const
{
    double left = m_startBounds.left(), right = m_startBounds.right();
    double top = m_startBounds.top(), bottom = m_startBounds.bottom();
    if (m_handle == 0 || m_handle == 6 || m_handle == 7)
        left = to.x();
    if (m_handle >= 2 && m_handle <= 4)
        right = to.x();
    if (m_handle <= 2)
        top = to.y();
    if (m_handle >= 4 && m_handle <= 6)
        bottom = to.y();
    return QRectF(QPointF(std::min(left, right), std::min(top, bottom)),
                  QPointF(std::max(left, right), std::max(top, bottom)));
}

CoverObject CoverScene::resizedObject(const QPointF &to) const
{
    CoverObject o = *m_document->object(m_resizing.id);
    if (o.shape == CoverShape::Line)
        o.points[m_handle] = to;
    else
        o.setBounds(resizedRect(to));
    return o;
}

QPointF CoverScene::constrained(const QPointF &from, const QPointF &to, bool constrain) const
{
    if (!constrain)
        return to;
    // Shift: the nearest of the horizontal, vertical and diagonal directions.
    const QPointF d = to - from;
    const double angle = std::round(std::atan2(d.y(), d.x()) / (M_PI / 4)) * (M_PI / 4);
    const double length = std::hypot(d.x(), d.y());
    return snap(from + QPointF(std::cos(angle) * length, std::sin(angle) * length));
}

void CoverScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (event->button() == Qt::RightButton) {
        // The context menu acts on what was clicked.
        const std::optional<quint32> hit = m_document->page().objectAt(pos, 3 / zoom());
        if (hit && !selectedIds().contains(*hit))
            selectIds({*hit});
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = pos;
    switch (m_tool) {
    case CoverTool::Select:
        pressSelect(event);
        return;
    case CoverTool::Polygon:
        addPolygonPoint(snap(pos));
        return;
    default:
        m_drag = Drag::Create;
        m_pressPos = snap(pos);
        return;
    }
}

void CoverScene::pressSelect(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    const int handle = toggle ? -1 : handleAt(pos);
    if (handle >= 0) {
        m_drag = Drag::Resize;
        m_handle = handle;
        m_resizing = *m_document->object(selectedIds().first());
        m_startBounds = m_resizing.bounds();
        return;
    }
    const std::optional<quint32> hit = m_document->page().objectAt(pos, 3 / zoom());
    QList<quint32> selection = selectedIds();
    if (!hit) {
        if (!toggle)
            selectIds({});
        m_drag = Drag::Band;
        m_band = QRectF(pos, pos);
        m_bandAdds = toggle;
        m_bandBase = selectedIds();
        return;
    }
    if (toggle) {
        if (selection.contains(*hit))
            selection.removeAll(*hit);
        else
            selection << *hit;
        selectIds(selection);
        return;
    }
    if (!selection.contains(*hit))
        selectIds({*hit});
    m_drag = Drag::Pending;
    m_delta = QPointF();
    m_startBounds = m_document->boundsOf(selectedIds());
}

void CoverScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    Q_EMIT cursorMoved(pos);
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (m_drag) {
    case Drag::None:
        if (QGraphicsView *view = views().value(0)) {
            const int handle = m_tool == CoverTool::Select ? handleAt(pos) : -1;
            const Qt::CursorShape shapes[] = {Qt::SizeFDiagCursor, Qt::SizeVerCursor,
                                              Qt::SizeBDiagCursor, Qt::SizeHorCursor};
            view->viewport()->setCursor(handle < 0              ? Qt::ArrowCursor
                                        : handles().size() == 2 ? Qt::CrossCursor
                                                                : shapes[handle % 4]);
            if (m_tool != CoverTool::Select)
                view->viewport()->setCursor(Qt::CrossCursor);
        }
        if (m_tool == CoverTool::Polygon && !m_polygon.isEmpty()) {
            CoverObject o = defaultObject(CoverShape::Polygon, QRectF());
            o.points = m_polygon;
            o.points << snap(pos);
            setPreview(o);
        }
        return;
    case Drag::Pending:
        if (QLineF(m_pressPos, pos).length() * zoom() < kDragStartPx)
            return;
        m_drag = Drag::Move;
        [[fallthrough]];
    case Drag::Move: {
        // The selection's corner goes to the grid, not the pointer.
        const QPointF corner = snap(m_startBounds.topLeft() + pos - m_pressPos);
        m_delta = corner - m_startBounds.topLeft();
        for (quint32 id : selectedIds())
            m_items.value(id)->setPos(m_delta);
        update();
        return;
    }
    case Drag::Resize: {
        const QPointF to = m_resizing.shape == CoverShape::Line
                               ? constrained(m_resizing.points.at(1 - m_handle), snap(pos), shift)
                               : snap(pos);
        const quint32 id = m_resizing.id;
        m_resizing = resizedObject(to);
        m_resizing.id = id;
        m_items.value(id)->setObject(designCopy(m_resizing));
        update();
        return;
    }
    case Drag::Band:
        m_band = QRectF(m_pressPos, pos).normalized();
        update();
        return;
    case Drag::Create: {
        const QPointF end =
            m_tool == CoverTool::Line ? constrained(m_pressPos, snap(pos), shift) : snap(pos);
        // The image tool shows the box the picture will fill.
        const CoverShape shape = m_tool == CoverTool::Text      ? CoverShape::Text
                                 : m_tool == CoverTool::Line    ? CoverShape::Line
                                 : m_tool == CoverTool::Ellipse ? CoverShape::Ellipse
                                                                : CoverShape::Rectangle;
        CoverObject o = defaultObject(shape, QRectF(m_pressPos, end));
        if (m_tool == CoverTool::RoundedRectangle)
            o.cornerRadius = 8;
        setPreview(o);
        return;
    }
    }
}

void CoverScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Drag drag = std::exchange(m_drag, Drag::None);
    switch (drag) {
    case Drag::None:
    case Drag::Pending:
        return;
    case Drag::Move: {
        const QList<quint32> ids = selectedIds();
        for (quint32 id : ids)
            m_items.value(id)->setPos(0, 0);
        moveSelection(m_delta);
        return;
    }
    case Drag::Resize: {
        const CoverObject after = m_resizing;
        const CoverObject before = *m_document->object(after.id);
        if (before.sameContent(after))
            return;
        m_undo->push(new CoverEditCommand(m_document, tr("Resize Object"),
                                          [after](CoverDocument &d) { d.updateObject(after); }));
        return;
    }
    case Drag::Band: {
        // A click on the empty page is no band: the selection stays as the press left it.
        if (std::max(m_band.width(), m_band.height()) * zoom() >= kDragStartPx) {
            QList<quint32> ids = m_bandAdds ? m_bandBase : QList<quint32>();
            for (quint32 id : m_document->page().objectsInside(m_band))
                if (!ids.contains(id))
                    ids << id;
            selectIds(ids);
        }
        m_band = QRectF();
        update();
        return;
    }
    case Drag::Create:
        finishCreate(event->scenePos(), event->modifiers() & Qt::ShiftModifier);
        return;
    }
}

void CoverScene::finishCreate(const QPointF &pos, bool constrain)
{
    clearPreview();
    QPointF end =
        m_tool == CoverTool::Line ? constrained(m_pressPos, snap(pos), constrain) : snap(pos);
    QRectF rect = QRectF(m_pressPos, end).normalized();
    // A click without a drag makes an object of a usual size at that place.
    const bool click = QLineF(m_pressPos, end).length() * zoom() < kDragStartPx;
    const CoverTool tool = m_tool;
    if (click) {
        const QSizeF sizes[] = {{0, 0},    {180, 22}, {150, 0}, {120, 70},
                                {120, 70}, {80, 80},  {0, 0},   {120, 80}};
        rect = QRectF(m_pressPos, sizes[int(tool)]);
    }
    setTool(CoverTool::Select);
    switch (tool) {
    case CoverTool::Image:
        Q_EMIT imageRequested(rect);
        return;
    case CoverTool::Text: {
        const quint32 id = addObject(defaultObject(CoverShape::Text, rect), tr("Add Text"));
        Q_EMIT textEditRequested(id);
        return;
    }
    case CoverTool::Line:
        addObject(defaultObject(CoverShape::Line, click ? rect : QRectF(m_pressPos, end)),
                  tr("Add Line"));
        return;
    case CoverTool::Rectangle:
    case CoverTool::RoundedRectangle: {
        CoverObject o = defaultObject(CoverShape::Rectangle, rect);
        if (tool == CoverTool::RoundedRectangle)
            o.cornerRadius = 8;
        addObject(o, tr("Add Rectangle"));
        return;
    }
    case CoverTool::Ellipse:
        addObject(defaultObject(CoverShape::Ellipse, rect), tr("Add Ellipse"));
        return;
    case CoverTool::Select:
    case CoverTool::Polygon:
        return;
    }
}

void CoverScene::addPolygonPoint(const QPointF &p)
{
    if (!m_polygon.isEmpty() && QLineF(m_polygon.last(), p).length() * zoom() < kDragStartPx)
        return;
    m_polygon << p;
}

void CoverScene::finishPolygon()
{
    const QList<QPointF> points = m_polygon;
    cancelPolygon();
    if (points.size() < 3)
        return;
    CoverObject o = defaultObject(CoverShape::Polygon, QRectF());
    o.points = points;
    setTool(CoverTool::Select);
    addObject(o, tr("Add Polygon"));
}

void CoverScene::cancelPolygon()
{
    m_polygon.clear();
    clearPreview();
}

void CoverScene::setPreview(const CoverObject &object)
{
    if (!m_preview) {
        m_preview = new CoverItem(object);
        m_preview->setZValue(1e6);
        m_preview->setOpacity(0.7);
        QGraphicsScene::addItem(m_preview);
    }
    m_preview->setObject(object);
}

void CoverScene::clearPreview()
{
    delete std::exchange(m_preview, nullptr);
}

void CoverScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool == CoverTool::Polygon) {
        finishPolygon();
        return;
    }
    if (m_tool != CoverTool::Select || event->button() != Qt::LeftButton)
        return;
    const std::optional<quint32> hit = m_document->page().objectAt(event->scenePos(), 3 / zoom());
    if (hit && m_document->object(*hit)->shape == CoverShape::Text) {
        selectIds({*hit});
        Q_EMIT textEditRequested(*hit);
    }
}

void CoverScene::keyPressEvent(QKeyEvent *event)
{
    if (m_tool == CoverTool::Polygon &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        finishPolygon();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_drag != Drag::None) {
            // Give up the gesture: everything goes back to where it was.
            cancelGesture();
        } else if (m_tool != CoverTool::Select) {
            setTool(CoverTool::Select);
        } else {
            selectIds({});
        }
        update();
        return;
    }
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = QPointF(-1, 0);
        break;
    case Qt::Key_Right:
        step = QPointF(1, 0);
        break;
    case Qt::Key_Up:
        step = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        step = QPointF(0, 1);
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (selectedIds().isEmpty()) {
        event->ignore(); // the view scrolls
        return;
    }
    // One point; a grid step when snapping; ten with Shift.
    const double distance =
        (event->modifiers() & Qt::ShiftModifier) ? 10.0 : (m_snap ? m_grid : 1.0);
    moveSelection(step * distance);
}

void CoverScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(128, 134, 142));
    const QRectF page = m_document->page().pageRect();
    painter->fillRect(page.translated(3, 3), QColor(0, 0, 0, 70));
    painter->fillRect(page, Qt::white);
    const double spacing = m_grid * zoom();
    if (!m_showGrid || spacing < 4)
        return;
    // Grid dots every grid step, stronger every fifth.
    const QRectF area = rect.intersected(page);
    QPen minor(QColor(200, 205, 212), 0), major(QColor(150, 160, 172), 0);
    minor.setCosmetic(true);
    major.setCosmetic(true);
    const int x0 = int(std::ceil(area.left() / m_grid)), x1 = int(area.right() / m_grid);
    const int y0 = int(std::ceil(area.top() / m_grid)), y1 = int(area.bottom() / m_grid);
    QList<QPointF> minorPoints, majorPoints;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            ((x % 5 == 0 && y % 5 == 0) ? majorPoints : minorPoints)
                << QPointF(x * m_grid, y * m_grid);
    painter->setPen(minor);
    painter->drawPoints(minorPoints.constData(), int(minorPoints.size()));
    painter->setPen(major);
    painter->drawPoints(majorPoints.constData(), int(majorPoints.size()));
}

void CoverScene::drawForeground(QPainter *painter, const QRectF &)
{
    const double px = 1 / zoom();
    if (!m_band.isNull()) {
        QPen pen(kSelection, 0, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(QColor(42, 111, 176, 40));
        painter->drawRect(m_band);
    }
    QPen pen(kSelection, 0);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    for (const QPointF &h : handles())
        painter->drawRect(QRectF(h.x() - kHandlePx / 2 * px, h.y() - kHandlePx / 2 * px,
                                 kHandlePx * px, kHandlePx * px));
}

} // namespace Fax
