// SPDX-License-Identifier: GPL-3.0-or-later
// The cover page model the editor edits: hit-testing, z-order, the editing operations and
// exactly one signal per change, and restoring a state for undo.
#include "cover/coverdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fax;

namespace {

CoverObject box(CoverShape shape, const QRectF &r)
{
    CoverObject o;
    o.shape = shape;
    o.rect = r;
    return o;
}

CoverObject lineFrom(const QPointF &a, const QPointF &b)
{
    CoverObject o;
    o.shape = CoverShape::Line;
    o.points = {a, b};
    return o;
}

/// Counts every signal of a document.
struct Spies
{
    explicit Spies(CoverDocument *d)
        : added(d, &CoverDocument::objectAdded), removed(d, &CoverDocument::objectRemoved),
          changedObject(d, &CoverDocument::objectChanged), order(d, &CoverDocument::orderChanged),
          page(d, &CoverDocument::pageChanged), any(d, &CoverDocument::changed)
    {
    }
    void clear()
    {
        for (QSignalSpy *s : {&added, &removed, &changedObject, &order, &page, &any})
            s->clear();
    }
    QList<quint32> ids(QSignalSpy &spy) const
    {
        QList<quint32> out;
        for (const QList<QVariant> &args : spy)
            out << args.at(0).value<quint32>();
        return out;
    }
    QSignalSpy added, removed, changedObject, order, page, any;
};

} // namespace

class TestCoverDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hitTesting()
    {
        CoverPage page;
        CoverObject frame = box(CoverShape::Rectangle, QRectF(100, 100, 200, 100));
        frame.lineWidth = 2;
        CoverObject filled = box(CoverShape::Ellipse, QRectF(400, 100, 100, 100));
        filled.fill = CoverFill::Black;
        CoverObject text = box(CoverShape::Text, QRectF(150, 120, 50, 20));
        CoverObject line = lineFrom(QPointF(100, 400), QPointF(300, 400));
        line.lineWidth = 1;
        CoverObject triangle;
        triangle.shape = CoverShape::Polygon;
        triangle.points = {QPointF(100, 500), QPointF(200, 500), QPointF(150, 600)};
        page.objects << frame << filled << text << line << triangle;
        page.assignIds();
        const auto at = [&](double x, double y) {
            const std::optional<quint32> id = page.objectAt(QPointF(x, y), 2.0);
            return id ? page.indexOf(*id) : -1;
        };
        QCOMPARE(at(101, 150), 0);  // on the frame's outline
        QCOMPARE(at(250, 180), -1); // inside an unfilled frame: nothing
        QCOMPARE(at(160, 130), 2);  // the text on top
        QCOMPARE(at(450, 150), 1);  // inside the filled ellipse
        QCOMPARE(at(402, 102), -1); // outside the ellipse, inside its box
        QCOMPARE(at(200, 402), 3);  // near the line
        QCOMPARE(at(200, 405), -1);
        QCOMPARE(at(150, 499), 4);  // near the triangle's edge
        QCOMPARE(at(150, 540), -1); // inside the unfilled triangle
        // Objects inside a rubber band, a straight line (empty box) too.
        QCOMPARE(page.objectsInside(QRectF(90, 390, 300, 20)).size(), 1);
        QCOMPARE(page.objectsInside(QRectF(0, 0, 600, 700)).size(), 5);
    }

    void addRemoveMoveResize()
    {
        CoverDocument doc;
        Spies spies(&doc);
        const quint32 a = doc.addObject(box(CoverShape::Rectangle, QRectF(0, 0, 10, 10)));
        const quint32 b = doc.addObject(lineFrom(QPointF(0, 0), QPointF(100, 50)));
        QVERIFY(a != b && a && b);
        QCOMPARE(spies.ids(spies.added), (QList<quint32>{a, b}));
        QCOMPARE(spies.order.size(), 0);
        QCOMPARE(spies.any.size(), 2);
        spies.clear();

        doc.moveObjects({a, b, 999}, QPointF(5, 7));
        QCOMPARE(doc.object(a)->rect, QRectF(5, 7, 10, 10));
        QCOMPARE(doc.object(b)->points, (QList<QPointF>{QPointF(5, 7), QPointF(105, 57)}));
        QCOMPARE(spies.ids(spies.changedObject), (QList<quint32>{a, b}));
        QCOMPARE(spies.any.size(), 1);
        spies.clear();

        // Resizing a line scales its points into the new box.
        doc.setBounds(b, QRectF(0, 0, 50, 100));
        QCOMPARE(doc.object(b)->points, (QList<QPointF>{QPointF(0, 0), QPointF(50, 100)}));
        doc.setBounds(b, QRectF(0, 0, 50, 100)); // no change, no signal
        QCOMPARE(spies.changedObject.size(), 1);
        spies.clear();

        CoverObject restyled = *doc.object(a);
        restyled.fill = CoverFill::Gray;
        restyled.cornerRadius = 4;
        doc.updateObject(restyled);
        doc.updateObject(restyled);
        QCOMPARE(doc.object(a)->fill, CoverFill::Gray);
        QCOMPARE(spies.changedObject.size(), 1);
        spies.clear();

        doc.removeObjects({a, 12345});
        QCOMPARE(doc.ids(), QList<quint32>{b});
        QCOMPARE(spies.ids(spies.removed), QList<quint32>{a});
        QCOMPARE(spies.any.size(), 1);
        // A new object never reuses a living id; inserting below others changes the order.
        spies.clear();
        const quint32 c = doc.addObject(box(CoverShape::Ellipse, QRectF()), 0);
        QVERIFY(c != b);
        QCOMPARE(doc.ids(), (QList<quint32>{c, b}));
        QCOMPARE(spies.order.size(), 1);
    }

    void zOrder()
    {
        CoverDocument doc;
        QList<quint32> ids;
        for (int i = 0; i < 5; ++i)
            ids << doc.addObject(box(CoverShape::Rectangle, QRectF(i, i, 10, 10)));
        Spies spies(&doc);
        const quint32 a = ids[0], b = ids[1], c = ids[2], d = ids[3], e = ids[4];
        doc.bringToFront({b, a});
        QCOMPARE(doc.ids(), (QList<quint32>{c, d, e, a, b}));
        doc.sendToBack({e, b});
        QCOMPARE(doc.ids(), (QList<quint32>{e, b, c, d, a}));
        // One step up as a group: b and c pass d together.
        doc.raise({b, c});
        QCOMPARE(doc.ids(), (QList<quint32>{e, d, b, c, a}));
        doc.lower({a, e});
        QCOMPARE(doc.ids(), (QList<quint32>{e, d, b, a, c}));
        QCOMPARE(spies.order.size(), 4);
        // Already on top: nothing changes, nothing is signalled.
        doc.bringToFront({c});
        doc.sendToBack({e});
        QCOMPARE(spies.order.size(), 4);
        QCOMPARE(spies.any.size(), 4);
    }

    void alignDistributeCentre()
    {
        CoverDocument doc;
        const quint32 a = doc.addObject(box(CoverShape::Rectangle, QRectF(10, 10, 20, 10)));
        const quint32 b = doc.addObject(box(CoverShape::Rectangle, QRectF(50, 40, 40, 20)));
        const quint32 c = doc.addObject(lineFrom(QPointF(200, 100), QPointF(260, 100)));
        Spies spies(&doc);
        doc.align({a, b, c}, CoverAlignment::Left);
        QCOMPARE(doc.object(b)->rect.left(), 10.0);
        QCOMPARE(doc.object(c)->bounds().left(), 10.0);
        QCOMPARE(spies.ids(spies.changedObject), (QList<quint32>{b, c}));
        doc.align({a, b, c}, CoverAlignment::Right);
        QCOMPARE(doc.object(a)->rect.right(), 70.0);
        QCOMPARE(doc.object(b)->rect.right(), 70.0);
        doc.align({a, b}, CoverAlignment::VCenter);
        QCOMPARE(doc.object(a)->rect.center().y(), 35.0);
        QCOMPARE(doc.object(b)->rect.center().y(), 35.0);
        doc.align({a, b, c}, CoverAlignment::Top);
        QCOMPARE(doc.object(c)->points.first().y(), 25.0);
        doc.align({a, b, c}, CoverAlignment::Bottom);
        QCOMPARE(doc.object(a)->rect.bottom(), 45.0);
        doc.align({a, b, c}, CoverAlignment::HCenter);
        QCOMPARE(doc.object(a)->rect.center().x(), doc.object(c)->bounds().center().x());
        spies.clear();
        doc.align({a}, CoverAlignment::Left); // one object: nothing to align with
        QCOMPARE(spies.any.size(), 0);

        // Space evenly across: equal gaps between the outermost two.
        doc.setBounds(a, QRectF(0, 0, 10, 10));
        doc.setBounds(b, QRectF(15, 0, 30, 10));
        doc.setBounds(c, QRectF(100, 0, 20, 0));
        doc.distribute({c, a, b}, Qt::Horizontal);
        QCOMPARE(doc.object(a)->rect.left(), 0.0);
        QCOMPARE(doc.object(b)->rect.left(), 40.0);
        QCOMPARE(doc.object(c)->bounds().left(), 100.0);

        doc.setBounds(a, QRectF(0, 0, 10, 10));
        doc.setBounds(b, QRectF(0, 5, 10, 10));
        doc.setBounds(c, QRectF(0, 100, 10, 0));
        doc.distribute({a, b, c}, Qt::Vertical);
        QCOMPARE(doc.object(b)->rect.top(), 50.0);

        // Centre on the page, as a group.
        doc.setPageSize(QSizeF(600, 800));
        doc.centreOnPage({a, b}, Qt::Horizontal);
        QCOMPARE(doc.boundsOf({a, b}).center().x(), 300.0);
        QCOMPARE(doc.object(a)->rect.top(), 0.0);
        doc.centreOnPage({a}, Qt::Horizontal | Qt::Vertical);
        QCOMPARE(doc.object(a)->rect.center(), QPointF(300, 400));
    }

    void restoreForUndo()
    {
        CoverDocument doc;
        const quint32 a = doc.addObject(box(CoverShape::Rectangle, QRectF(0, 0, 10, 10)));
        const quint32 b = doc.addObject(box(CoverShape::Ellipse, QRectF(5, 5, 10, 10)));
        const quint32 c = doc.addObject(box(CoverShape::Text, QRectF(5, 5, 10, 10)));
        const QList<CoverObject> before = doc.page().objects;
        doc.removeObjects({a});
        doc.moveObjects({c}, QPointF(1, 1));
        doc.sendToBack({c});
        const QList<CoverObject> after = doc.page().objects;

        Spies spies(&doc);
        doc.restoreObjects(before);
        QCOMPARE(doc.ids(), (QList<quint32>{a, b, c}));
        QCOMPARE(doc.object(c)->rect, QRectF(5, 5, 10, 10));
        QCOMPARE(spies.ids(spies.added), QList<quint32>{a});
        QCOMPARE(spies.ids(spies.changedObject), QList<quint32>{c});
        QCOMPARE(spies.order.size(), 1);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.any.size(), 1);

        spies.clear();
        doc.restoreObjects(after);
        QCOMPARE(doc.ids(), (QList<quint32>{c, b}));
        QCOMPARE(spies.ids(spies.removed), QList<quint32>{a});
        QCOMPARE(spies.any.size(), 1);
        spies.clear();
        doc.restoreObjects(after); // the same state: no signal
        QCOMPARE(spies.any.size(), 0);
    }
};

QTEST_MAIN(TestCoverDocument)
#include "tst_coverdocument.moc"
