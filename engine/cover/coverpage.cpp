// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverpage.h"

#include <QSet>

#include <algorithm>

namespace Fax {

int CoverPage::indexOf(quint32 id) const
{
    for (int i = 0; i < objects.size(); ++i)
        if (objects.at(i).id == id)
            return i;
    return -1;
}

const CoverObject *CoverPage::object(quint32 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &objects.at(i);
}

CoverObject *CoverPage::object(quint32 id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &objects[i];
}

quint32 CoverPage::unusedId() const
{
    quint32 highest = 0;
    for (const CoverObject &o : objects)
        highest = std::max(highest, o.id);
    return highest + 1;
}

void CoverPage::assignIds()
{
    QSet<quint32> seen;
    for (CoverObject &o : objects) {
        if (o.id == 0 || seen.contains(o.id))
            o.id = 0;
        else
            seen.insert(o.id);
    }
    for (CoverObject &o : objects)
        if (o.id == 0) {
            o.id = unusedId();
            seen.insert(o.id);
        }
}

std::optional<quint32> CoverPage::objectAt(const QPointF &p, double tolerance) const
{
    for (int i = int(objects.size()) - 1; i >= 0; --i)
        if (objects.at(i).hit(p, tolerance))
            return objects.at(i).id;
    return std::nullopt;
}

QList<quint32> CoverPage::objectsInside(const QRectF &r) const
{
    QList<quint32> ids;
    for (const CoverObject &o : objects) {
        const QRectF b = o.bounds();
        // Lines have an empty box: test their corners, not QRectF::contains(QRectF).
        if (r.contains(b.topLeft()) && r.contains(b.bottomRight()))
            ids << o.id;
    }
    return ids;
}

bool CoverPage::sameContent(const CoverPage &other) const
{
    if (size != other.size || title != other.title || description != other.description ||
        objects.size() != other.objects.size())
        return false;
    for (int i = 0; i < objects.size(); ++i)
        if (!objects.at(i).sameContent(other.objects.at(i)))
            return false;
    return true;
}

} // namespace Fax
