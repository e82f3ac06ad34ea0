// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverdocument.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Fax {

CoverDocument::CoverDocument(QObject *parent) : QObject(parent) {}

CoverDocument::~CoverDocument() = default;

void CoverDocument::setPage(const CoverPage &page)
{
    m_page = page;
    for (CoverObject &o : m_page.objects)
        o.id = 0;
    m_page.assignIds();
    Q_EMIT pageChanged();
    Q_EMIT changed();
}

QList<quint32> CoverDocument::ids() const
{
    QList<quint32> out;
    for (const CoverObject &o : m_page.objects)
        out << o.id;
    return out;
}

QList<quint32> CoverDocument::existing(const QList<quint32> &ids) const
{
    QList<quint32> out;
    for (quint32 id : ids)
        if (m_page.indexOf(id) >= 0 && !out.contains(id))
            out << id;
    return out;
}

quint32 CoverDocument::addObject(CoverObject object, int index)
{
    if (object.id == 0 || m_page.indexOf(object.id) >= 0)
        object.id = m_page.unusedId();
    const int at = index < 0 || index > m_page.objects.size() ? int(m_page.objects.size()) : index;
    m_page.objects.insert(at, object);
    Q_EMIT objectAdded(object.id);
    if (at != m_page.objects.size() - 1)
        Q_EMIT orderChanged();
    Q_EMIT changed();
    return object.id;
}

void CoverDocument::removeObjects(const QList<quint32> &ids)
{
    const QList<quint32> gone = existing(ids);
    if (gone.isEmpty())
        return;
    for (quint32 id : gone) {
        m_page.objects.removeAt(m_page.indexOf(id));
        Q_EMIT objectRemoved(id);
    }
    Q_EMIT changed();
}

void CoverDocument::moveObjects(const QList<quint32> &ids, const QPointF &delta)
{
    const QList<quint32> moving = existing(ids);
    if (moving.isEmpty() || delta.isNull())
        return;
    for (quint32 id : moving) {
        m_page.object(id)->translate(delta);
        Q_EMIT objectChanged(id);
    }
    Q_EMIT changed();
}

void CoverDocument::setBounds(quint32 id, const QRectF &r)
{
    CoverObject *o = m_page.object(id);
    if (!o || o->bounds() == r)
        return;
    o->setBounds(r);
    Q_EMIT objectChanged(id);
    Q_EMIT changed();
}

void CoverDocument::updateObject(const CoverObject &object)
{
    CoverObject *o = m_page.object(object.id);
    if (!o || (o->sameContent(object) && o->image.cacheKey() == object.image.cacheKey()))
        return;
    *o = object;
    Q_EMIT objectChanged(object.id);
    Q_EMIT changed();
}

void CoverDocument::reorder(const QList<quint32> &ids, int direction, bool all)
{
    const QSet<quint32> chosen(ids.begin(), ids.end());
    QList<CoverObject> &objects = m_page.objects;
    const QList<quint32> before = this->ids();
    if (all) {
        // Chosen objects to the top (direction > 0) or bottom, keeping their own order.
        std::stable_partition(objects.begin(), objects.end(), [&](const CoverObject &o) {
            return chosen.contains(o.id) == (direction < 0);
        });
    } else if (direction > 0) {
        for (qsizetype i = objects.size() - 2; i >= 0; --i)
            if (chosen.contains(objects.at(i).id) && !chosen.contains(objects.at(i + 1).id))
                objects.swapItemsAt(i, i + 1);
    } else {
        for (qsizetype i = 1; i < objects.size(); ++i)
            if (chosen.contains(objects.at(i).id) && !chosen.contains(objects.at(i - 1).id))
                objects.swapItemsAt(i, i - 1);
    }
    if (this->ids() != before) {
        Q_EMIT orderChanged();
        Q_EMIT changed();
    }
}

void CoverDocument::bringToFront(const QList<quint32> &ids)
{
    reorder(ids, +1, true);
}

void CoverDocument::sendToBack(const QList<quint32> &ids)
{
    reorder(ids, -1, true);
}

void CoverDocument::raise(const QList<quint32> &ids)
{
    reorder(ids, +1, false);
}

void CoverDocument::lower(const QList<quint32> &ids)
{
    reorder(ids, -1, false);
}

QRectF CoverDocument::boundsOf(const QList<quint32> &ids) const
{
    QRectF r;
    bool first = true;
    for (quint32 id : ids) {
        const CoverObject *o = m_page.object(id);
        if (!o)
            continue;
        // united() skips empty rectangles, and a straight line's box is empty: unite by corners.
        const QRectF b = o->bounds();
        r = first
                ? b
                : QRectF(QPointF(std::min(r.left(), b.left()), std::min(r.top(), b.top())),
                         QPointF(std::max(r.right(), b.right()), std::max(r.bottom(), b.bottom())));
        first = false;
    }
    return r;
}

void CoverDocument::align(const QList<quint32> &ids, CoverAlignment how)
{
    const QList<quint32> objects = existing(ids);
    if (objects.size() < 2)
        return;
    const QRectF all = boundsOf(objects);
    bool any = false;
    for (quint32 id : objects) {
        CoverObject *o = m_page.object(id);
        const QRectF b = o->bounds();
        QPointF d;
        switch (how) {
        case CoverAlignment::Left:
            d.setX(all.left() - b.left());
            break;
        case CoverAlignment::HCenter:
            d.setX(all.center().x() - b.center().x());
            break;
        case CoverAlignment::Right:
            d.setX(all.right() - b.right());
            break;
        case CoverAlignment::Top:
            d.setY(all.top() - b.top());
            break;
        case CoverAlignment::VCenter:
            d.setY(all.center().y() - b.center().y());
            break;
        case CoverAlignment::Bottom:
            d.setY(all.bottom() - b.bottom());
            break;
        }
        if (d.isNull())
            continue;
        o->translate(d);
        any = true;
        Q_EMIT objectChanged(id);
    }
    if (any)
        Q_EMIT changed();
}

void CoverDocument::distribute(const QList<quint32> &ids, Qt::Orientation orientation)
{
    QList<quint32> objects = existing(ids);
    if (objects.size() < 3)
        return;
    const bool across = orientation == Qt::Horizontal;
    const auto start = [&](quint32 id) {
        const QRectF b = m_page.object(id)->bounds();
        return across ? b.left() : b.top();
    };
    const auto extent = [&](quint32 id) {
        const QRectF b = m_page.object(id)->bounds();
        return across ? b.width() : b.height();
    };
    std::stable_sort(objects.begin(), objects.end(),
                     [&](quint32 a, quint32 b) { return start(a) < start(b); });
    const double first = start(objects.first());
    const double last = start(objects.last()) + extent(objects.last());
    double used = 0;
    for (quint32 id : objects)
        used += extent(id);
    const double gap = (last - first - used) / double(objects.size() - 1);
    double at = first;
    bool any = false;
    for (quint32 id : objects) {
        const double d = at - start(id);
        at += extent(id) + gap;
        if (qFuzzyIsNull(d))
            continue;
        m_page.object(id)->translate(across ? QPointF(d, 0) : QPointF(0, d));
        any = true;
        Q_EMIT objectChanged(id);
    }
    if (any)
        Q_EMIT changed();
}

void CoverDocument::centreOnPage(const QList<quint32> &ids, Qt::Orientations orientations)
{
    const QList<quint32> objects = existing(ids);
    if (objects.isEmpty())
        return;
    const QPointF offset = m_page.pageRect().center() - boundsOf(objects).center();
    const QPointF d((orientations & Qt::Horizontal) ? offset.x() : 0,
                    (orientations & Qt::Vertical) ? offset.y() : 0);
    moveObjects(objects, d);
}

void CoverDocument::setPageSize(const QSizeF &size)
{
    if (size == m_page.size)
        return;
    m_page.size = size;
    Q_EMIT pageChanged();
    Q_EMIT changed();
}

void CoverDocument::setTitle(const QString &title)
{
    if (title == m_page.title)
        return;
    m_page.title = title;
    Q_EMIT pageChanged();
    Q_EMIT changed();
}

void CoverDocument::setDescription(const QString &description)
{
    if (description == m_page.description)
        return;
    m_page.description = description;
    Q_EMIT pageChanged();
    Q_EMIT changed();
}

void CoverDocument::restoreObjects(const QList<CoverObject> &objects)
{
    QHash<quint32, CoverObject> old;
    for (const CoverObject &o : m_page.objects)
        old.insert(o.id, o);
    const QList<quint32> oldOrder = ids();
    m_page.objects = objects;
    m_page.assignIds();
    const QList<quint32> newOrder = ids();
    const QSet<quint32> present(newOrder.begin(), newOrder.end());
    bool any = false;
    for (quint32 id : oldOrder)
        if (!present.contains(id)) {
            any = true;
            Q_EMIT objectRemoved(id);
        }
    QList<quint32> kept;
    for (const CoverObject &o : m_page.objects) {
        const auto it = old.constFind(o.id);
        if (it == old.constEnd()) {
            any = true;
            Q_EMIT objectAdded(o.id);
            continue;
        }
        kept << o.id;
        if (!it->sameContent(o) || it->image.cacheKey() != o.image.cacheKey()) {
            any = true;
            Q_EMIT objectChanged(o.id);
        }
    }
    QList<quint32> oldKept;
    for (quint32 id : oldOrder)
        if (present.contains(id))
            oldKept << id;
    if (kept != oldKept || (any && newOrder != oldOrder)) {
        any = true;
        Q_EMIT orderChanged();
    }
    if (any)
        Q_EMIT changed();
}

} // namespace Fax
